"""Every metrics state change: thresholds, stored results and their consequences."""

import datetime as dt
import io
import json
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.actions.robot_assist import (
    SOURCE_METRICS,
    do_set_robot_assist,
    last_switch,
    switch_source,
)
from chat.models import Notice, Store
from chat.notices import do_post_notice
from compliance.actions.audit import do_record_audit
from compliance.ledger import do_add_penalty_entry
from metrics.models import (
    AgentMetricResult,
    Metric,
    MetricResult,
    SessionDayRounds,
    SessionFacts,
    StoreDayTotals,
    StoredDay,
    ThresholdChange,
    Thresholds,
)
from metrics.periods import PeriodSpan, make_span
from metrics.queries import (
    APPLY_CHANGE,
    CHANGE_TABLE,
    FACTS_TABLE,
    HORIZON,
    NEWLY_INVALID,
    RATED_SINCE,
    REFRESH_TABLE,
    RERATE,
    RERATED_TABLE,
    ROUNDS_TABLE,
    TEMPORARY_TABLES,
    VALID_AGAIN,
    AgentCounts,
    Counts,
    agent_counts,
    change_sql,
    day_totals_sql,
    light_jit,
    lock_stored_totals,
    not_excluded,
    not_final_sql,
    period_counts_by_agent,
    probe_by_key,
    ratings_seen_now,
    refreshing,
    rerated_rows,
    rerated_sql,
    session_facts_sql,
    store_counts,
    stored_rounds_sql,
)
from metrics.scoring import agent_result_fields, build_result, plain
from metrics.selectors import get_thresholds

# Session ids per statement (SQLite allows 999 parameters before 3.32).
CHUNK = 500
RESULT_FIELDS = [
    "period_end",
    "human_sessions",
    "no_service_sessions",
    "rounds",
    "rounds_within_3min",
    "rounds_within_30s",
    "total_wait_seconds",
    "rated_sessions",
    "dissatisfied_sessions",
    "answered_sessions",
    "total_first_response_seconds",
    "first_response_seconds",
    "no_service_rate",
    "reply_3min_rate",
    "reply_30s_rate",
    "avg_response_seconds",
    "dissatisfaction_rate",
    "no_service_passed",
    "reply_3min_passed",
    "avg_response_passed",
    "dissatisfaction_passed",
    "passed",
    "thresholds",
    "computed_at",
]


def do_update_thresholds(values: dict, *, actor) -> Thresholds:
    """Change the pass marks and write who changed what."""
    with transaction.atomic():
        thresholds = get_thresholds(for_update=True)
        before = thresholds.as_dict()
        for field, value in values.items():
            setattr(thresholds, field, value)
        thresholds.full_clean()
        thresholds.save()
        thresholds.refresh_from_db()
        after = thresholds.as_dict()
        if after != before:
            ThresholdChange.objects.create(changed_by=actor, before=before, after=after)
            do_record_audit(actor, "metrics.thresholds", thresholds, before, after)
    return thresholds


def day_is_complete(day: dt.date, now: dt.datetime | None = None) -> bool:
    """A day's rounds are final once no answer can still change a wait."""
    return make_span("day", day).end + HORIZON <= (now or timezone.now())


def _store_day(marker: StoredDay, ratings_seen: int) -> None:
    """Replace the locked day's stored rounds, session facts and totals."""
    day = marker.day
    SessionDayRounds.objects.filter(day=day).delete()
    SessionFacts.objects.filter(day=day).delete()
    StoreDayTotals.objects.filter(day=day).delete()
    with connection.cursor() as cursor:
        light_jit(cursor)
        params: dict = {}
        cursor.execute(stored_rounds_sql(day, params), params)
        params = {}
        cursor.execute(session_facts_sql(day, params), params)
        for table, alias in ((ROUNDS_TABLE, "r"), (FACTS_TABLE, "f")):
            where = f"{alias}.day = %(day)s AND {not_excluded(alias)}"
            cursor.execute(day_totals_sql(table, where), {"day": day})
    marker.current = True
    marker.computed_at = timezone.now()
    marker.ratings_seen = ratings_seen
    marker.save(update_fields=["current", "computed_at", "ratings_seen"])


