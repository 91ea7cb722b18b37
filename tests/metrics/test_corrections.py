"""Exempt days and rating appeals: what counts changes, the affected periods
are computed again, and weekly penalties that no longer hold are reversed
(or added back), all audited."""

import datetime as dt
import random

import pytest

from chat.models import Notice, Rating, Session, User
from compliance.errors import ComplianceError
from compliance.models import AuditLog, PenaltyEntry
from metrics import corrections
from metrics.actions import do_compute_period, run_weekly
from metrics.models import ExemptDay, MetricResult, RatingAppeal
from metrics.periods import make_span
from metrics.queries import period_counts_by_agent
from tests import factories
from tests.factories import chatlog_event as ev
from tests.metrics.oracle import oracle_counts
from tests.metrics.test_stored_days import (
    WEEK,
    numbers,
    random_sessions,
    stored_numbers,
)

MONDAY = dt.date(2026, 3, 2)
TUESDAY = dt.date(2026, 3, 3)


def slow_day(day: dt.date, store="store-a", key="slow"):
    """One session on `day` with a 10-minute round (fails 3-minute and
    average response) rated 1 (fails dissatisfaction)."""
    t = f"{day.isoformat()} 10:00:00"
    return [
        ev(t, "assigned", key, store, f"{key}-b", agent=f"{store}-x"),
        ev(f"{t}+10", "buyer_message", key, store, f"{key}-b"),
        ev(f"{t}+610", "agent_message", key, store, f"{key}-b", agent=f"{store}-x"),
        ev(f"{t}+620", "closed", key, store, f"{key}-b"),
        ev(f"{t}+630", "rating", key, store, f"{key}-b", score=1),
    ]


def metric_entries(store):
    return list(
        PenaltyEntry.objects.filter(store=store)
        .order_by("id")
        .values_list("metric", "points", "source")
    )


@pytest.fixture
def failing_week(import_events, store, other_store, platform_admin):
    import_events(slow_day(TUESDAY) + slow_day(TUESDAY, "store-b", "other"))
    run_weekly(WEEK)
    do_compute_period(make_span("day", TUESDAY))
    assert sorted(m for m, _p, _s in metric_entries(store)) == [
        "avg_response",
        "dissatisfaction",
        "reply_3min",
    ]


def week_result(store):
    return MetricResult.objects.get(store=store, period="week", period_start=MONDAY)


