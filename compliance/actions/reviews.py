"""Review items: queueing screened, disputed and reported messages; decisions."""

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.models import Message, Role, Session, User
from chat.visibility import BUYER, Reader, seen
from compliance.actions.audit import do_record_audit
from compliance.errors import ComplianceError, parse_id
from compliance.labels import REPORT_REASONS
from compliance.ledger import do_add_penalty_entry
from compliance.models import (
    PenaltyEntry,
    Restriction,
    ReviewItem,
    SanctionPolicy,
    TrainingExample,
)
from compliance.rulesets import rule_name

Kind = ReviewItem.Kind
State = ReviewItem.State

SCREENED_KINDS = {
    Message.Verdict.FLAG: Kind.FLAGGED,
    Message.Verdict.BLOCK: Kind.BLOCKED,
    Message.Verdict.MASK: Kind.MASKED,
}
MERCHANT_SENDERS = {Message.SenderKind.AGENT, Message.SenderKind.ASSIST}
NOTE_LIMIT = 500
REASON_LIMIT = 500


def first_category(violations) -> str:
    for violation in violations or []:
        if isinstance(violation, dict) and violation.get("category"):
            return str(violation["category"])[:32]
    return ""


def _message_item(
    message: Message, kind: str, *, raised_by=None, note="", category=None
):
    session = message.session
    return ReviewItem.objects.get_or_create(
        kind=kind,
        message=message,
        defaults={
            "store_id": session.store_id,
            "session": session,
            "sender_kind": message.sender_kind,
            "category": category or first_category(message.violations),
            "violations": message.violations or [],
            "raised_by": raised_by,
            "note": note,
        },
    )


def do_record_screened_message(message: Message) -> ReviewItem | None:
    """Queue a stored message whose screening verdict needs a human judgement.

    Called by chat after storing a message with verdict `flag` or `block` (any
    sender, agents' blocked messages included) or `mask` (merchant side only: a
    buyer's masked address or phone is routine). Idempotent: one item per message
    and kind. Returns the item, or None when the verdict needs no review.
    """
    kind = screened_review_kind(message.verdict, message.sender_kind)
    if kind is None:
        return None
    item, _created = _message_item(message, kind)
    return item


def screened_review_kind(verdict: str, sender_kind: str) -> str | None:
    """The review a stored message's verdict needs, or None: `flag` and `block`
    from any sender, `mask` from the merchant side only (a buyer's masked
    address or phone is routine)."""
    kind = SCREENED_KINDS.get(verdict)
    if kind == Kind.MASKED and sender_kind not in MERCHANT_SENDERS:
        return None
    return kind


def _clean_note(note) -> str:
    note = (note or "").strip() if isinstance(note, str) else None
    if note is None:
        raise ComplianceError("bad_input")
    if len(note) > NOTE_LIMIT:
        raise ComplianceError("too_long")
    return note


def do_dispute_block(agent: User, message: Message, note: str = ""):
    """Open (once) a dispute of a blocked message; refused once it was reviewed."""
    decided = ReviewItem.objects.filter(message=message).exclude(state=State.PENDING)
    if decided.exists():
        raise ComplianceError("already_reviewed")
    return _message_item(message, Kind.DISPUTE, raised_by=agent, note=note)


def check_dispute_block(user, message_id, note: str = "") -> tuple[ReviewItem, bool]:
    """An agent disputes one of their own blocked messages: (item, created).

    Only the message's sender, a merchant of its store, may dispute it; any other
    id answers `not_found` exactly like a nonexistent one. A second dispute of the
    same message returns the first item with created False.
    """
    if not user.is_authenticated or user.role not in (Role.AGENT, Role.SUPERVISOR):
        raise ComplianceError("forbidden")
    note = _clean_note(note)
    message = (
        Message.objects.select_related("session")
        .filter(
            pk=parse_id(message_id),
            sender=user,
            verdict=Message.Verdict.BLOCK,
            session__store__members__user=user,
        )
        .first()
    )
    if message is None:
        raise ComplianceError("not_found")
    return do_dispute_block(user, message, note)


def _clean_report_reason(reason) -> str:
    if not isinstance(reason, str) or reason not in REPORT_REASONS:
        raise ComplianceError("bad_reason")
    return reason


def do_report_message(buyer: User, message: Message, note: str = "", reason=""):
    """Queue a buyer's report of a message; `reason` (REPORT_REASONS) becomes the
    item's category, in place of the message's own screening category."""
    return _message_item(
        message, Kind.REPORT, raised_by=buyer, note=note, category=reason or None
    )


def check_report_message(
    user, message_id, note: str = "", reason: str = "other"
) -> tuple[ReviewItem, bool]:
    """A buyer reports (举报) a message they were shown in their own session.

    Returns (item, created); reporting the same message again returns the first
    item. What the buyer was never shown (blocked messages, internal notes:
    chat.visibility), the buyer's own messages and other buyers' sessions answer
    `not_found`; a reason outside REPORT_REASONS answers `bad_reason`.
    """
    if not user.is_authenticated or user.role != Role.BUYER:
        raise ComplianceError("forbidden")
    message = (
        Message.objects.select_related("session")
        .filter(pk=parse_id(message_id), session__buyer=user)
        .exclude(sender_kind=Message.SenderKind.BUYER)
        .first()
    )
    if message is None or seen(message, Reader(user.pk, BUYER)) is None:
        raise ComplianceError("not_found")
    note = _clean_note(note)
    reason = _clean_report_reason(reason)
    return do_report_message(user, message, note, reason)


