"""Reads of metrics: thresholds, stored and live results, scoped access."""

import datetime as dt
from decimal import Decimal

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.actions.errors import ChatError
from chat.history import transcript_rows
from chat.models import Role, Session, Store, User
from chat.selectors import access_session
from chat.visibility import reader_of
from metrics.models import (
    AgentMetricResult,
    Metric,
    MetricResult,
    RatingAppeal,
    Thresholds,
)
from metrics.periods import PeriodSpan, local_today, make_span, week_of
from metrics.queries import (
    HORIZON,
    Counts,
    agent_counts,
    period_counts,
    period_counts_by_agent,
)
from metrics.scoring import build_agent_result, build_result, percent, plain

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


def agent_results(span: PeriodSpan, store_ids) -> list[AgentMetricResult]:
    """The stored agent rows of a period, by store then agent username."""
    return list(
        AgentMetricResult.objects.filter(
            period=span.period, period_start=span.first_day, store_id__in=store_ids
        )
        .select_related("store", "agent")
        .order_by("store__slug", "agent__username")
    )


def access_transcript(user, session_id: int):
    """(session, [(message, what the user sees of it)]) of a session `user` may
    read, through chat's one loader and visibility rule; 404 otherwise."""
    try:
        session = access_session(user, session_id)
    except ChatError:
        raise Http404 from None
    return session, transcript_rows(reader_of(user, session), session)


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
    """The last `weeks` completed weeks since the store's first human session:
    stored results, or computed on the fly (not stored) where none is stored."""
    this_week = current_week(now)
    first = (
        Session.objects.filter(store=store, human_started_at__isnull=False)
        .order_by("human_started_at")
        .values_list("human_started_at", flat=True)
        .first()
    )
    if first is None:
        return []
    first_week = week_of(local_today(first))
    stored = {
        r.period_start: r
        for r in MetricResult.objects.filter(
            store=store, period="week", period_start__lt=this_week.first_day
        )
    }
    trend = []
    span = this_week.previous()
    while len(trend) < weeks and span.first_day >= first_week.first_day:
        trend.append(stored.get(span.first_day) or live_result(store, span, now))
        span = span.previous()
    return trend[::-1]


def period_results(span: PeriodSpan, now=None) -> list[MetricResult]:
    """Every store's result for a period: stored if every store has one, else
    computed now (not stored)."""
    stored = list(
        MetricResult.objects.filter(period=span.period, period_start=span.first_day)
        .select_related("store")
        .order_by("store__slug")
    )
    if stored and len(stored) == Store.objects.count():
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


def _percent(value) -> str:
    return percent(value)


def metric_cards(result: MetricResult) -> list[dict]:
    """Each judged metric of a result, with its threshold and the counts behind it."""
    t = result.thresholds
    seconds = (
        "—"
        if result.avg_response_seconds is None
        else f"{result.avg_response_seconds} s"
    )
    return [
        {
            "code": Metric.NO_SERVICE.value,
            "label": str(Metric.NO_SERVICE.label),
            "value": _percent(result.no_service_rate),
            "raw": _float(result.no_service_rate),
            "mark": "< " + _percent(Decimal(t["no_service_max"])),
            "limit": float(t["no_service_max"]),
            "passed": result.no_service_passed,
            "detail": _("%(part)d / %(whole)d 个会话未接待")
            % {"part": result.no_service_sessions, "whole": result.human_sessions},
        },
        {
            "code": Metric.REPLY_3MIN.value,
            "label": str(Metric.REPLY_3MIN.label),
            "value": _percent(result.reply_3min_rate),
            "raw": _float(result.reply_3min_rate),
            "mark": "≥ " + _percent(Decimal(t["reply_3min_min"])),
            "limit": float(t["reply_3min_min"]),
            "passed": result.reply_3min_passed,
            "detail": _("%(part)d / %(whole)d 轮在3分钟内回复")
            % {"part": result.rounds_within_3min, "whole": result.rounds},
        },
        {
            "code": Metric.AVG_RESPONSE.value,
            "label": str(Metric.AVG_RESPONSE.label),
            "value": seconds,
            "raw": _float(result.avg_response_seconds),
            "mark": f"< {plain(t['avg_response_max_seconds'])} s",
            "limit": float(t["avg_response_max_seconds"]),
            "passed": result.avg_response_passed,
            "detail": _("共等待 %(total)s 秒 / %(whole)d 轮")
            # Whole seconds: the stored sum keeps milliseconds ("4997.123").
            % {
                "total": f"{float(result.total_wait_seconds or 0):.0f}",
                "whole": result.rounds,
            },
        },
        {
            "code": Metric.DISSATISFACTION.value,
            "label": str(Metric.DISSATISFACTION.label),
            "value": _percent(result.dissatisfaction_rate),
            "raw": _float(result.dissatisfaction_rate),
            "mark": "< " + _percent(Decimal(t["dissatisfaction_max"])),
            "limit": float(t["dissatisfaction_max"]),
            "passed": result.dissatisfaction_passed,
            "detail": _("%(part)d / %(whole)d 个评价为不满意")
            % {"part": result.dissatisfied_sessions, "whole": result.rated_sessions},
        },
    ]


def _float(value):
    return None if value is None else float(value)


# Worst first within each group; a null rate (nothing to judge) sorts last.
WORSE_IS_HIGHER = {
    Metric.NO_SERVICE.value: True,
    Metric.REPLY_3MIN.value: False,
    Metric.AVG_RESPONSE.value: True,
    Metric.DISSATISFACTION.value: True,
}
METRIC_FIELD = {
    Metric.NO_SERVICE.value: "no_service_rate",
    Metric.REPLY_3MIN.value: "reply_3min_rate",
    Metric.AVG_RESPONSE.value: "avg_response_seconds",
    Metric.DISSATISFACTION.value: "dissatisfaction_rate",
}


