"""The metric clauses as SQL, one named piece per clause of docs/metrics.md.

Everything runs in the database and streams: window functions over each
session's messages (LAG to find round starts, LEAD to find their answers), then
per-store aggregates. The same text runs on PostgreSQL and SQLite (>= 3.25);
only "milliseconds between two timestamps" and the local hour differ, see
`ms_between` and `in_window`.

Reading guide (document clause -> SQL name):
  human session ........................ HUMAN_SESSION (= VALID_SESSION AND
                                         ENTERED_HUMAN_SERVICE)
  round, its start and its answer ...... CONVERSATION, ROUND_EDGES, ROUNDS
  round wait (capped at 600 s) ......... ROUND_WAITS
  counted rounds (period + window) ..... COUNTED_ROUNDS
  average response / 3-min / 30-s ...... AVERAGE_RESPONSE_TIME, REPLY_RATE_3MIN,
                                         REPLY_RATE_30S
  counted sessions, no-service (a,b,c) . COUNTED_SESSIONS, NO_SERVICE_SESSIONS
  dissatisfaction (last rating) ........ LAST_RATINGS, DISSATISFACTION
  what one session adds up to .......... SESSION_FACTS, SESSION_TOTALS
  stored days, added up ................ stored_rounds_sql, STORED_ROUND_TOTALS,
                                         session_facts_sql, STORED_SESSION_TOTALS
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction

from metrics.periods import PeriodSpan, make_span

WAIT_CAP_SECONDS = 600
REPLY_3MIN_SECONDS = 180
REPLY_30S_SECONDS = 30
QUEUE_LIMIT_SECONDS = 900
# Waits are measured in whole milliseconds, the same on both databases.
WAIT_CAP_MS = WAIT_CAP_SECONDS * 1000
WINDOW_FIRST_HOUR, WINDOW_LAST_HOUR = 8, 22
# Memory for one computation's hash tables and sorts (PostgreSQL).
WORK_MEM = "64MB"
# Answers later than this after the period cannot change a capped wait.
HORIZON = dt.timedelta(seconds=WAIT_CAP_SECONDS)


def ms_between(earlier: str, later: str) -> str:
    """SQL for (later - earlier) in whole milliseconds, an integer on both."""
    if connection.vendor == "postgresql":
        return f"round(date_part('epoch', {later} - {earlier}) * 1000)::bigint"
    return (
        f"CAST(round((julianday({later}) - julianday({earlier})) * 86400000.0)"
        " AS INTEGER)"
    )


def capped(ms_sql: str) -> str:
    return f"CASE WHEN {ms_sql} > {WAIT_CAP_MS} THEN {WAIT_CAP_MS} ELSE {ms_sql} END"


# A human session: valid (no invalid_reason) and entered human service.
VALID_SESSION = "s.invalid_reason = ''"
ENTERED_HUMAN_SERVICE = "s.human_started_at IS NOT NULL"
HUMAN_SESSION = f"{VALID_SESSION} AND {ENTERED_HUMAN_SERVICE}"


def in_window(column: str) -> str:
    """SQL: `column` falls in 08:00:00–22:59:59 Shanghai time (fixed UTC+8)."""
    if connection.vendor == "postgresql":
        hour = f"EXTRACT(HOUR FROM ({column} AT TIME ZONE 'Asia/Shanghai'))"
    else:
        hour = f"CAST(strftime('%%H', {column}, '+8 hours') AS INTEGER)"
    return f"{hour} BETWEEN {WINDOW_FIRST_HOUR} AND {WINDOW_LAST_HOUR}"


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


def _rounds_sql(
    span: PeriodSpan,
    store_ids,
    as_of: dt.datetime,
    params: dict,
    sessions: str = HUMAN_SESSION,
):
    """The rounds CTEs up to `round_waits`, over sessions matching `sessions`."""
    params.update(
        start=_db_time(span.start),
        end=_db_time(span.end),
        horizon=_db_time(span.end + HORIZON),
        as_of=_db_time(as_of),
    )
    stores = _store_filter(store_ids, params)
    unanswered_wait = capped(ms_between("r.started_at", "%(as_of)s"))
    answered_wait = capped(ms_between("r.started_at", "r.answered_at"))
    window = in_window("r.started_at")
    return f"""
    WITH round_sessions AS (
        SELECT s.id, s.store_id, s.human_started_at
        FROM chat_session s
        WHERE {sessions}
          AND s.human_started_at < %(end)s AND s.last_message_at >= %(start)s
          {stores}
    ),
    -- CONVERSATION: delivered buyer messages and human replies (agent, assist)
    -- from the session's start; blocked, robot and system messages take no part.
    conversation AS (
        SELECT m.session_id, rs.store_id, m.created_at, m.seq,
               m.sender_kind = 'buyer' AS from_buyer,
               LAG(m.sender_kind = 'buyer') OVER (
                   PARTITION BY m.session_id ORDER BY m.created_at, m.seq
               ) AS after_buyer
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
        SELECT session_id, store_id, created_at, from_buyer,
               LEAD(created_at) OVER (
                   PARTITION BY session_id ORDER BY created_at, seq
               ) AS next_edge_at
        FROM conversation
        WHERE (from_buyer AND (after_buyer IS NULL OR NOT after_buyer))
           OR (NOT from_buyer AND after_buyer)
    ),
    rounds AS (
        SELECT session_id, store_id, created_at AS started_at,
               next_edge_at AS answered_at
        FROM round_edges
        WHERE from_buyer
    ),
    -- COUNTED_ROUNDS + ROUND_WAITS: rounds starting inside the period and the
    -- window; wait = first answer - start, capped at 600 s; never answered
    -- (by as_of) waits 600 s, or as long as it has waited so far.
    round_waits AS (
        SELECT r.store_id, r.session_id, r.started_at, r.answered_at,
               CASE WHEN r.answered_at IS NULL THEN {unanswered_wait}
                    ELSE {answered_wait} END AS wait_ms
        FROM rounds r
        WHERE r.started_at >= %(start)s AND r.started_at < %(end)s
          AND {window}
    )"""


# ROUND_TOTALS: the counts behind the three round metrics, over round_waits.
ROUND_MEASURES = f"""
           COUNT(*) AS rounds,
           -- AVERAGE_RESPONSE_TIME = total_wait / rounds
           SUM(wait_ms) AS total_wait_ms,
           -- REPLY_RATE_3MIN = within_3min / rounds
           SUM(CASE WHEN wait_ms <= {REPLY_3MIN_SECONDS * 1000} THEN 1 ELSE 0 END)
               AS within_3min,
           -- REPLY_RATE_30S = within_30s / rounds
           SUM(CASE WHEN wait_ms <= {REPLY_30S_SECONDS * 1000} THEN 1 ELSE 0 END)
               AS within_30s"""

ROUND_TOTALS = f"""
    SELECT store_id, {ROUND_MEASURES}
    FROM round_waits
    GROUP BY store_id