def do_report_session(buyer: User, session: Session, reason: str, note: str = ""):
    """Queue a buyer's report of a whole session (no one message); once per
    session and buyer: a second report returns the first item."""
    return ReviewItem.objects.get_or_create(
        kind=Kind.REPORT,
        session=session,
        message=None,
        raised_by=buyer,
        defaults={
            "store_id": session.store_id,
            "category": reason,
            "note": note,
        },
    )


def check_report_session(
    user, session_id, reason: str, note: str = ""
) -> tuple[ReviewItem, bool]:
    """A buyer reports (举报) one of their own sessions: the service as a whole.

    Another buyer's session answers `not_found` like a nonexistent one."""
    if not user.is_authenticated or user.role != Role.BUYER:
        raise ComplianceError("forbidden")
    session = Session.objects.filter(pk=parse_id(session_id), buyer=user).first()
    if session is None:
        raise ComplianceError("not_found")
    note = _clean_note(note)
    reason = _clean_report_reason(reason)
    return do_report_session(user, session, reason, note)


def violation_target(item: ReviewItem) -> str:
    """Who a confirmed item counts against: the buyer for a buyer's message."""
    if item.message_id and item.sender_kind == Message.SenderKind.BUYER:
        return ReviewItem.Against.BUYER
    return ReviewItem.Against.STORE


def rule_and_points(item: ReviewItem, policy: SanctionPolicy) -> tuple[str, int]:
    """The heaviest of the item's violations: its rule name and points."""
    best_rule, best_points = "", None
    for violation in item.violations or []:
        if not isinstance(violation, dict):
            continue
        try:
            points = int(violation.get("points") or policy.default_points)
        except (TypeError, ValueError):
            points = policy.default_points
        if best_points is None or points > best_points:
            best_points = points
            best_rule = str(violation.get("rule") or violation.get("category") or "")
    if best_points is None:
        return item.kind, policy.default_points
    return (best_rule or item.kind)[:64], max(best_points, 0)


def _snapshot(item: ReviewItem) -> dict:
    return {
        "state": item.state,
        "against": item.against,
        "decision_reason": item.decision_reason,
        "penalty_entry": item.penalty_entry_id,
    }


def _penalize_store(item: ReviewItem, actor, policy) -> PenaltyEntry | None:
    earlier = (
        PenaltyEntry.objects.filter(
            review_items__message_id=item.message_id,
            review_items__state=State.CONFIRMED,
        ).first()
        if item.message_id
        else None
    )
    if earlier is not None:
        return earlier
    rule, points = rule_and_points(item, policy)
    reason = _("违规确认：%(rule)s（审核单 #%(id)s）") % {
        "rule": rule_name(rule),
        "id": item.pk,
    }
    entry, _created = do_add_penalty_entry(
        item.store,
        points,
        reason,
        PenaltyEntry.Source.VIOLATION,
        rule=rule,
        issued_by=actor,
        dedupe_key=f"review:{item.pk}",
    )
    return entry


def _restrict_buyer(item: ReviewItem, actor, policy, now) -> Restriction | None:
    buyer = item.message.sender if item.message_id else None
    if buyer is None:
        return None
    restriction, _created = Restriction.objects.get_or_create(
        review_item=item,
        defaults={
            "buyer": buyer,
            "reason": _("违规确认（审核单 #%(id)s）") % {"id": item.pk},
            "starts_at": now,
            "ends_at": now + dt.timedelta(days=policy.buyer_restriction_days),
            "created_by": actor,
        },
    )
    return restriction


