"""Periodic compliance jobs: the morning sample draw and the sanction re-check."""

import datetime as dt

from celery import shared_task
from django.utils import timezone

from compliance.sampling import draw_daily_samples
from compliance.sanctions import do_reevaluate_sanctions


@shared_task
def draw_daily_samples_task(day: str | None = None) -> int:
    """Draw yesterday's samples (or `day`, ISO date); re-runs add nothing twice."""
    target = (
        dt.date.fromisoformat(day)
        if day
        else timezone.localdate() - dt.timedelta(days=1)
    )
    return len(draw_daily_samples(target))


@shared_task
def reevaluate_sanctions_task() -> int:
    """Points age out of the rolling window; re-derive every store's status."""
    return len(do_reevaluate_sanctions())
