"""No-service sessions, dissatisfaction, invalid and robot-only sessions."""

from tests.factories import chatlog_event as ev

DAY = "2026-03-02"  # a Monday


def test_queue_wait_of_900_seconds_is_served_and_901_is_not(import_events, compute):
    events = []
    for session, wait in (("q900", 900), ("q901", 901)):
        start = f"{DAY} 09:00:00"
        events += [
            ev(start, "queued", session, buyer=session),
            ev(f"{start}+1", "buyer_message", session, buyer=session),
            ev(f"{start}+{wait}", "assigned", session, buyer=session, agent="a1"),
            ev(f"{start}+{wait + 10}", "agent_message", session, buyer=session, agent="a1"),
        ]
    import_events(events)

    row = compute("day", DAY)["shop"]

    assert (row["human_sessions"], row["no_service_sessions"]) == (2, 1)
    assert row["no_service_rate"] == 0.5


def test_each_no_service_clause_counts_its_session(import_events, compute):
    start = f"{DAY} 10:00:00"
    events = [
        # (a) queued, never assigned
        ev(start, "queued", "a", buyer="ba"),
        ev(f"{start}+5", "buyer_message", "a", buyer="ba"),
        ev(f"{start}+1000", "closed", "a", buyer="ba"),
        # (b) assigned, only the welcome and the robot spoke afterwards
        ev(start, "assigned", "b", buyer="bb", agent="a1"),
        ev(f"{start}+1", "welcome", "b", buyer="bb"),
        ev(f"{start}+5", "buyer_message", "b", buyer="bb"),
        ev(f"{start}+9", "robot_message", "b", buyer="bb"),
        # (c) assigned, answered once, the buyer's last round unanswered
        ev(start, "assigned", "c", buyer="bc", agent="a1"),
        ev(f"{start}+5", "buyer_message", "c", buyer="bc"),
        ev(f"{start}+15", "agent_message", "c", buyer="bc", agent="a1"),
        ev(f"{start}+60", "buyer_message", "c", buyer="bc"),
        # served: assist replies count as human replies
        ev(start, "queued", "ok", buyer="bo"),
        ev(f"{start}+30", "assigned", "ok", buyer="bo", agent="a1"),
        ev(f"{start}+40", "buyer_message", "ok", buyer="bo"),
        ev(f"{start}+45", "assist_message", "ok", buyer="bo"),
    ]
    import_events(events)

    row = compute("day", DAY)["shop"]

    assert (row["human_sessions"], row["no_service_sessions"]) == (4, 3)
    assert row["no_service_rate"] == 0.75


def test_sessions_count_when_they_start_inside_the_window(import_events, compute):
    events = []
    for n, moment in enumerate(["07:59:59", "08:00:00", "22:59:59", "23:00:00"]):
        events.append(ev(f"{DAY} {moment}", "queued", f"w{n}", buyer=f"b{n}"))
    import_events(events)

    row = compute("day", DAY)["shop"]

    # 08:00:00 and 22:59:59 count (and were never assigned); the others do not
    assert (row["human_sessions"], row["no_service_sessions"]) == (2, 2)


def test_invalid_and_robot_only_sessions_count_in_nothing(import_events, compute):
    start = f"{DAY} 10:00:00"
    events = []
    for n, reason in enumerate(["reported", "blacklisted", "risk"]):
        s = f"bad{n}"
        events += [
            ev(start, "queued", s, buyer=s),
            ev(f"{start}+5", "buyer_message", s, buyer=s),
            ev(f"{start}+6", "invalid", s, buyer=s, reason=reason),
            ev(f"{start}+7", "rating", s, buyer=s, score=1),
        ]
    events += [
        ev(start, "buyer_message", "robot", buyer="br"),
        ev(f"{start}+2", "robot_message", "robot", buyer="br"),
        ev(f"{start}+9", "rating", "robot", buyer="br", score=1),
    ]
    import_events(events)

    row = compute("day", DAY)["shop"]

    assert row["human_sessions"] == row["rounds"] == row["rated_sessions"] == 0
    assert row["no_service_rate"] is None
    assert row["reply_3min_rate"] is None
    assert row["avg_response_seconds"] is None
    assert row["dissatisfaction_rate"] is None
    assert row["passed"] is True


def test_last_rating_counts_and_the_window_does_not_apply(import_events, compute):
    events = []
    for s, start, scores in (
        ("r1", f"{DAY} 23:30:00", [5, 2]),  # outside the window, still counts
        ("r2", f"{DAY} 06:00:00", [1, 4]),
        ("r3", f"{DAY} 12:00:00", [1]),
        ("r4", f"{DAY} 12:00:00", [3]),
        ("r5", f"{DAY} 12:00:00", []),
    ):
        events.append(ev(start, "assigned", s, buyer=s, agent="a1"))
        for n, score in enumerate(scores):
            events.append(ev(f"{start}+{60 + n}", "rating", s, buyer=s, score=score))
    import_events(events)

    row = compute("day", DAY)["shop"]

    assert (row["rated_sessions"], row["dissatisfied_sessions"]) == (4, 2)
    assert row["dissatisfaction_rate"] == 0.5


def test_sunday_2359_and_monday_0000_fall_in_different_weeks(import_events, compute):
    import_events(
        [
            ev("2026-03-08 23:59:59", "assigned", "sun", buyer="b1", agent="a1"),
            ev("2026-03-09 00:10:00", "rating", "sun", buyer="b1", score=1),
            # 2026-03-08T16:00:00Z is Monday 2026-03-09 00:00:00 in Shanghai
            ev("2026-03-08T16:00:00Z", "assigned", "mon", buyer="b2", agent="a1"),
            ev("2026-03-09 00:10:00", "rating", "mon", buyer="b2", score=5),
        ]
    )

    first = compute("week", "2026-03-02")["shop"]
    second = compute("week", "2026-03-09")["shop"]

    assert (first["rated_sessions"], first["dissatisfied_sessions"]) == (1, 1)
    assert (second["rated_sessions"], second["dissatisfied_sessions"]) == (1, 0)
