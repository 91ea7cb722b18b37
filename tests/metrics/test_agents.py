"""Per-agent figures and first response: hand-worked, and equal to a
from-scratch Python computation (tests/metrics/oracle.py) from the SQL, from
the stored days, and on SQLite."""

import datetime as dt
import io
import json
import random
import uuid
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from chat.models import Message, Store, User
from metrics.actions import do_compute_period, do_store_day
from metrics.models import ExemptDay
from metrics.periods import make_span
from metrics.queries import period_counts_by_agent
from tests import factories
from tests.factories import chatlog_event as ev
from tests.factories import write_chatlog
from tests.metrics.oracle import oracle_counts
from tests.metrics.sqlite import run_on_sqlite
from tests.metrics.test_stored_days import (
    WEEK,
    Live,
    by_slug,
    local,
    numbers,
    random_sessions,
    stored_numbers,
)

DAY = "2026-03-02"


def doc_example(first_reply="agent"):
    """docs/metrics.md, per agent: queued 10:00:00, a round while queued,
    assigned to A, transferred to B in the middle of round 2, an assist reply
    answers round 3."""
    t = f"{DAY} 10:00:00"
    events = [
        ev(t, "queued"),
        ev(f"{t}+10", "buyer_message"),
        ev(f"{t}+60", "assigned", agent="ann"),
        ev(f"{t}+90", "agent_message", agent="ann"),
        ev(f"{t}+300", "buyer_message"),
        ev(f"{t}+320", "transfer", agent="bob"),
        ev(f"{t}+360", "agent_message", agent="bob"),
        ev(f"{t}+600", "buyer_message"),
        ev(f"{t}+605", "assist_message"),
        ev(f"{t}+700", "closed"),
        ev(f"{t}+800", "rating", score=2),
    ]
    if first_reply == "assist":
        events.insert(2, ev(f"{t}+40", "assist_message"))
    return events


def compute_by_agent(period, start):
    out = io.StringIO()
    call_command(
        "compute_metrics", "--period", period, "--start", start, "--by", "agent",
        "--json", stdout=out,
    )  # fmt: skip
    return {row["agent"]: row for row in json.loads(out.getvalue())}


def test_doc_example_attributes_rounds_sessions_and_first_response(
    import_events, compute
):
    import_events(doc_example())

    agents = compute_by_agent("day", DAY)
    store = compute("day", DAY)["shop"]

    # Rounds: 10:00:10 (queued; A assigned first after) 80 s, 10:05:00 (A
    # held it then) 60 s, 10:10:00 (B) 5 s.
    ann, bob = agents["ann"], agents["bob"]
    assert (ann["rounds"], ann["total_wait_seconds"]) == (2, 140.0)
    assert (ann["avg_response_seconds"], ann["reply_30s_rate"]) == (70.0, 0.0)
    assert (bob["rounds"], bob["total_wait_seconds"]) == (1, 5.0)
    # The session and its rating are B's (last assigned); the first response
    # (10:01:30, 90 s after the start) is A's, who sent it.
    assert (ann["human_sessions"], ann["rated_sessions"]) == (0, 0)
    assert (ann["answered_sessions"], ann["first_response_seconds"]) == (1, 90.0)
    assert (bob["human_sessions"], bob["no_service_sessions"]) == (1, 0)
    assert (bob["rated_sessions"], bob["dissatisfaction_rate"]) == (1, 1.0)
    assert (bob["answered_sessions"], bob["first_response_seconds"]) == (0, None)
    assert ann["no_service_rate"] is None and bob["no_service_rate"] == 0.0
    assert bob["failed"] == ["dissatisfaction"] and ann["passed"] is True
    assert (ann["store"], ann["period"], ann["period_start"]) == ("shop", "day", DAY)
    assert store["answered_sessions"] == 1
    assert store["first_response_seconds"] == 90.0
    assert store["total_first_response_seconds"] == 90.0
    assert store["rounds"] == 3


def test_an_assist_first_reply_before_anyone_is_assigned_belongs_to_nobody(
    import_events, compute
):
    import_events(doc_example(first_reply="assist"))

    agents = compute_by_agent("day", DAY)
    store = compute("day", DAY)["shop"]

    # The assist reply at 10:00:40 answers round 1 (30 s; A's round, assigned
    # first after it) and is the first response (40 s), nobody's.
    assert store["answered_sessions"] == 1
    assert store["first_response_seconds"] == 40.0
    assert agents["ann"]["answered_sessions"] == 0
    assert agents["bob"]["answered_sessions"] == 0
    assert agents["ann"]["total_wait_seconds"] == 30.0 + 60.0


