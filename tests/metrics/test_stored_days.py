"""Stored days add up to the from-scratch numbers, whatever changes later.

The weekly (and daily) job of a completed period adds up stored rows
(SessionDayRounds, SessionFacts) instead of reading messages. Every test here
compares every count of that sum with `period_counts(stored=False)` computed
from the messages at the same moment.
"""

import dataclasses
import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest
from django.core.management import call_command

from chat.actions.messages import SESSION_FIELDS, append_message
from chat.actions.ratings import do_rate_session
from chat.actions.routing import record_assignment
from chat.models import Message, Rating, Session, Store, User
from compliance.actions.reviews import do_set_session_validity
from metrics.actions import do_compute_period, do_mark_days_stale, do_store_day
from metrics.models import (
    AgentMetricResult,
    SessionDayRounds,
    SessionFacts,
    StoredDay,
)
from metrics.periods import SHANGHAI, local_today, make_span
from metrics.queries import (
    HORIZON,
    Counts,
    agent_counts,
    period_counts_by_agent,
    ratings_seen_now,
    store_counts,
)
from metrics.scoring import agent_view
from tests import factories
from tests.factories import chatlog_event as ev
from tests.factories import write_chatlog
from tests.metrics.sqlite import run_on_sqlite

WEEK = make_span("week", dt.date(2026, 3, 2))
# The counts a stored result (MetricResult, AgentMetricResult) carries.
RESULT_FIELDS = [
    f.name for f in dataclasses.fields(Counts) if f.name != "agent_no_service_sessions"
]


def random_sessions(rng: random.Random, count: int, prefix="r") -> list[dict]:
    """Sessions from the Sunday before the week to the Monday after, crossing
    midnights and window edges, with every kind of message and verdict, and
    agents assigned late (rounds that start while queued), transferred in the
    middle of rounds, or replying to sessions they do not hold."""
    senders = [
        ("buyer_message", {}),
        ("buyer_message", {}),
        ("buyer_message", {"verdict": "block"}),
        ("agent_message", {"agent": "{store}-a"}),
        ("agent_message", {"agent": "{store}-a", "verdict": "block"}),
        ("agent_message", {"agent": "{store}-b"}),
        ("assist_message", {}),
        ("robot_message", {}),
        ("welcome", {}),
        ("transfer", {"agent": "{store}-b"}),
        ("transfer", {"agent": "{store}-c"}),
    ]
    events = []
    first = dt.datetime(2026, 3, 1, 20, 0)
    for n in range(count):
        store = f"shop{n % 3}"
        key, buyer = f"{prefix}{n}", f"{prefix}b{n}"
        moment = first + dt.timedelta(seconds=rng.randrange(8 * 86400 + 5 * 3600))

        def at(offset, moment=moment):
            return (moment + dt.timedelta(seconds=offset)).strftime("%Y-%m-%d %H:%M:%S")

        offset = 0
        for _ in range(rng.randrange(0, 3)):
            events.append(ev(at(offset), "buyer_message", key, store, buyer))
            offset += rng.randrange(1, 120)
        messages = rng.randrange(0, 14)
        assign_after = None
        if rng.random() < 0.9:
            events.append(ev(at(offset), "queued", key, store, buyer))
            offset += rng.choice([0, 30, 899, 900, 901, 2000])
            if rng.random() < 0.9:
                assign_after = rng.choice([0, 0, 0, 1, 2, 3])
        for index in range(messages + 1):
            if index == assign_after:
                agent = f"{store}-a"
                events.append(
                    ev(at(offset), "assigned", key, store, buyer, agent=agent)
                )
            if index == messages:
                break
            offset += rng.choice([0, 1, 29, 30, 31, 179, 180, 181, 400, 599, 600, 601])
            kind, extra = rng.choice(senders)
            if kind == "transfer" and assign_after is None:
                kind, extra = "robot_message", {}
            extra = {k: v.format(store=store) for k, v in extra.items()}
            events.append(ev(at(offset), kind, key, store, buyer, **extra))
        if rng.random() < 0.1:
            events.append(
                ev(at(offset + 1), "invalid", key, store, buyer, reason="risk")
            )
        for _ in range(rng.choice([0, 0, 1, 2])):
            offset += rng.choice([5, 3600, 86400])
            score = rng.randrange(1, 6)
            events.append(ev(at(offset), "rating", key, store, buyer, score=score))
    return events


