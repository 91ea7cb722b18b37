"""Thresholds, stored results, weekly penalties and robot-assist switching."""

from decimal import Decimal

from chat.actions.robot_assist import do_set_robot_assist
from chat.models import Notice, Store
from compliance.models import PenaltyEntry
from metrics.actions import (
    do_compute_period,
    do_evaluate_robot_assist,
    do_update_thresholds,
    run_daily,
    run_weekly,
)
from metrics.models import MetricResult, ThresholdChange
from metrics.periods import make_span
from metrics.selectors import get_thresholds
from tests.factories import chatlog_event as ev

MONDAY = "2026-03-02"


def answered(session, start, waits, buyer=None, store="shop"):
    buyer = buyer or session
    events = [ev(start, "assigned", session, store, buyer, agent=f"{store}-a")]
    for n, wait in enumerate(waits):
        asked = f"{start}+{10 + n * 1000}"
        events.append(ev(asked, "buyer_message", session, store, buyer))
        events.append(
            ev(f"{asked}+{wait}", "agent_message", session, store, buyer, agent=f"{store}-a")
        )
    return events


def test_rates_exactly_at_the_threshold_pass_or_fail_as_defined(import_events, compute):
    # 3-minute: 4 of 5 within 180 s = 80 % passes (>=); average 90 s fails (<).
    # No-service 1 of 5 = 20 % fails (<); dissatisfaction 3 of 10 = 30 % fails.
    events = answered("s1", f"{MONDAY} 09:00:00", [10, 20, 30, 100, 290])
    for n in range(4):
        events += answered(f"ok{n}", f"{MONDAY} 10:00:00", [])
        events.append(ev(f"{MONDAY} 10:00:10", "buyer_message", f"ok{n}", buyer=f"ok{n}"))
        events.append(
            ev(f"{MONDAY} 10:00:20", "agent_message", f"ok{n}", buyer=f"ok{n}", agent="shop-a")
        )
    events += [ev(f"{MONDAY} 11:00:00", "queued", "lost", buyer="lost")]
    for n in range(10):
        s = f"rated{n}"
        events += [
            ev(f"{MONDAY} 06:00:00", "assigned", s, buyer=s, agent="shop-a"),
            ev(f"{MONDAY} 06:10:00", "rating", s, buyer=s, score=2 if n < 3 else 4),
        ]
    import_events(events)

    row = compute("week", MONDAY)["shop"]
    result = MetricResult.objects.get(store__slug="shop", period="week")

    # s1 waits 10+20+30+100+290=450, ok0..3 wait 10 each: 490 s over 9 rounds
    assert (row["rounds"], row["rounds_within_3min"]) == (9, 8)
    assert row["avg_response_seconds"] == 54.44
    assert (row["human_sessions"], row["no_service_sessions"]) == (6, 1)
    assert (row["rated_sessions"], row["dissatisfied_sessions"]) == (10, 3)
    assert result.no_service_passed is True
    assert result.reply_3min_passed is True
    assert result.avg_response_passed is True
    assert result.dissatisfaction_passed is False
    assert row["failed"] == ["dissatisfaction"]


def test_boundary_values_against_thresholds(import_events, compute):
    # exactly 80 % in 3 min, exactly 90 s average, exactly 20 % no-service
    events = answered("s1", f"{MONDAY} 09:00:00", [10, 10, 10, 180, 240])
    events.append(ev(f"{MONDAY} 09:30:00", "queued", "q", buyer="q"))
    for s in ("s2", "s3", "s4"):  # served without rounds: the agent spoke first
        events += answered(s, f"{MONDAY} 09:00:00", [])
        events.append(ev(f"{MONDAY} 09:00:05", "agent_message", s, buyer=s, agent="shop-a"))
    import_events(events)

    compute("week", MONDAY)
    result = MetricResult.objects.get(store__slug="shop", period="week")

    assert (result.rounds, result.rounds_within_3min) == (5, 4)
    assert result.reply_3min_rate == Decimal("0.8000")
    assert result.reply_3min_passed is True
    assert result.avg_response_seconds == Decimal("90.00")
    assert result.avg_response_passed is False
    # only the queued, never assigned session is no-service (a)
    assert (result.human_sessions, result.no_service_sessions) == (5, 1)
    assert result.no_service_rate == Decimal("0.2000")
    assert result.no_service_passed is False