@pytest.mark.process  # runs a script on SQLite in another interpreter
def test_replies_at_the_same_moment_the_first_by_seq_is_the_first_response(
    import_events, compute, tmp_path
):
    """The first reply is found by its time, then the reply at that time by
    seq: a blocked reply at that moment is passed over, and whichever of an
    assist and an agent reply comes first by seq decides the responder. The
    same on SQLite."""
    t = f"{DAY} 10:00:00"
    events = []
    for session, first, at in (
        ("assist-first", "assist", 90),
        ("agent-first", "agent", 100),
    ):
        replies = [
            ev(f"{t}+{at}", "assist_message", session),
            ev(f"{t}+{at}", "agent_message", session, agent="ann"),
        ]
        if first == "agent":
            replies.reverse()
        events += [
            ev(t, "queued", session),
            ev(f"{t}+10", "buyer_message", session),
            ev(f"{t}+60", "assigned", session, agent="bob"),
            ev(f"{t}+{at}", "agent_message", session, agent="cat", verdict="block"),
            *replies,
            ev(f"{t}+120", "closed", session),
        ]
    import_events(events)

    agents = compute_by_agent("day", DAY)
    store = compute("day", DAY)["shop"]

    # Answered 90 s and 100 s after the start. The assist reply first (90 s)
    # is bob's, assigned then; ann's agent reply first (100 s) is ann's;
    # cat's blocked reply answers nothing.
    assert (store["answered_sessions"], store["first_response_seconds"]) == (2, 95.0)
    bob, ann = agents["bob"], agents["ann"]
    assert (bob["answered_sessions"], bob["first_response_seconds"]) == (1, 90.0)
    assert (ann["answered_sessions"], ann["first_response_seconds"]) == (1, 100.0)
    assert "cat" not in agents or agents["cat"]["answered_sessions"] == 0

    log = write_chatlog(tmp_path / "same-moment.jsonl", events)
    stdout = run_on_sqlite(
        SAME_MOMENT_SQLITE_SCRIPT, str(log), DAY, database=tmp_path / "same.sqlite3"
    )
    output = stdout[stdout.index("[") : stdout.rindex("]") + 1]
    assert {row["agent"]: row for row in json.loads(output)} == agents


SAME_MOMENT_SQLITE_SCRIPT = """
call_command("import_chatlog", sys.argv[1])
call_command(
    "compute_metrics", "--period", "day", "--start", sys.argv[2], "--by", "agent",
    "--json",
)
"""


def test_clause_a_is_the_stores_alone_and_unassigned_rounds_nobodys(
    import_events, compute
):
    t = f"{DAY} 09:00:00"
    import_events(
        [
            # Queued 901 s, then served well by A: no-service for the store
            # only (clause a).
            ev(t, "queued", "late"),
            ev(f"{t}+5", "buyer_message", "late"),
            ev(f"{t}+901", "assigned", "late", agent="ann"),
            ev(f"{t}+910", "agent_message", "late", agent="ann"),
            # Never assigned: its round and session are the store's alone.
            ev(t, "queued", "never", buyer="b2"),
            ev(f"{t}+20", "buyer_message", "never", buyer="b2"),
            ev(f"{t}+50", "assist_message", "never", buyer="b2"),
        ]
    )

    store = compute("day", DAY)["shop"]
    agents = compute_by_agent("day", DAY)

    assert (store["human_sessions"], store["no_service_sessions"]) == (2, 2)
    assert (store["rounds"], store["answered_sessions"]) == (2, 2)
    assert list(agents) == ["ann"]
    ann = agents["ann"]
    assert (ann["human_sessions"], ann["no_service_sessions"]) == (1, 0)
    assert (ann["rounds"], ann["total_wait_seconds"]) == (1, 600.0)
    assert (ann["answered_sessions"], ann["first_response_seconds"]) == (1, 910.0)


