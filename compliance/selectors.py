"""Compliance reads; per-user reads go through permission-scoped getters."""

import datetime as dt
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape

from chat.models import Message, Role, Session, Store, User
from chat.visibility import MERCHANT, PLATFORM, Reader, Seen, seen, seen_messages
from compliance.highlight import highlight
from compliance.labels import category_label
from compliance.models import (
    Appeal,
    AuditLog,
    PenaltyEntry,
    Restriction,
    ReviewItem,
    SanctionPolicy,
)
from compliance.sanctions import store_points

PLATFORM_ROLES = (Role.AUDITOR, Role.ADMIN)
TRANSCRIPT_LIMIT = 400
EXCERPT_RADIUS = 4


def restriction_sql(buyer_ref: str, now_ref: str) -> str:
    """An SQL condition: a restriction of this buyer is in force at this time.
    The refs name the buyer's id and the time (parameters or columns), so that
    the chat send path can ask it in the statement that locks the session."""
    table = connection.ops.quote_name(Restriction._meta.db_table)
    return (
        f"EXISTS (SELECT 1 FROM {table} WHERE buyer_id = {buyer_ref}"
        f" AND starts_at <= {now_ref} AND ends_at > {now_ref})"
    )


def buyer_is_restricted(user) -> bool:
    """Whether a restriction is in force for this buyer now: buyer_restriction's
    question as one hand-written query, asked on every buyer send."""
    if user is None or not user.is_authenticated:
        return False
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {restriction_sql('%(buyer)s', '%(now)s')}",
            {"buyer": user.pk, "now": now},
        )
        return bool(cursor.fetchone()[0])


def buyer_restriction(user) -> Restriction | None:
    """The buyer's restriction in force now (the latest-ending one), or None.

    The chat send path refuses a restricted buyer's messages with the error code
    `buyer_restricted` until `ends_at`.
    """
    if user is None or not user.is_authenticated:
        return None
    now = timezone.now()
    return (
        Restriction.objects.filter(buyer=user, starts_at__lte=now, ends_at__gt=now)
        .order_by("-ends_at")
        .first()
    )


@dataclass(frozen=True)
class QueueFilter:
    store: int | None = None
    category: str = ""
    sender: str = ""
    kind: str = ""
    state: str = ReviewItem.State.PENDING
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def review_queue(user, filters: QueueFilter) -> QuerySet:
    """The auditors' one queue, filtered; nothing for other roles."""
    if user.role not in PLATFORM_ROLES:
        return ReviewItem.objects.none()
    items = ReviewItem.objects.select_related("store", "message", "raised_by")
    if filters.state:
        items = items.filter(state=filters.state)
    if filters.store:
        items = items.filter(store_id=filters.store)
    if filters.category:
        items = items.filter(category=filters.category)
    if filters.sender:
        items = items.filter(sender_kind=filters.sender)
    if filters.kind:
        items = items.filter(kind=filters.kind)
    if filters.date_from:
        items = items.filter(created_at__date__gte=filters.date_from)
    if filters.date_to:
        items = items.filter(created_at__date__lte=filters.date_to)
    samples_last = Case(
        When(kind=ReviewItem.Kind.SAMPLE, then=Value(1)), default=Value(0)
    )
    return items.order_by(samples_last, "-created_at", "-id")


def queue_counts() -> list[tuple[str, str, int]]:
    """Pending items per kind: (kind, label, count) for every kind."""
    rows = (
        ReviewItem.objects.filter(state=ReviewItem.State.PENDING)
        .values("kind")
        .annotate(n=Count("id"))
    )
    counts = {row["kind"]: row["n"] for row in rows}
    return [(v, label, counts.get(v, 0)) for v, label in ReviewItem.Kind.choices]


def access_review_item(user, item_id) -> ReviewItem:
    """A review item for an auditor or admin; 404 for everyone else."""
    if not user.is_authenticated or user.role not in PLATFORM_ROLES:
        raise Http404
    item = (
        ReviewItem.objects.select_related(
            "store", "session__buyer", "session__agent", "message", "penalty_entry"
        )
        .filter(pk=item_id)
        .first()
    )
    if item is None:
        raise Http404
    return item


@dataclass(frozen=True)
class ImageEvidence:
    """An image message as auditors see it: the picture, with the boxes of the
    lines read in it and of each finding drawn over it (SVG points in the
    picture's own pixels)."""

    url: str
    width: int
    height: int
    lines: list[str]
    findings: list[dict]


