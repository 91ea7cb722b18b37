"""chat.db.call: the consumer's database thread, its connection and its events."""

import threading

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.db import OperationalError, connection, connections, transaction

from chat import db
from chat.events import send_event_on_commit
from chat.models import Store
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
async def close_db_thread_connection():
    yield
    await database_sync_to_async(connections.close_all)()


@pytest.fixture
async def layer():
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield get_channel_layer()
    for backend in list(channel_layers.backends.values()):
        if hasattr(backend, "close_pools"):
            await backend.close_pools()
    channel_layers.backends.clear()


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def terminate(pid):
    """Kill one PostgreSQL backend from a connection of this (test) thread."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])


async def test_the_connection_is_kept_between_calls():
    first = await db.call(backend_pid)
    second = await db.call(backend_pid)
    assert first == second


async def test_a_killed_connection_fails_one_call_and_is_replaced():
    pid = await db.call(backend_pid)
    await database_sync_to_async(terminate, thread_sensitive=False)(pid)
    with pytest.raises(OperationalError):
        await db.call(backend_pid)
    replacement = await db.call(backend_pid)
    assert replacement != pid
    assert await db.call(backend_pid) == replacement


async def test_an_old_connection_is_replaced(settings):
    settings.CHAT_DB_CONNECTION_SECONDS = 0
    first = await db.call(backend_pid)
    assert await db.call(backend_pid) != first


def _commit_two_events(store_pk, group, fail=False):
    with transaction.atomic():
        Store.objects.filter(pk=store_pk).update(name="改名后")
        send_event_on_commit(group, {"type": "chat.notice", "n": 1, "thread": ""})
        send_event_on_commit(group, {"type": "chat.notice", "n": 2, "thread": ""})
    threads.append(threading.get_ident())
    if fail:
        raise ValueError("after commit")
    return "done"


threads: list[int] = []


def _roll_back_an_event(group):
    with transaction.atomic():
        send_event_on_commit(group, {"type": "chat.notice", "n": 3})
        raise ValueError("rolled back")


async def test_committed_events_are_sent_from_the_loop_after_the_call(layer):
    store = await database_sync_to_async(factories.make_store)("db-events")
    channel = await layer.new_channel()
    await layer.group_add("g.db", channel)
    assert await db.call(_commit_two_events, store.pk, "g.db") == "done"
    first, second = await layer.receive(channel), await layer.receive(channel)
    assert [first["n"], second["n"]] == [1, 2]
    # The action ran on another thread than this event loop's.
    assert threads[-1] != threading.get_ident()


async def test_events_committed_before_an_error_are_still_sent(layer):
    store = await database_sync_to_async(factories.make_store)("db-error")
    channel = await layer.new_channel()
    await layer.group_add("g.db2", channel)
    with pytest.raises(ValueError, match="after commit"):
        await db.call(_commit_two_events, store.pk, "g.db2", fail=True)
    assert (await layer.receive(channel))["n"] == 1
    assert (await layer.receive(channel))["n"] == 2
    with pytest.raises(ValueError, match="rolled back"):
        await db.call(_roll_back_an_event, "g.db2")
    await db.call(_commit_two_events, store.pk, "g.db2")
    # Nothing from the rolled-back transaction came in between.
    assert (await layer.receive(channel))["n"] == 1