def test_rounds_of_sessions_assigned_again_and_handed_back(import_events, compute):
    """A session assigned twice to the same agent has one agent for all its
    rounds (looked up once); one handed A -> B -> A has each round looked up:
    the one in the middle is B's, those before and after A's."""
    t = f"{DAY} 10:00:00"
    u = f"{DAY} 11:00:00"
    import_events(
        [
            ev(t, "queued", "same"),
            ev(f"{t}+10", "buyer_message", "same"),
            ev(f"{t}+60", "assigned", "same", agent="ann"),
            ev(f"{t}+90", "agent_message", "same", agent="ann"),
            ev(f"{t}+120", "buyer_message", "same"),
            ev(f"{t}+130", "transfer", "same", agent="ann"),
            ev(f"{t}+150", "agent_message", "same", agent="ann"),
            ev(u, "queued", "back", buyer="b2"),
            ev(u, "assigned", "back", buyer="b2", agent="ann"),
            ev(f"{u}+10", "buyer_message", "back", buyer="b2"),
            ev(f"{u}+20", "agent_message", "back", buyer="b2", agent="ann"),
            ev(f"{u}+60", "transfer", "back", buyer="b2", agent="bob"),
            ev(f"{u}+100", "buyer_message", "back", buyer="b2"),
            ev(f"{u}+130", "agent_message", "back", buyer="b2", agent="bob"),
            ev(f"{u}+200", "transfer", "back", buyer="b2", agent="ann"),
            ev(f"{u}+300", "buyer_message", "back", buyer="b2"),
            ev(f"{u}+305", "assist_message", "back", buyer="b2"),
        ]
    )

    agents = compute_by_agent("day", DAY)
    store = compute("day", DAY)["shop"]

    # ann: 80 s and 30 s ("same"), 10 s and 5 s ("back"); bob: 30 s.
    ann, bob = agents["ann"], agents["bob"]
    assert (ann["rounds"], ann["total_wait_seconds"]) == (4, 125.0)
    assert (bob["rounds"], bob["total_wait_seconds"]) == (1, 30.0)
    assert (ann["human_sessions"], bob["human_sessions"]) == (2, 0)
    assert store["rounds"] == 5
    span = make_span("day", dt.date.fromisoformat(DAY))
    assert stored_numbers(span) == oracle_numbers(span)
    assert numbers(period_counts_by_agent(span)) == oracle_numbers(span)


def test_by_agent_rejects_an_unknown_choice(db):
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command(
            "compute_metrics", "--period", "day", "--start", DAY, "--by", "team"
        )


def oracle_numbers(span) -> dict:
    return numbers(oracle_counts(span))


def test_random_sessions_equal_the_python_computation(import_events):
    never = "2026-03-03 10:00:00"
    import_events(
        random_sessions(random.Random(11), 150, prefix="o")
        + [
            ev(never, "queued", "never", "shop0", "nb"),
            ev(f"{never}+5", "buyer_message", "never", "shop0", "nb"),
            ev(f"{never}+65", "assist_message", "never", "shop0", "nb"),
        ]
    )
    spans = [WEEK, *(make_span("day", d) for d in WEEK.days())]

    for span in spans:
        expected = oracle_numbers(span)
        assert numbers(period_counts_by_agent(span)) == expected, span
        assert stored_numbers(span) == expected, span
    week = oracle_numbers(WEEK)
    agents = [key for key in week if isinstance(key, tuple)]
    # The scenario has what the definitions turn on: three agents per store,
    # first responses, no-service, ratings, and rounds of no agent.
    assert len(agents) == 9
    assert sum(week[k]["answered_sessions"] for k in agents) > 20
    assert sum(week[k]["no_service_sessions"] for k in agents) > 5
    stores = [key for key in week if not isinstance(key, tuple)]
    agent_rounds = sum(week[k]["rounds"] for k in agents)
    assert sum(week[k]["rounds"] for k in stores) > agent_rounds > 50


def test_a_round_queued_before_its_day_was_stored_goes_to_the_agent_assigned_later(
    db,
):
    store = factories.make_store(slug="live")
    late = factories.make_member(store, username="late-agent")
    live = Live(store, late)
    session = live.session("2026-03-03 22:58:00")
    live.say(session, Message.SenderKind.BUYER, local("2026-03-03 22:58:30"))
    live.say(session, Message.SenderKind.ASSIST, local("2026-03-03 22:59:00"))
    live.say(session, Message.SenderKind.BUYER, local("2026-03-03 22:59:30"))
    day = dt.date(2026, 3, 3)
    assert do_store_day(day)
    before = stored_numbers(make_span("day", day))
    assert (store.pk, late.pk) not in before

    other = factories.make_member(store, username="other-agent")
    live.assign(session, local("2026-03-04 00:30:00"))
    live.assign(session, local("2026-03-04 00:31:00"), agent=other, kind="transfer")
    live.say(session, Message.SenderKind.AGENT, local("2026-03-04 00:32:00"))
    live.close(session, local("2026-03-04 00:40:00"))

    for span in (make_span("day", day), WEEK):
        expected = oracle_numbers(span)
        assert stored_numbers(span) == expected
        assert numbers(period_counts_by_agent(span)) == expected
    after = stored_numbers(make_span("day", day))
    # Both rounds are the late agent's (the first assigned after them); the
    # session is the other agent's; the first response, an assist reply
    # while nobody held the session, nobody's.
    assert after[(store.pk, late.pk)]["rounds"] == 2
    assert after[(store.pk, late.pk)]["total_wait_seconds"] == Decimal("630")
    assert after[(store.pk, other.pk)]["human_sessions"] == 1
    assert after[store.pk]["answered_sessions"] == 1
    assert after[store.pk]["total_first_response_seconds"] == Decimal("60")


