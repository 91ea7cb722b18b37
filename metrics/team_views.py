"""Team pages: every agent's figures for a week, one agent's trends and slow
rounds, CSV export, and the live team view."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat.models import Role
from chat.permissions import MERCHANT_ROLES, role_required
from metrics import csv_columns, queries, selectors
from metrics.live_team import team_snapshot
from metrics.periods import PeriodError, parse_span
from metrics.views import result_json

TEAM_COLUMNS = [
    ("agent", _("客服")),
    ("human_sessions", _("接待会话")),
    ("no_service_rate", _("未接待率")),
    ("rounds", _("轮次")),
    ("reply_3min_rate", _("3分钟回复率")),
    ("reply_30s_rate", _("30秒回复率")),
    ("avg_response_seconds", _("平均响应时长")),
    ("answered_sessions", _("已回复会话")),
    ("first_response_seconds", _("首次响应时长")),
    ("rated_sessions", _("评价会话")),
    ("dissatisfaction_rate", _("不满意率")),
    ("passed", _("结果")),
]


def _week(request):
    start = request.GET.get("start")
    if not start:
        return selectors.current_week()
    try:
        return parse_span("week", start)
    except PeriodError:
        raise Http404 from None


def _urls(store, for_admin: bool) -> dict:
    """The team pages' addresses for a merchant's own store or an admin's."""
    if for_admin:
        return {
            "team": reverse("metrics:store_team", args=[store.slug]),
            "csv": reverse("metrics:store_team_csv", args=[store.slug]),
        }
    return {
        "team": reverse("metrics:team"),
        "csv": reverse("metrics:team_csv"),
        "live": reverse("metrics:team_live"),
    }


def _agent_url(store, for_admin: bool, agent_id: int, span) -> str:
    if for_admin:
        url = reverse("metrics:store_team_agent", args=[store.slug, agent_id])
    else:
        url = reverse("metrics:team_agent", args=[agent_id])
    return f"{url}?start={span.first_day.isoformat()}"


def _team_page(request, store, only_agent, *, for_admin):
    span = _week(request)
    sort = request.GET.get("sort", "agent")
    rows = selectors.sort_team(selectors.team_results(store, span, only_agent), sort)
    urls = _urls(store, for_admin)
    for row in rows:
        row.url = _agent_url(store, for_admin, row.agent_id, span)
    return render(
        request,
        "metrics/team.html",
        {
            "store": store,
            "span": span,
            "running": span == selectors.current_week(),
            "rows": rows,
            "sort": sort,
            "columns": TEAM_COLUMNS,
            "weeks": selectors.recent_weeks(),
            "urls": urls,
            "thresholds": selectors.get_thresholds(),
            "own_only": only_agent is not None,
        },
    )


@role_required(*MERCHANT_ROLES)
def team(request):
    store, only_agent = selectors.access_team(request.user)
    return _team_page(request, store, only_agent, for_admin=False)


@role_required(Role.ADMIN)
def store_team(request, slug):
    store, only_agent = selectors.access_team(request.user, slug)
    return _team_page(request, store, only_agent, for_admin=True)


def _agent_page(request, store, only_agent, agent_id, *, for_admin):
    if only_agent is not None and agent_id != only_agent:
        raise Http404
    span = _week(request)
    rows = selectors.team_results(store, span, agent_id)
    if not rows:
        raise Http404
    result = rows[0]
    daily = selectors.agent_daily_trend(store, agent_id)
    as_of = min(timezone.now(), span.end + queries.HORIZON)
    return render(
        request,
        "metrics/team_agent.html",
        {
            "store": store,
            "span": span,
            "result": result,
            "agent": result.agent,
            "cards": selectors.metric_cards(result),
            "rounds": queries.slow_rounds(span, store.pk, as_of, agent_id=agent_id),
            "weeks": selectors.recent_weeks(),
            "urls": _urls(store, for_admin),
            "chart": {"daily": [result_json(r) for r in daily]},
        },
    )


@role_required(*MERCHANT_ROLES)
def team_agent(request, agent_id):
    store, only_agent = selectors.access_team(request.user)
    return _agent_page(request, store, only_agent, agent_id, for_admin=False)


@role_required(Role.ADMIN)
def store_team_agent(request, slug, agent_id):
    store, only_agent = selectors.access_team(request.user, slug)
    return _agent_page(request, store, only_agent, agent_id, for_admin=True)


CSV_COLUMNS = [
    "store",
    "agent",
    "agent_name",
    "period",
    "period_start",
    *csv_columns.figure_columns(first_response=True),
    "failed",
    "passed",
]


def _team_csv(request, store, only_agent):
    span = _week(request)
    rows = selectors.team_results(store, span, only_agent)
    name = f"team-{store.slug}-week-{span.first_day}.csv"
    response, writer = csv_columns.response(name, CSV_COLUMNS)
    for r in rows:
        values = {
            "store": store.slug,
            "agent": r.agent.username,
            "agent_name": r.agent.display_name,
        }
        writer.writerow(csv_columns.row(r, CSV_COLUMNS, values))
    return response


@role_required(*MERCHANT_ROLES)
def team_csv(request):
    store, only_agent = selectors.access_team(request.user)
    return _team_csv(request, store, only_agent)


@role_required(Role.ADMIN)
def store_team_csv(request, slug):
    store, only_agent = selectors.access_team(request.user, slug)
    return _team_csv(request, store, only_agent)


@role_required(Role.SUPERVISOR)
def team_live(request):
    """Who is on duty now, updated over the team socket (no polling)."""
    store, _only = selectors.access_team(request.user)
    return render(
        request,
        "metrics/team_live.html",
        {
            "store": store,
            "snapshot": team_snapshot(store),
            "urls": _urls(store, for_admin=False),
        },
    )
