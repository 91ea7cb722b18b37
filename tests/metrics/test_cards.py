"""The metric cards a merchant sees (metrics.selectors.metric_cards)."""

from decimal import Decimal

from django.utils import translation

from metrics.models import MetricResult
from metrics.selectors import metric_cards

THRESHOLDS = {
    "no_service_max": "0.2",
    "reply_3min_min": "0.8",
    "avg_response_max_seconds": "90",
    "dissatisfaction_max": "0.3",
}


def test_average_response_card_counts_whole_seconds_waited():
    result = MetricResult(
        thresholds=THRESHOLDS,
        rounds=57,
        total_wait_seconds=Decimal("4997.123"),
        avg_response_seconds=Decimal("87.67"),
    )
    with translation.override("en"):
        card = next(c for c in metric_cards(result) if c["code"] == "avg_response")
    assert card["value"] == "87.67 s"
    assert "4997 " in card["detail"] and "57" in card["detail"]
    assert "4997.123" not in card["detail"]