@pytest.mark.process  # runs a script on SQLite in another interpreter
def test_sqlite_gives_the_same_agent_rows_as_postgresql(import_events, tmp_path):
    events = random_sessions(random.Random(12), 80, prefix="q")
    import_events(events)
    exempt_days()
    postgres = compute_by_agent("week", WEEK.first_day.isoformat())
    expected = by_slug(oracle_numbers(WEEK))
    for name, row in postgres.items():
        assert {k: row[k] for k in expected[f"{row['store']}/{name}"]} == (
            expected[f"{row['store']}/{name}"]
        )

    log = write_chatlog(tmp_path / "agents.jsonl", events)
    stdout = run_on_sqlite(
        SQLITE_SCRIPT,
        str(log),
        WEEK.first_day.isoformat(),
        database=tmp_path / "agents.sqlite3",
    )
    output = stdout[stdout.index("[") : stdout.rindex("]") + 1]
    sqlite = {row["agent"]: row for row in json.loads(output)}
    assert sqlite == postgres
    assert len(postgres) == 9
    # From the messages on SQLite too (the dialect's local date and hour).
    assert stdout.splitlines()[-1] == "from scratch = stored: True"


def exempt_days():
    """Wednesday for every store, Friday for shop1 only."""
    ExemptDay.objects.create(day=dt.date(2026, 3, 4), reason="节日")
    ExemptDay.objects.create(
        day=dt.date(2026, 3, 6), store=Store.objects.get(slug="shop1"), reason="停电"
    )


SQLITE_SCRIPT = """
call_command("import_chatlog", sys.argv[1])
from tests.metrics.test_agents import exempt_days
from tests.metrics.test_stored_days import WEEK, numbers
from metrics.queries import period_counts_by_agent
exempt_days()
call_command(
    "compute_metrics", "--period", "week", "--start", sys.argv[2], "--by", "agent",
    "--json",
)
same = numbers(period_counts_by_agent(WEEK)) == numbers(
    period_counts_by_agent(WEEK, stored=True)
)
print("from scratch = stored:", same)
"""


def test_week_job_stores_agent_rows_and_replaces_them(import_events):
    import_events(doc_example())
    span = make_span("day", dt.date(2026, 3, 2))
    do_compute_period(span)
    do_compute_period(span)

    rows = compute_by_agent("day", DAY)
    assert sorted(rows) == ["ann", "bob"]
    assert Store.objects.count() == 1
    assert User.objects.filter(username__in=["ann", "bob"]).count() == 2