def numbers(by_agent: dict) -> dict:
    """Every count of every store that has any (keyed by store id) and of
    every agent (keyed by (store id, agent id)) as the results carry them."""
    rows = {}
    for store_id, c in store_counts(by_agent).items():
        rows[store_id] = {name: getattr(c, name) for name in RESULT_FIELDS}
    for key, c in agent_counts(by_agent).items():
        rows[key] = {name: getattr(agent_view(c), name) for name in RESULT_FIELDS}
    return {key: values for key, values in rows.items() if any(values.values())}


def stored_numbers(span) -> dict:
    """The stored results (store and agent rows) the job writes, as numbers()."""
    results = do_compute_period(span)
    agent_rows = AgentMetricResult.objects.filter(
        period=span.period, period_start=span.first_day
    )
    rows = {
        r.store_id: {name: getattr(r, name) for name in RESULT_FIELDS} for r in results
    }
    for r in agent_rows:
        rows[(r.store_id, r.agent_id)] = {
            name: getattr(r, name) for name in RESULT_FIELDS
        }
    return {key: values for key, values in rows.items() if any(values.values())}


def assert_stored_equals_from_scratch(*spans):
    """The stored sum (as the jobs compute it) equals the from-scratch one."""
    for span in spans or [WEEK, *(make_span("day", d) for d in WEEK.days())]:
        stored = stored_numbers(span)
        assert stored == numbers(period_counts_by_agent(span, stored=False)), span


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


class Live:
    """Sessions written the way chat writes them, at given moments."""

    def __init__(self, store, agent):
        self.store, self.agent = store, agent
        self.count = 0

    def session(self, start: str, *, queued=True, assigned_after=None) -> Session:
        self.count += 1
        buyer = factories.make_user(username=f"live-buyer-{self.count}")
        started = local(start)
        session = factories.make_session(
            self.store,
            buyer,
            state=Session.State.QUEUED if queued else Session.State.ROBOT,
            queued_at=started if queued else None,
            human_started_at=started,
        )
        if assigned_after is not None:
            self.assign(session, started + dt.timedelta(seconds=assigned_after))
        return session

    def assign(self, session, moment, agent=None, kind="assigned"):
        agent = agent or self.agent
        record_assignment(session, agent, kind, moment)
        session.agent = agent
        session.state = Session.State.ACTIVE
        session.assigned_at = session.assigned_at or moment
        session.human_started_at = session.human_started_at or moment
        session.save(
            update_fields=["agent", "state", "assigned_at", "human_started_at"]
        )

    def say(self, session, sender_kind, moment, *, verdict=None):
        session.refresh_from_db()
        sender = None
        if sender_kind == Message.SenderKind.BUYER:
            sender = session.buyer
        elif sender_kind == Message.SenderKind.AGENT:
            sender = self.agent
        if verdict == Message.Verdict.BLOCK:
            factories.make_message(
                session, sender_kind, sender=sender, verdict=verdict, created_at=moment
            )
            return
        append_message(
            session, sender_kind=sender_kind, sender=sender, body="你好", now=moment
        )
        session.save(update_fields=SESSION_FIELDS)
        # Chat writes at "now": a day stored already is past, so a message at
        # `moment` is one written before that day (or the one before, within
        # the answer horizon) was stored. Writing it later is writing past
        # data, which must mark those days stale (docs/metrics.md).
        do_mark_days_stale(
            {
                moment.astimezone(SHANGHAI).date(),
                (moment - HORIZON).astimezone(SHANGHAI).date(),
            }
        )

    def close(self, session, moment):
        Session.objects.filter(pk=session.pk).update(
            state=Session.State.CLOSED, closed_at=moment
        )
        session.refresh_from_db()


