"""Metrics pages: the merchant's own numbers, the platform dashboard, CSV, drill-down."""

import datetime as dt

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from chat.models import Role
from chat.permissions import MERCHANT_ROLES, role_required
from metrics import csv_columns, queries, selectors
from metrics.models import Metric, RatingAppeal
from metrics.periods import PeriodError, last_completed_week, parse_span

PLATFORM_ROLES = (Role.ADMIN, Role.AUDITOR)


def _span_from(request, default):
    period = request.GET.get("period")
    start = request.GET.get("start")
    if not period and not start:
        return default
    try:
        return parse_span(period or "week", start or "")
    except PeriodError:
        raise Http404 from None


def result_json(result) -> dict:
    return {
        "period": result.period,
        "start": result.period_start.isoformat(),
        "passed": result.passed,
        "cards": selectors.metric_cards(result),
        "reply_30s_rate": selectors._float(result.reply_30s_rate),
        "computed_at": timezone.localtime(result.computed_at).isoformat(),
    }


def _drill_url(store, for_admin, period, start) -> str:
    if for_admin:
        return reverse("metrics:store_drilldown", args=[store.slug, period, start])
    return reverse("metrics:merchant_drilldown", args=[period, start])


def _store_page(request, store, *, for_admin):
    week = selectors.current_week()
    live = selectors.live_result(store, week)
    daily = selectors.daily_trend(store)
    weekly = selectors.weekly_trend(store)
    for result in [live, *daily, *weekly]:
        result.drill_url = _drill_url(
            store, for_admin, result.period, result.period_start.isoformat()
        )
    chart = {
        "daily": [result_json(r) for r in daily],
        "weekly": [result_json(r) for r in weekly],
        "live": result_json(live),
    }
    return render(
        request,
        "metrics/store.html",
        {
            "store": store,
            "week": week,
            "live": live,
            "cards": selectors.metric_cards(live),
            "weekly": weekly,
            "chart": chart,
            "live_url": (
                reverse("metrics:store_live", args=[store.slug])
                if for_admin
                else reverse("metrics:merchant_live")
            ),
            "team_url": (
                reverse("metrics:store_team", args=[store.slug])
                if for_admin
                else reverse("metrics:team")
            ),
        },
    )


@role_required(*MERCHANT_ROLES)
def merchant_metrics(request):
    store = selectors.access_metrics_store(request.user)
    return _store_page(request, store, for_admin=False)


@role_required(Role.ADMIN)
def store_metrics(request, slug):
    store = selectors.access_metrics_store(request.user, slug)
    return _store_page(request, store, for_admin=True)


def _live_json(store):
    return JsonResponse(
        result_json(selectors.live_result(store, selectors.current_week()))
    )


@role_required(*MERCHANT_ROLES)
def merchant_live(request):
    return _live_json(selectors.access_metrics_store(request.user))


@role_required(Role.ADMIN)
def store_live(request, slug):
    return _live_json(selectors.access_metrics_store(request.user, slug))


def _drilldown(request, store, period, start):
    try:
        span = parse_span(period, start)
    except PeriodError:
        raise Http404 from None
    as_of = min(timezone.now(), span.end + queries.HORIZON)
    return render(
        request,
        "metrics/drilldown.html",
        {
            "store": store,
            "span": span,
            "last_day": span.end_day - dt.timedelta(days=1),
            "result": selectors.result_or_live(store, span),
            "rounds": queries.slow_rounds(span, store.pk, as_of),
            "sessions": queries.no_service_list(span, store.pk, as_of),
        },
    )


@role_required(*MERCHANT_ROLES)
def merchant_drilldown(request, period, start):
    return _drilldown(
        request, selectors.access_metrics_store(request.user), period, start
    )


@role_required(Role.ADMIN)
def store_drilldown(request, slug, period, start):
    store = selectors.access_metrics_store(request.user, slug)
    return _drilldown(request, store, period, start)


@role_required(*MERCHANT_ROLES, *PLATFORM_ROLES)
def transcript(request, session_id):
    session, rows = selectors.access_transcript(request.user, session_id)
    return render(
        request,
        "metrics/transcript.html",
        {
            "session": session,
            "rows": rows,
            "ratings": selectors.session_ratings(session),
            "can_appeal": request.user.role == Role.SUPERVISOR,
            "grounds": RatingAppeal.Ground.choices,
        },
    )


@role_required(Role.ADMIN)
def dashboard(request):
    span = _span_from(request, last_completed_week())
    results = selectors.period_results(span)
    tables = [
        {"code": m.value, "label": m.label, "rows": selectors.ranked(results, m.value)}
        for m in Metric
    ]
    chart = {
        t["code"]: [
            {
                "store": r.store.name,
                "value": selectors._float(
                    getattr(r, selectors.METRIC_FIELD[t["code"]])
                ),
                "passed": getattr(r, f"{t['code']}_passed"),
            }
            for r in t["rows"][:20]
        ]
        for t in tables
    }
    limits = (
        {c["code"]: c["limit"] for c in selectors.metric_cards(results[0])}
        if results
        else {}
    )
    return render(
        request,
        "metrics/dashboard.html",
        {
            "span": span,
            "this_week": selectors.current_week(),
            "previous": span.previous(),
            "overall": selectors.ranked(results),
            "tables": tables,
            "failing": sum(not r.passed for r in results),
            "chart": {"tables": chart, "limits": limits},
        },
    )


CSV_COLUMNS = [
    "store",
    "name",
    "period",
    "period_start",
    *csv_columns.figure_columns(first_response=False),
    "failed",
    "passed",
]


@role_required(Role.ADMIN)
def export_csv(request):
    span = _span_from(request, last_completed_week())
    metric = request.GET.get("metric") or None
    if metric is not None and metric not in Metric.values:
        raise Http404
    rows = selectors.ranked(selectors.period_results(span), metric)
    name = f"metrics-{span.period}-{span.first_day}-{metric or 'all'}.csv"
    response, writer = csv_columns.response(name, CSV_COLUMNS)
    for r in rows:
        values = {"store": r.store.slug, "name": r.store.name}
        writer.writerow(csv_columns.row(r, CSV_COLUMNS, values))
    return response