def test_sessions_served_through_chat_are_attributed_as_the_oracle_says(
    store, buyer, agent, django_capture_on_commit_callbacks
):
    """Real chat actions: a buyer asks while queued, an agent picks the
    session up and answers, transfers it mid-round, the colleague answers
    and closes; the buyer rates. Today's figures (from the messages) equal
    the oracle's, and the rating belongs to the colleague."""
    from chat.actions import presence, ratings, routing, sessions
    from chat.actions.heartbeat import do_heartbeat
    from chat.actions.send import check_send_message
    from metrics.periods import local_today

    colleague = factories.make_member(store, username="colleague")
    for member in (agent, colleague):
        do_heartbeat(member.pk)
        presence.check_set_presence(member, "busy")
    session, _created = sessions.check_open_session(buyer, store.slug)
    with django_capture_on_commit_callbacks(execute=True):
        sessions.check_request_human(buyer, session.pk)
    check_send_message(buyer, session.pk, str(uuid.uuid4()), "在吗")
    routing.check_pickup_session(agent, session.pk)
    check_send_message(agent, session.pk, str(uuid.uuid4()), "在的")
    check_send_message(buyer, session.pk, str(uuid.uuid4()), "发货了吗")
    with django_capture_on_commit_callbacks(execute=True):
        routing.check_transfer_session(agent, session.pk, colleague.pk, "")
    check_send_message(colleague, session.pk, str(uuid.uuid4()), "今天发")
    with django_capture_on_commit_callbacks(execute=True):
        sessions.check_close_session(colleague, session.pk)
    ratings.check_rate_session(buyer, session.pk, 1)

    today = make_span("day", local_today())
    now = timezone.now()
    expected = numbers(oracle_counts(today, as_of=now))
    assert numbers(period_counts_by_agent(today, as_of=now)) == expected
    assert expected[(store.pk, colleague.pk)]["rated_sessions"] == 1
    assert (store.pk, agent.pk) not in expected or not expected[
        (store.pk, agent.pk)
    ].get("rated_sessions")
    assert [a.kind for a in session.assignments.order_by("id")] == [
        "assigned",
        "transfer",
    ]


def test_waits_ending_in_half_a_millisecond_round_up_as_the_oracle_does(store, agent):
    """Waits are whole milliseconds, halves rounded up: 2.5 ms is 3 and
    123,456.5 ms is 123,457, from the messages and from the stored days (the
    chat test above, timed by the clock, meets such a wait now and then)."""
    live = Live(store, agent)
    buyer, reply = Message.SenderKind.BUYER, Message.SenderKind.AGENT
    session = live.session(f"{DAY} 10:00:00", assigned_after=30)
    asked = local(f"{DAY} 10:01:00")
    live.say(session, buyer, asked)
    live.say(session, reply, asked + dt.timedelta(microseconds=2_500))
    asked = local(f"{DAY} 10:05:00")
    live.say(session, buyer, asked)
    live.say(session, reply, asked + dt.timedelta(seconds=123, microseconds=456_500))

    day = make_span("day", dt.date.fromisoformat(DAY))
    expected = numbers(oracle_counts(day))
    assert numbers(period_counts_by_agent(day)) == expected
    assert stored_numbers(day) == expected
    figures = expected[(store.pk, agent.pk)]
    assert figures["total_wait_seconds"] == Decimal("123.460")
    # From the start (10:00:00) to the first reply: 60,002.5 ms.
    assert figures["total_first_response_seconds"] == Decimal("60.003")


def all_equal_the_oracle() -> list:
    """For the week and each of its days: the stored results (store and agent
    rows, as the jobs write them) = from scratch = the oracle. Returns the
    week's, by store slug and username."""
    for span in [WEEK, *(make_span("day", d) for d in WEEK.days())]:
        expected = oracle_numbers(span)
        assert numbers(period_counts_by_agent(span)) == expected, span
        assert stored_numbers(span) == expected, span
    return by_slug(stored_numbers(WEEK))


def late_agent_scenario(committed) -> list:
    """A session transferred in the middle of a round across midnight, still
    open when its days are stored; rated 4 then 1 afterwards; the 1 appealed
    and upheld; then its second day exempted. After each step every figure
    equals the oracle's. `committed()`: a context in which the corrections'
    recomputation after commit runs. Returns the week's figures step by step."""
    from chat.actions.ratings import do_rate_session
    from metrics import corrections

    store = factories.make_store("late-store")
    auditor = factories.make_user(User.Kind.AUDITOR, "late-auditor")
    admin = factories.make_user(User.Kind.ADMIN, "late-admin")
    ann = factories.make_member(store, username="ann-live")
    bob = factories.make_member(store, username="bob-live")
    supervisor = factories.make_member(store, "supervisor", "sup-live")
    by_ann, by_bob = Live(store, ann), Live(store, bob)
    buyer, reply = Message.SenderKind.BUYER, Message.SenderKind.AGENT
    steps = []
    # Wednesday 22:40, Ann's; a round at 22:58:30, transferred to Bob in its
    # middle at 23:05; still open when the week is stored.
    session = by_ann.session("2026-03-04 22:40:00", assigned_after=30)
    by_ann.say(session, buyer, local("2026-03-04 22:58:30"))
    by_ann.assign(session, local("2026-03-04 23:05:00"), agent=bob, kind="transfer")
    do_compute_period(WEEK)
    steps.append(all_equal_the_oracle())
    # After midnight: Bob answers (the first human reply), a Thursday round
    # starts with Bob and is handed back to Ann in its middle; Ann answers
    # and closes; the buyer rates 4, then 1.
    by_bob.say(session, reply, local("2026-03-05 00:01:00"))
    by_ann.say(session, buyer, local("2026-03-05 08:30:00"))
    by_ann.assign(session, local("2026-03-05 08:31:00"), agent=ann, kind="transfer")
    by_ann.say(session, reply, local("2026-03-05 08:32:00"))
    by_ann.close(session, local("2026-03-05 08:40:00"))
    do_rate_session(session, 4, "")
    steps.append(all_equal_the_oracle())
    do_rate_session(session, 1, "")
    steps.append(all_equal_the_oracle())
    # The 1 is appealed and upheld after the days were stored: the 4 counts.
    rating = session.ratings.order_by("-id").first()
    appeal = corrections.check_file_rating_appeal(
        supervisor, rating.pk, "malicious", "恶意差评"
    )
    with committed():
        corrections.do_decide_rating_appeal(auditor, appeal, True, "成立")
    steps.append(all_equal_the_oracle())
    # Thursday becomes exempt after it was stored.
    with committed():
        corrections.check_set_exempt_day(admin, "2026-03-05", "", "停电")
    steps.append(all_equal_the_oracle())
    return steps


