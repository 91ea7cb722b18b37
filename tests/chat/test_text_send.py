"""chat.actions.text_send: the common send in two round trips stores and announces
exactly what the general path would, and leaves every other send to it."""

import datetime as dt
import threading
import time
import uuid

import psycopg2
import pytest
from django.db import close_old_connections, connection, connections, transaction
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from chat import hot_sql
from chat.actions import messages
from chat.actions.text_send import try_send_text
from chat.events import session_group
from chat.models import Message, Session, Store
from compliance.models import Restriction
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


def fast(user, session_id, text="你好", client_msg_id=None):
    return try_send_text(user, session_id, client_msg_id or uuid.uuid4(), text)


def stored(session):
    return list(Message.objects.filter(session_id=session.pk).order_by("id"))


def comparable_message(message):
    fields = model_to_dict(message)
    for varying in ("id", "session", "client_msg_id", "sender"):
        fields.pop(varying)
    return fields


def comparable_session(session):
    session.refresh_from_db()
    fields = model_to_dict(session)
    for varying in ("id", "buyer"):
        fields.pop(varying)
    return fields


def test_common_send_matches_the_general_path(store, agent, settings):
    """The same conversation in two sessions, one through the general path: the
    same rows, the same session fields, the same return values."""
    sessions, results = [], []
    now = timezone.now()
    for enabled in (True, False):
        settings.CHAT_FAST_SEND = enabled
        buyer = factories.make_user(username=f"buyer-{enabled}")
        session = factories.make_session(store, buyer, agent=agent)
        sent = []
        for user, text in [(buyer, "在吗"), (buyer, "有货吗"), (agent, "亲，有的")]:
            message = messages.check_send_message(
                user, session.pk, str(uuid.uuid4()), text
            )
            # Times differ between the two runs: align them to compare the rest.
            sent.append(message)
        Message.objects.filter(session=session).update(created_at=now)
        Session.objects.filter(pk=session.pk).update(
            last_message_at=now, last_buyer_activity_at=now, updated_at=now
        )
        sessions.append(session)
        results.append(sent)
    fast_rows, general_rows = (stored(session) for session in sessions)
    assert [comparable_message(m) for m in fast_rows] == [
        comparable_message(m) for m in general_rows
    ]
    assert [(m.seq, m.sender_kind, m.body) for m in fast_rows] == [
        (1, "buyer", "在吗"),
        (2, "buyer", "有货吗"),
        (3, "agent", "亲，有的"),
    ]
    assert comparable_session(sessions[0]) == comparable_session(sessions[1])
    assert sessions[0].waiting_since is None and sessions[0].last_seq == 3
    fast_returned, general_returned = results
    assert [(m.pk, m.seq, m.sender.pk, m._state.adding) for m in fast_returned] == [
        (row.pk, row.seq, row.sender_id, False) for row in fast_rows
    ]
    assert [(m.seq, m.verdict) for m in fast_returned] == [
        (m.seq, m.verdict) for m in general_returned
    ]


def test_buyer_message_starts_the_wait_and_rings_the_session(
    active_session, buyer, committed, listener
):
    listener.join(session_group(active_session.pk))
    with committed():
        message = fast(buyer, active_session.pk, "请问有货吗")
    assert message is not None
    active_session.refresh_from_db()
    assert (active_session.last_seq, active_session.waiting_since) == (
        1,
        message.created_at,
    )
    assert active_session.last_buyer_activity_at == message.created_at
    [event] = listener.drain()
    assert (event["type"], event["seq"], event["message"]["id"]) == (
        "chat.message",
        1,
        message.pk,
    )
    assert event["message"]["body"] == "请问有货吗"
    assert event["message"]["sender_name"] == "buyer-1"


