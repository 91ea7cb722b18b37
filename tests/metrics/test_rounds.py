"""Rounds, waits and the three round metrics, hand-worked (docs/metrics.md)."""

from tests.factories import chatlog_event as ev

DAY = "2026-03-02"  # a Monday


def served_session(session, start, rounds, store="shop", buyer="b1"):
    """Queued and assigned at `start`; each round: buyer asks, reply after `wait`
    seconds (None: never answered). Rounds are 20 minutes apart."""
    events = [
        ev(f"{start}", "queued", session, store, buyer),
        ev(f"{start}", "assigned", session, store, buyer, agent=f"{store}-agent"),
    ]
    for index, wait in enumerate(rounds):
        asked = f"{start}+{60 + index * 1200}"
        events.append(ev(asked, "buyer_message", session, store, buyer))
        if wait is not None:
            answered = f"{start}+{60 + index * 1200 + wait}"
            events.append(
                ev(answered, "agent_message", session, store, buyer, agent=f"{store}-agent")
            )
    events.append(ev(f"{start}+{60 + len(rounds) * 1200}", "closed", session, store, buyer))
    return events


def test_waits_at_each_boundary_give_hand_worked_rates(import_events, compute):
    import_events(served_session("s1", f"{DAY} 09:00:00", [30, 31, 180, 181, 600, 601, None]))

    row = compute("day", DAY)["shop"]

    # waits 30, 31, 180, 181, 600, 600 (capped), 600 (never answered) = 2222 s
    assert row["rounds"] == 7
    assert row["total_wait_seconds"] == 2222.0
    assert row["avg_response_seconds"] == 317.43
    assert row["rounds_within_3min"] == 3
    assert row["reply_3min_rate"] == 0.4286
    assert row["rounds_within_30s"] == 1
    assert row["reply_30s_rate"] == 0.1429


def test_buyer_messages_already_waiting_do_not_start_new_rounds(import_events, compute):
    start = f"{DAY} 10:00:00"
    import_events(
        [
            ev(start, "queued"),
            ev(start, "assigned", agent="a1"),
            ev(f"{start}+10", "buyer_message"),
            ev(f"{start}+40", "buyer_message"),
            ev(f"{start}+50", "robot_message"),
            ev(f"{start}+55", "welcome"),
            ev(f"{start}+70", "buyer_message"),
            ev(f"{start}+100", "assist_message"),
            ev(f"{start}+120", "agent_message", agent="a1"),
            ev(f"{start}+130", "buyer_message"),
            ev(f"{start}+135", "agent_message", agent="a1"),
        ]
    )

    row = compute("day", DAY)["shop"]

    # round 1: 10 -> assist at 100 = 90 s; round 2: 130 -> 135 = 5 s
    assert row["rounds"] == 2
    assert row["total_wait_seconds"] == 95.0
    assert row["avg_response_seconds"] == 47.5
    assert row["rounds_within_30s"] == 1


def test_blocked_messages_neither_start_nor_answer_rounds(import_events, compute):
    start = f"{DAY} 11:00:00"
    import_events(
        [
            ev(start, "assigned", agent="a1"),
            ev(f"{start}+5", "buyer_message", verdict="block"),
            ev(f"{start}+10", "buyer_message"),
            ev(f"{start}+20", "agent_message", agent="a1", verdict="block"),
            ev(f"{start}+50", "agent_message", agent="a1"),
        ]
    )

    row = compute("day", DAY)["shop"]

    assert row["rounds"] == 1
    assert row["total_wait_seconds"] == 40.0


def test_buyer_messages_before_the_human_start_start_no_round(import_events, compute):
    start = f"{DAY} 12:00:00"
    import_events(
        [
            ev(start, "buyer_message"),
            ev(f"{start}+5", "robot_message"),
            ev(f"{start}+100", "queued"),
            ev(f"{start}+160", "assigned", agent="a1"),
            ev(f"{start}+170", "agent_message", agent="a1"),
            ev(f"{start}+200", "buyer_message"),
            ev(f"{start}+230", "agent_message", agent="a1"),
        ]
    )

    row = compute("day", DAY)["shop"]

    assert row["rounds"] == 1
    assert row["total_wait_seconds"] == 30.0


def test_rounds_count_only_inside_the_assessment_window(import_events, compute):
    events = []
    for n, moment in enumerate(["07:59:59", "08:00:00", "22:59:59", "23:00:00"]):
        events += served_session(f"w{n}", f"{DAY} {moment}+-60", [20], buyer=f"b{n}")
    import_events(events)

    row = compute("day", DAY)["shop"]

    # 08:00:00 and 22:59:59 count; 07:59:59 and 23:00:00 do not
    assert row["rounds"] == 2
    assert row["total_wait_seconds"] == 40.0


def test_round_belongs_to_the_period_of_its_own_start(import_events, compute):
    # Session started Sunday 22:30 (previous week); its round Monday 09:00 counts
    # in the new week and its day, the session itself in the old week.
    import_events(
        [
            ev("2026-03-01 22:30:00", "assigned", agent="a1"),
            ev("2026-03-01 22:30:10", "buyer_message"),
            ev("2026-03-01 22:30:20", "agent_message", agent="a1"),
            ev(f"{DAY} 09:00:00", "buyer_message"),
            ev(f"{DAY} 09:02:00", "agent_message", agent="a1"),
        ]
    )

    new_week = compute("week", DAY)["shop"]
    old_week = compute("week", "2026-02-23")["shop"]

    assert (new_week["rounds"], new_week["total_wait_seconds"]) == (1, 120.0)
    assert new_week["human_sessions"] == 0
    assert (old_week["rounds"], old_week["total_wait_seconds"]) == (1, 10.0)
    assert old_week["human_sessions"] == 1


def test_utc_timestamps_are_read_in_shanghai_time(import_events, compute):
    import_events(
        [
            # 2026-03-02 07:59:59 Shanghai: outside the window
            ev("2026-03-01T23:58:00Z", "assigned", "u1", agent="a1"),
            ev("2026-03-01T23:59:59Z", "buyer_message", "u1"),
            ev("2026-03-02T00:00:09Z", "agent_message", "u1", agent="a1"),
            # 2026-03-02 08:59:59 Shanghai: inside
            ev("2026-03-02T00:58:00+00:00", "assigned", "u2", buyer="b2", agent="a1"),
            ev("2026-03-02T00:59:59+00:00", "buyer_message", "u2", buyer="b2"),
            ev("2026-03-02T01:00:44+00:00", "agent_message", "u2", buyer="b2", agent="a1"),
        ]
    )

    row = compute("day", DAY)["shop"]

    assert row["rounds"] == 1
    assert row["total_wait_seconds"] == 45.0
    assert row["human_sessions"] == 1