@dataclass(frozen=True)
class Line:
    message: Message
    html: str
    focus: bool
    # Blocked: the other side never saw it.
    hidden_from_other_side: bool
    # The masked text the other side read, for a reader who reads the original.
    masked_for_other_side: str
    image: ImageEvidence | None = None


def _line(message: Message, view: Seen, focus_id, image_url=None) -> Line:
    image = (
        _image_evidence(message, image_url)
        if message.kind == Message.Kind.IMAGE
        else None
    )
    if image is not None and view.original:
        # An image's findings index into the text read in it.
        html = highlight(message.image_reading.get("text", ""), message.violations)
    elif view.original:
        html = highlight(view.body, message.violations)
    else:
        html = conditional_escape(view.body)
    return Line(
        message=message,
        html=html,
        focus=message.pk == focus_id,
        hidden_from_other_side=message.verdict == Message.Verdict.BLOCK,
        masked_for_other_side=message.masked_body
        if message.verdict == Message.Verdict.MASK and view.original
        else "",
        image=image,
    )


def _points(box) -> str:
    try:
        return " ".join(f"{int(x)},{int(y)}" for x, y in box)
    except (TypeError, ValueError):
        return ""


def _image_evidence(message: Message, image_url=None) -> ImageEvidence | None:
    if not message.image:
        return None
    reading = message.image_reading if isinstance(message.image_reading, dict) else {}
    findings = [
        {
            "category": str(violation.get("category", "")),
            "rule": str(violation.get("rule", "")),
            "match": str(violation.get("match", "")),
            "points": _points(box),
        }
        for violation in message.violations
        if isinstance(violation, dict)
        for box in violation.get("boxes") or ()
    ]
    return ImageEvidence(
        url=image_url(message)
        if image_url
        else reverse("chat:api-message-image", args=[message.pk]),
        width=int(reading.get("width") or 0),
        height=int(reading.get("height") or 0),
        lines=[_points(line.get("box")) for line in reading.get("lines", [])],
        findings=[finding for finding in findings if finding["points"]],
    )


def transcript(
    reader: Reader,
    session: Session,
    focus: Message | None = None,
    *,
    radius=None,
    image_url=None,
):
    """The session's messages as `reader` sees them (chat.visibility), with the
    matched words highlighted where they read the original; around `focus` if
    given. Auditors and admins read every message in the original, also where a
    side saw it masked or never saw it (blocked)."""
    messages = (
        session.messages.filter(seen_messages(reader))
        .select_related("sender")
        .order_by("created_at", "id")
    )
    focus_id = focus.pk if focus else None
    if focus is not None and radius is not None:
        before = list(
            messages.filter(
                Q(created_at__lt=focus.created_at)
                | Q(created_at=focus.created_at, id__lt=focus.pk)
            ).reverse()[:radius]
        )[::-1]
        after = list(
            messages.filter(
                Q(created_at__gt=focus.created_at)
                | Q(created_at=focus.created_at, id__gt=focus.pk)
            )[:radius]
        )
        rows = [*before, focus, *after]
    else:
        rows = list(messages[:TRANSCRIPT_LIMIT])
    return [
        _line(message, view, focus_id, image_url)
        for message in rows
        if (view := seen(message, reader)) is not None
    ]


def merchant_store(user) -> Store:
    membership = getattr(user, "membership", None)
    if membership is None:
        raise Http404
    return membership.store


@dataclass(frozen=True)
class Standing:
    store: Store
    points: int
    policy: SanctionPolicy

    @property
    def next_threshold(self) -> int | None:
        for threshold in (
            self.policy.restrict_at,
            self.policy.suspend_at,
            self.policy.block_at,
        ):
            if self.points < threshold:
                return threshold
        return None


def store_standing(store: Store) -> Standing:
    policy = SanctionPolicy.current()
    return Standing(store, store_points(store, policy=policy), policy)


def store_ledger(store: Store) -> QuerySet:
    return (
        PenaltyEntry.objects.filter(store=store)
        .select_related("issued_by", "reverses", "appeal")
        .order_by("-created_at", "-id")
    )


def access_store_entry(user, entry_id) -> PenaltyEntry:
    """One ledger entry of the supervisor's own store; 404 for any other."""
    if not user.is_authenticated or user.role != Role.SUPERVISOR:
        raise Http404
    entry = (
        PenaltyEntry.objects.filter(pk=entry_id, store=merchant_store(user))
        .select_related("store", "issued_by")
        .first()
    )
    if entry is None:
        raise Http404
    return entry


