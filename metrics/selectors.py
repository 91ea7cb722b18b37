"""Reads of metrics: thresholds, stored and live results, scoped access."""

import datetime as dt

from django.http import Http404
from django.utils import timezone

from chat.models import Message, Role, Session, Store
from metrics.models import MetricResult, Thresholds
from metrics.periods import PeriodSpan, local_today, make_span, week_of
from metrics.queries import Counts, period_counts
from metrics.scoring import build_result

PLATFORM_ROLES = {Role.ADMIN, Role.AUDITOR}


def get_thresholds(*, for_update: bool = False) -> Thresholds:
    queryset = Thresholds.objects.all()
    if for_update:
        queryset = queryset.select_for_update()
    thresholds = queryset.filter(pk=1).first()
    if thresholds is None:
        thresholds, _ = Thresholds.objects.get_or_create(pk=1)
    return thresholds


def access_metrics_store(user, slug: str | None = None) -> Store:
    """The store whose metrics `user` may read: a merchant only their own."""
    if user.role in (Role.AGENT, Role.SUPERVISOR):
        membership = getattr(user, "membership", None)
        if membership is None or (slug is not None and membership.store.slug != slug):
            raise Http404
        return membership.store
    if user.role == Role.ADMIN and slug is not None:
        store = Store.objects.filter(slug=slug).first()
        if store is not None:
            return store
    raise Http404


def access_transcript(user, session_id: int) -> Session:
    """A session `user` may read: own store's for merchants, any for platform."""
    sessions = Session.objects.select_related("store", "buyer", "agent")
    if user.role in (Role.AGENT, Role.SUPERVISOR):
        membership = getattr(user, "membership", None)
        if membership is None:
            raise Http404
        sessions = sessions.filter(store_id=membership.store_id)
    elif user.role not in PLATFORM_ROLES:
        raise Http404
    session = sessions.filter(pk=session_id).first()
    if session is None:
        raise Http404
    return session


def transcript_messages(session: Session):
    return session.messages.select_related("sender").order_by("created_at", "seq")


def delivered(message: Message) -> bool:
    return message.verdict != Message.Verdict.BLOCK


def live_result(store: Store, span: PeriodSpan, now=None) -> MetricResult:
    """The period so far, computed now and not stored."""
    now = now or timezone.now()
    as_of = min(now, span.end + dt.timedelta(seconds=600))
    counts = period_counts(span, [store.pk], as_of=as_of).get(store.pk, Counts())
    result = build_result(store.pk, span, counts, get_thresholds(), now)
    result.store = store
    return result


def result_or_live(store: Store, span: PeriodSpan, now=None) -> MetricResult:
    stored = MetricResult.objects.filter(
        store=store, period=span.period, period_start=span.first_day
    ).first()
    return stored or live_result(store, span, now)


def current_week(now=None) -> PeriodSpan:
    return week_of(local_today(now))


def daily_trend(store: Store, days: int = 14, now=None) -> list[MetricResult]:
    """The last `days` completed days, stored results or computed on the fly."""
    today = local_today(now)
    first = today - dt.timedelta(days=days)
    stored = {
        r.period_start: r
        for r in MetricResult.objects.filter(
            store=store, period="day", period_start__gte=first, period_start__lt=today
        )
    }
    trend = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        trend.append(stored.get(day) or live_result(store, make_span("day", day), now))
    return trend


def weekly_trend(store: Store, weeks: int = 8, now=None) -> list[MetricResult]:
    """The last `weeks` completed weeks that have a stored result."""
    this_week = current_week(now)
    return list(
        MetricResult.objects.filter(
            store=store, period="week", period_start__lt=this_week.first_day
        ).order_by("-period_start")[:weeks]
    )[::-1]


def period_results(span: PeriodSpan, now=None) -> list[MetricResult]:
    """Every store's result for a period: stored, else computed live."""
    stored = list(
        MetricResult.objects.filter(period=span.period, period_start=span.first_day)
        .select_related("store")
        .order_by("store__slug")
    )
    if stored:
        return stored
    now = now or timezone.now()
    as_of = min(now, span.end + dt.timedelta(seconds=600))
    counts = period_counts(span, as_of=as_of)
    thresholds = get_thresholds()
    results = []
    for store in Store.objects.order_by("slug"):
        result = build_result(
            store.pk, span, counts.get(store.pk, Counts()), thresholds, now
        )
        result.store = store
        results.append(result)
    return results