def test_facts_of_sessions_still_open_and_rated_later_follow_the_messages(
    store, agent, auditor
):
    live = Live(store, agent)
    buyer, reply = Message.SenderKind.BUYER, Message.SenderKind.AGENT
    # Wednesday 22:50, counted; still open when Wednesday is stored, not
    # answered after the assignment (b) then; answered after midnight, closed.
    late = live.session("2026-03-04 22:50:00", assigned_after=60)
    live.say(late, buyer, local("2026-03-04 22:55:00"))
    # Thursday 10:00, assigned, no reply yet (b); never closed at all.
    never_closed = live.session("2026-03-05 10:00:00", assigned_after=5)
    live.say(never_closed, buyer, local("2026-03-05 10:00:10"))
    # Thursday 09:00, queued and not assigned yet (a) when stored.
    waiting = live.session("2026-03-05 09:00:00")
    # Friday 12:00, served, closed and rated 5; rated 1 after it was stored.
    rated = live.session("2026-03-06 12:00:00", assigned_after=30)
    live.say(rated, buyer, local("2026-03-06 12:01:00"))
    live.say(rated, reply, local("2026-03-06 12:01:20"))
    live.close(rated, local("2026-03-06 12:05:00"))
    Rating.objects.create(session=rated, score=5, created_at=local("2026-03-06 12:06"))
    # Friday 13:00, served and closed, not rated when stored; rated 2 later.
    unrated = live.session("2026-03-06 13:00:00", assigned_after=30)
    live.say(unrated, buyer, local("2026-03-06 13:01:00"))
    live.say(unrated, reply, local("2026-03-06 13:01:10"))
    live.close(unrated, local("2026-03-06 13:05:00"))
    # Saturday 08:00, served and closed; marked invalid after it was stored.
    audited = live.session("2026-03-07 08:00:00", assigned_after=1)
    live.say(audited, buyer, local("2026-03-07 08:00:30"))
    live.say(audited, reply, local("2026-03-07 08:00:40"))
    live.close(audited, local("2026-03-07 08:10:00"))
    assert_stored_equals_from_scratch()
    assert dict(
        SessionFacts.objects.values_list("session_id", "final").order_by("session")
    ) == {
        late.pk: False,
        never_closed.pk: False,
        waiting.pk: False,
        rated.pk: True,
        unrated.pk: True,
        audited.pk: True,
    }
    before = stored_numbers(WEEK)[store.pk]
    assert (before["human_sessions"], before["no_service_sessions"]) == (6, 3)
    assert (before["rated_sessions"], before["dissatisfied_sessions"]) == (1, 0)

    live.say(late, reply, local("2026-03-05 00:20:00"))
    live.close(late, local("2026-03-05 00:30:00"))
    live.say(never_closed, reply, local("2026-03-05 10:30:00"))
    live.say(never_closed, buyer, local("2026-03-05 10:31:00"), verdict="block")
    live.assign(waiting, local("2026-03-05 09:15:01"))
    do_rate_session(rated, 1, "")
    do_rate_session(unrated, 2, "")
    do_set_session_validity(auditor, audited, "reported")
    do_rate_session(audited, 1, "")
    assert_stored_equals_from_scratch()

    after = stored_numbers(WEEK)[store.pk]
    # late answered, never_closed answered (the blocked message never counts),
    # waiting assigned after 901 s: still (a). audited dropped out.
    assert (after["human_sessions"], after["no_service_sessions"]) == (5, 1)
    assert (after["rated_sessions"], after["dissatisfied_sessions"]) == (2, 2)
    assert SessionFacts.objects.get(session=late).final is True
    assert SessionFacts.objects.get(session=never_closed).final is False


