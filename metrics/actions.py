"""Every metrics state change: thresholds, stored results and their consequences."""

import datetime as dt
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.actions.notices import do_post_notice
from chat.actions.robot_assist import (
    SOURCE_METRICS,
    do_set_robot_assist,
    last_switch,
    switch_source,
)
from chat.models import Notice, Rating, Store
from compliance.actions.audit import do_record_audit
from compliance.ledger import do_add_penalty_entry
from metrics.models import (
    Metric,
    MetricResult,
    SessionDayRounds,
    SessionFacts,
    StoredDay,
    ThresholdChange,
    Thresholds,
)
from metrics.periods import PeriodSpan, make_span
from metrics.queries import (
    HORIZON,
    Counts,
    period_counts,
    ratings_seen_now,
    session_facts_sql,
    stored_rounds_sql,
)
from metrics.scoring import build_result, plain
from metrics.selectors import get_thresholds

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
    """Replace the locked day's stored rounds and session facts."""
    SessionDayRounds.objects.filter(day=marker.day).delete()
    SessionFacts.objects.filter(day=marker.day).delete()
    with connection.cursor() as cursor:
        params: dict = {}
        cursor.execute(stored_rounds_sql(marker.day, params), params)
        params = {}
        cursor.execute(session_facts_sql(marker.day, params), params)
    marker.current = True
    marker.computed_at = timezone.now()
    marker.ratings_seen = ratings_seen
    marker.save(update_fields=["current", "computed_at", "ratings_seen"])


def _refresh_session_facts(marker: StoredDay, ratings_seen: int) -> None:
    """Compute again the locked current day's facts that may have changed:
    rows not final (their session was still open) and sessions rated since."""
    if marker.ratings_seen < ratings_seen:
        rated_since = Rating.objects.filter(
            pk__gt=marker.ratings_seen, pk__lte=ratings_seen
        ).values("session_id")
        SessionFacts.objects.filter(
            day=marker.day, final=True, session_id__in=rated_since
        ).update(final=False)
    if SessionFacts.objects.filter(day=marker.day, final=False).exists():
        params: dict = {}
        with connection.cursor() as cursor:
            cursor.execute(session_facts_sql(marker.day, params, refresh=True), params)
    if marker.ratings_seen != ratings_seen:
        marker.ratings_seen = ratings_seen
        marker.save(update_fields=["ratings_seen"])


def do_store_day(day: dt.date) -> bool:
    """Store a completed day's rounds and session facts unless they are current.

    Returns True when the day was (re)computed. Concurrent callers wait on the
    day's StoredDay row, so a day is stored once.
    """
    if not day_is_complete(day):
        raise ValueError(f"{day} is not complete yet")
    ratings_seen = ratings_seen_now()
    StoredDay.objects.get_or_create(day=day)
    with transaction.atomic():
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


def stored_period_counts(span: PeriodSpan, store_ids=None) -> dict[int, Counts]:
    """A completed period's counts, added up from its stored days.

    Every day of the span is locked, stored if missing or stale, and its facts
    that may have changed since are computed again; the sum is taken under the
    same locks, so an import cannot change a day in between.
    """
    # Taken before any day is locked: the import holds rating inserts open
    # while it marks days stale, and would otherwise wait on us as we on it.
    ratings_seen = ratings_seen_now()
    for day in span.days():
        StoredDay.objects.get_or_create(day=day)
    with transaction.atomic():
        markers = StoredDay.objects.select_for_update().filter(day__in=span.days())
        for marker in markers.order_by("day"):
            if marker.current:
                _refresh_session_facts(marker, ratings_seen)
            else:
                _store_day(marker, ratings_seen)
        return period_counts(span, store_ids, stored=True)


def do_compute_period(span: PeriodSpan, store_ids=None) -> list[MetricResult]:
    """Compute and store one period for every store (or the given ones).

    A completed period is added up from its stored days (each day not stored
    yet, or stale, is stored first; facts that may have changed since are
    computed again); a period still running is computed from the messages.
    Re-running replaces the period's rows, so repeated or crashed runs never
    count twice. Stores without any activity get a row of zeros that passes.
    """
    thresholds = get_thresholds()
    if day_is_complete(span.days()[-1]):
        counts = stored_period_counts(span, store_ids)
    else:
        counts = period_counts(span, store_ids)
    stores = Store.objects.order_by("slug")
    if store_ids is not None:
        stores = stores.filter(pk__in=store_ids)
    now = timezone.now()
    rows = [
        build_result(pk, span, counts.get(pk, Counts()), thresholds, now)
        for pk in stores.values_list("pk", flat=True)
    ]
    with transaction.atomic():
        MetricResult.objects.bulk_create(
            rows,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["store", "period", "period_start"],
            update_fields=RESULT_FIELDS,
        )
    return list(
        MetricResult.objects.filter(
            period=span.period,
            period_start=span.first_day,
            store_id__in=[row.store_id for row in rows],
        )
        .select_related("store")
        .order_by("store__slug")
    )


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


def do_apply_weekly_consequences(result: MetricResult) -> list:
    """A failed weekly threshold: one penalty entry and one notice, ever."""
    created_entries = []
    points = int(result.thresholds.get("points_per_failure", 2))
    for metric in result.failed_metrics():
        line = _metric_line(result, metric)
        reason = _("%(start)s 至 %(end)s 周服务指标未达标：%(line)s") % {
            "start": result.period_start.isoformat(),
            "end": (result.period_end - dt.timedelta(days=1)).isoformat(),
            "line": line,
        }
        entry, created = do_add_penalty_entry(
            result.store,
            points,
            reason,
            source="metric",
            metric=metric,
            dedupe_key=penalty_key(result, metric),
        )
        if created:
            created_entries.append(entry)
            do_post_notice(
                result.store,
                Notice.Level.WARNING,
                "metrics",
                _("%(reason)s，扣 %(points)s 分。")
                % {"reason": reason, "points": points},
            )
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
        reason = _("%(day)s 平均响应时长 %(value)s 秒，超过 %(limit)s 秒") % {
            "day": result.period_start.isoformat(),
            "value": result.avg_response_seconds,
            "limit": plain(limit),
        }
        do_set_robot_assist(store, True, source=SOURCE_METRICS, reason=reason)
        return True
    back_under = not rounds or total < limit * rounds
    if back_under and store.robot_assist and source == SOURCE_METRICS:
        reason = _("%(day)s 平均响应时长已回到 %(limit)s 秒以内") % {
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
