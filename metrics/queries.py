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
  answered sessions, first response .... ANSWERED_SESSIONS, FIRST_RESPONSE
  per agent: who holds the session ..... ASSIGNMENTS, AGENT_AT, LAST_AGENT
  per agent: rounds, first responses ... ROUND_AGENT, RESPONDER
  per agent: no-service (b, c only) .... AGENT_NO_SERVICE
  days not assessed .................... EXEMPT_DAYS
  what one session adds up to .......... SESSION_FACTS, SESSION_TOTALS
  stored days, added up ................ stored_rounds_sql, STORED_ROUND_TOTALS,
                                         session_facts_sql, STORED_SESSION_TOTALS
"""

import datetime as dt
from dataclasses import dataclass, fields
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
# Asia/Shanghai: UTC+8, no daylight saving.
UTC_OFFSET_SECONDS = 8 * 3600
# Memory for one computation's hash tables and sorts (PostgreSQL).
WORK_MEM = "64MB"
# Answers later than this after the period cannot change a capped wait.
HORIZON = dt.timedelta(seconds=WAIT_CAP_SECONDS)


def ms_between(earlier: str, later: str) -> str:
    """SQL for (later - earlier) in whole milliseconds, an integer on both,
    halves rounded up (away from zero, as docs/metrics.md's oracle rounds).

    On PostgreSQL `extract` gives the interval's exact decimal seconds;
    `date_part` gave a double, which `round` takes to the even neighbour of a
    half (2.5 ms to 2) and which may hold a half as a hair below it: a wait
    of a whole number of milliseconds and 500 µs then differed by 1 ms."""
    if connection.vendor == "postgresql":
        return f"round(extract(epoch from {later} - {earlier}) * 1000)::bigint"
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

# Agents are ids; 0 stands for "no agent" so that totals can be keyed by it.
NO_AGENT = 0
# Not an id either: a session whose assignments name several agents.
SEVERAL_AGENTS = -1


def _assignment(session: str, condition: str, order: str) -> str:
    """SQL: the agent (0 if the account is gone) of the first row of
    ASSIGNMENTS (chat_sessionassignment, every assignment and transfer) of
    `session` matching `condition` in `order`; NULL when there is none."""
    return f"""(SELECT COALESCE(a.agent_id, {NO_AGENT}) FROM chat_sessionassignment a
            WHERE a.session_id = {session} AND {condition}
            ORDER BY {order} LIMIT 1)"""


def agent_at(session: str, moment: str) -> str:
    """AGENT_AT: the agent `session` is assigned to at `moment`: its latest
    assignment at or before it (by time, then id); 0 when none."""
    latest = _assignment(
        session, f"a.assigned_at <= {moment}", "a.assigned_at DESC, a.id DESC"
    )
    return f"COALESCE({latest}, {NO_AGENT})"


def round_agent(session: str, started_at: str) -> str:
    """ROUND_AGENT: the agent assigned at a round's first buyer message, or
    if none yet the first agent assigned after it; 0 when none ever is."""
    latest = _assignment(
        session, f"a.assigned_at <= {started_at}", "a.assigned_at DESC, a.id DESC"
    )
    following = _assignment(
        session, f"a.assigned_at > {started_at}", "a.assigned_at, a.id"
    )
    return f"COALESCE({latest}, {following}, {NO_AGENT})"


def last_agent(session: str) -> str:
    """LAST_AGENT: the last agent assigned to the session; 0 when never."""
    last = _assignment(session, "1 = 1", "a.assigned_at DESC, a.id DESC")
    return f"COALESCE({last}, {NO_AGENT})"


def in_window(column: str) -> str:
    """SQL: `column` falls in 08:00:00–22:59:59 Shanghai time (fixed UTC+8)."""
    if connection.vendor == "postgresql":
        # From the epoch (Shanghai is UTC+8 all year, like SQLite's '+8 hours'
        # below): `AT TIME ZONE 'Asia/Shanghai'` looked the zone up by name
        # for every row, twice per BETWEEN, over every round start of a day.
        hour = (
            f"(CAST(floor((date_part('epoch', {column}) + {UTC_OFFSET_SECONDS})"
            f" / 3600) AS bigint) %% 24)"
        )
    else:
        hour = f"CAST(strftime('%%H', {column}, '+8 hours') AS INTEGER)"
    return f"{hour} BETWEEN {WINDOW_FIRST_HOUR} AND {WINDOW_LAST_HOUR}"


def local_date(column: str) -> str:
    """SQL: the Shanghai date of `column`, comparable with a DateField."""
    if connection.vendor == "postgresql":
        return f"({column} AT TIME ZONE 'Asia/Shanghai')::date"
    return f"date({column}, '+8 hours')"


def not_exempt(day: str, store: str) -> str:
    """EXEMPT_DAYS: SQL true unless `day` is exempt for the whole platform or
    for `store` (metrics_exemptday): rounds and sessions starting on an
    exempt day count in nothing."""
    return (
        f"NOT EXISTS (SELECT 1 FROM metrics_exemptday x WHERE x.day = {day}"
        f" AND (x.store_id IS NULL OR x.store_id = {store}))"
    )


def evaluate_here() -> str:
    """SQL ending a subquery whose output columns are computed once per row
    there (PostgreSQL: OFFSET 0 keeps the planner from pulling it up).

    Without it PostgreSQL pastes a column such as ROUND_AGENT (two
    correlated subqueries) into every place the outer query names it, and
    runs each copy: the rounds of a day grouped by agent ran the probes of
    `chat_sessionassignment` once per round and again once per group. No
    effect on the result; SQLite needs none (it has no OFFSET without LIMIT).
    """
    return "OFFSET 0" if connection.vendor == "postgresql" else ""


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
    only: str = "",
    exempt: bool = True,
    per_session: bool = False,
):
    """The rounds CTEs up to `round_waits`, over sessions matching `sessions`
    (and `only`, SQL on `s`). Rounds starting on exempt days are left out
    unless `exempt` is False (stored days leave them out when adding up).

    With `per_session` (a day's stored rounds), PostgreSQL reads each
    session's messages from `metrics_message_rounds_idx` by key, in session
    order (a LATERAL subquery in `conversation`), instead of merging the
    sessions with the whole index: a day's sessions are a fraction of it."""
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
    if exempt:
        window += " AND " + not_exempt(local_date("r.started_at"), "r.store_id")
    delivered = """m.created_at >= rs.human_started_at
              AND m.created_at < %(horizon)s
              AND m.verdict <> 'block'
              AND m.sender_kind IN ('buyer', 'agent', 'assist')"""
    order = ""
    messages = f"""JOIN chat_message m ON m.session_id = rs.id
        WHERE {delivered}"""
    if per_session and connection.vendor == "postgresql":
        # A LATERAL subquery with an ORDER BY is not pulled up: a nested
        # loop over the sessions in id order, whose output the windows
        # below need only sorted within each session (an incremental sort).
        order = "ORDER BY s.id"
        messages = f"""CROSS JOIN LATERAL (
            SELECT m.created_at, m.seq, m.sender_kind
            FROM chat_message m
            WHERE m.session_id = rs.id
              AND {delivered}
            ORDER BY m.created_at, m.seq
        ) m"""
    return f"""
    WITH round_sessions AS (
        SELECT s.id, s.store_id, s.human_started_at
        FROM chat_session s
        WHERE {sessions}
          AND s.human_started_at < %(end)s AND s.last_message_at >= %(start)s
          {stores}
          {only}
        {order}
    ),
    -- CONVERSATION: delivered buyer messages and human replies (agent, assist)
    -- from the session's start; blocked, robot and system messages take no part.
    conversation AS (
        SELECT rs.id AS session_id, rs.store_id, m.created_at, m.seq,
               m.sender_kind = 'buyer' AS from_buyer,
               LAG(m.sender_kind = 'buyer') OVER (
                   PARTITION BY rs.id ORDER BY m.created_at, m.seq
               ) AS after_buyer
        FROM round_sessions rs
        {messages}
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
    -- (by as_of) waits 600 s, or as long as it has waited so far. The first
    -- of each session's counted rounds (nth = 1) looks up its assignments.
    counted_rounds AS (
        SELECT r.store_id, r.session_id, r.started_at, r.answered_at,
               CASE WHEN r.answered_at IS NULL THEN {unanswered_wait}
                    ELSE {answered_wait} END AS wait_ms,
               ROW_NUMBER() OVER (
                   PARTITION BY r.session_id ORDER BY r.started_at
               ) AS nth
        FROM rounds r
        WHERE r.started_at >= %(start)s AND r.started_at < %(end)s
          AND {window}
    ),
    -- The session's one agent when all its assignments name the same one
    -- (its ROUND_AGENT whatever the time), SEVERAL_AGENTS when they
    -- name several, NULL when it was never assigned: one lookup per
    -- session, carried to its other rounds by the window.
    session_agents AS (
        SELECT c.store_id, c.session_id, c.started_at, c.answered_at, c.wait_ms,
               MAX(CASE WHEN c.nth = 1 THEN (
                   SELECT CASE WHEN COUNT(*) = 0 THEN NULL
                               WHEN MIN(COALESCE(a.agent_id, {NO_AGENT}))
                                    = MAX(COALESCE(a.agent_id, {NO_AGENT}))
                               THEN MIN(COALESCE(a.agent_id, {NO_AGENT}))
                               ELSE {SEVERAL_AGENTS} END
                   FROM chat_sessionassignment a
                   WHERE a.session_id = c.session_id
               ) END) OVER (PARTITION BY c.session_id) AS session_agent
        FROM counted_rounds c
    ),
    -- Each round belongs to its ROUND_AGENT, looked up per round only in
    -- sessions assigned to several agents.
    round_waits AS (
        SELECT r.store_id, r.session_id, r.started_at, r.answered_at, r.wait_ms,
               CASE WHEN r.session_agent IS NULL THEN {NO_AGENT}
                    WHEN r.session_agent <> {SEVERAL_AGENTS} THEN r.session_agent
                    ELSE {round_agent("r.session_id", "r.started_at")}
               END AS agent_id
        FROM session_agents r
        {evaluate_here()}
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
    SELECT store_id, agent_id, {ROUND_MEASURES}
    FROM round_waits
    GROUP BY store_id, agent_id
"""


def stored_rounds_sql(day: dt.date, params: dict, only: str = "") -> str:
    """INSERT one day's ROUND_TOTALS per session and agent into
    metrics_sessiondayrounds.

    Every session that entered human service is stored, valid or not: validity
    is applied when the days are added up (`STORED_ROUND_TOTALS`), so marking a
    session invalid (or valid again) later needs no recomputation. A row is
    final when its rounds have an agent (assignments are only ever added
    later) or its session was closed (never assigned again); a row of
    rounds without an agent yet in an open session is computed again before
    every sum. With `only` (SQL on the session `s`, e.g. `REFRESHING`), only
    the sessions matching it.
    """
    span = make_span("day", day)
    params["day"] = day
    rounds = _rounds_sql(
        span,
        None,
        _final_as_of(span, None),
        params,
        sessions=ENTERED_HUMAN_SERVICE,
        only=only,
        exempt=False,
        per_session=True,
    )
    return f"""
    INSERT INTO metrics_sessiondayrounds
        (day, session_id, store_id, agent_id, rounds, total_wait_ms, within_3min,
         within_30s, final)
    {rounds}
    SELECT %(day)s, w.session_id, w.store_id, w.agent_id, {ROUND_MEASURES},
           w.agent_id <> {NO_AGENT} OR EXISTS (
               SELECT 1 FROM chat_session cs
               WHERE cs.id = w.session_id AND cs.state = 'closed'
           )
    FROM round_waits w
    GROUP BY w.store_id, w.session_id, w.agent_id
    """


def _last_ratings(sessions: str) -> str:
    """The last_ratings CTE over the sessions whose ids the CTE `sessions` has."""
    return f"""-- LAST_RATINGS: each session's ratings, the last (by time, then id)
    -- first; the window does not apply. A rating whose appeal was upheld is
    -- left out (the one before it, if any, is the last).
    last_ratings AS (
        SELECT r.session_id, r.score,
               ROW_NUMBER() OVER (
                   PARTITION BY r.session_id ORDER BY r.created_at DESC, r.id DESC
               ) AS recency
        FROM {sessions} c
        JOIN chat_rating r ON r.session_id = c.id
        WHERE NOT EXISTS (
            SELECT 1 FROM metrics_ratingappeal ap
            WHERE ap.rating_id = r.id AND ap.state = 'upheld'
        )
    )"""


def last_rating(session: str) -> str:
    """LAST_RATINGS for one session: the score of its last rating (by time,
    then id) whose appeal was not upheld; NULL when none. One index-only
    lookup of metrics_rating_last_idx, newest first (`_last_ratings` is the
    same clause over a set of sessions)."""
    return f"""(SELECT r.score FROM chat_rating r
                WHERE r.session_id = {session}
                  AND NOT EXISTS (
                      SELECT 1 FROM metrics_ratingappeal ap
                      WHERE ap.rating_id = r.id AND ap.state = 'upheld'
                  )
                ORDER BY r.created_at DESC, r.id DESC LIMIT 1)"""


def _session_facts_sql(
    span: PeriodSpan,
    store_ids,
    as_of: dt.datetime,
    params: dict,
    sessions: str = HUMAN_SESSION,
    only: str = "",
    exempt: bool = True,
):
    """The session CTEs up to `session_facts`: one row per session matching
    `sessions` whose start is in the period (and matching `only`, SQL on `s`),
    not on an exempt day unless `exempt` is False."""
    params.update(
        start=_db_time(span.start), end=_db_time(span.end), as_of=_db_time(as_of)
    )
    stores = _store_filter(store_ids, params)
    window = in_window("s.human_started_at")
    queue_to_assign = ms_between("c.queued_at", "c.assigned_at")
    queue_to_now = ms_between("c.queued_at", "%(as_of)s")
    exempt_days = ""
    if exempt:
        exempt_days = "AND " + not_exempt(
            local_date("s.human_started_at"), "s.store_id"
        )
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
          {exempt_days}
    ),
    -- Per session, in one pass (each session's index pages are read once):
    -- for a counted session its first delivered human reply at or after its
    -- start (ANSWERED_SESSIONS; no time limit), and its last human reply and
    -- last buyer message after the first assignment (NULL when none, or
    -- never assigned); for every session its LAST_AGENT and LAST_RATINGS.
    session_probes AS (
        SELECT c.id, c.store_id, c.human_started_at, c.queued_at, c.assigned_at,
               c.counted, c.closed,
               CASE WHEN c.counted = 1 THEN (
                   SELECT m.created_at FROM chat_message m
                   WHERE m.session_id = c.id
                     AND m.created_at >= c.human_started_at
                     AND m.verdict <> 'block'
                     AND m.sender_kind IN ('agent', 'assist')
                   ORDER BY m.created_at, m.seq LIMIT 1) END AS reply_at,
               CASE WHEN c.counted = 1 THEN (
                   SELECT m.created_at FROM chat_message m
                   WHERE m.session_id = c.id AND m.created_at >= c.assigned_at
                     AND m.verdict <> 'block'
                     AND m.sender_kind IN ('agent', 'assist')
                   ORDER BY m.created_at DESC LIMIT 1) END AS last_reply_at,
               CASE WHEN c.counted = 1 THEN (
                   SELECT m.created_at FROM chat_message m
                   WHERE m.session_id = c.id AND m.created_at >= c.assigned_at
                     AND m.verdict <> 'block' AND m.sender_kind = 'buyer'
                   ORDER BY m.created_at DESC LIMIT 1) END AS last_buyer_at,
               {last_agent("c.id")} AS agent_id,
               {last_rating("c.id")} AS last_rating
        FROM period_sessions c
        {evaluate_here()}
    ),
    -- NO_SERVICE_SESSIONS: a counted session is no-service when (a) queued
    -- and not assigned within 900 s, (b) assigned and no human reply after
    -- it, or (c) assigned and the buyer's last message after it is later than
    -- the last human reply. A session not counted has no clause (all 0).
    -- FIRST_RESPONSE: reply - start in ms, not capped; RESPONDER: the agent
    -- who sent the first reply at that time (by seq), or for an assist reply
    -- the agent assigned (AGENT_AT) then.
    no_service_sessions AS (
        SELECT c.id AS session_id, c.store_id, c.human_started_at, c.counted,
               c.closed, c.agent_id, c.last_rating,
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
                    THEN 1 ELSE 0 END AS last_round_unanswered,
               CASE WHEN c.reply_at IS NULL THEN 0 ELSE 1 END AS answered,
               {ms_between("c.human_started_at", "c.reply_at")}
                   AS first_response_ms,
               CASE WHEN c.reply_at IS NOT NULL THEN (
                   SELECT CASE WHEN m.sender_kind = 'agent'
                               THEN COALESCE(m.sender_id, {NO_AGENT})
                               ELSE {agent_at("c.id", "c.reply_at")} END
                   FROM chat_message m
                   WHERE m.session_id = c.id
                     AND m.created_at = c.reply_at
                     AND m.verdict <> 'block'
                     AND m.sender_kind IN ('agent', 'assist')
                   ORDER BY m.seq LIMIT 1) END AS responder_id
        FROM session_probes c
        {evaluate_here()}
    ),
    -- SESSION_FACTS: what each session adds to the session metrics, and to
    -- whom: the session and its rating to its LAST_AGENT.
    session_facts AS (
        SELECT n.session_id, n.store_id, n.human_started_at, n.counted, n.closed,
               n.not_assigned_in_time, n.no_reply_after_assignment,
               n.last_round_unanswered, n.last_rating, n.agent_id,
               n.answered, n.first_response_ms,
               COALESCE(n.responder_id, {NO_AGENT}) AS responder_id
        FROM no_service_sessions n
    )"""


# What one row of session facts adds, as 0/1 flags (computed facts, or
# stored ones in metrics_sessionfacts f).
SESSION_FLAGS = {
    # COUNTED_SESSIONS
    "sessions": "f.counted",
    # NO_SERVICE_SESSIONS: any of (a), (b), (c)
    "no_service": """CASE WHEN f.not_assigned_in_time = 1
                  OR f.no_reply_after_assignment = 1
                  OR f.last_round_unanswered = 1 THEN 1 ELSE 0 END""",
    # AGENT_NO_SERVICE: (b) or (c); (a) is the store's alone
    "agent_no_service": """CASE WHEN f.no_reply_after_assignment = 1
                  OR f.last_round_unanswered = 1 THEN 1 ELSE 0 END""",
    # DISSATISFACTION = dissatisfied (last rating 1 or 2) / rated
    "rated": "CASE WHEN f.last_rating IS NOT NULL THEN 1 ELSE 0 END",
    "dissatisfied": "CASE WHEN f.last_rating <= 2 THEN 1 ELSE 0 END",
}
# ANSWERED_SESSIONS and FIRST_RESPONSE, for the responder.
RESPONSE_FLAGS = {
    "answered": "f.answered",
    "first_response_ms": "COALESCE(f.first_response_ms, 0)",
}

SESSION_COLUMNS = (
    "sessions",
    "no_service",
    "agent_no_service",
    "rated",
    "dissatisfied",
    "answered",
    "first_response_ms",
)


def session_sums_sql(rows: str, where: str, keys: tuple[str, ...]) -> str:
    """SESSION_TOTALS: per `keys` (columns of the facts `rows`, alias f) and
    agent, the sums of SESSION_COLUMNS over the facts matching `where`. A
    session counts for its last agent (agent_id), its first response for its
    responder (responder_id): each row is read once and counted twice, as
    part 0 (the session's) and, when answered, part 1 (the response's)."""
    outer = ", ".join(keys)
    inner = ", ".join(f"f.{k}" for k in keys)
    parts = ", ".join(
        [f"CASE WHEN p.part = 0 THEN {sql} ELSE 0 END AS {name}"
         for name, sql in SESSION_FLAGS.items()]
        + [f"CASE WHEN p.part = 1 THEN {sql} ELSE 0 END AS {name}"
           for name, sql in RESPONSE_FLAGS.items()]
    )  # fmt: skip
    sums = ", ".join(f"SUM(x.{c}) AS {c}" for c in SESSION_COLUMNS)
    return f"""
        SELECT {outer}, agent_id, {sums}
        FROM (
            SELECT {inner},
                   CASE WHEN p.part = 0 THEN f.agent_id ELSE f.responder_id END
                       AS agent_id,
                   {parts}
            FROM {rows}
            CROSS JOIN (SELECT 0 AS part UNION ALL SELECT 1 AS part) p
            WHERE ({where}) AND (p.part = 0 OR f.answered = 1)
        ) x
        GROUP BY {outer}, agent_id"""


SESSION_TOTALS = session_sums_sql("session_facts f", "1 = 1", ("store_id",))

FACT_COLUMNS = (
    "counted",
    "not_assigned_in_time",
    "no_reply_after_assignment",
    "last_round_unanswered",
    "last_rating",
    "agent_id",
    "answered",
    "first_response_ms",
    "responder_id",
    "final",
)


def id_list(ids, params: dict, prefix: str = "id") -> str:
    """SQL for a list of ids as parameters (added to `params`)."""
    names = []
    for n, pk in enumerate(ids):
        params[f"{prefix}{n}"] = pk
        names.append(f"%({prefix}{n})s")
    return ", ".join(names) or "NULL"


def in_ids(column: str, ids, params: dict, prefix: str = "id") -> str:
    """SQL: `column` is one of `ids`. On PostgreSQL one array parameter
    (thousands of named parameters cost more to substitute than the query
    takes to run); on SQLite a list of parameters."""
    if connection.vendor == "postgresql":
        params[prefix] = [int(pk) for pk in ids]
        return f"{column} = ANY(%({prefix})s::bigint[])"
    return f"{column} IN ({id_list(ids, params, prefix)})"


def session_facts_sql(day: dt.date, params: dict, only: str = "") -> str:
    """Upsert one day's SESSION_FACTS into metrics_sessionfacts.

    Every session that entered human service on `day` is stored, valid or not
    (invalid ones are left out of the totals through metrics_excludedsession),
    as of the day's end plus the answer horizon, like the day's own
    computation. A row is final when its session was closed: no message can
    change it. With `only` (SQL on the session `s`, e.g. `REFRESHING`), only
    the sessions matching it are computed again.
    """
    span = make_span("day", day)
    params["day"] = day
    facts = _session_facts_sql(
        span,
        None,
        _final_as_of(span, None),
        params,
        sessions=ENTERED_HUMAN_SERVICE,
        only=only,
        exempt=False,
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in ("day", *FACT_COLUMNS))
    # The WHERE lets SQLite tell the upsert's ON CONFLICT from a join's ON.
    return f"""
    INSERT INTO metrics_sessionfacts
        (session_id, day, store_id, {", ".join(FACT_COLUMNS)})
    {facts}
    SELECT session_id, %(day)s, store_id, counted, not_assigned_in_time,
           no_reply_after_assignment, last_round_unanswered, last_rating,
           agent_id, answered, first_response_ms, responder_id, closed
    FROM session_facts
    WHERE session_id IS NOT NULL
    ON CONFLICT (session_id) DO UPDATE SET {updates}
    """


# RERATED: the final stored facts whose last rating changed, as they are
# (last_rating) and with the last rating now (rating_now); a temporary table
# of the connection, like CHANGE. One read of the facts gives what the
# totals lose (the rows as they are), gain (with rating_now) and the upsert.
RERATED_TABLE = "metrics_rerated"
_FACT_KEY = ("session_id", "day", "store_id")


def rerated_sql(rated: str) -> str:
    """INSERT into RERATED the final stored facts of the sessions of the
    ratings matching `rated` (SQL on chat_rating `r`) whose last rating now
    (LAST_RATINGS; none: NULL) is another."""
    columns = ", ".join(f"f.{c}" for c in (*_FACT_KEY, *FACT_COLUMNS))
    return f"""
    INSERT INTO {RERATED_TABLE} ({columns.replace("f.", "")}, rating_now)
    WITH rated_sessions AS (
        SELECT DISTINCT r.session_id AS id FROM chat_rating r
        WHERE {rated}
    ),
    {_last_ratings("rated_sessions")}
    SELECT {columns}, lr.score
    FROM rated_sessions c
    JOIN metrics_sessionfacts f ON f.session_id = c.id
    LEFT JOIN last_ratings lr ON lr.session_id = c.id AND lr.recency = 1
    WHERE f.final AND COALESCE(lr.score, -1) <> COALESCE(f.last_rating, -1)
    """


def rerated_rows(now: bool) -> str:
    """RERATED as stored facts rows (alias f): with the last rating as it
    was, or with the last rating `now`."""
    columns = [c for c in (*_FACT_KEY, *FACT_COLUMNS) if c != "last_rating"]
    rating = "rating_now" if now else "last_rating"
    return (
        f"(SELECT {', '.join(columns)}, {rating} AS last_rating FROM {RERATED_TABLE}) f"
    )


# Upsert the last ratings now of RERATED into the stored facts (every row
# conflicts: they were read from there under the totals lock).
RERATE = f"""
    INSERT INTO metrics_sessionfacts ({", ".join((*_FACT_KEY, *FACT_COLUMNS))})
    SELECT {", ".join((*_FACT_KEY, *FACT_COLUMNS)).replace("last_rating", "rating_now")}
    FROM {RERATED_TABLE}
    WHERE 1 = 1
    ON CONFLICT (session_id) DO UPDATE SET last_rating = excluded.last_rating
"""


# Ratings with an id after one watermark, up to another (on chat_rating r).
RATED_SINCE = "r.id > %(after)s AND r.id <= %(up_to)s"

# REFRESHING: the sessions whose stored rows are being computed again, per
# day: a temporary table of the connection, filled and emptied inside one
# transaction of the jobs (`metrics.actions.TotalsChange`).
REFRESH_TABLE = "metrics_refreshing"


def refreshing(session: str, day: str | None = None) -> str:
    """SQL: `session` (on `day`, if given) is being computed again."""
    on_day = "" if day is None else f" AND x.day = {day}"
    return (
        f"EXISTS (SELECT 1 FROM {REFRESH_TABLE} x"
        f" WHERE x.session_id = {session}{on_day})"
    )


def not_final_sql(table: str, days, params: dict) -> str:
    """INSERT into REFRESHING the (day, session) of the stored rows of
    `table` on `days` that are not final: they are computed again."""
    alias = "r" if table == ROUNDS_TABLE else "f"
    return f"""
    INSERT INTO {REFRESH_TABLE} (day, session_id)
    SELECT DISTINCT {alias}.day, {alias}.session_id FROM {table} {alias}
    WHERE NOT {alias}.final AND {in_days(f"{alias}.day", days, params)}
    """


def in_days(column: str, days, params: dict) -> str:
    """SQL: `column` is one of `days` (a handful of dates)."""
    names = []
    for n, day in enumerate(sorted(days)):
        params[f"day{n}"] = day
        names.append(f"%(day{n})s")
    return f"{column} IN ({', '.join(names) or 'NULL'})"


ROUND_COLUMNS = ("rounds", "total_wait_ms", "within_3min", "within_30s")
# ROUND_TOTALS over stored rows (metrics_sessiondayrounds r).
STORED_ROUND_MEASURES = ", ".join(f"SUM(r.{c}) AS {c}" for c in ROUND_COLUMNS)


ROUNDS_TABLE = "metrics_sessiondayrounds"
FACTS_TABLE = "metrics_sessionfacts"


TOTAL_COLUMNS = ROUND_COLUMNS + SESSION_COLUMNS
# The key of metrics_storedaytotals: a day, a store, an agent (NO_AGENT: the
# store's rounds and sessions that belong to no agent).
TOTAL_KEY = ("day", "store_id", "agent_id")


def row_sums_sql(table: str, where: str) -> str:
    """Per-day, per-store, per-agent sums of the stored rows of `table`
    matching `where`: day, store_id, agent_id, then the ROUND_COLUMNS or the
    SESSION_COLUMNS."""
    if table == ROUNDS_TABLE:
        return f"""
        SELECT r.day, r.store_id, r.agent_id, {STORED_ROUND_MEASURES}
        FROM {table} r
        WHERE {where}
        GROUP BY r.day, r.store_id, r.agent_id"""
    rows = table if table.endswith(" f") else f"{table} f"
    return session_sums_sql(rows, where, ("day", "store_id"))


def day_totals_sql(table: str, where: str) -> str:
    """INSERT (or add to) metrics_storedaytotals the row sums of `table`."""
    columns = ROUND_COLUMNS if table == ROUNDS_TABLE else SESSION_COLUMNS
    updates = ", ".join(
        f"{c} = metrics_storedaytotals.{c} + excluded.{c}" for c in columns
    )
    return f"""
    INSERT INTO metrics_storedaytotals ({", ".join(TOTAL_KEY)}, {", ".join(columns)})
    SELECT d.day, d.store_id, d.agent_id, {", ".join(f"d.{c}" for c in columns)}
    FROM ({row_sums_sql(table, where)}) d
    WHERE d.store_id IS NOT NULL
    ON CONFLICT ({", ".join(TOTAL_KEY)}) DO UPDATE SET {updates}
    """


# CHANGE: differences to metrics_storedaytotals, collected while stored rows
# are computed again (their sums taken away before, added after) and added
# to the totals at once: a temporary table of the connection, like
# REFRESHING, so that nothing passes through Python.
CHANGE_TABLE = "metrics_totals_change"
TEMPORARY_TABLES = (
    f"""CREATE TEMP TABLE IF NOT EXISTS {CHANGE_TABLE} (
        day DATE NOT NULL, store_id BIGINT NOT NULL, agent_id BIGINT NOT NULL,
        {", ".join(f"{c} BIGINT NOT NULL DEFAULT 0" for c in TOTAL_COLUMNS)})""",
    f"""CREATE TEMP TABLE IF NOT EXISTS {REFRESH_TABLE} (
        day DATE NOT NULL, session_id BIGINT NOT NULL)""",
    f"""CREATE TEMP TABLE IF NOT EXISTS {RERATED_TABLE} AS
        SELECT {", ".join((*_FACT_KEY, *FACT_COLUMNS))}, last_rating AS rating_now
        FROM metrics_sessionfacts WHERE 1 = 0""",
)


def change_sql(table: str, where: str, sign: int) -> str:
    """INSERT into CHANGE the row sums of `table` (ROUNDS_TABLE, FACTS_TABLE
    or stored facts rows such as `rerated_rows`) matching `where`, added
    (`sign` 1) or taken away (-1)."""
    if sign not in (1, -1):
        raise ValueError(f"sign must be 1 or -1, not {sign!r}")
    columns = ROUND_COLUMNS if table == ROUNDS_TABLE else SESSION_COLUMNS
    values = ", ".join(f"{sign} * COALESCE(d.{c}, 0)" for c in columns)
    return f"""
    INSERT INTO {CHANGE_TABLE} ({", ".join(TOTAL_KEY)}, {", ".join(columns)})
    SELECT d.day, d.store_id, d.agent_id, {values}
    FROM ({row_sums_sql(table, where)}) d
    """


# Add CHANGE to metrics_storedaytotals: one upsert of the keys that changed.
_ADD_EXCLUDED = ", ".join(
    f"{col} = metrics_storedaytotals.{col} + excluded.{col}" for col in TOTAL_COLUMNS
)
APPLY_CHANGE = f"""
    INSERT INTO metrics_storedaytotals ({", ".join(TOTAL_KEY + TOTAL_COLUMNS)})
    SELECT c.day, c.store_id, c.agent_id,
           {", ".join(f"SUM(c.{col})" for col in TOTAL_COLUMNS)}
    FROM {CHANGE_TABLE} c
    WHERE 1 = 1
    GROUP BY c.day, c.store_id, c.agent_id
    HAVING {" OR ".join(f"SUM(c.{col}) <> 0" for col in TOTAL_COLUMNS)}
    ON CONFLICT ({", ".join(TOTAL_KEY)}) DO UPDATE SET {_ADD_EXCLUDED}
"""


def not_excluded(alias: str) -> str:
    """SQL: the stored row `alias` is of a session not excluded from totals."""
    return (
        "NOT EXISTS (SELECT 1 FROM metrics_excludedsession e"
        f" WHERE e.session_id = {alias}.session_id)"
    )


# Sessions invalid now and not excluded yet, and excluded ones valid again
# (on PostgreSQL, partial index metrics_session_invalid_idx finds the first).
NEWLY_INVALID = f"""
    SELECT s.id FROM chat_session s
    WHERE NOT ({VALID_SESSION})
      AND NOT EXISTS (
          SELECT 1 FROM metrics_excludedsession e WHERE e.session_id = s.id
      )
"""
VALID_AGAIN = f"""
    SELECT e.session_id FROM metrics_excludedsession e
    WHERE NOT EXISTS (
        SELECT 1 FROM chat_session s
        WHERE s.id = e.session_id AND NOT ({VALID_SESSION})
    )
"""


def _stored_totals_sql(span: PeriodSpan, store_ids, params: dict) -> str:
    params.update(first_day=span.first_day, end_day=span.end_day)
    stores = _store_filter(store_ids, params).replace("s.store_id", "t.store_id")
    sums = ", ".join(f"SUM(t.{c})" for c in TOTAL_COLUMNS)
    # STORED_TOTALS: ROUND_TOTALS and SESSION_TOTALS of the period added up
    # per store and agent from the stored days' totals, which leave out the
    # sessions invalid now (HUMAN_SESSION's validity clause, through
    # metrics_excludedsession).
    return f"""
    SELECT t.store_id, t.agent_id, {sums}
    FROM metrics_storedaytotals t
    WHERE t.day >= %(first_day)s AND t.day < %(end_day)s {stores}
      AND {not_exempt("t.day", "t.store_id")}
    GROUP BY t.store_id, t.agent_id
    """


# The planner's cost of a random page read while stored rows are refreshed.
REFRESH_RANDOM_PAGE_COST = "1.1"


def probe_by_key(cursor) -> None:
    """For the rest of the transaction, let PostgreSQL find a few thousand
    stored rows by their keys rather than read whole tables: with its default
    random_page_cost (4) it hashes 10,000 rated sessions against a seq scan of
    a million facts (170-290 ms on the bench, three times per refresh) where
    probing them by primary key takes a fraction. The stored rows of recent
    days are in memory, which the lower cost says."""
    if connection.vendor == "postgresql":
        cursor.execute(f"SET LOCAL random_page_cost = {REFRESH_RANDOM_PAGE_COST}")


def light_jit(cursor) -> None:
    """For the rest of the transaction, let PostgreSQL compile expressions
    (JIT) but not inline or optimise them: a day's rounds and session facts
    are planned above jit_inline/optimize_above_cost (500,000), and the
    per-agent subqueries push the facts statement's estimate to 1.3 M, where
    inlining and optimising took 0.7 s of a 3.5 s statement (EXPLAIN ANALYZE
    on the bench, 10 M messages) and saved nothing back."""
    if connection.vendor == "postgresql":
        cursor.execute("SET LOCAL jit_inline_above_cost = -1")
        cursor.execute("SET LOCAL jit_optimize_above_cost = -1")


def lock_stored_totals() -> None:
    """Serialize the writers of stored totals (held to the transaction's end).

    Excluding a session moves the totals of every day it has rows on, so the
    jobs take this one lock before any day's. SQLite has one writer anyway.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('metrics.totals'))")


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
    """Every count behind every rate, of a store or of one agent of it.

    `no_service_sessions` is any of clauses (a), (b), (c) (the store's rate);
    `agent_no_service_sessions` only (b) or (c) (an agent's rate).
    """

    human_sessions: int = 0
    no_service_sessions: int = 0
    rounds: int = 0
    rounds_within_3min: int = 0
    rounds_within_30s: int = 0
    total_wait_seconds: Decimal = Decimal("0.000")
    rated_sessions: int = 0
    dissatisfied_sessions: int = 0
    agent_no_service_sessions: int = 0
    answered_sessions: int = 0
    total_first_response_seconds: Decimal = Decimal("0.000")

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(
            **{
                f.name: getattr(self, f.name) + getattr(other, f.name)
                for f in fields(Counts)
            }
        )


# (store id, agent id or NO_AGENT) -> counts.
AgentCounts = dict[tuple[int, int], Counts]


def _final_as_of(span: PeriodSpan, as_of: dt.datetime | None) -> dt.datetime:
    return span.end + HORIZON if as_of is None else as_of


def _seconds(milliseconds) -> Decimal:
    return Decimal(int(milliseconds or 0)) / 1000


def _add_rounds(counts: AgentCounts, key, rounds, total, within_3, within_30):
    entry = counts.setdefault(key, Counts())
    entry.rounds = int(rounds)
    entry.total_wait_seconds = _seconds(total)
    entry.rounds_within_3min = int(within_3)
    entry.rounds_within_30s = int(within_30)


def _add_sessions(
    counts: AgentCounts,
    key,
    sessions,
    no_service,
    agent_no_service,
    rated,
    dissatisfied,
    answered,
    first_response_ms,
):
    entry = counts.setdefault(key, Counts())
    entry.human_sessions = int(sessions)
    entry.no_service_sessions = int(no_service)
    entry.agent_no_service_sessions = int(agent_no_service)
    entry.rated_sessions = int(rated)
    entry.dissatisfied_sessions = int(dissatisfied)
    entry.answered_sessions = int(answered)
    entry.total_first_response_seconds = _seconds(first_response_ms)


def store_counts(by_agent: AgentCounts) -> dict[int, Counts]:
    """A store's counts: its agents' and its own (NO_AGENT) added up."""
    stores: dict[int, Counts] = {}
    for (store_id, _agent_id), counts in by_agent.items():
        stores[store_id] = stores.get(store_id, Counts()) + counts
    return stores


def agent_counts(by_agent: AgentCounts) -> AgentCounts:
    """The counts of real agents only (not the stores' NO_AGENT part)."""
    return {key: c for key, c in by_agent.items() if key[1] != NO_AGENT}


def period_counts_by_agent(
    span: PeriodSpan,
    store_ids=None,
    as_of: dt.datetime | None = None,
    stored: bool = False,
) -> AgentCounts:
    """Every count behind every rate, per store and agent that has any
    (NO_AGENT for what belongs to no agent).

    From scratch (the default): two queries over the messages, sessions,
    assignments and ratings. With `stored`: one query over the stored days'
    totals (`STORED_TOTALS`), which the caller has made current for every day
    of the span (`metrics.actions.stored_period_counts`).
    """
    counts: AgentCounts = {}
    split = len(ROUND_COLUMNS)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Hash aggregates and sorts over a week of sessions fit in memory;
            # JIT compilation costs more than it saves on these plans.
            cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
            cursor.execute("SET LOCAL jit = off")
        params: dict = {}
        if stored:
            if as_of is not None:
                raise ValueError("stored days are final: no as_of")
            cursor.execute(_stored_totals_sql(span, store_ids, params), params)
            for store_id, agent_id, *values in cursor.fetchall():
                if any(values):
                    key = (store_id, int(agent_id))
                    _add_rounds(counts, key, *values[:split])
                    _add_sessions(counts, key, *values[split:])
            return counts
        as_of = _final_as_of(span, as_of)
        sql = _rounds_sql(span, store_ids, as_of, params) + ROUND_TOTALS
        cursor.execute(sql, params)
        for store_id, agent_id, *values in cursor.fetchall():
            _add_rounds(counts, (store_id, int(agent_id)), *values)
        params = {}
        sql = _session_facts_sql(span, store_ids, as_of, params) + SESSION_TOTALS
        cursor.execute(sql, params)
        for store_id, agent_id, *values in cursor.fetchall():
            if any(values):
                _add_sessions(counts, (store_id, int(agent_id)), *values)
    return counts


def period_counts(
    span: PeriodSpan,
    store_ids=None,
    as_of: dt.datetime | None = None,
    stored: bool = False,
) -> dict[int, Counts]:
    """Every count behind every rate, per store that has any."""
    return store_counts(period_counts_by_agent(span, store_ids, as_of, stored))


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
    span: PeriodSpan,
    store_id: int,
    as_of=None,
    limit: int = 500,
    agent_id: int | None = None,
) -> list[RoundRow]:
    """Counted rounds of one store (of one agent's, ROUND_AGENT, if given)
    that missed the 3-minute mark."""
    params: dict = {"limit": limit, "agent": agent_id}
    sql = _rounds_sql(span, [store_id], _final_as_of(span, as_of), params)
    agent = "" if agent_id is None else "AND agent_id = %(agent)s"
    sql += f"""
    SELECT session_id, started_at, answered_at, wait_ms FROM round_waits
    WHERE wait_ms > {REPLY_3MIN_SECONDS * 1000} {agent}
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