def _chunks(items, size: int = CHUNK) -> list[list]:
    items = sorted(items)
    return [items[n : n + size] for n in range(0, len(items), size)]


class TotalsChange:
    """Stored rows computed again move the day totals by the difference:
    their sums are taken away before and added after into a temporary table
    of the connection (queries.CHANGE), which `write` adds to the totals in
    one statement. The rows to compute again are put in another
    (queries.REFRESHING). Nothing passes through Python. Inside the
    transaction that holds `lock_stored_totals`."""

    def __init__(self, cursor):
        self.cursor = cursor
        for sql in TEMPORARY_TABLES:
            cursor.execute(sql)
        cursor.execute(f"DELETE FROM {CHANGE_TABLE}")
        cursor.execute(f"DELETE FROM {REFRESH_TABLE}")

    def add(
        self, table: str, where: str, params: dict, sign: int, counted: bool = True
    ) -> None:
        """Add (1) or take away (-1) the stored rows of `table` (alias r for
        rounds, f for facts) matching `where` as they are now; only those of
        sessions not excluded unless `counted` is False."""
        if counted:
            alias = "r" if table == ROUNDS_TABLE else "f"
            where = f"({where}) AND {not_excluded(alias)}"
        self.cursor.execute(change_sql(table, where, sign), params)

    def refresh(self, table: str, days) -> list[dt.date]:
        """Put in REFRESHING the rows of `table` on `days` that are not
        final; returns the days they are on."""
        self.cursor.execute(f"DELETE FROM {REFRESH_TABLE}")
        params: dict = {}
        self.cursor.execute(not_final_sql(table, days, params), params)
        self.cursor.execute(f"SELECT DISTINCT day FROM {REFRESH_TABLE} ORDER BY day")
        return [_as_date(day) for (day,) in self.cursor.fetchall()]

    def write(self) -> None:
        self.cursor.execute(APPLY_CHANGE)
        self.cursor.execute(f"DELETE FROM {CHANGE_TABLE}")
        self.cursor.execute(f"DELETE FROM {REFRESH_TABLE}")


def reconcile_excluded_sessions(change: TotalsChange) -> tuple[int, int]:
    """Bring the stored totals up to date with the sessions' validity: take
    away the rows of sessions marked invalid since, add back those valid again.
    Returns (excluded, included). The caller holds `lock_stored_totals`."""
    cursor = change.cursor
    for table, alias in ((ROUNDS_TABLE, "r"), (FACTS_TABLE, "f")):
        session = f"{alias}.session_id"
        change.add(table, f"{session} IN ({NEWLY_INVALID})", {}, sign=-1)
        # Still excluded here: counted=False takes their rows all the same.
        change.add(table, f"{session} IN ({VALID_AGAIN})", {}, sign=1, counted=False)
    cursor.execute(
        f"DELETE FROM metrics_excludedsession WHERE session_id IN ({VALID_AGAIN})"
    )
    included = cursor.rowcount
    cursor.execute(f"INSERT INTO metrics_excludedsession (session_id) {NEWLY_INVALID}")
    excluded = cursor.rowcount
    return excluded, included


def refresh_last_ratings(change: TotalsChange, rated: str, params: dict) -> None:
    """The final stored facts of the sessions of the ratings matching `rated`
    (SQL on chat_rating `r`) take their last rating now; the totals move by
    the difference. One read of those facts (queries.RERATED); rows not
    final are computed again whole before every sum anyway."""
    cursor = change.cursor
    cursor.execute(f"DELETE FROM {RERATED_TABLE}")
    cursor.execute(rerated_sql(rated), params)
    if cursor.rowcount:
        change.add(rerated_rows(now=False), "1 = 1", {}, sign=-1)
        change.add(rerated_rows(now=True), "1 = 1", {}, sign=1)
        cursor.execute(RERATE)
    cursor.execute(f"DELETE FROM {RERATED_TABLE}")