def entry_evidence(user, entry: PenaltyEntry):
    """The review item behind an entry and the transcript excerpt around it, as
    the store's merchant `user` reads their own evidence."""
    target = entry.reverses or entry
    item = (
        ReviewItem.objects.filter(penalty_entry=target)
        .select_related("session", "message")
        .order_by("pk")
        .first()
    )
    if item is None:
        return None, []
    reader = Reader(user.pk, MERCHANT, evidence=True)

    # A blocked image is shown to the store only as this entry's evidence.
    def image_url(message):
        return reverse("compliance:merchant_entry_image", args=[entry.pk, message.pk])

    if item.message_id:
        lines = transcript(
            reader,
            item.session,
            item.message,
            radius=EXCERPT_RADIUS,
            image_url=image_url,
        )
    else:
        lines = transcript(reader, item.session, image_url=image_url)
    return item, lines


def entry_evidence_image(user, entry_id, message_id) -> Message:
    """An image message shown in the evidence of the supervisor's own ledger
    entry; 404 for anything else."""
    entry = access_store_entry(user, entry_id)
    _item, lines = entry_evidence(user, entry)
    for line in lines:
        if line.message.pk == message_id and line.image is not None:
            return line.message
    raise Http404


def entry_appeal(entry: PenaltyEntry) -> Appeal | None:
    return Appeal.objects.filter(entry=entry).first()


def agent_blocked_messages(user: User, limit: int = 100) -> list:
    """The agent's own blocked messages, newest first, with their dispute."""
    messages = list(
        Message.objects.filter(sender=user, verdict=Message.Verdict.BLOCK)
        .select_related("session")
        .order_by("-created_at", "-id")[:limit]
    )
    items = ReviewItem.objects.filter(message__in=messages)
    by_message: dict[int, dict] = {}
    for item in items:
        by_message.setdefault(item.message_id, {})[item.kind] = item
    return [
        {
            "message": message,
            "html": highlight(message.body, message.violations),
            "dispute": by_message.get(message.pk, {}).get(ReviewItem.Kind.DISPUTE),
            "decided": next(
                (
                    i
                    for i in by_message.get(message.pk, {}).values()
                    if i.state != ReviewItem.State.PENDING
                ),
                None,
            ),
        }
        for message in messages
    ]


def pending_appeals() -> QuerySet:
    return Appeal.objects.select_related("entry", "store", "filed_by").order_by(
        "state", "-created_at"
    )


def access_appeal(user, appeal_id) -> Appeal:
    if not user.is_authenticated or user.role not in PLATFORM_ROLES:
        raise Http404
    appeal = (
        Appeal.objects.select_related("entry__store", "filed_by")
        .filter(pk=appeal_id)
        .first()
    )
    if appeal is None:
        raise Http404
    return appeal


def audit_log(action: str = "", actor: str = "", target_type: str = "") -> QuerySet:
    entries = AuditLog.objects.select_related("actor")
    if action:
        entries = entries.filter(action=action)
    if actor:
        entries = entries.filter(actor__username=actor)
    if target_type:
        entries = entries.filter(target_type=target_type)
    return entries.order_by("-created_at", "-id")


def all_ledger() -> QuerySet:
    reversed_entries = PenaltyEntry.objects.filter(reverses=OuterRef("pk"))
    return (
        PenaltyEntry.objects.select_related("store", "issued_by")
        .annotate(reversal_exists=Exists(reversed_entries))
        .order_by("-created_at", "-id")
    )


@dataclass(frozen=True)
class QueueRow:
    item: ReviewItem
    excerpt: str
    sender_label: str
    category_label: str


def queue_rows(items) -> list[QueueRow]:
    """Queue rows with the message text highlighted (samples show no excerpt)."""
    rows = []
    for item in items:
        # As the platform reads it: a reported robot reply in the reader's language.
        body = (
            seen(item.message, Reader(None, PLATFORM)).body if item.message_id else ""
        )
        sender = Message.SenderKind(item.sender_kind).label if item.sender_kind else ""
        category = category_label(item.category)
        excerpt = highlight(body[:200], item.violations)
        rows.append(QueueRow(item, excerpt, sender, str(category)))
    return rows