def test_common_send_takes_two_statements_once_prepared(
    active_session, buyer, rules_compiled
):
    """BEGIN (here a savepoint) with the locking read, then insert, update and
    commit together; the statements are prepared on first use per connection."""
    hot_sql.forget_prepared()
    with CaptureQueriesContext(connection) as first:
        assert fast(buyer, active_session.pk, "第一条") is not None
    assert sum(q["sql"].startswith("PREPARE") for q in first.captured_queries) == 3
    with CaptureQueriesContext(connection) as queries:
        assert fast(buyer, active_session.pk, "第二条") is not None
    sql = [query["sql"] for query in queries.captured_queries]
    assert len(sql) == 2
    assert sql[0].startswith("SAVEPOINT csc_text_send; EXECUTE csc_hot_")
    assert sql[1].startswith("EXECUTE csc_hot_")
    assert sql[1].endswith("; RELEASE SAVEPOINT csc_text_send")


def test_without_prepared_statements_the_same_two_statements(
    active_session, buyer, settings, rules_compiled
):
    settings.CHAT_PREPARED_STATEMENTS = False
    fast(buyer, active_session.pk, "第一条")
    with CaptureQueriesContext(connection) as queries:
        message = fast(buyer, active_session.pk, "第二条")
    sql = [query["sql"] for query in queries.captured_queries]
    assert message.seq == 2
    assert len(sql) == 2
    assert "FOR UPDATE OF s" in sql[0] and sql[1].startswith("INSERT INTO")


def test_statements_are_prepared_again_on_a_new_connection(
    active_session, buyer, rules_compiled
):
    assert fast(buyer, active_session.pk, "一").seq == 1
    with connection.cursor() as cursor:
        # What a server restart or a pooler's reset does to a session.
        cursor.execute("DEALLOCATE ALL")
    # The connection still believes them prepared: the send fails over to the
    # general path, which stores the message, and they are prepared again.
    assert (
        messages.check_send_message(
            buyer, active_session.pk, str(uuid.uuid4()), "二"
        ).seq
        == 2
    )
    with CaptureQueriesContext(connection) as queries:
        assert fast(buyer, active_session.pk, "三").seq == 3
    assert sum(q["sql"].startswith("PREPARE") for q in queries.captured_queries) == 3
    assert [m.seq for m in stored(active_session)] == [1, 2, 3]


def unchanged(session, before_rows):
    after = Session.objects.get(pk=session.pk)
    return (
        after.last_seq == session.last_seq
        and after.updated_at == session.updated_at
        and stored(session) == before_rows
    )


@pytest.mark.parametrize("state", [Session.State.ROBOT, Session.State.CLOSED])
def test_other_states_are_left_to_the_general_path(store, buyer, agent, state):
    session = factories.make_session(store, buyer, agent=agent, state=state)
    assert fast(buyer, session.pk) is None
    assert unchanged(session, [])


def test_screened_text_is_left_to_the_general_path(active_session, buyer):
    assert fast(buyer, active_session.pk, "加我微信 abc12345 聊") is None
    assert unchanged(active_session, [])
    message = messages.check_send_message(
        buyer, active_session.pk, str(uuid.uuid4()), "加我微信 abc12345 聊"
    )
    assert message.verdict != "allow"


def test_resent_client_id_is_left_to_the_general_path(active_session, buyer):
    client_id = uuid.uuid4()
    first = fast(buyer, active_session.pk, "在吗", client_id)
    rows = stored(active_session)
    active_session.refresh_from_db()
    assert fast(buyer, active_session.pk, "在吗", client_id) is None
    assert unchanged(active_session, rows)
    again = messages.check_send_message(
        buyer, active_session.pk, str(client_id), "在吗"
    )
    assert again.pk == first.pk


def test_refusals_are_left_to_the_general_path(
    active_session, buyer, other_agent, supervisor, store
):
    assert fast(other_agent, active_session.pk) is None  # another store's agent
    assert fast(supervisor, active_session.pk) is None  # not the assigned agent
    for session_id in (active_session.pk + 1000, 0, -1, "1", True, 2**63):
        assert fast(buyer, session_id) is None
    Store.objects.filter(pk=store.pk).update(status=Store.Status.SUSPENDED)
    assert fast(buyer, active_session.pk) is None
    assert unchanged(active_session, [])