def _refresh_session_facts(
    change: TotalsChange, markers: list[StoredDay], ratings_seen: int
) -> int:
    """Compute again the stored facts that may have changed since the locked
    current days were stored: the whole of a row not final (its session was
    still open), only the last rating of the final rows of sessions rated
    since (on any day: a rating changes nothing else, and the totals lock is
    held). The days' totals move by the difference. Returns how many rows
    not final were computed again."""
    if not markers:
        return 0
    cursor = change.cursor
    days = change.refresh(FACTS_TABLE, [m.day for m in markers])
    cursor.execute(f"SELECT COUNT(*) FROM {REFRESH_TABLE}")
    refreshed = cursor.fetchone()[0]
    if days:
        where = refreshing("f.session_id")
        change.add(FACTS_TABLE, where, {}, sign=-1)
        for day in days:
            params: dict = {}
            only = "AND " + refreshing("s.id", "%(day)s")
            cursor.execute(session_facts_sql(day, params, only=only), params)
        change.add(FACTS_TABLE, where, {}, sign=1)
    rated_up_to = min(m.ratings_seen for m in markers)
    if rated_up_to < ratings_seen:
        params = {"after": rated_up_to, "up_to": ratings_seen}
        refresh_last_ratings(change, RATED_SINCE, params)
        StoredDay.objects.filter(pk__in=[m.pk for m in markers]).update(
            ratings_seen=ratings_seen
        )
    return refreshed


def _refresh_round_rows(change: TotalsChange, markers: list[StoredDay]) -> int:
    """Compute again the locked current days' round rows that are not final
    (their rounds had no agent yet): an agent assigned since takes them. The
    days' totals move by the difference. Returns how many (day, session)."""
    if not markers:
        return 0
    cursor = change.cursor
    days = change.refresh(ROUNDS_TABLE, [m.day for m in markers])
    if not days:
        return 0
    cursor.execute(f"SELECT COUNT(*) FROM {REFRESH_TABLE}")
    refreshed = cursor.fetchone()[0]
    where = refreshing("r.session_id", "r.day")
    change.add(ROUNDS_TABLE, where, {}, sign=-1)
    for day in days:
        params: dict = {"day": day}
        cursor.execute(
            f"DELETE FROM {ROUNDS_TABLE} WHERE {ROUNDS_TABLE}.day = %(day)s AND "
            + refreshing(f"{ROUNDS_TABLE}.session_id", "%(day)s"),
            params,
        )
        params = {}
        only = "AND " + refreshing("s.id", "%(day)s")
        cursor.execute(stored_rounds_sql(day, params, only=only), params)
    change.add(ROUNDS_TABLE, where, {}, sign=1)
    return refreshed


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def do_store_day(day: dt.date) -> bool:
    """Store a completed day's rounds, session facts and totals unless they
    are current. Returns True when the day was (re)computed. Concurrent
    callers wait on the totals lock, so a day is stored once."""
    if not day_is_complete(day):
        raise ValueError(f"{day} is not complete yet")
    ratings_seen = ratings_seen_now()
    StoredDay.objects.get_or_create(day=day)
    with transaction.atomic():
        lock_stored_totals()
        marker = StoredDay.objects.select_for_update().get(day=day)
        if marker.current:
            return False
        _store_day(marker, ratings_seen)
    return True


def do_mark_days_stale(days) -> int:
    """Past chat data of these days changed: store their rows again."""
    return StoredDay.objects.filter(day__in=set(days), current=True).update(
        current=False
    )