@pytest.mark.process
def test_stored_agent_figures_follow_late_transfers_ratings_appeals_and_exempt_days(
    db, django_capture_on_commit_callbacks, tmp_path
):
    steps = late_agent_scenario(
        lambda: django_capture_on_commit_callbacks(execute=True)
    )

    ann, bob = "late-store/ann-live", "late-store/bob-live"
    # Rated 1 (step 2): Wednesday's round is Ann's (she held the session when
    # it started), capped at 600 s; Thursday's is Bob's, 120 s. The session,
    # its rating and no-service are Ann's (the last assigned); its first
    # response (22:40 -> 00:01) Bob's.
    rated = steps[2]
    assert (rated[ann]["rounds"], rated[ann]["total_wait_seconds"]) == (1, 600)
    assert (rated[bob]["rounds"], rated[bob]["total_wait_seconds"]) == (1, 120)
    assert (rated[ann]["human_sessions"], rated[ann]["rated_sessions"]) == (1, 1)
    assert rated[ann]["dissatisfied_sessions"] == 1
    assert rated[bob]["answered_sessions"] == 1
    assert rated[bob]["total_first_response_seconds"] == 81 * 60
    # Upheld: the 4 counts again, as before the 1. Exempt Thursday: Bob's
    # round goes.
    assert steps[3] == steps[1]
    assert steps[3][ann]["dissatisfied_sessions"] == 0
    assert steps[3][ann]["rated_sessions"] == 1
    assert (steps[4][bob]["rounds"], steps[4][ann]["rounds"]) == (0, 1)
    assert len({json.dumps(step, sort_keys=True) for step in steps}) == 4

    stdout = run_on_sqlite(LATE_SQLITE_SCRIPT, database=tmp_path / "late.sqlite3")
    assert json.loads(stdout.splitlines()[-1]) == steps


LATE_SQLITE_SCRIPT = """
import contextlib
call_command("sync_rule_pack", verbosity=0)
from tests.metrics.test_agents import late_agent_scenario
print(json.dumps(late_agent_scenario(contextlib.nullcontext)))
"""


def test_results_read_back_as_the_job_built_them(import_events):
    """PostgreSQL takes the results with COPY: every field, the computing
    time and the thresholds included, reads back as built."""
    from metrics.actions import RESULT_FIELDS
    from metrics.models import AgentMetricResult, MetricResult

    import_events(doc_example() + random_sessions(random.Random(13), 30, "c"))
    built = {r.store_id: r for r in do_compute_period(WEEK)}
    stored = MetricResult.objects.filter(period="week", period_start=WEEK.first_day)
    assert {r.store_id for r in stored} == set(built)
    for row in stored:
        for name in RESULT_FIELDS:
            assert getattr(row, name) == getattr(built[row.store_id], name), name
    computed_at = next(iter(built.values())).computed_at
    agents = AgentMetricResult.objects.filter(
        period="week", period_start=WEEK.first_day
    )
    assert agents.count() >= 3
    assert {a.computed_at for a in agents} == {computed_at}
    assert {json.dumps(a.thresholds, sort_keys=True) for a in agents} == {
        json.dumps(next(iter(built.values())).thresholds, sort_keys=True)
    }