def ranked(
    results: list[MetricResult], metric: str | None = None
) -> list[MetricResult]:
    """Failing stores first, then worst value first (metric None: overall)."""
    if metric is None:
        return sorted(
            results, key=lambda r: (r.passed, -len(r.failed_metrics()), r.store.slug)
        )
    field_name = METRIC_FIELD[metric]
    higher_is_worse = WORSE_IS_HIGHER[metric]

    def key(result):
        value = getattr(result, field_name)
        if value is None:
            return (True, 1, 0, result.store.slug)
        badness = -value if higher_is_worse else value
        return (getattr(result, f"{metric}_passed"), 0, badness, result.store.slug)

    return sorted(results, key=key)


def access_team(user, slug: str | None = None) -> tuple[Store, int | None]:
    """The store whose team figures `user` may read, and whose: a
    supervisor's (or an admin's, any store's by slug) every agent's (None),
    an agent's only their own id."""
    store = access_metrics_store(user, slug)
    if user.role == Role.AGENT:
        return store, user.pk
    return store, None


def team_members(store: Store, only_agent: int | None = None) -> dict[int, User]:
    """The store's merchants (agents and supervisors), by id."""
    members = User.objects.filter(membership__store=store).order_by("username")
    if only_agent is not None:
        members = members.filter(pk=only_agent)
    return {user.pk: user for user in members}


def _period_computed(store: Store, span: PeriodSpan) -> bool:
    return MetricResult.objects.filter(
        store=store, period=span.period, period_start=span.first_day
    ).exists()


def team_results(
    store: Store, span: PeriodSpan, only_agent: int | None = None, now=None
) -> list[AgentMetricResult]:
    """Every agent's row for a period: the stored rows once the period was
    computed for the store, else computed now (not stored; a running period
    as far as it has gone). Members with nothing attributed get a row of
    zeros; agents no longer members keep their rows."""
    members = team_members(store, only_agent)
    if _period_computed(store, span):
        rows = list(
            AgentMetricResult.objects.filter(
                store=store, period=span.period, period_start=span.first_day
            ).select_related("agent")
        )
    else:
        now = now or timezone.now()
        as_of = min(now, span.end + HORIZON)
        by_agent = agent_counts(period_counts_by_agent(span, [store.pk], as_of=as_of))
        thresholds = get_thresholds()
        people = {
            **members,
            **User.objects.in_bulk([agent_id for _store, agent_id in by_agent]),
        }
        rows = []
        for (_store, agent_id), counts in by_agent.items():
            row = build_agent_result(store.pk, agent_id, span, counts, thresholds, now)
            row.agent = people[agent_id]
            rows.append(row)
    if only_agent is not None:
        rows = [r for r in rows if r.agent_id == only_agent]
    seen = {r.agent_id for r in rows}
    thresholds = get_thresholds()
    for agent_id, user in members.items():
        if agent_id not in seen:
            row = build_agent_result(
                store.pk, agent_id, span, Counts(), thresholds, now or timezone.now()
            )
            row.agent = user
            rows.append(row)
    return sorted(rows, key=lambda r: r.agent.username)


# The team table's sortable columns (?sort=, '-' for descending).
TEAM_SORTS = (
    "agent",
    "human_sessions",
    "no_service_rate",
    "rounds",
    "reply_3min_rate",
    "reply_30s_rate",
    "avg_response_seconds",
    "answered_sessions",
    "first_response_seconds",
    "rated_sessions",
    "dissatisfaction_rate",
    "passed",
)


def sort_team(rows: list[AgentMetricResult], sort: str) -> list[AgentMetricResult]:
    """Rows by a TEAM_SORTS column; an empty value (null rate) sorts last
    either way, ties by username."""
    field = sort.removeprefix("-")
    if field not in TEAM_SORTS:
        field, sort = "agent", "agent"
    if field == "agent":
        return sorted(
            rows, key=lambda r: r.agent.username, reverse=sort.startswith("-")
        )
    rows = sorted(rows, key=lambda r: r.agent.username)
    present = [r for r in rows if getattr(r, field) is not None]
    empty = [r for r in rows if getattr(r, field) is None]
    present.sort(key=lambda r: getattr(r, field), reverse=sort.startswith("-"))
    return present + empty


def agent_daily_trend(
    store: Store, agent_id: int, days: int = 14, now=None
) -> list[AgentMetricResult]:
    """One agent's last `days` completed days (stored, or computed now)."""
    today = local_today(now)
    first = today - dt.timedelta(days=days)
    trend = []
    for offset in range(days):
        span = make_span("day", first + dt.timedelta(days=offset))
        trend.extend(team_results(store, span, only_agent=agent_id, now=now))
    return trend


def recent_weeks(count: int = 8, now=None) -> list[PeriodSpan]:
    """This week and the `count` weeks before it, newest first."""
    weeks = [current_week(now)]
    while len(weeks) <= count:
        weeks.append(weeks[-1].previous())
    return weeks


def rating_appeals(store: Store | None, state: str | None = None):
    """Rating appeals of a store (None: every store), newest first."""
    appeals = RatingAppeal.objects.select_related(
        "rating__session__store", "filed_by", "decided_by"
    )
    if store is not None:
        appeals = appeals.filter(store=store)
    if state is not None:
        appeals = appeals.filter(state=state)
    return list(appeals.order_by("-created_at", "-id")[:500])


def session_ratings(session) -> list:
    """A session's ratings in order, each with its appeal (or None)."""
    ratings = session.ratings.select_related("appeal").order_by("created_at", "id")
    return [(r, getattr(r, "appeal", None)) for r in ratings]