def stored_period_counts(span: PeriodSpan, store_ids=None) -> AgentCounts:
    """A completed period's counts, added up from its stored days' totals.

    Under the totals lock and every day of the span locked: each day missing
    or stale is stored, the totals follow the sessions' validity, the facts
    that may have changed since they were stored are computed again, and the
    sum is taken, so nothing can change a day in between. Per store and
    agent (`metrics.queries.period_counts_by_agent`).
    """
    # Taken before any lock: the import holds rating inserts open while it
    # marks days stale, and would otherwise wait on us as we on it.
    ratings_seen = ratings_seen_now()
    for day in span.days():
        StoredDay.objects.get_or_create(day=day)
    with transaction.atomic():
        lock_stored_totals()
        markers = StoredDay.objects.select_for_update().filter(day__in=span.days())
        current = []
        for marker in markers.order_by("day"):
            if marker.current:
                current.append(marker)
            else:
                _store_day(marker, ratings_seen)
        with connection.cursor() as cursor:
            probe_by_key(cursor)
            change = TotalsChange(cursor)
            reconcile_excluded_sessions(change)
            _refresh_session_facts(change, current, ratings_seen)
            _refresh_round_rows(change, current)
            change.write()
        return period_counts_by_agent(span, store_ids, stored=True)


def do_compute_period(span: PeriodSpan, store_ids=None) -> list[MetricResult]:
    """Compute and store one period for every store (or the given ones), and
    for every agent of theirs with anything attributed.

    A completed period is added up from its stored days (each day not stored
    yet, or stale, is stored first; facts that may have changed since are
    computed again); a period still running is computed from the messages.
    Re-running replaces the period's rows, so repeated or crashed runs never
    count twice. Stores without any activity get a row of zeros that passes.
    """
    thresholds = get_thresholds()
    if day_is_complete(span.days()[-1]):
        by_agent = stored_period_counts(span, store_ids)
    else:
        by_agent = period_counts_by_agent(span, store_ids)
    counts = store_counts(by_agent)
    stores = Store.objects.order_by("slug")
    if store_ids is not None:
        stores = stores.filter(pk__in=store_ids)
    now = timezone.now()
    rows = []
    for store in stores:
        row = build_result(
            store.pk, span, counts.get(store.pk, Counts()), thresholds, now
        )
        row.store = store
        rows.append(row)
    _store_results(span, rows)
    _store_agent_results(span, [r.store_id for r in rows], by_agent, thresholds, now)
    return rows


def _store_agent_results(span, store_ids, by_agent: AgentCounts, thresholds, now):
    """Replace the period's agent rows of these stores."""
    wanted = set(store_ids)
    agent_rows = [
        agent_result_fields(store_id, agent_id, span, counts, thresholds, now)
        for (store_id, agent_id), counts in sorted(agent_counts(by_agent).items())
        if store_id in wanted
    ]
    with transaction.atomic():
        for chunk in _chunks(store_ids):
            AgentMetricResult.objects.filter(
                period=span.period, period_start=span.first_day, store_id__in=chunk
            ).delete()
        _insert_rows(
            AgentMetricResult,
            ["store", "agent", "period", "period_start"],
            agent_rows,
            as_dicts=True,
        )