def test_refreshing_touches_only_rows_that_may_have_changed(store, agent):
    live = Live(store, agent)
    closed = []
    for n in range(3):
        session = live.session(f"2026-03-03 1{n}:00:00", assigned_after=10)
        live.say(session, Message.SenderKind.BUYER, local(f"2026-03-03 1{n}:00:20"))
        live.close(session, local(f"2026-03-03 1{n}:10:00"))
        closed.append(session)
    do_compute_period(WEEK)
    tuesday = StoredDay.objects.get(day=dt.date(2026, 3, 3))
    assert tuesday.ratings_seen == ratings_seen_now()

    do_rate_session(closed[1], 2, "")
    SessionFacts.objects.filter(session=closed[2]).update(last_rating=4)
    do_compute_period(WEEK)

    # closed[1] was rated since, so computed again; closed[2] is final and was
    # not rated since: its (here deliberately wrong) row is left alone.
    facts = dict(SessionFacts.objects.values_list("session_id", "last_rating"))
    assert facts == {closed[0].pk: None, closed[1].pk: 2, closed[2].pk: 4}
    assert StoredDay.objects.get(day=tuesday.day).ratings_seen == ratings_seen_now()
    assert StoredDay.objects.get(day=tuesday.day).computed_at == tuesday.computed_at


def test_stored_days_give_the_from_scratch_numbers_whatever_changes_later(
    import_events, auditor, store, agent
):
    rng = random.Random(20260302)
    import_events(random_sessions(rng, 160))
    live = Live(store, agent)
    kinds = [
        Message.SenderKind.BUYER,
        Message.SenderKind.BUYER,
        Message.SenderKind.AGENT,
        Message.SenderKind.ASSIST,
        Message.SenderKind.ROBOT,
    ]
    open_sessions = []
    for _ in range(12):
        start = local("2026-03-01 22:00:00") + dt.timedelta(
            seconds=rng.randrange(8 * 86400)
        )
        assigned = rng.choice([None, 0, 900, 901, 3000])
        session = live.session(start.strftime("%Y-%m-%d %H:%M:%S"))
        if assigned is not None:
            live.assign(session, start + dt.timedelta(seconds=assigned))
        moment = start + dt.timedelta(seconds=assigned or 0)
        for _ in range(rng.randrange(0, 4)):
            moment += dt.timedelta(seconds=rng.choice([1, 30, 200, 3600]))
            live.say(session, rng.choice(kinds), moment)
        open_sessions.append((session, moment))
    assert_stored_equals_from_scratch()
    stored_at = dict(StoredDay.objects.values_list("day", "computed_at"))
    assert sorted(stored_at) == WEEK.days()

    for step in range(4):
        # Open sessions go on past midnight and some close; closed ones get
        # late ratings (any score, sometimes two); auditors change validity;
        # a few sessions are imported again, some on other days.
        for index, (session, moment) in enumerate(open_sessions):
            if session.state == Session.State.CLOSED:
                continue
            moment += dt.timedelta(seconds=rng.choice([60, 3600, 86400]))
            live.say(session, rng.choice(kinds), moment)
            if rng.random() < 0.4:
                live.close(session, moment)
            open_sessions[index] = (session, moment)
        closed = list(Session.objects.filter(state=Session.State.CLOSED))
        for session in rng.sample(closed, 25):
            do_rate_session(session, rng.randrange(1, 6), "")
        for session in rng.sample(closed, 10):
            reason = rng.choice(["", "reported", "risk"])
            do_set_session_validity(auditor, session, reason)
        import_events(random_sessions(random.Random(step), 8, prefix="r"))
        assert_stored_equals_from_scratch()

    # Validity is applied when rows are added up; imports mark days stale and
    # only those were stored again; ratings and open sessions refresh rows.
    assert StoredDay.objects.filter(current=True).count() == 7


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
    assert StoredDay.objects.filter(current=True).count() == 7

    import_events(session_on("2026-03-05"))

    stale = StoredDay.objects.filter(current=False).values_list("day", flat=True)
    assert sorted(stale) == [dt.date(2026, 3, 3), dt.date(2026, 3, 5)]
    assert_stored_equals_from_scratch(WEEK)
    moved = Session.objects.get(import_source__external_id="moved")
    assert list(
        SessionDayRounds.objects.filter(session=moved).values_list(
            "day", "rounds", "total_wait_ms"
        )
    ) == [(dt.date(2026, 3, 5), 1, 40_000)]
    assert SessionFacts.objects.get(session=moved).day == dt.date(2026, 3, 5)
    assert StoredDay.objects.filter(current=True).count() == 7


