"""The metric clauses as SQL, one named piece per clause of docs/metrics.md.

Everything runs in the database and streams: window functions over each
session's messages (LAG to find round starts, LEAD to find their answers), then
per-store aggregates. The same text runs on PostgreSQL and SQLite (>= 3.25);
only "seconds between two timestamps" differs, see `seconds_between`.

Reading guide (document clause -> SQL name):
  human session ........................ HUMAN_SESSION
  round, its start and its answer ...... CONVERSATION, ROUND_EDGES, ROUNDS
  round wait (capped at 600 s) ......... ROUND_WAITS
  counted rounds (period + window) ..... COUNTED_ROUNDS
  average response / 3-min / 30-s ...... AVERAGE_RESPONSE_TIME, REPLY_RATE_3MIN,
                                         REPLY_RATE_30S
  counted sessions, no-service (a,b,c) . COUNTED_SESSIONS, NO_SERVICE_SESSIONS
  dissatisfaction (last rating) ........ LAST_RATINGS, DISSATISFACTION
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection

from metrics.periods import PeriodSpan

WAIT_CAP_SECONDS = 600
REPLY_3MIN_SECONDS = 180
REPLY_30S_SECONDS = 30
QUEUE_LIMIT_SECONDS = 900
# Answers later than this after the period cannot change a capped wait.
HORIZON = dt.timedelta(seconds=WAIT_CAP_SECONDS)


def seconds_between(earlier: str, later: str) -> str:
    """SQL for (later - earlier) in seconds, to the millisecond."""
    if connection.vendor == "postgresql":
        return f"round(extract(epoch from ({later} - {earlier}))::numeric, 3)"
    return f"round((julianday({later}) - julianday({earlier})) * 86400.0, 3)"


def capped(seconds_sql: str) -> str:
    return (
        f"CASE WHEN {seconds_sql} > {WAIT_CAP_SECONDS} THEN {WAIT_CAP_SECONDS} "
        f"ELSE {seconds_sql} END"
    )


# A human session: valid (no invalid_reason) and entered human service.
HUMAN_SESSION = "s.invalid_reason = '' AND s.human_started_at IS NOT NULL"

IN_WINDOW = (
    "EXISTS (SELECT 1 FROM windows w WHERE {column} >= w.lo AND {column} < w.hi)"
)


def _windows_cte(span: PeriodSpan, params: dict) -> str:
    rows = []
    for index, (opens, closes) in enumerate(span.windows()):
        params[f"w{index}_lo"] = _db_time(opens)
        params[f"w{index}_hi"] = _db_time(closes)
        rows.append(f"(%(w{index}_lo)s, %(w{index}_hi)s)")
    return "windows(lo, hi) AS (VALUES " + ", ".join(rows) + ")"


def _db_time(value: dt.datetime):
    return connection.ops.adapt_datetimefield_value(value)


def _store_filter(store_ids, params: dict) -> str:
    if store_ids is None:
        return ""
    names = []
    for index, store_id in enumerate(store_ids):
        params[f"store{index}"] = store_id
        names.append(f"%(store{index})s")
    return f"AND s.store_id IN ({', '.join(names) or 'NULL'})"


def _rounds_sql(span: PeriodSpan, store_ids, as_of: dt.datetime, params: dict):
    params.update(
        start=_db_time(span.start),
        end=_db_time(span.end),
        horizon=_db_time(span.end + HORIZON),
        as_of=_db_time(as_of),
    )
    stores = _store_filter(store_ids, params)
    unanswered_wait = capped(seconds_between("started_at", "%(as_of)s"))
    answered_wait = capped(seconds_between("started_at", "answered_at"))
    in_window = IN_WINDOW.format(column="r.started_at")
    return f"""
    WITH {_windows_cte(span, params)},
    round_sessions AS (
        SELECT s.id, s.store_id, s.human_started_at
        FROM chat_session s
        WHERE {HUMAN_SESSION}
          AND s.human_started_at < %(end)s AND s.last_message_at >= %(start)s
          {stores}
    ),
    -- CONVERSATION: delivered buyer messages and human replies (agent, assist)
    -- from the session's start; blocked, robot and system messages take no part.
    conversation AS (
        SELECT m.session_id, rs.store_id, m.created_at, m.seq,
               m.sender_kind,
               LAG(m.sender_kind) OVER (
                   PARTITION BY m.session_id ORDER BY m.created_at, m.seq
               ) AS previous_kind
        FROM round_sessions rs
        JOIN chat_message m ON m.session_id = rs.id
        WHERE m.created_at >= rs.human_started_at
          AND m.created_at < %(horizon)s
          AND m.verdict <> 'block'
          AND m.sender_kind IN ('buyer', 'agent', 'assist')
    ),
    -- ROUND_EDGES: a round starts at a buyer message not already waiting (the
    -- previous one is not a buyer's); the first human reply after a buyer
    -- message answers it. After a start the next edge is always its answer.
    round_edges AS (
        SELECT session_id, store_id, created_at, sender_kind,
               LEAD(created_at) OVER (
                   PARTITION BY session_id ORDER BY created_at, seq
               ) AS next_edge_at
        FROM conversation
        WHERE (sender_kind = 'buyer'
               AND (previous_kind IS NULL OR previous_kind <> 'buyer'))
           OR (sender_kind <> 'buyer' AND previous_kind = 'buyer')
    ),
    rounds AS (
        SELECT session_id, store_id, created_at AS started_at,
               next_edge_at AS answered_at
        FROM round_edges
        WHERE sender_kind = 'buyer'
    ),
    -- COUNTED_ROUNDS + ROUND_WAITS: rounds starting inside the period and the
    -- window; wait = first answer - start, capped at 600 s; never answered
    -- (by as_of) waits 600 s, or as long as it has waited so far.
    round_waits AS (
        SELECT r.store_id, r.session_id, r.started_at, r.answered_at,
               CASE WHEN r.answered_at IS NULL THEN {unanswered_wait}
                    ELSE {answered_wait} END AS wait_seconds
        FROM rounds r
        WHERE r.started_at >= %(start)s AND r.started_at < %(end)s
          AND {in_window}
    )"""


ROUND_TOTALS = f"""
    SELECT store_id,
           COUNT(*) AS rounds,
           -- AVERAGE_RESPONSE_TIME = total_wait / rounds
           SUM(wait_seconds) AS total_wait,
           -- REPLY_RATE_3MIN = within_3min / rounds
           SUM(CASE WHEN wait_seconds <= {REPLY_3MIN_SECONDS} THEN 1 ELSE 0 END)
               AS within_3min,
           -- REPLY_RATE_30S = within_30s / rounds
           SUM(CASE WHEN wait_seconds <= {REPLY_30S_SECONDS} THEN 1 ELSE 0 END)
               AS within_30s
    FROM round_waits
    GROUP BY store_id
"""


def _no_service_sql(span: PeriodSpan, store_ids, as_of: dt.datetime, params: dict):
    params.update(
        start=_db_time(span.start), end=_db_time(span.end), as_of=_db_time(as_of)
    )
    stores = _store_filter(store_ids, params)
    in_window = IN_WINDOW.format(column="s.human_started_at")
    queue_to_assign = seconds_between("c.queued_at", "c.assigned_at")
    queue_to_now = seconds_between("c.queued_at", "%(as_of)s")
    return f"""
    WITH {_windows_cte(span, params)},
    -- COUNTED_SESSIONS: human sessions starting inside the period and window.
    counted_sessions AS (
        SELECT s.id, s.store_id, s.human_started_at, s.queued_at, s.assigned_at
        FROM chat_session s
        WHERE {HUMAN_SESSION}
          AND s.human_started_at >= %(start)s AND s.human_started_at < %(end)s
          AND {in_window}
          {stores}
    ),
    after_assignment AS (
        SELECT c.id AS session_id,
               MAX(CASE WHEN m.sender_kind IN ('agent', 'assist')
                        THEN m.created_at END) AS last_reply_at,
               MAX(CASE WHEN m.sender_kind = 'buyer'
                        THEN m.created_at END) AS last_buyer_at
        FROM counted_sessions c
        JOIN chat_message m ON m.session_id = c.id
        WHERE c.assigned_at IS NOT NULL
          AND m.created_at >= c.assigned_at
          AND m.verdict <> 'block'
          AND m.sender_kind IN ('buyer', 'agent', 'assist')
        GROUP BY c.id
    ),
    -- NO_SERVICE_SESSIONS: (a) queued and not assigned within 900 s,
    -- (b) assigned and no human reply after it, (c) assigned and the buyer's
    -- last message after it is later than the last human reply.
    no_service_sessions AS (
        SELECT c.id AS session_id, c.store_id, c.human_started_at,
               CASE WHEN c.queued_at IS NOT NULL AND (
                        (c.assigned_at IS NULL
                         AND {queue_to_now} > {QUEUE_LIMIT_SECONDS})
                     OR (c.assigned_at IS NOT NULL
                         AND {queue_to_assign} > {QUEUE_LIMIT_SECONDS}))
                    THEN 1 ELSE 0 END AS not_assigned_in_time,
               CASE WHEN c.assigned_at IS NOT NULL AND a.last_reply_at IS NULL
                    THEN 1 ELSE 0 END AS no_reply_after_assignment,
               CASE WHEN a.last_buyer_at > a.last_reply_at
                    THEN 1 ELSE 0 END AS last_round_unanswered
        FROM counted_sessions c
        LEFT JOIN after_assignment a ON a.session_id = c.id
    )"""


NO_SERVICE_TOTALS = """
    SELECT store_id,
           COUNT(*) AS sessions,
           SUM(CASE WHEN not_assigned_in_time = 1
                     OR no_reply_after_assignment = 1
                     OR last_round_unanswered = 1 THEN 1 ELSE 0 END)
               AS no_service
    FROM no_service_sessions
    GROUP BY store_id
"""


def _dissatisfaction_sql(span: PeriodSpan, store_ids, params: dict):
    params.update(start=_db_time(span.start), end=_db_time(span.end))
    stores = _store_filter(store_ids, params)
    return f"""
    WITH
    -- LAST_RATINGS: the last rating of each human session started in the
    -- period (the window does not apply).
    last_ratings AS (
        SELECT s.store_id, r.score,
               ROW_NUMBER() OVER (
                   PARTITION BY r.session_id ORDER BY r.created_at DESC, r.id DESC
               ) AS recency
        FROM chat_session s
        JOIN chat_rating r ON r.session_id = s.id
        WHERE {HUMAN_SESSION}
          AND s.human_started_at >= %(start)s AND s.human_started_at < %(end)s
          {stores}
    )
    -- DISSATISFACTION = dissatisfied (score 1 or 2) / rated
    SELECT store_id,
           COUNT(*) AS rated,
           SUM(CASE WHEN score <= 2 THEN 1 ELSE 0 END) AS dissatisfied
    FROM last_ratings
    WHERE recency = 1
    GROUP BY store_id
    """


@dataclass
class Counts:
    human_sessions: int = 0
    no_service_sessions: int = 0
    rounds: int = 0
    rounds_within_3min: int = 0
    rounds_within_30s: int = 0
    total_wait_seconds: Decimal = Decimal("0.000")
    rated_sessions: int = 0
    dissatisfied_sessions: int = 0


def _final_as_of(span: PeriodSpan, as_of: dt.datetime | None) -> dt.datetime:
    return span.end + HORIZON if as_of is None else as_of


def _seconds(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.001"))


def period_counts(
    span: PeriodSpan, store_ids=None, as_of: dt.datetime | None = None
) -> dict[int, Counts]:
    """Every count behind every rate, per store that has any; three queries."""
    as_of = _final_as_of(span, as_of)
    counts: dict[int, Counts] = {}
    with connection.cursor() as cursor:
        params: dict = {}
        cursor.execute(_rounds_sql(span, store_ids, as_of, params) + ROUND_TOTALS, params)
        for store_id, rounds, total, within_3, within_30 in cursor.fetchall():
            entry = counts.setdefault(store_id, Counts())
            entry.rounds = rounds
            entry.total_wait_seconds = _seconds(total)
            entry.rounds_within_3min = int(within_3)
            entry.rounds_within_30s = int(within_30)
        params = {}
        cursor.execute(
            _no_service_sql(span, store_ids, as_of, params) + NO_SERVICE_TOTALS, params
        )
        for store_id, sessions, no_service in cursor.fetchall():
            entry = counts.setdefault(store_id, Counts())
            entry.human_sessions = sessions
            entry.no_service_sessions = int(no_service)
        params = {}
        cursor.execute(_dissatisfaction_sql(span, store_ids, params), params)
        for store_id, rated, dissatisfied in cursor.fetchall():
            entry = counts.setdefault(store_id, Counts())
            entry.rated_sessions = rated
            entry.dissatisfied_sessions = int(dissatisfied)
    return counts


def _as_datetime(value):
    if value is None or isinstance(value, dt.datetime):
        return value
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class RoundRow:
    session_id: int
    started_at: dt.datetime
    answered_at: dt.datetime | None
    wait_seconds: Decimal


@dataclass(frozen=True)
class NoServiceRow:
    session_id: int
    started_at: dt.datetime
    not_assigned_in_time: bool
    no_reply_after_assignment: bool
    last_round_unanswered: bool


def slow_rounds(
    span: PeriodSpan, store_id: int, as_of=None, limit: int = 500
) -> list[RoundRow]:
    """Counted rounds of one store that missed the 3-minute mark."""
    params: dict = {"limit": limit}
    sql = _rounds_sql(span, [store_id], _final_as_of(span, as_of), params)
    sql += f"""
    SELECT session_id, started_at, answered_at, wait_seconds FROM round_waits
    WHERE wait_seconds > {REPLY_3MIN_SECONDS}
    ORDER BY started_at, session_id LIMIT %(limit)s"""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            RoundRow(sid, _as_datetime(start), _as_datetime(answer), _seconds(wait))
            for sid, start, answer, wait in cursor.fetchall()
        ]


def no_service_list(
    span: PeriodSpan, store_id: int, as_of=None, limit: int = 500
) -> list[NoServiceRow]:
    """Counted sessions of one store that were no-service, with the reasons."""
    params: dict = {"limit": limit}
    sql = _no_service_sql(span, [store_id], _final_as_of(span, as_of), params)
    sql += """
    SELECT session_id, human_started_at, not_assigned_in_time,
           no_reply_after_assignment, last_round_unanswered
    FROM no_service_sessions
    WHERE not_assigned_in_time = 1 OR no_reply_after_assignment = 1
       OR last_round_unanswered = 1
    ORDER BY human_started_at, session_id LIMIT %(limit)s"""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            NoServiceRow(sid, _as_datetime(start), bool(a), bool(b), bool(c))
            for sid, start, a, b, c in cursor.fetchall()
        ]