def test_restricted_buyer_is_left_to_the_general_path(active_session, buyer, agent):
    now = timezone.now()
    Restriction.objects.create(
        buyer=buyer,
        reason="辱骂客服",
        starts_at=now - dt.timedelta(minutes=1),
        ends_at=now + dt.timedelta(days=7),
    )
    assert fast(buyer, active_session.pk) is None
    assert unchanged(active_session, [])
    assert fast(agent, active_session.pk, "亲，在的").seq == 1


def test_a_declined_send_keeps_the_callers_transaction_usable(active_session, buyer):
    with transaction.atomic():
        assert fast(buyer, active_session.pk, "加我微信 abc12345 聊") is None
        assert fast(buyer, active_session.pk, "在吗").seq == 1
        assert Message.objects.filter(session=active_session).count() == 1


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_it_commits_by_itself(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent)
    assert connection.get_autocommit() and not connection.in_atomic_block
    message = fast(buyer, session.pk, "在吗")
    idle = psycopg2.extensions.TRANSACTION_STATUS_IDLE
    assert connection.connection.get_transaction_status() == idle
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute(
                "SELECT seq, body FROM chat_message WHERE id = %s", [message.pk]
            )
            assert cursor.fetchone() == (1, "在吗")
    finally:
        other.close()


@pytest.mark.django_db(transaction=True)
def test_a_send_that_waited_for_the_lock_is_left_to_the_general_path(
    store, buyer, agent
):
    """Another send commits while this one waits for the session lock: its
    history (read in the statement's snapshot) would miss that message, so the
    general path, which reads it after the lock, screens this one."""
    session = factories.make_session(store, buyer, agent=agent)
    close_old_connections()
    locked, results = threading.Event(), []

    def other_send():
        try:
            with transaction.atomic():
                Session.objects.select_for_update().get(pk=session.pk)
                locked.set()
                # Hold the lock until the main thread's read is waiting for it.
                waiting_deadline = timezone.now() + dt.timedelta(seconds=5)
                while timezone.now() < waiting_deadline and not _lock_waiters():
                    time.sleep(0.01)
                messages.append_message(
                    Session.objects.get(pk=session.pk),
                    sender_kind="agent",
                    sender=agent,
                    body="亲，在的",
                )
                Session.objects.filter(pk=session.pk).update(last_seq=1)
        finally:
            connections.close_all()

    thread = threading.Thread(target=other_send)
    thread.start()
    assert locked.wait(5)
    results.append(fast(buyer, session.pk, "在吗"))
    thread.join(10)
    assert results == [None]
    assert [m.seq for m in stored(session)] == [1]


def _lock_waiters() -> int:
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            )
            return cursor.fetchone()[0]
    finally:
        other.close()


@pytest.mark.django_db(transaction=True)
def test_concurrent_sends_keep_seq_gap_free(store, agent):
    """Buyers and the agent sending at once in the same sessions, each thread on
    its own connection: every message stored once, seqs 1..n in each session."""
    sessions = [
        factories.make_session(
            store, factories.make_user(username=f"b{i}"), agent=agent
        )
        for i in range(3)
    ]
    buyers = {s.pk: s.buyer for s in sessions}
    close_old_connections()
    barrier, errors = threading.Barrier(6), []

    def run(user_of, index):
        try:
            barrier.wait()
            for n in range(15):
                session = sessions[(index + n) % len(sessions)]
                user = user_of(session)
                messages.check_send_message(
                    user, session.pk, str(uuid.uuid4()), f"第{index}-{n}条"
                )
        except Exception as error:  # noqa: BLE001 - reported by the assertion
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(lambda s: buyers[s.pk], i)) for i in range(3)
    ] + [threading.Thread(target=run, args=(lambda s: agent, i)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    total = 0
    for session in sessions:
        seqs = [m.seq for m in stored(session)]
        total += len(seqs)
        assert seqs == list(range(1, len(seqs) + 1))
        assert Session.objects.get(pk=session.pk).last_seq == len(seqs)
    assert total == 90