def test_a_session_moved_into_a_stored_week_from_a_day_not_recomputed(import_events):
    week_before = make_span("week", dt.date(2026, 2, 23))
    import_events([ev("2026-02-25 10:00:00", "queued", "moved")])
    do_compute_period(week_before)
    do_compute_period(WEEK)

    import_events(
        [
            ev("2026-03-04 10:00:00", "queued", "moved"),
            ev("2026-03-04 10:00:30", "assigned", "moved", agent="a1"),
        ]
    )

    assert_stored_equals_from_scratch(WEEK)
    assert SessionFacts.objects.get().day == dt.date(2026, 3, 4)
    assert_stored_equals_from_scratch(week_before)
    assert not SessionFacts.objects.filter(day__lt=WEEK.first_day).exists()


def test_reimporting_a_session_with_no_message_since_its_start_stores_its_day(
    import_events, compute
):
    # Its last message is from the robot's part, the day before its start.
    robot_part = ev("2026-03-03 20:00:00", "buyer_message", "quiet")
    import_events([robot_part, ev("2026-03-04 08:00:00", "queued", "quiet")])
    row = compute("week", "2026-03-02")["shop"]
    assert (row["human_sessions"], row["no_service_sessions"]) == (1, 1)

    import_events([robot_part, ev("2026-03-04 07:59:59", "queued", "quiet")])

    row = compute("week", "2026-03-02")["shop"]
    assert (row["human_sessions"], row["no_service_sessions"]) == (0, 0)
    assert_stored_equals_from_scratch(WEEK)


def test_a_day_stores_each_sessions_rounds_and_facts_including_invalid_sessions(
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
            ev(f"{day} 09:30:00", "rating", "ok", score=4),
            ev(f"{day} 09:31:00", "rating", "ok", score=2),
            ev(f"{day} 11:00:00", "assigned", "bad", buyer="b2", agent="a1"),
            ev(f"{day} 11:00:10", "buyer_message", "bad", buyer="b2"),
            ev(f"{day} 11:00:20", "invalid", "bad", buyer="b2", reason="risk"),
            ev(f"{day} 23:00:00", "queued", "night", buyer="b3"),
            ev(f"{day} 23:00:05", "rating", "night", buyer="b3", score=5),
        ]
    )

    row = compute("day", day)["shop"]

    # ok: 30 s, 200 s, never answered 600 s; bad is invalid and counts nothing;
    # night is outside the window: rated, not counted for no-service.
    assert (row["rounds"], row["total_wait_seconds"]) == (3, 830.0)
    assert (row["human_sessions"], row["no_service_sessions"]) == (1, 1)
    assert (row["rated_sessions"], row["dissatisfied_sessions"]) == (2, 1)
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
    facts = SessionFacts.objects.order_by("session__import_source__external_id")
    assert [
        (
            f.session.import_source.external_id,
            f.day.isoformat(),
            f.counted,
            f.not_assigned_in_time,
            f.no_reply_after_assignment,
            f.last_round_unanswered,
            f.last_rating,
            f.final,
        )
        for f in facts
    ] == [
        ("bad", day, 1, 0, 1, 0, None, True),
        ("night", day, 0, 0, 0, 0, 5, True),
        ("ok", day, 1, 0, 0, 1, 2, True),
    ]
    assert StoredDay.objects.get(day=dt.date(2026, 3, 4)).current is True