"""


def stored_rounds_sql(day: dt.date, params: dict) -> str:
    """INSERT one day's ROUND_TOTALS per session into metrics_sessiondayrounds.

    Every session that entered human service is stored, valid or not: validity
    is applied when the days are added up (`STORED_ROUND_TOTALS`), so marking a
    session invalid (or valid again) later needs no recomputation.
    """
    span = make_span("day", day)
    params["day"] = day
    rounds = _rounds_sql(
        span, None, _final_as_of(span, None), params, sessions=ENTERED_HUMAN_SERVICE
    )
    return f"""
    INSERT INTO metrics_sessiondayrounds
        (day, session_id, store_id, rounds, total_wait_ms, within_3min, within_30s)
    {rounds}
    SELECT %(day)s, session_id, store_id, {ROUND_MEASURES}
    FROM round_waits
    GROUP BY store_id, session_id
    """


def _stored_round_totals_sql(span: PeriodSpan, store_ids, params: dict) -> str:
    params.update(first_day=span.first_day, end_day=span.end_day)
    stores = _store_filter(store_ids, params).replace("s.store_id", "r.store_id")
    # STORED_ROUND_TOTALS: ROUND_TOTALS added up from the stored days, dropping
    # sessions that are invalid now (HUMAN_SESSION's validity clause).
    return f"""
    SELECT r.store_id,
           SUM(r.rounds), SUM(r.total_wait_ms),
           SUM(r.within_3min), SUM(r.within_30s)
    FROM metrics_sessiondayrounds r
    WHERE r.day >= %(first_day)s AND r.day < %(end_day)s
      AND NOT EXISTS (
          SELECT 1 FROM chat_session s
          WHERE s.id = r.session_id AND NOT ({VALID_SESSION})
      )
      {stores}
    GROUP BY r.store_id
    """


def _session_facts_sql(
    span: PeriodSpan,
    store_ids,
    as_of: dt.datetime,
    params: dict,
    sessions: str = HUMAN_SESSION,
    only: str = "",
):
    """The session CTEs up to `session_facts`: one row per session matching
    `sessions` whose start is in the period (and matching `only`, SQL on `s`)."""
    params.update(
        start=_db_time(span.start), end=_db_time(span.end), as_of=_db_time(as_of)
    )
    stores = _store_filter(store_ids, params)
    window = in_window("s.human_started_at")
    queue_to_assign = ms_between("c.queued_at", "c.assigned_at")
    queue_to_now = ms_between("c.queued_at", "%(as_of)s")
    return f"""
    WITH
    -- The sessions whose start is in the period; COUNTED_SESSIONS are those
    -- that started inside the window too (counted = 1).
    period_sessions AS (
        SELECT s.id, s.store_id, s.human_started_at, s.queued_at, s.assigned_at,
               CASE WHEN {window} THEN 1 ELSE 0 END AS counted,
               s.state = 'closed' AS closed
        FROM chat_session s
        WHERE {sessions}
          AND s.human_started_at >= %(start)s AND s.human_started_at < %(end)s
          {stores}
          {only}
    ),
    -- The last human reply and the last buyer message after the first
    -- assignment of a counted session (NULL when none, or never assigned).
    after_assignment AS (
        SELECT c.id, c.store_id, c.human_started_at, c.queued_at, c.assigned_at,
               c.counted, c.closed,
               MAX(CASE WHEN m.sender_kind IN ('agent', 'assist')
                        THEN m.created_at END) AS last_reply_at,
               MAX(CASE WHEN m.sender_kind = 'buyer'
                        THEN m.created_at END) AS last_buyer_at
        FROM period_sessions c
        LEFT JOIN chat_message m
          ON m.session_id = c.id
         AND c.counted = 1
         AND m.created_at >= c.assigned_at
         AND m.verdict <> 'block'
         AND m.sender_kind IN ('buyer', 'agent', 'assist')
        GROUP BY c.id, c.store_id, c.human_started_at, c.queued_at, c.assigned_at,
                 c.counted, c.closed
    ),
    -- NO_SERVICE_SESSIONS: a counted session is no-service when (a) queued
    -- and not assigned within 900 s, (b) assigned and no human reply after
    -- it, or (c) assigned and the buyer's last message after it is later than
    -- the last human reply. A session not counted has no clause (all 0).
    no_service_sessions AS (
        SELECT c.id AS session_id, c.store_id, c.human_started_at, c.counted,
               c.closed,
               CASE WHEN c.counted = 1 AND c.queued_at IS NOT NULL AND (
                        (c.assigned_at IS NULL
                         AND {queue_to_now} > {QUEUE_LIMIT_SECONDS * 1000})
                     OR (c.assigned_at IS NOT NULL
                         AND {queue_to_assign} > {QUEUE_LIMIT_SECONDS * 1000}))
                    THEN 1 ELSE 0 END AS not_assigned_in_time,
               CASE WHEN c.counted = 1 AND c.assigned_at IS NOT NULL
                         AND c.last_reply_at IS NULL
                    THEN 1 ELSE 0 END AS no_reply_after_assignment,
               CASE WHEN c.counted = 1 AND c.last_buyer_at > c.last_reply_at
                    THEN 1 ELSE 0 END AS last_round_unanswered
        FROM after_assignment c
    ),
    -- LAST_RATINGS: each session's ratings, the last (by time, then id) first;
    -- the window does not apply.
    last_ratings AS (
        SELECT r.session_id, r.score,
               ROW_NUMBER() OVER (
                   PARTITION BY r.session_id ORDER BY r.created_at DESC, r.id DESC
               ) AS recency
        FROM period_sessions c
        JOIN chat_rating r ON r.session_id = c.id
    ),
    -- SESSION_FACTS: what each session adds to the session metrics.
    session_facts AS (
        SELECT n.session_id, n.store_id, n.human_started_at, n.counted, n.closed,
               n.not_assigned_in_time, n.no_reply_after_assignment,
               n.last_round_unanswered, lr.score AS last_rating
        FROM no_service_sessions n
        LEFT JOIN last_ratings lr
          ON lr.session_id = n.session_id AND lr.recency = 1
    )"""


# SESSION_TOTALS: the counts behind no-service and dissatisfaction, over rows
# of session facts (computed, or stored in metrics_sessionfacts).
SESSION_MEASURES = """
           -- COUNTED_SESSIONS
           SUM(counted) AS sessions,
           -- NO_SERVICE_SESSIONS: any of (a), (b), (c)
           SUM(CASE WHEN not_assigned_in_time = 1
                     OR no_reply_after_assignment = 1
                     OR last_round_unanswered = 1 THEN 1 ELSE 0 END)
               AS no_service,
           -- DISSATISFACTION = dissatisfied (last rating 1 or 2) / rated
           SUM(CASE WHEN last_rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
           SUM(CASE WHEN last_rating <= 2 THEN 1 ELSE 0 END) AS dissatisfied"""

SESSION_TOTALS = f"""
    SELECT store_id, {SESSION_MEASURES}
    FROM session_facts
    GROUP BY store_id
"""

FACT_COLUMNS = (
    "counted",
    "not_assigned_in_time",
    "no_reply_after_assignment",
    "last_round_unanswered",
    "last_rating",
    "final",
)


def session_facts_sql(day: dt.date, params: dict, refresh: bool = False) -> str:
    """Upsert one day's SESSION_FACTS into metrics_sessionfacts.

    Every session that entered human service on `day` is stored, valid or not
    (validity is applied when rows are added up, `STORED_SESSION_TOTALS`), as
    of the day's end plus the answer horizon, like the day's own computation.
    A row is final when its session was closed: no message can change it.
    With `refresh`, only the day's rows that are not final are computed again.
    """
    span = make_span("day", day)
    params["day"] = day
    only = ""
    if refresh:
        only = """AND s.id IN (
              SELECT f.session_id FROM metrics_sessionfacts f
              WHERE f.day = %(day)s AND NOT f.final
          )"""
    facts = _session_facts_sql(
        span,
        None,
        _final_as_of(span, None),
        params,
        sessions=ENTERED_HUMAN_SERVICE,
        only=only,
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in ("day", *FACT_COLUMNS))
    # The WHERE lets SQLite tell the upsert's ON CONFLICT from a join's ON.
    return f"""
    INSERT INTO metrics_sessionfacts
        (session_id, day, store_id, {", ".join(FACT_COLUMNS)})
    {facts}
    SELECT session_id, %(day)s, store_id, counted, not_assigned_in_time,
           no_reply_after_assignment, last_round_unanswered, last_rating, closed
    FROM session_facts
    WHERE session_id IS NOT NULL
    ON CONFLICT (session_id) DO UPDATE SET {updates}
    """


def _stored_session_totals_sql(span: PeriodSpan, store_ids, params: dict) -> str:
    params.update(first_day=span.first_day, end_day=span.end_day)
    stores = _store_filter(store_ids, params).replace("s.store_id", "f.store_id")
    # STORED_SESSION_TOTALS: SESSION_TOTALS added up from the stored facts,
    # dropping sessions that are invalid now (HUMAN_SESSION's validity clause).
    return f"""
    SELECT f.store_id, {SESSION_MEASURES}
    FROM metrics_sessionfacts f
    WHERE f.day >= %(first_day)s AND f.day < %(end_day)s
      AND NOT EXISTS (
          SELECT 1 FROM chat_session s
          WHERE s.id = f.session_id AND NOT ({VALID_SESSION})
      )
      {stores}
    GROUP BY f.store_id
    """


def ratings_seen_now() -> int:
    """The highest rating id such that every rating up to it is visible now.

    Rating ids come from one sequence (AUTOINCREMENT on SQLite). On
    PostgreSQL a SHARE lock waits until no transaction that is inserting
    ratings is still open, so no smaller id can commit later; the lock is held
    only for this short transaction. SQLite has one writer at a time.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("LOCK TABLE chat_rating IN SHARE MODE")
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM chat_rating")
        return int(cursor.fetchone()[0])


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


def _seconds(milliseconds) -> Decimal:
    return Decimal(int(milliseconds or 0)) / 1000


def period_counts(
    span: PeriodSpan,
    store_ids=None,
    as_of: dt.datetime | None = None,
    stored: bool = False,
) -> dict[int, Counts]:
    """Every count behind every rate, per store that has any; two queries.

    With `stored` the counts are added up from the stored days
    (metrics_sessiondayrounds, metrics_sessionfacts), which the caller has made
    current for every day of the span; otherwise they are computed from the
    messages, sessions and ratings.
    """
    counts: dict[int, Counts] = {}
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Hash aggregates and sorts over a week of sessions fit in memory;
            # JIT compilation costs more than it saves on these plans.
            cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
            cursor.execute("SET LOCAL jit = off")
        rounds_params: dict = {}
        sessions_params: dict = {}
        if stored:
            if as_of is not None:
                raise ValueError("stored days are final: no as_of")
            rounds_sql = _stored_round_totals_sql(span, store_ids, rounds_params)
            sessions_sql = _stored_session_totals_sql(span, store_ids, sessions_params)
        else:
            as_of = _final_as_of(span, as_of)
            rounds_sql = _rounds_sql(span, store_ids, as_of, rounds_params)
            rounds_sql += ROUND_TOTALS
            sessions_sql = _session_facts_sql(span, store_ids, as_of, sessions_params)
            sessions_sql += SESSION_TOTALS
        cursor.execute(rounds_sql, rounds_params)
        for store_id, rounds, total, within_3, within_30 in cursor.fetchall():
            entry = counts.setdefault(store_id, Counts())
            entry.rounds = rounds
            entry.total_wait_seconds = _seconds(total)
            entry.rounds_within_3min = int(within_3)
            entry.rounds_within_30s = int(within_30)
        cursor.execute(sessions_sql, sessions_params)
        for store_id, sessions, no_service, rated, dissatisfied in cursor.fetchall():
            if not (sessions or rated):
                continue
            entry = counts.setdefault(store_id, Counts())
            entry.human_sessions = int(sessions)
            entry.no_service_sessions = int(no_service)
            entry.rated_sessions = int(rated)
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
    SELECT session_id, started_at, answered_at, wait_ms FROM round_waits
    WHERE wait_ms > {REPLY_3MIN_SECONDS * 1000}
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
    sql = _session_facts_sql(span, [store_id], _final_as_of(span, as_of), params)
    sql += """
    SELECT session_id, human_started_at, not_assigned_in_time,
           no_reply_after_assignment, last_round_unanswered
    FROM session_facts
    WHERE not_assigned_in_time = 1 OR no_reply_after_assignment = 1
       OR last_round_unanswered = 1
    ORDER BY human_started_at, session_id LIMIT %(limit)s"""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            NoServiceRow(sid, _as_datetime(start), bool(a), bool(b), bool(c))
            for sid, start, a, b, c in cursor.fetchall()
        ]
