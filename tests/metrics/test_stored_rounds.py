"""Stored day rounds add up to the from-scratch numbers, whatever changes later."""

import datetime as dt
import random

from chat.models import Session
from compliance.actions.reviews import do_set_session_validity
from metrics.actions import do_compute_period
from metrics.models import RoundsDay, SessionDayRounds
from metrics.periods import local_today, make_span
from metrics.queries import period_counts
from tests.factories import chatlog_event as ev

WEEK = make_span("week", dt.date(2026, 3, 2))
ROUND_FIELDS = ("rounds", "total_wait_seconds", "rounds_within_3min")


def random_sessions(rng: random.Random, count: int) -> list[dict]:
    """Sessions from the Sunday before the week to the Monday after, crossing
    midnights and window edges, with every kind of message and verdict."""
    senders = [
        ("buyer_message", {}),
        ("buyer_message", {}),
        ("buyer_message", {"verdict": "block"}),
        ("agent_message", {"agent": "{store}-a"}),
        ("agent_message", {"agent": "{store}-a", "verdict": "block"}),
        ("assist_message", {}),
        ("robot_message", {}),
        ("welcome", {}),
    ]
    events = []
    first = dt.datetime(2026, 3, 1, 20, 0)
    for n in range(count):
        store = f"shop{n % 3}"
        key, buyer = f"r{n}", f"rb{n}"
        moment = first + dt.timedelta(seconds=rng.randrange(8 * 86400 + 5 * 3600))

        def at(offset, moment=moment):
            return (moment + dt.timedelta(seconds=offset)).strftime("%Y-%m-%d %H:%M:%S")

        offset = 0
        for _ in range(rng.randrange(0, 3)):
            events.append(ev(at(offset), "buyer_message", key, store, buyer))
            offset += rng.randrange(1, 120)
        if rng.random() < 0.9:
            events.append(ev(at(offset), "queued", key, store, buyer))
            offset += rng.choice([0, 30, 899, 900, 901, 2000])
            if rng.random() < 0.9:
                agent = f"{store}-a"
                events.append(
                    ev(at(offset), "assigned", key, store, buyer, agent=agent)
                )
        for _ in range(rng.randrange(1, 14)):
            offset += rng.choice([0, 1, 29, 30, 31, 179, 180, 181, 400, 599, 600, 601])
            kind, extra = rng.choice(senders)
            extra = {k: v.format(store=store) for k, v in extra.items()}
            events.append(ev(at(offset), kind, key, store, buyer, **extra))
        if rng.random() < 0.1:
            events.append(
                ev(at(offset + 1), "invalid", key, store, buyer, reason="risk")
            )
        if rng.random() < 0.5:
            events.append(ev(at(offset + 5), "rating", key, store, buyer, score=2))
    return events


def round_numbers(counts: dict) -> dict:
    return {
        store_id: tuple(getattr(c, field) for field in ROUND_FIELDS)
        + (c.rounds_within_30s,)
        for store_id, c in counts.items()
        if c.rounds
    }


def stored_week_numbers() -> dict:
    return {
        r.store_id: (
            r.rounds,
            r.total_wait_seconds,
            r.rounds_within_3min,
            r.rounds_within_30s,
        )
        for r in do_compute_period(WEEK)
        if r.rounds
    }


def test_stored_days_give_the_from_scratch_numbers_after_validity_changes(
    import_events, auditor
):
    import_events(random_sessions(random.Random(20260302), 160))
    first = stored_week_numbers()
    assert first == round_numbers(period_counts(WEEK))
    stored_at = dict(RoundsDay.objects.values_list("day", "computed_at"))
    assert sorted(stored_at) == WEEK.days()

    sessions = list(Session.objects.order_by("id"))
    invalid_before = [s for s in sessions if s.invalid_reason]
    assert invalid_before
    for session in sessions[::4]:
        do_set_session_validity(auditor, session, "reported")
    for session in invalid_before:
        do_set_session_validity(auditor, session, "")
    second = stored_week_numbers()

    assert second == round_numbers(period_counts(WEEK))
    assert second != first
    # Validity is applied when the days are added up: nothing was stored again.
    assert dict(RoundsDay.objects.values_list("day", "computed_at")) == stored_at


def test_reimport_marks_the_old_and_new_days_stale_and_they_are_stored_again(
    import_events,
):
    def session_on(day):
        start = f"{day} 10:00:00"
        return [
            ev(start, "assigned", "moved", agent="a1"),
            ev(f"{start}+10", "buyer_message", "moved"),
            ev(f"{start}+50", "agent_message", "moved", agent="a1"),
        ]

    import_events(session_on("2026-03-03") + random_sessions(random.Random(7), 40))
    do_compute_period(WEEK)
    assert RoundsDay.objects.filter(current=True).count() == 7

    import_events(session_on("2026-03-05"))

    stale = RoundsDay.objects.filter(current=False).values_list("day", flat=True)
    assert sorted(stale) == [dt.date(2026, 3, 3), dt.date(2026, 3, 5)]
    assert stored_week_numbers() == round_numbers(period_counts(WEEK))
    moved = Session.objects.get(import_source__external_id="moved")
    assert list(
        SessionDayRounds.objects.filter(session=moved).values_list(
            "day", "rounds", "total_wait_ms"
        )
    ) == [(dt.date(2026, 3, 5), 1, 40_000)]
    assert RoundsDay.objects.filter(current=True).count() == 7


def test_a_day_stores_each_sessions_rounds_including_invalid_sessions(
    import_events, compute
):
    day = "2026-03-04"
    import_events(
        [
            ev(f"{day} 09:00:00", "assigned", "ok", agent="a1"),
            ev(f"{day} 09:00:10", "buyer_message", "ok"),
            ev(f"{day} 09:00:40", "agent_message", "ok", agent="a1"),
            ev(f"{day} 09:10:00", "buyer_message", "ok"),
            ev(f"{day} 09:13:20", "assist_message", "ok"),
            ev(f"{day} 09:20:00", "buyer_message", "ok"),
            ev(f"{day} 11:00:00", "assigned", "bad", buyer="b2", agent="a1"),
            ev(f"{day} 11:00:10", "buyer_message", "bad", buyer="b2"),
            ev(f"{day} 11:00:20", "invalid", "bad", buyer="b2", reason="risk"),
        ]
    )

    row = compute("day", day)["shop"]

    # ok: 30 s, 200 s, never answered 600 s; bad is invalid and counts nothing
    assert (row["rounds"], row["total_wait_seconds"]) == (3, 830.0)
    stored = SessionDayRounds.objects.order_by("session__import_source__external_id")
    assert [
        (
            r.session.import_source.external_id,
            r.day.isoformat(),
            r.rounds,
            r.total_wait_ms,
            r.within_3min,
            r.within_30s,
        )
        for r in stored
    ] == [("bad", day, 1, 600_000, 0, 0), ("ok", day, 3, 830_000, 1, 1)]
    assert RoundsDay.objects.get(day=dt.date(2026, 3, 4)).current is True


def test_a_period_still_running_is_computed_from_the_messages(store):
    today = make_span("day", local_today())

    results = do_compute_period(today)

    assert [(r.store_id, r.rounds) for r in results] == [(store.pk, 0)]
    assert not RoundsDay.objects.exists()
    assert not SessionDayRounds.objects.exists()