def test_storing_a_day_twice_stores_it_once(import_events):
    import_events(random_sessions(random.Random(3), 20))
    day = dt.date(2026, 3, 3)

    assert do_store_day(day) is True
    rows = list(SessionFacts.objects.filter(day=day).values())
    assert do_store_day(day) is False

    assert list(SessionFacts.objects.filter(day=day).values()) == rows


def test_a_period_still_running_is_computed_from_the_messages(store):
    today = make_span("day", local_today())

    results = do_compute_period(today)

    assert [(r.store_id, r.rounds) for r in results] == [(store.pk, 0)]
    assert not StoredDay.objects.exists()
    assert not SessionDayRounds.objects.exists()
    assert not SessionFacts.objects.exists()


def by_slug(rows) -> dict:
    """{store slug: every count}, as JSON would carry them."""
    slugs = dict(Store.objects.values_list("pk", "slug"))
    names = dict(User.objects.values_list("pk", "username"))

    def name(key):
        if isinstance(key, tuple):
            return f"{slugs[key[0]]}/{names[key[1]]}"
        return slugs[key]

    return {
        name(key): {field: float(value) for field, value in counts.items()}
        for key, counts in rows.items()
    }


def late_changes_scenario(import_events, auditor) -> list:
    """Sessions imported and written live, the week computed (its days
    stored), then changed late in every way, the week computed again after
    each change: [stored, from scratch] numbers by store slug, step by step."""
    import_events(random_sessions(random.Random(5), 60))
    store = Store.objects.get(slug="shop0")
    live = Live(store, factories.make_member(store, username="late-agent"))
    late = live.session("2026-03-04 22:50:00", assigned_after=60)
    live.say(late, Message.SenderKind.BUYER, local("2026-03-04 22:55:00"))
    steps = []

    def step():
        stored = by_slug(stored_numbers(WEEK))
        steps.append([stored, by_slug(numbers(period_counts_by_agent(WEEK)))])

    step()
    live.say(late, Message.SenderKind.AGENT, local("2026-03-05 00:20:00"))
    live.close(late, local("2026-03-05 00:30:00"))
    step()
    closed = Session.objects.filter(state=Session.State.CLOSED).order_by("id")
    for n, session in enumerate(closed[:20]):
        do_rate_session(session, 1 + n % 5, "")
    step()
    for session in Session.objects.order_by("id")[::7]:
        reason = "" if session.invalid_reason else "reported"
        do_set_session_validity(auditor, session, reason)
    step()
    import_events(random_sessions(random.Random(6), 10))
    step()
    return steps


@pytest.mark.process
def test_late_changes_give_the_same_numbers_on_sqlite(import_events, auditor, tmp_path):
    steps = late_changes_scenario(import_events, auditor)
    for stored, from_scratch in steps:
        assert stored == from_scratch
    assert steps[0] != steps[-1]

    stdout = run_on_sqlite(
        SQLITE_SCRIPT, str(tmp_path), database=tmp_path / "metrics.sqlite3"
    )
    assert json.loads(stdout.splitlines()[-1]) == steps


def command_importer(directory):
    """import_events without pytest: import_chatlog on a file per call."""
    counter = iter(range(1, 1000))

    def _import(events):
        path = write_chatlog(Path(directory) / f"log{next(counter)}.jsonl", events)
        call_command("import_chatlog", str(path), stdout=io.StringIO())

    return _import


SQLITE_SCRIPT = """
call_command("sync_rule_pack", verbosity=0)
from chat.models import User
from tests import factories
from tests.metrics.test_stored_days import command_importer, late_changes_scenario
auditor = factories.make_user(User.Kind.AUDITOR, "auditor-1")
print(json.dumps(late_changes_scenario(command_importer(sys.argv[1]), auditor)))
"""