def test_rerunning_a_week_replaces_its_result_and_fines_once(import_events):
    import_events(answered("slow", f"{MONDAY} 09:00:00", [400, 500]))
    span = make_span("week", MONDAY_DATE())

    first = run_weekly(span)
    second = run_weekly(span)

    shop = Store.objects.get(slug="shop")
    assert MetricResult.objects.filter(store=shop, period="week").count() == 1
    assert [r.pk for r in first] == [r.pk for r in second]
    entries = PenaltyEntry.objects.filter(store=shop).order_by("metric")
    assert [(e.metric, e.points, e.source) for e in entries] == [
        ("avg_response", 2, "metric"),
        ("reply_3min", 2, "metric"),
    ]
    assert entries[0].dedupe_key == (
        f"metric:{shop.pk}:week:{MONDAY}:avg_response"
    )
    notices = Notice.objects.filter(store=shop, source="metrics")
    assert notices.count() == 2
    assert all("扣 2 分" in n.text for n in notices)


def test_points_per_failure_come_from_the_thresholds(import_events, platform_admin):
    do_update_thresholds({"points_per_failure": 5}, actor=platform_admin)
    import_events(answered("slow", f"{MONDAY} 09:00:00", [400]))

    run_weekly(make_span("week", MONDAY_DATE()))

    assert set(PenaltyEntry.objects.values_list("points", flat=True)) == {5}


def test_daily_results_never_fine(import_events):
    import_events(answered("slow", f"{MONDAY} 09:00:00", [400]))

    run_daily(make_span("day", MONDAY_DATE()))

    assert PenaltyEntry.objects.count() == 0
    assert MetricResult.objects.get(period="day").passed is False


def test_threshold_changes_are_audited(platform_admin):
    do_update_thresholds({"reply_3min_min": Decimal("0.85")}, actor=platform_admin)
    do_update_thresholds({"reply_3min_min": Decimal("0.85")}, actor=platform_admin)

    change = ThresholdChange.objects.get()
    assert change.changed_by == platform_admin
    assert change.before["reply_3min_min"] == "0.8000"
    assert change.after["reply_3min_min"] == "0.8500"
    assert get_thresholds().reply_3min_min == Decimal("0.85")


def test_stores_without_activity_get_a_passing_row(store):
    results = do_compute_period(make_span("day", MONDAY_DATE()))

    assert [(r.store.slug, r.passed, r.rounds) for r in results] == [("store-a", True, 0)]


def MONDAY_DATE():
    import datetime as dt

    return dt.date.fromisoformat(MONDAY)


def day_result(import_events, waits, day=MONDAY, session="d"):
    import_events(answered(f"{session}{day}", f"{day} 09:00:00", waits))
    import datetime as dt

    return do_compute_period(make_span("day", dt.date.fromisoformat(day)))[0]


def test_slow_day_switches_robot_assist_on_and_a_good_day_off(import_events):
    slow = day_result(import_events, [120, 100])  # 110 s average

    assert do_evaluate_robot_assist(slow) is True
    shop = Store.objects.get(slug="shop")
    assert shop.robot_assist is True
    notice = Notice.objects.get(store=shop)
    assert notice.source == "robot_assist:metrics"
    assert "110.00" in notice.text

    still_slow = day_result(import_events, [95], day="2026-03-03")
    assert do_evaluate_robot_assist(still_slow) is None

    good = day_result(import_events, [30], day="2026-03-04")
    assert do_evaluate_robot_assist(good) is False
    shop.refresh_from_db()
    assert shop.robot_assist is False
    assert list(
        Notice.objects.filter(store=shop).order_by("id").values_list("source", flat=True)
    ) == ["robot_assist:metrics", "robot_assist:metrics"]


def test_metrics_never_switch_off_a_supervisors_choice(import_events):
    slow = day_result(import_events, [200])
    shop = Store.objects.get(slug="shop")
    do_set_robot_assist(shop, True, source="supervisor", reason="高峰期")

    assert do_evaluate_robot_assist(slow) is None
    good = day_result(import_events, [5], day="2026-03-03")
    assert do_evaluate_robot_assist(good) is None
    shop.refresh_from_db()
    assert shop.robot_assist is True


def test_a_fresh_manual_switch_off_wins_over_a_slow_day(import_events):
    slow = day_result(import_events, [200])
    shop = Store.objects.get(slug="shop")
    do_evaluate_robot_assist(slow)
    do_set_robot_assist(shop, False, source="supervisor", reason="人手已到位")

    assert do_evaluate_robot_assist(slow) is None
    shop.refresh_from_db()
    assert shop.robot_assist is False


def test_setting_robot_assist_to_its_current_value_posts_nothing(store):
    assert do_set_robot_assist(store, False, source="supervisor", reason="x") is False
    assert Notice.objects.count() == 0