def do_decide_review_item(
    actor, item_id: int, confirm: bool, reason: str, *, now=None
) -> ReviewItem:
    """Confirm or dismiss a pending item; every pending item of its message follows.

    Confirming counts once: the item and its message's other items are locked,
    the state is checked, and the ledger entry carries `review:<id>` as its key.
    Confirmed store violations add points; confirmed buyer violations restrict
    the buyer's chat for the policy's number of days.
    """
    now = now or timezone.now()
    policy = SanctionPolicy.current()
    with transaction.atomic():
        message_id = (
            ReviewItem.objects.filter(pk=item_id)
            .values_list("message_id", flat=True)
            .first()
        )
        group = Q(pk=item_id)
        if message_id:
            group |= Q(message_id=message_id)
        locked = list(
            ReviewItem.objects.select_for_update().filter(group).order_by("pk")
        )
        item = next((i for i in locked if i.pk == item_id), None)
        if item is None:
            raise ComplianceError("not_found")
        if item.state != State.PENDING or item.kind == Kind.SAMPLE:
            raise ComplianceError("already_decided")
        before = _snapshot(item)
        against = violation_target(item)
        entry = None
        if confirm and against == ReviewItem.Against.STORE:
            entry = _penalize_store(item, actor, policy)
        elif confirm:
            _restrict_buyer(item, actor, policy, now)
        state = State.CONFIRMED if confirm else State.DISMISSED
        follow_reason = _("随审核单 #%(id)s 一并处理") % {"id": item.pk}
        for each in locked:
            if each.state != State.PENDING or each.kind == Kind.SAMPLE:
                continue
            each.state = state
            each.against = against if confirm else ReviewItem.Against.NONE
            each.decision_reason = reason if each is item else follow_reason
            each.decided_by = actor
            each.decided_at = now
            each.penalty_entry = entry
            each.save(
                update_fields=[
                    "state",
                    "against",
                    "decision_reason",
                    "decided_by",
                    "decided_at",
                    "penalty_entry",
                    "updated_at",
                ]
            )
        do_record_audit(actor, "review.decide", item, before, _snapshot(item))
        _keep_training_example(item, now)
    return item


TRAINED_SENDERS = {Message.SenderKind.BUYER: "buyer", Message.SenderKind.AGENT: "agent"}
CONTEXT_MESSAGES = 3


def _keep_training_example(item: ReviewItem, now) -> TrainingExample | None:
    """The decision on a message as a labelled example for retraining: confirmed
    → the item's categories, dismissed → acceptable. Needs a text message from
    a buyer or an agent, and a category when confirmed."""
    message = item.message
    sender = TRAINED_SENDERS.get(item.sender_kind)
    if message is None or sender is None or message.kind != Message.Kind.TEXT:
        return None
    if item.state == State.CONFIRMED:
        labels = sorted(
            {v.get("category") for v in item.violations or [] if isinstance(v, dict)}
            - {None, ""}
        ) or ([item.category] if item.category else [])
        if not labels:
            return None
    else:
        labels = []
    earlier = (
        Message.objects.filter(
            session_id=message.session_id,
            kind=Message.Kind.TEXT,
            sender_kind__in=list(TRAINED_SENDERS),
            created_at__lte=message.created_at,
        )
        .exclude(pk=message.pk)
        .order_by("-created_at", "-id")
        .values_list("sender_kind", "body", "verdict")[:CONTEXT_MESSAGES]
    )
    model_version = message.model_version or next(
        (v.get("model") for v in message.violations or [] if v.get("model")), ""
    )
    example, _created = TrainingExample.objects.update_or_create(
        review_item=item,
        defaults={
            "text": message.body,
            "sender": sender,
            # with each one's action, as the chat hands screening its history
            "context": [
                [TRAINED_SENDERS[kind], body, verdict]
                for kind, body, verdict in reversed(earlier)
            ],
            "labels": labels,
            "decision": item.state,
            "model_version": model_version[:32],
            "ruleset_version": message.ruleset_version,
            "decided_at": now,
        },
    )
    return example


def check_decide_review_item(user, item_id, decision: str, reason: str) -> ReviewItem:
    """An auditor or admin confirms or dismisses an item, always with a reason."""
    if not user.is_authenticated or user.role not in (Role.AUDITOR, Role.ADMIN):
        raise ComplianceError("forbidden")
    if decision not in ("confirm", "dismiss"):
        raise ComplianceError("bad_input")
    reason = (reason or "").strip() if isinstance(reason, str) else ""
    if not reason:
        raise ComplianceError("reason_required")
    if len(reason) > REASON_LIMIT:
        raise ComplianceError("too_long")
    return do_decide_review_item(user, parse_id(item_id), decision == "confirm", reason)


def do_set_session_validity(actor, session: Session, invalid_reason: str, note=""):
    """Mark a session invalid (reported, blacklisted, risk) or valid again ("").

    Metrics read `Session.invalid_reason` at their next computation. Returns True
    when the value changed; every change is in the audit log.
    """
    invalid_reason = Session.Invalid(invalid_reason)
    with transaction.atomic():
        current = (
            Session.objects.select_for_update()
            .values_list("invalid_reason", flat=True)
            .get(pk=session.pk)
        )
        if current == invalid_reason:
            return False
        Session.objects.filter(pk=session.pk).update(invalid_reason=invalid_reason)
        session.invalid_reason = invalid_reason
        do_record_audit(
            actor,
            "session.validity",
            session,
            {"invalid_reason": current},
            {"invalid_reason": str(invalid_reason), "note": note},
        )
    return True


def check_set_session_validity(user, session_id, invalid_reason, note="") -> bool:
    if not user.is_authenticated or user.role not in (Role.AUDITOR, Role.ADMIN):
        raise ComplianceError("forbidden")
    if invalid_reason not in Session.Invalid.values:
        raise ComplianceError("bad_input")
    note = _clean_note(note)
    session = Session.objects.filter(pk=parse_id(session_id)).first()
    if session is None:
        raise ComplianceError("not_found")
    return do_set_session_validity(user, session, invalid_reason, note)