def _insert_rows(
    model, key: list[str], rows: list, conflict: str = "", as_dicts: bool = False
) -> None:
    """INSERT rows of `model` (the `key` fields, then RESULT_FIELDS) in
    batches, like bulk_create but without its per-value preparation, which
    costs more than the database takes to store 1,000 rows: values pass as
    they are, except dates, times and JSON, which repeat and are prepared
    once each by their field. `rows`: instances, or with `as_dicts` dicts by
    attribute name (no instance to build). `conflict`: an ON CONFLICT clause."""
    fields = [model._meta.get_field(name) for name in [*key, *RESULT_FIELDS]]
    prepare = {"DateField", "DateTimeField", "JSONField"}
    prepared: dict = {}

    def db_value(field, value):
        if field.get_internal_type() not in prepare:
            return value
        key = (
            field.name,
            tuple(value.items()) if field.name == "thresholds" else value,
        )
        if key not in prepared:
            prepared[key] = field.get_db_prep_save(value, connection)
        return prepared[key]

    columns = ", ".join(f.column for f in fields)
    if connection.vendor == "postgresql":
        _copy_rows(model._meta.db_table, fields, rows, as_dicts, conflict)
        return
    params_limit = connection.features.max_query_params or CHUNK * len(fields)
    per_statement = min(CHUNK, params_limit // len(fields))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            params: list = []
            values = []
            for row in rows[start : start + per_statement]:
                if as_dicts:
                    params += [db_value(f, row[f.attname]) for f in fields]
                else:
                    params += [db_value(f, getattr(row, f.attname)) for f in fields]
                values.append(f"({', '.join(['%s'] * len(fields))})")
            cursor.execute(
                f"INSERT INTO {model._meta.db_table} ({columns})"
                f" VALUES {', '.join(values)} {conflict}",
                params,
            )


def _copy_escaped(text: str) -> str:
    for char, escaped in (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r")):
        text = text.replace(char, escaped)
    return text


def _copy_writer(field):
    """A field's value in COPY's text format (NULL as \\N)."""
    kind = field.get_internal_type()
    if kind == "BooleanField":
        convert = {True: "t", False: "f"}.__getitem__
    elif kind in ("DateField", "DateTimeField"):

        def convert(value):
            return value.isoformat()
    elif kind == "JSONField":

        def convert(value):
            return _copy_escaped(json.dumps(value, cls=field.encoder))
    elif kind in ("CharField", "TextField"):
        convert = _copy_escaped
    else:  # numbers and keys
        convert = str
    return lambda value: "\\N" if value is None else convert(value)


def _copy_rows(table: str, fields, rows: list, as_dicts: bool, conflict: str) -> None:
    """`_insert_rows` on PostgreSQL: one COPY, which parses and stores 2,000
    rows of results in a third of the time the same rows take as INSERT
    values (measured on the bench). With `conflict`, COPY into a temporary
    table dropped at commit, then one INSERT ... SELECT with the clause."""
    columns = ", ".join(f.column for f in fields)
    writers = [(f.attname, _copy_writer(f)) for f in fields]
    lines = io.StringIO()
    for row in rows:
        get = row.__getitem__ if as_dicts else row.__getattribute__
        lines.write("\t".join(write(get(name)) for name, write in writers) + "\n")
    lines.seek(0)
    target = table
    with transaction.atomic(), connection.cursor() as cursor:
        if conflict:
            target = f"{table}_copied"
            cursor.execute(
                f"CREATE TEMP TABLE {target} ON COMMIT DROP AS"
                f" SELECT {columns} FROM {table} WHERE 1 = 0"
            )
        cursor.copy_expert(f"COPY {target} ({columns}) FROM STDIN", lines)
        if conflict:
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {target}"
                f" WHERE 1 = 1 {conflict}"
            )
            cursor.execute(f"DROP TABLE {target}")


def _store_results(span: PeriodSpan, rows: list[MetricResult]) -> None:
    """Upsert a period's results and set their primary keys."""
    key = ["store", "period", "period_start"]
    updates = ", ".join(
        f"{MetricResult._meta.get_field(name).column} = excluded."
        f"{MetricResult._meta.get_field(name).column}"
        for name in RESULT_FIELDS
    )
    conflict = f"ON CONFLICT (store_id, period, period_start) DO UPDATE SET {updates}"
    with transaction.atomic():
        _insert_rows(MetricResult, key, rows, conflict)
        ids = dict(
            MetricResult.objects.filter(
                period=span.period, period_start=span.first_day
            ).values_list("store_id", "pk")
        )
    for row in rows:
        row.pk = ids[row.store_id]


def _metric_line(result: MetricResult, metric: str) -> str:
    t = result.thresholds
    if metric == Metric.NO_SERVICE:
        return _("未接待率 %(value)s%%（标准 < %(mark)s%%）") % {
            "value": _percent(result.no_service_rate),
            "mark": _percent(Decimal(t["no_service_max"])),
        }
    if metric == Metric.REPLY_3MIN:
        return _("3分钟回复率 %(value)s%%（标准 ≥ %(mark)s%%）") % {
            "value": _percent(result.reply_3min_rate),
            "mark": _percent(Decimal(t["reply_3min_min"])),
        }
    if metric == Metric.AVG_RESPONSE:
        return _("平均响应时长 %(value)s 秒（标准 < %(mark)s 秒）") % {
            "value": result.avg_response_seconds,
            "mark": plain(t["avg_response_max_seconds"]),
        }
    return _("不满意率 %(value)s%%（标准 < %(mark)s%%）") % {
        "value": _percent(result.dissatisfaction_rate),
        "mark": _percent(Decimal(t["dissatisfaction_max"])),
    }


def _percent(value: Decimal) -> str:
    return plain(Decimal(value) * 100)


def penalty_key(result: MetricResult, metric: str) -> str:
    return (
        f"metric:{result.store_id}:{result.period}:"
        f"{result.period_start.isoformat()}:{metric}"
    )


def _failure_reason(result: MetricResult, metric: str) -> str:
    """Why a failed weekly metric costs points, in the active language."""
    return _("%(start)s 至 %(end)s 周服务指标未达标：%(line)s") % {
        "start": result.period_start.isoformat(),
        "end": (result.period_end - dt.timedelta(days=1)).isoformat(),
        "line": _metric_line(result, metric),
    }


def add_metric_penalty(result: MetricResult, metric: str, dedupe_key: str):
    """One penalty entry for a failed weekly metric, and a notice to the
    merchant when it is new. Returns the new entry, or None when the key
    was taken."""
    points = int(result.thresholds.get("points_per_failure", 2))
    entry, created = do_add_penalty_entry(
        result.store,
        points,
        lambda: _failure_reason(result, metric),
        source="metric",
        metric=metric,
        dedupe_key=dedupe_key,
    )
    if not created:
        return None
    do_post_notice(
        result.store,
        Notice.Level.WARNING,
        "metrics",
        lambda: (
            _("%(reason)s，扣 %(points)s 分。")
            % {"reason": _failure_reason(result, metric), "points": points}
        ),
    )
    return entry


def do_apply_weekly_consequences(result: MetricResult) -> list:
    """A failed weekly threshold: one penalty entry and one notice, ever."""
    created_entries = []
    for metric in result.failed_metrics():
        entry = add_metric_penalty(result, metric, penalty_key(result, metric))
        if entry is not None:
            created_entries.append(entry)
    return created_entries


def do_evaluate_robot_assist(result: MetricResult) -> bool | None:
    """Switch robot assist from one completed day's average response time.

    On when the day's average exceeds the threshold; off again after a day back
    under it, but only if metrics switched it on. A supervisor's switch made
    since that day began wins. Returns the new flag, or None for no change.
    """
    store = result.store
    latest = last_switch(store)
    source = switch_source(latest)
    day_start = make_span("day", result.period_start).start
    if latest and source != SOURCE_METRICS and latest.created_at >= day_start:
        return None
    limit = Decimal(result.thresholds["avg_response_max_seconds"])
    total, rounds = result.total_wait_seconds, result.rounds
    if rounds and total > limit * rounds and not store.robot_assist:

        def reason():
            return _("%(day)s 平均响应时长 %(value)s 秒，超过 %(limit)s 秒") % {
                "day": result.period_start.isoformat(),
                "value": result.avg_response_seconds,
                "limit": plain(limit),
            }

        do_set_robot_assist(store, True, source=SOURCE_METRICS, reason=reason)
        return True
    back_under = not rounds or total < limit * rounds
    if back_under and store.robot_assist and source == SOURCE_METRICS:

        def reason():
            return _("%(day)s 平均响应时长已回到 %(limit)s 秒以内") % {
                "day": result.period_start.isoformat(),
                "limit": plain(limit),
            }

        do_set_robot_assist(store, False, source=SOURCE_METRICS, reason=reason)
        return False
    return None


def run_daily(span: PeriodSpan) -> list[MetricResult]:
    results = do_compute_period(span)
    for result in results:
        do_evaluate_robot_assist(result)
    return results


def run_weekly(span: PeriodSpan) -> list[MetricResult]:
    results = do_compute_period(span)
    for result in results:
        do_apply_weekly_consequences(result)
    return results
