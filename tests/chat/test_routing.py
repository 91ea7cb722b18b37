"""Assignment order, capacity, triggers, and safety under concurrent assigners."""

import contextlib
import datetime as dt
import threading
import uuid

import pytest
from django.db import close_old_connections, connections
from django.utils import timezone

from chat.actions import presence, routing, sessions
from chat.actions import send as send_actions
from chat.actions.errors import ChatError
from chat.actions.heartbeat import HEARTBEAT_TTL, do_heartbeat, live_user_ids
from chat.models import Membership, Message, Session, User
from tests import factories


def queued(store, n, start=None):
    start = start or timezone.now() - dt.timedelta(minutes=10)
    return [
        factories.make_session(
            store,
            factories.make_user(User.Kind.BUYER),
            state=Session.State.QUEUED,
            queued_at=start + dt.timedelta(seconds=i),
        )
        for i in range(n)
    ]


def online(store, username, **fields):
    """An agent online with a live console (its heartbeat in the cache)."""
    user = factories.make_member(store, username=username, presence="online", **fields)
    do_heartbeat(user.pk)
    return user


def test_fewest_active_sessions_first_then_longest_idle(store):
    now = timezone.now()
    busy = online(store, "busy", last_assigned_at=now - dt.timedelta(hours=2))
    idle_long = online(store, "idle-long", last_assigned_at=now - dt.timedelta(hours=1))
    idle_short = online(store, "idle-short", last_assigned_at=now)
    factories.make_session(
        store, factories.make_user(), agent=busy, state=Session.State.ACTIVE
    )
    waiting = queued(store, 3)
    pairs = routing.do_assign_waiting_sessions(store.pk)
    assert pairs == [
        (waiting[0].pk, idle_long.pk),
        (waiting[1].pk, idle_short.pk),
        (waiting[2].pk, busy.pk),
    ]
    greeting = Message.objects.get(session=waiting[0])
    assert (greeting.seq, greeting.sender_kind, greeting.body) == (
        1,
        "system",
        store.greeting,
    )


def test_queue_is_served_oldest_first_within_capacity(store):
    agent = online(store, "solo", max_sessions=2)
    waiting = queued(store, 3)
    assert routing.do_assign_waiting_sessions(store.pk) == [
        (waiting[0].pk, agent.pk),
        (waiting[1].pk, agent.pk),
    ]
    assert Session.objects.get(pk=waiting[2].pk).state == Session.State.QUEUED


def test_away_busy_and_supervisors_get_nothing_automatically(store, supervisor):
    Membership.objects.filter(user=supervisor).update(presence="online")
    factories.make_member(store, username="away", presence="away")
    factories.make_member(store, username="busy", presence="busy")
    queued(store, 1)
    assert routing.do_assign_waiting_sessions(store.pk) == []


def test_coming_online_assigns_the_waiting(store, agent, committed):
    [waiting] = queued(store, 1)
    with committed():
        presence.check_set_presence(agent, "online")
    assert Session.objects.get(pk=waiting.pk).agent_id == agent.pk


def test_closing_frees_capacity_for_the_next_in_queue(store, committed):
    agent = online(store, "solo", max_sessions=1)
    first, second = queued(store, 2)
    routing.do_assign_waiting_sessions(store.pk)
    with committed():
        sessions.check_close_session(agent, first.pk)
    assert Session.objects.get(pk=second.pk).agent_id == agent.pk


def test_pickup_by_hand_respects_capacity(store, committed):
    agent = factories.make_member(store, username="picker", max_sessions=1)
    first, second = queued(store, 2)
    routing.check_pickup_session(agent, first.pk)
    with pytest.raises(ChatError) as refused:
        routing.check_pickup_session(agent, second.pk)
    assert refused.value.code == "capacity_full"
    assert Session.objects.get(pk=second.pk).state == Session.State.QUEUED
    picked = Session.objects.get(pk=first.pk)
    assert list(picked.assignments.values_list("agent_id", "kind", "assigned_at")) == [
        (agent.pk, "assigned", picked.assigned_at)
    ]
    assert not second.assignments.exists()


def test_pickup_of_another_stores_session_is_not_found(store, other_agent):
    [waiting] = queued(store, 1)
    with pytest.raises(ChatError) as refused:
        routing.check_pickup_session(other_agent, waiting.pk)
    assert refused.value.code == "not_found"
    assert Session.objects.get(pk=waiting.pk).agent_id is None


def test_buyer_cannot_pick_up(store, buyer):
    [waiting] = queued(store, 1)
    with pytest.raises(ChatError) as refused:
        routing.check_pickup_session(buyer, waiting.pk)
    assert refused.value.code == "forbidden"