def test_a_platform_exempt_day_recomputes_and_reverses_penalties(
    failing_week, store, other_store, platform_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        corrections.check_set_exempt_day(platform_admin, "2026-03-03", "", "平台故障")

    result = week_result(store)
    assert (result.rounds, result.rated_sessions, result.passed) == (0, 0, True)
    day = MetricResult.objects.get(store=store, period="day", period_start=TUESDAY)
    assert day.rounds == 0
    entries = metric_entries(store)
    assert [p for _m, p, _s in entries] == [2, 2, 2, -2, -2, -2]
    assert [s for _m, _p, s in entries][3:] == ["reversal"] * 3
    assert metric_entries(other_store)[3:] == metric_entries(store)[3:]
    assert Notice.objects.filter(store=store, text__contains="已冲正").count() == 3
    audit = AuditLog.objects.get(action="metrics.exempt_day")
    assert audit.after == {"day": "2026-03-03", "store": None, "reason": "平台故障"}
    assert AuditLog.objects.filter(action="ledger.reversal").count() == 6


def test_removing_the_exemption_brings_the_penalties_back(
    failing_week, store, platform_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        exempt = corrections.check_set_exempt_day(
            platform_admin, "2026-03-03", "store-a", "春节"
        )
    with django_capture_on_commit_callbacks(execute=True):
        corrections.do_remove_exempt_day(platform_admin, exempt)

    assert week_result(store).rounds == 1
    entries = metric_entries(store)
    assert [p for _m, p, _s in entries] == [2, 2, 2, -2, -2, -2, 2, 2, 2]
    keys = PenaltyEntry.objects.filter(store=store, points=2).values_list(
        "dedupe_key", flat=True
    )
    assert sum(k.endswith(":again:1") for k in keys) == 3
    assert AuditLog.objects.filter(action="metrics.exempt_day_removed").count() == 1


def test_a_store_exempt_day_leaves_other_stores_alone(
    failing_week, store, other_store, platform_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        corrections.check_set_exempt_day(platform_admin, TUESDAY, "store-a", "停电")

    assert week_result(store).rounds == 0
    assert week_result(other_store).rounds == 1
    assert [p for _m, p, _s in metric_entries(other_store)] == [2, 2, 2]


def test_exempt_days_are_set_by_admins_only_once_with_a_reason(
    store, supervisor, auditor, platform_admin
):
    for user in (supervisor, auditor):
        with pytest.raises(ComplianceError) as refused:
            corrections.check_set_exempt_day(user, "2026-03-03", "", "x")
        assert refused.value.code == "forbidden"
    with pytest.raises(ComplianceError) as refused:
        corrections.check_set_exempt_day(platform_admin, "2026-03-03", "", " ")
    assert refused.value.code == "reason_required"
    with pytest.raises(ComplianceError) as refused:
        corrections.check_set_exempt_day(platform_admin, "03/03/2026", "", "x")
    assert refused.value.code == "bad_input"
    with pytest.raises(ComplianceError) as refused:
        corrections.check_set_exempt_day(platform_admin, "2026-03-03", "nope", "x")
    assert refused.value.code == "not_found"
    corrections.check_set_exempt_day(platform_admin, "2026-03-03", "", "x")
    with pytest.raises(ComplianceError):
        corrections.check_set_exempt_day(platform_admin, "2026-03-03", "", "again")
    assert ExemptDay.objects.count() == 1


def tuesday_rating(store):
    return Rating.objects.get(session__store=store, score=1)


def test_an_upheld_rating_appeal_leaves_dissatisfaction_and_its_penalty(
    failing_week, store, supervisor, auditor, django_capture_on_commit_callbacks
):
    rating = tuesday_rating(store)
    appeal = corrections.check_file_rating_appeal(
        supervisor, rating.pk, "courier", "评价针对快递", "物流单号 SF123"
    )
    assert appeal.state == "pending" and appeal.evidence == "物流单号 SF123"
    with pytest.raises(ComplianceError) as again:
        corrections.check_file_rating_appeal(supervisor, rating.pk, "courier", "再来")
    assert again.value.code == "already_appealed"

    with django_capture_on_commit_callbacks(execute=True):
        corrections.check_decide_rating_appeal(auditor, appeal.pk, True, "物流问题")

    result = week_result(store)
    assert (result.rated_sessions, result.dissatisfied_sessions) == (0, 0)
    assert result.dissatisfaction_passed and not result.reply_3min_passed
    reversed_metrics = PenaltyEntry.objects.filter(
        store=store, source="reversal"
    ).values_list("metric", flat=True)
    assert list(reversed_metrics) == ["dissatisfaction"]
    assert period_counts_by_agent(WEEK, [store.pk]) == period_counts_by_agent(
        WEEK, [store.pk], stored=True
    )
    decided = AuditLog.objects.get(action="metrics.rating_appeal_decide")
    assert (decided.before["state"], decided.after["state"]) == ("pending", "upheld")
    with pytest.raises(ComplianceError) as twice:
        corrections.check_decide_rating_appeal(auditor, appeal.pk, False, "改主意")
    assert twice.value.code == "already_decided"


def test_a_rejected_appeal_changes_nothing(
    failing_week, store, supervisor, auditor, django_capture_on_commit_callbacks
):
    appeal = corrections.check_file_rating_appeal(
        supervisor, tuesday_rating(store).pk, "malicious", "恶意差评"
    )
    with django_capture_on_commit_callbacks(execute=True):
        corrections.check_decide_rating_appeal(auditor, appeal.pk, False, "证据不足")

    assert week_result(store).dissatisfied_sessions == 1
    assert not PenaltyEntry.objects.filter(source="reversal").exists()
    assert RatingAppeal.objects.get().state == "rejected"


def test_with_an_earlier_rating_the_earlier_one_counts_after_an_upheld_appeal(
    import_events, store, supervisor, auditor, django_capture_on_commit_callbacks
):
    events = slow_day(TUESDAY)
    events.insert(
        4, ev("2026-03-03 10:10:25", "rating", "slow", "store-a", "slow-b", score=2)
    )
    import_events(events)
    do_compute_period(WEEK)
    last = Rating.objects.get(score=1)
    appeal = corrections.check_file_rating_appeal(
        supervisor, last.pk, "test_order", "测试单"
    )
    with django_capture_on_commit_callbacks(execute=True):
        corrections.check_decide_rating_appeal(auditor, appeal.pk, True, "确为测试单")

    result = week_result(store)
    assert (result.rated_sessions, result.dissatisfied_sessions) == (1, 1)


def test_only_a_supervisor_of_the_store_appeals_a_dissatisfied_rating(
    import_events, store, other_store, supervisor, agent, buyer
):
    import_events(slow_day(TUESDAY, "store-b", "theirs"))
    theirs = Rating.objects.get()
    session = factories.make_session(
        store, factories.make_user(User.Kind.BUYER, "happy"), state=Session.State.CLOSED
    )
    happy = Rating.objects.create(
        session=session, score=4, created_at=session.created_at
    )
    for user in (agent, buyer):
        with pytest.raises(ComplianceError) as refused:
            corrections.check_file_rating_appeal(user, theirs.pk, "other", "x")
        assert refused.value.code == "forbidden"
    with pytest.raises(ComplianceError) as refused:
        corrections.check_file_rating_appeal(supervisor, theirs.pk, "other", "x")
    assert refused.value.code == "not_found"
    with pytest.raises(ComplianceError) as refused:
        corrections.check_file_rating_appeal(supervisor, happy.pk, "other", "x")
    assert refused.value.code == "not_appealable"
    with pytest.raises(ComplianceError) as refused:
        corrections.check_file_rating_appeal(supervisor, happy.pk, "bogus", "x")
    assert refused.value.code == "bad_input"
    assert not RatingAppeal.objects.exists()


def test_random_sessions_with_exempt_days_and_upheld_appeals_equal_the_oracle(
    import_events, platform_admin, auditor
):
    import_events(random_sessions(random.Random(31), 120, prefix="x"))
    do_compute_period(WEEK)
    store_ids = sorted(
        {r.session.store_id for r in Rating.objects.select_related("session")}
    )
    ExemptDay.objects.create(day=dt.date(2026, 3, 4), reason="节日")
    ExemptDay.objects.create(
        day=dt.date(2026, 3, 6), store_id=store_ids[0], reason="停电"
    )
    supervisor = {}
    for rating in Rating.objects.filter(score__lte=2).select_related("session")[::2]:
        store_id = rating.session.store_id
        if store_id not in supervisor:
            supervisor[store_id] = factories.make_member(
                rating.session.store, "supervisor", f"sup-{store_id}"
            )
        appeal = corrections.check_file_rating_appeal(
            supervisor[store_id], rating.pk, "malicious", "恶意"
        )
        corrections.do_decide_rating_appeal(auditor, appeal, True, "成立")
    assert RatingAppeal.objects.filter(state="upheld").count() >= 5

    for span in [WEEK, *(make_span("day", d) for d in WEEK.days())]:
        expected = numbers(oracle_counts(span))
        assert numbers(period_counts_by_agent(span)) == expected, span
        assert stored_numbers(span) == expected, span
