"""Daily sampling (抽检): which sessions an auditor scores, and the checklist."""

import datetime as dt
import random
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
)
from django.utils.translation import gettext_lazy as _

from chat.models import Message, QuickPhrase, Rating, Session, Store
from compliance.models import ReviewItem, SanctionPolicy

Stratum = ReviewItem.Stratum
STRATA = (Stratum.LOW_RATING, Stratum.LONG_WAIT, Stratum.FLAGGED, Stratum.RANDOM)
HUMAN_SENDERS = (Message.SenderKind.AGENT, Message.SenderKind.ASSIST)
STORE_SENDERS = (*HUMAN_SENDERS, Message.SenderKind.SYSTEM, Message.SenderKind.ROBOT)
CURT_REPLIES = frozenset(
    {"哦", "噢", "嗯", "恩", "额", "呃", "哦哦", "嗯嗯", "不知道", "不清楚", "随便"}
)
_PUNCTUATION = re.compile(r"[\s。，,.!！?？~～…、]+")


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    fatal: bool
    category: str = ""


CHECKLIST = (
    CheckItem("greeting", _("使用欢迎语"), False),
    CheckItem("answered", _("问题均已解答"), False),
    CheckItem("courteous", _("用语文明礼貌"), True, "abuse"),
    CheckItem("no_curt", _("无生硬敷衍回复（哦/嗯/不知道）"), False),
    CheckItem("no_forbidden", _("无违禁内容"), True, "forbidden"),
    CheckItem("closing", _("使用结束语"), False),
)
CHECK_KEYS = tuple(item.key for item in CHECKLIST)


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    zone = ZoneInfo(settings.TIME_ZONE)
    start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=zone)
    return start, start + dt.timedelta(days=1)


def _normal(text: str) -> str:
    return _PUNCTUATION.sub("", text or "")


def strata_of(store: Store, day: dt.date, policy: SanctionPolicy) -> dict:
    """The day's unsampled sessions of the store, by stratum, as sorted id lists."""
    start, end = day_bounds(day)
    sessions = Session.objects.filter(
        store=store, created_at__gte=start, created_at__lt=end
    ).exclude(review_items__kind=ReviewItem.Kind.SAMPLE)
    low = Rating.objects.filter(session=OuterRef("pk"), score__lte=2)
    flagged = Message.objects.filter(session=OuterRef("pk")).exclude(
        verdict=Message.Verdict.ALLOW
    )
    wait = dt.timedelta(seconds=policy.long_wait_seconds)
    rows = (
        sessions.annotate(
            low=Exists(low),
            flagged=Exists(flagged),
            first_reply=Min(
                "messages__created_at",
                filter=Q(messages__sender_kind__in=HUMAN_SENDERS),
            ),
        )
        .annotate(
            long_wait=ExpressionWrapper(
                Q(human_started_at__isnull=False)
                & (
                    Q(first_reply__isnull=True, closed_at__isnull=False)
                    | Q(first_reply__gt=F("human_started_at") + wait)
                ),
                output_field=BooleanField(),
            )
        )
        .values_list("pk", "low", "long_wait", "flagged")
        .order_by("pk")
    )
    groups = {stratum: [] for stratum in STRATA}
    for pk, is_low, is_long, is_flagged in rows:
        groups[Stratum.RANDOM].append(pk)
        if is_low:
            groups[Stratum.LOW_RATING].append(pk)
        if is_long:
            groups[Stratum.LONG_WAIT].append(pk)
        if is_flagged:
            groups[Stratum.FLAGGED].append(pk)
    return groups


def choose_sample(groups: dict, size: int, rng: random.Random) -> list[tuple]:
    """Take one session per stratum in turn until `size`: (session id, stratum)."""
    chosen: dict[int, str] = {}
    pools = {stratum: list(ids) for stratum, ids in groups.items()}
    while len(chosen) < size and any(pools.values()):
        for stratum in STRATA:
            pool = [pk for pk in pools[stratum] if pk not in chosen]
            pools[stratum] = pool
            if not pool or len(chosen) >= size:
                continue
            pick = pool.pop(rng.randrange(len(pool)))
            chosen[pick] = stratum
    return list(chosen.items())


def prefill_checklist(session: Session) -> dict:
    """What the system can tell of the checklist: True/False, None where it can't."""
    store = session.store
    messages = list(
        session.messages.filter(kind=Message.Kind.TEXT).values_list(
            "sender_kind", "body", "verdict", "violations"
        )
    )
    phrases = {QuickPhrase.Purpose.GREETING: [], QuickPhrase.Purpose.CLOSING: []}
    for purpose, text in QuickPhrase.objects.filter(
        store=store, purpose__in=list(phrases)
    ).values_list("purpose", "text"):
        phrases[purpose].append(text)
    greetings = [_normal(p) for p in [store.greeting, *phrases["greeting"]] if p]
    closings = [_normal(p) for p in [store.closing_phrase, *phrases["closing"]] if p]
    store_texts = [
        _normal(body) for kind, body, *_ in messages if kind in STORE_SENDERS
    ]
    human = [m for m in messages if m[0] in HUMAN_SENDERS]
    abusive = any(
        isinstance(v, dict) and v.get("category") in ("abuse", "obscene")
        for *_, violations in human
        for v in violations or []
    )
    return {
        "greeting": any(g and g in text for g in greetings for text in store_texts),
        "answered": None,
        "courteous": False if abusive else None,
        "no_curt": not any(_normal(body) in CURT_REPLIES for _k, body, *_ in human),
        "no_forbidden": not any(
            verdict != Message.Verdict.ALLOW for _k, _b, verdict, _v in human
        ),
        "closing": any(c and c in text for c in closings for text in store_texts),
    }


def draw_daily_samples(day: dt.date, *, store_ids=None) -> list[ReviewItem]:
    """Draw the day's samples of every active store; reproducible and never twice.

    The draw is seeded by date and store, so a re-run picks the same sessions;
    sessions already sampled are skipped by the query and by a unique constraint.
    """
    policy = SanctionPolicy.current()
    stores = Store.objects.exclude(status=Store.Status.BLOCKED).order_by("pk")
    if store_ids is not None:
        stores = stores.filter(pk__in=store_ids)
    created = []
    for store in stores:
        already = ReviewItem.objects.filter(
            kind=ReviewItem.Kind.SAMPLE, store=store, sample_date=day
        ).count()
        size = policy.daily_samples - already
        if size <= 0:
            continue
        rng = random.Random(f"{day.isoformat()}:{store.pk}")
        picks = choose_sample(strata_of(store, day, policy), size, rng)
        sessions = Session.objects.select_related("store").in_bulk(
            [pk for pk, _s in picks]
        )
        items = [
            ReviewItem(
                kind=ReviewItem.Kind.SAMPLE,
                store=store,
                session=sessions[pk],
                sample_date=day,
                stratum=stratum,
                prefill=prefill_checklist(sessions[pk]),
            )
            for pk, stratum in picks
        ]
        created += ReviewItem.objects.bulk_create(items, ignore_conflicts=True)
    return created
