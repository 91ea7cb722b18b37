"""Periodic metric jobs (scheduled in csc/celery.py); safe to repeat."""

from celery import shared_task

from metrics.actions import run_daily, run_weekly
from metrics.periods import last_completed_day, last_completed_week, parse_span


def _summary(span, results) -> dict:
    return {
        "period": span.period,
        "start": span.first_day.isoformat(),
        "stores": len(results),
        "failed": sorted(r.store.slug for r in results if not r.passed),
    }


@shared_task
def compute_daily_metrics(start: str | None = None) -> dict:
    """00:30 daily: the day before, then robot-assist switching."""
    span = parse_span("day", start) if start else last_completed_day()
    return _summary(span, run_daily(span))


@shared_task
def compute_weekly_metrics(start: str | None = None) -> dict:
    """Tuesday 02:00: the previous Monday–Sunday, then penalties and notices."""
    span = parse_span("week", start) if start else last_completed_week()
    return _summary(span, run_weekly(span))