def run_together(workers, target):
    barrier = threading.Barrier(workers)
    errors = []

    def run():
        try:
            barrier.wait()
            target()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_concurrent_assigners_never_double_assign_or_overfill(store):
    agents = [online(store, f"agent-{i}", max_sessions=3) for i in range(4)]
    waiting = queued(store, 20)
    close_old_connections()

    def assign_and_pick():
        routing.do_assign_waiting_sessions(store.pk)

    errors = run_together(8, assign_and_pick)
    assert errors == []
    active = Session.objects.filter(state=Session.State.ACTIVE)
    assert active.count() == 12
    assert {agent.pk: active.filter(agent=agent).count() for agent in agents} == {
        agent.pk: 3 for agent in agents
    }
    assert Session.objects.filter(state=Session.State.QUEUED).count() == 8
    greetings = Message.objects.filter(sender_kind="system", body=store.greeting)
    assert greetings.count() == 12
    assert set(greetings.values_list("session_id", flat=True)) == set(
        active.values_list("id", flat=True)
    )
    assert (
        list(
            Session.objects.filter(pk__in=[s.pk for s in waiting[:12]]).values_list(
                "state", flat=True
            )
        )
        == ["active"] * 12
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_pickups_and_assigners_respect_capacity(store):
    hand = online(store, "hand", max_sessions=2)
    auto = online(store, "auto", max_sessions=2)
    waiting = queued(store, 10)
    close_old_connections()
    lock = threading.Lock()
    order = iter(waiting)

    def pick_or_assign():
        with lock:
            session = next(order)
        with contextlib.suppress(ChatError):
            routing.check_pickup_session(hand, session.pk)
        routing.do_assign_waiting_sessions(store.pk)

    errors = run_together(8, pick_or_assign)
    assert errors == []
    assert Session.objects.filter(agent=hand, state="active").count() == 2
    assert Session.objects.filter(agent=auto, state="active").count() == 2
    for session in Session.objects.filter(state="active"):
        assert Message.objects.filter(session=session, body=store.greeting).count() == 1
        assert list(
            Message.objects.filter(session=session).values_list("seq", flat=True)
        ) == [1]


@pytest.mark.django_db(transaction=True)
def test_concurrent_sends_get_gap_free_seqs(store, buyer, agent):
    session = factories.make_session(
        store, buyer, agent=agent, state=Session.State.ACTIVE
    )
    close_old_connections()
    users = iter([buyer, agent] * 4)
    lock = threading.Lock()

    def send_five():
        with lock:
            user = next(users)
        for n in range(5):
            send_actions.check_send_message(user, session.pk, str(uuid.uuid4()), f"{n}")

    assert run_together(8, send_five) == []
    assert sorted(
        Message.objects.filter(session=session).values_list("seq", flat=True)
    ) == list(range(1, 41))
    assert Session.objects.get(pk=session.pk).last_seq == 40


@pytest.mark.django_db(transaction=True)
def test_concurrent_resends_of_one_client_id_store_one_message(store, buyer, agent):
    session = factories.make_session(
        store, buyer, agent=agent, state=Session.State.ACTIVE
    )
    close_old_connections()
    client_id = str(uuid.uuid4())
    results = []

    def resend():
        results.append(
            send_actions.check_send_message(buyer, session.pk, client_id, "一次").pk
        )

    assert run_together(6, resend) == []
    assert Message.objects.count() == 1
    assert set(results) == {Message.objects.get().pk}


def test_online_agent_without_a_live_console_gets_nothing(store):
    """After a crash the presence row still says online; the heartbeat does not."""
    stale = factories.make_member(store, username="stale", presence="online")
    live = online(store, "live")
    first, second = queued(store, 2)
    assert routing.do_assign_waiting_sessions(store.pk) == [
        (first.pk, live.pk),
        (second.pk, live.pk),
    ]
    assert Session.objects.filter(agent=stale).count() == 0


def test_transfer_to_an_agent_without_a_live_console_is_refused(store, buyer):
    current = online(store, "current")
    stale = factories.make_member(store, username="stale", presence="online")
    session = factories.make_session(store, buyer, agent=current)
    with pytest.raises(ChatError) as caught:
        routing.check_transfer_session(current, session.pk, stale.pk, "")
    assert caught.value.code == "agent_unavailable"
    session.refresh_from_db()
    assert session.agent_id == current.pk
    assert Message.objects.filter(session=session).count() == 0


def test_heartbeat_lives_at_most_ninety_seconds(store):
    from django.core.cache import cache

    agent = online(store, "beating")
    client = cache._cache.get_client()
    ttl = client.ttl(cache.make_key(f"chat:alive:{agent.pk}"))
    assert 0 < ttl <= HEARTBEAT_TTL == 90
    assert live_user_ids([agent.pk, agent.pk + 1000]) == {agent.pk}
