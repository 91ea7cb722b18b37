"""The metric definitions of docs/metrics.md computed again in plain Python.

Written from the document, not from the SQL: it walks each session's rows in
order, one session at a time, with none of the queries' window functions or
stored days. Tests compare every count the SQL gives (from scratch and added
up from stored days, on PostgreSQL and SQLite) with this.
"""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from chat.models import Message, Rating, Session, SessionAssignment
from metrics.models import ExemptDay, RatingAppeal
from metrics.periods import SHANGHAI, PeriodSpan
from metrics.queries import Counts

CAP_MS = 600_000
NONE = 0
HUMAN = {"agent", "assist"}


def ms(earlier: dt.datetime, later: dt.datetime) -> int:
    micro = Decimal((later - earlier) // dt.timedelta(microseconds=1))
    return int((micro / 1000).quantize(Decimal(1), ROUND_HALF_UP))


def in_window(moment: dt.datetime) -> bool:
    return 8 <= moment.astimezone(SHANGHAI).hour <= 22


def exempt(store_id: int, moment: dt.datetime) -> bool:
    day = moment.astimezone(SHANGHAI).date()
    return any(
        x.store_id in (None, store_id) for x in ExemptDay.objects.filter(day=day)
    )


def held_at(assignments, moment) -> int | None:
    """The agent assigned at `moment` (latest at or before); None if none."""
    held = None
    for a in assignments:
        if a.assigned_at <= moment:
            held = a.agent_id or NONE
    return held


def round_owner(assignments, started_at) -> int:
    held = held_at(assignments, started_at)
    if held is not None:
        return held
    for a in assignments:
        if a.assigned_at > started_at:
            return a.agent_id or NONE
    return NONE


def _counts(table: dict, store_id: int, agent_id: int) -> Counts:
    return table.setdefault((store_id, agent_id), Counts())


def oracle_counts(
    span: PeriodSpan, as_of: dt.datetime | None = None
) -> dict[tuple[int, int], Counts]:
    """{(store id, agent id or 0): Counts} of every valid human session."""
    as_of = as_of or span.end + dt.timedelta(seconds=600)
    horizon = span.end + dt.timedelta(seconds=600)
    table: dict = {}
    sessions = Session.objects.filter(
        invalid_reason="", human_started_at__isnull=False
    ).order_by("id")
    for session in sessions:
        start = session.human_started_at
        assignments = sorted(
            SessionAssignment.objects.filter(session=session),
            key=lambda a: (a.assigned_at, a.id),
        )
        delivered = sorted(
            (
                m
                for m in Message.objects.filter(session=session)
                if m.verdict != "block"
                and m.sender_kind in HUMAN | {"buyer"}
                and m.created_at >= start
            ),
            key=lambda m: (m.created_at, m.seq),
        )
        _rounds(table, session, assignments, delivered, span, as_of, horizon)
        if span.start <= start < span.end and not exempt(session.store_id, start):
            _session(table, session, assignments, delivered, as_of)
    return {key: c for key, c in table.items() if c != Counts()}


def _rounds(table, session, assignments, delivered, span, as_of, horizon):
    waiting_since = None
    rounds = []
    for m in delivered:
        if m.created_at >= horizon:
            break
        if m.sender_kind == "buyer":
            if waiting_since is None:
                waiting_since = m.created_at
        elif waiting_since is not None:
            rounds.append((waiting_since, m.created_at))
            waiting_since = None
    if waiting_since is not None:
        rounds.append((waiting_since, None))
    for started, answered in rounds:
        if not (span.start <= started < span.end and in_window(started)):
            continue
        if exempt(session.store_id, started):
            continue
        wait = min(ms(started, answered or as_of), CAP_MS)
        c = _counts(table, session.store_id, round_owner(assignments, started))
        c.rounds += 1
        c.total_wait_seconds += Decimal(wait) / 1000
        c.rounds_within_3min += wait <= 180_000
        c.rounds_within_30s += wait <= 30_000


def _session(table, session, assignments, delivered, as_of):
    owner = (assignments[-1].agent_id or NONE) if assignments else NONE
    c = _counts(table, session.store_id, owner)
    counted = in_window(session.human_started_at)
    if counted:
        c.human_sessions += 1
        a = b = cc = False
        if session.queued_at is not None:
            if session.assigned_at is None:
                a = ms(session.queued_at, as_of) > 900_000
            else:
                a = ms(session.queued_at, session.assigned_at) > 900_000
        if session.assigned_at is not None:
            after = [m for m in delivered if m.created_at >= session.assigned_at]
            replies = [m.created_at for m in after if m.sender_kind in HUMAN]
            buyers = [m.created_at for m in after if m.sender_kind == "buyer"]
            b = not replies
            cc = bool(replies) and bool(buyers) and max(buyers) > max(replies)
        c.no_service_sessions += a or b or cc
        c.agent_no_service_sessions += b or cc
        replies = [m for m in delivered if m.sender_kind in HUMAN]
        if replies:
            first = replies[0]
            if first.sender_kind == "agent":
                responder = first.sender_id or NONE
            else:
                responder = held_at(assignments, first.created_at) or NONE
            r = _counts(table, session.store_id, responder)
            r.answered_sessions += 1
            r.total_first_response_seconds += (
                Decimal(ms(session.human_started_at, first.created_at)) / 1000
            )
    upheld = set(
        RatingAppeal.objects.filter(state="upheld").values_list("rating_id", flat=True)
    )
    ratings = sorted(
        (r for r in Rating.objects.filter(session=session) if r.pk not in upheld),
        key=lambda r: (r.created_at, r.id),
    )
    if ratings:
        c.rated_sessions += 1
        c.dissatisfied_sessions += ratings[-1].score <= 2
