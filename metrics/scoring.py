"""From counts to rates and pass/fail against the thresholds.

Pass/fail compares exact fractions, never the rounded figures shown; a rate
whose denominator is empty is None and passes.
"""

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from metrics.models import AgentMetricResult, Metric, MetricResult, Thresholds
from metrics.periods import PeriodSpan
from metrics.queries import Counts

RATE_PLACES = Decimal("0.0001")
SECONDS_PLACES = Decimal("0.01")


def plain(value) -> str:
    """90.00 -> "90", 0.2500 -> "0.25": a threshold as people write it."""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(value) -> str:
    """0.1250 -> "12.5%"; None -> "—"."""
    return "—" if value is None else plain(Decimal(value) * 100) + "%"


def rate(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATE_PLACES, ROUND_HALF_UP)


@dataclass(frozen=True)
class Score:
    counts: Counts
    no_service_rate: Decimal | None
    reply_3min_rate: Decimal | None
    reply_30s_rate: Decimal | None
    avg_response_seconds: Decimal | None
    dissatisfaction_rate: Decimal | None
    first_response_seconds: Decimal | None
    passes: dict[str, bool]

    @property
    def passed(self) -> bool:
        return all(self.passes.values())

    def failed(self) -> list[str]:
        return [metric for metric, ok in self.passes.items() if not ok]


def mean_seconds(total: Decimal, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total) / count).quantize(SECONDS_PLACES, ROUND_HALF_UP)


def score(counts: Counts, thresholds: Thresholds) -> Score:
    c = counts
    average = mean_seconds(c.total_wait_seconds, c.rounds)
    passes = {
        # no-service < threshold
        Metric.NO_SERVICE.value: not c.human_sessions
        or c.no_service_sessions < thresholds.no_service_max * c.human_sessions,
        # 3-minute reply >= threshold
        Metric.REPLY_3MIN.value: not c.rounds
        or c.rounds_within_3min >= thresholds.reply_3min_min * c.rounds,
        # average response < threshold
        Metric.AVG_RESPONSE.value: not c.rounds
        or c.total_wait_seconds < thresholds.avg_response_max_seconds * c.rounds,
        # dissatisfaction < threshold
        Metric.DISSATISFACTION.value: not c.rated_sessions
        or c.dissatisfied_sessions < thresholds.dissatisfaction_max * c.rated_sessions,
    }
    return Score(
        counts=c,
        no_service_rate=rate(c.no_service_sessions, c.human_sessions),
        reply_3min_rate=rate(c.rounds_within_3min, c.rounds),
        reply_30s_rate=rate(c.rounds_within_30s, c.rounds),
        avg_response_seconds=average,
        dissatisfaction_rate=rate(c.dissatisfied_sessions, c.rated_sessions),
        # FIRST_RESPONSE: shown, not judged.
        first_response_seconds=mean_seconds(
            c.total_first_response_seconds, c.answered_sessions
        ),
        passes=passes,
    )


def agent_view(counts: Counts) -> Counts:
    """An agent's counts as the rates read them: no-service is (b) or (c)."""
    return replace(counts, no_service_sessions=counts.agent_no_service_sessions)


def _result_fields(counts: Counts, thresholds: Thresholds, span, now) -> dict:
    s = score(counts, thresholds)
    return dict(
        period=span.period,
        period_start=span.first_day,
        period_end=span.end_day,
        human_sessions=counts.human_sessions,
        no_service_sessions=counts.no_service_sessions,
        rounds=counts.rounds,
        rounds_within_3min=counts.rounds_within_3min,
        rounds_within_30s=counts.rounds_within_30s,
        total_wait_seconds=counts.total_wait_seconds,
        rated_sessions=counts.rated_sessions,
        dissatisfied_sessions=counts.dissatisfied_sessions,
        answered_sessions=counts.answered_sessions,
        total_first_response_seconds=counts.total_first_response_seconds,
        first_response_seconds=s.first_response_seconds,
        no_service_rate=s.no_service_rate,
        reply_3min_rate=s.reply_3min_rate,
        reply_30s_rate=s.reply_30s_rate,
        avg_response_seconds=s.avg_response_seconds,
        dissatisfaction_rate=s.dissatisfaction_rate,
        no_service_passed=s.passes[Metric.NO_SERVICE],
        reply_3min_passed=s.passes[Metric.REPLY_3MIN],
        avg_response_passed=s.passes[Metric.AVG_RESPONSE],
        dissatisfaction_passed=s.passes[Metric.DISSATISFACTION],
        passed=s.passed,
        thresholds=thresholds.as_dict(),
        computed_at=now,
    )


def build_result(
    store_id: int, span: PeriodSpan, counts: Counts, thresholds: Thresholds, now
) -> MetricResult:
    return MetricResult(
        store_id=store_id, **_result_fields(counts, thresholds, span, now)
    )


def agent_result_fields(
    store_id: int,
    agent_id: int,
    span: PeriodSpan,
    counts: Counts,
    thresholds: Thresholds,
    now,
) -> dict:
    """One agent's row by attribute name: no-service is clauses (b) and (c)
    only."""
    return {
        "store_id": store_id,
        "agent_id": agent_id,
        **_result_fields(agent_view(counts), thresholds, span, now),
    }


def build_agent_result(
    store_id: int,
    agent_id: int,
    span: PeriodSpan,
    counts: Counts,
    thresholds: Thresholds,
    now,
) -> AgentMetricResult:
    return AgentMetricResult(
        **agent_result_fields(store_id, agent_id, span, counts, thresholds, now)
    )
