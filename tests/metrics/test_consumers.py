"""The live team socket: a supervisor's snapshot, and a fresh one on every
chat event of the store (presence, assignment, a buyer waiting), nothing
otherwise; nobody else may open it."""

import json

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.db import connections
from django.test import Client
from django.utils import timezone

from chat import async_pg
from chat.actions import presence, routing
from chat.actions.heartbeat import do_heartbeat
from chat.actions.messages import SESSION_FIELDS, append_message, publish_session
from chat.models import Message, Session, User
from csc.asgi import application
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)
ORIGIN = "http://127.0.0.1"


@pytest.fixture(autouse=True)
async def close_consumer_connections():
    yield
    await async_pg.close_pool()
    await database_sync_to_async(connections.close_all)()


@pytest.fixture(autouse=True)
async def fresh_channel_layer():
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    for layer in list(channel_layers.backends.values()):
        if hasattr(layer, "close_pools"):
            await layer.close_pools()
    channel_layers.backends.clear()


@database_sync_to_async
def session_cookie(user):
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


async def team_socket(user):
    headers = [(b"origin", ORIGIN.encode()), (b"host", b"127.0.0.1")]
    if user is not None:
        cookie = await session_cookie(user)
        headers.append((b"cookie", f"sessionid={cookie}".encode()))
    socket = WebsocketCommunicator(application, "/ws/team/", headers=headers)
    connected, _ = await socket.connect()
    assert connected
    return socket


async def team_frame(socket, timeout=3):
    received = json.loads(await socket.receive_from(timeout))
    assert received["type"] == "team"
    return received


def by_name(frame):
    return {a["name"]: a for a in frame["agents"]}


@database_sync_to_async
def go_online(user):
    do_heartbeat(user.pk)
    presence.do_set_presence(user.membership, "online")


@database_sync_to_async
def queue_one(store, name):
    buyer = factories.make_user(User.Kind.BUYER, name)
    now = timezone.now()
    return factories.make_session(
        store,
        buyer,
        state=Session.State.QUEUED,
        queued_at=now,
        human_started_at=now,
        waiting_since=now,
    )


@database_sync_to_async
def buyer_says(session):
    session.refresh_from_db()
    append_message(
        session,
        sender_kind=Message.SenderKind.BUYER,
        sender=session.buyer,
        body="在吗",
        now=timezone.now(),
    )
    session.save(update_fields=SESSION_FIELDS)
    publish_session(session)


async def test_supervisor_gets_a_snapshot_then_one_per_change(store, supervisor, agent):
    socket = await team_socket(supervisor)
    first = await team_frame(socket)
    assert first["store"] == "store-a"
    assert first["queue"] == {"length": 0, "since": None}
    assert by_name(first)["agent-a"]["presence"] == "offline"
    assert await socket.receive_nothing(timeout=0.5)

    await go_online(agent)
    online = await team_frame(socket)
    assert by_name(online)["agent-a"]["presence"] == "online"

    session = await queue_one(store, "buyer-1")
    await database_sync_to_async(routing.do_assign_waiting_sessions)(store.pk)
    assigned = await team_frame(socket)
    assert by_name(assigned)["agent-a"]["open"] == 1
    assert by_name(assigned)["agent-a"]["capacity"] == 5
    assert assigned["queue"]["length"] == 0

    await buyer_says(session)
    waiting = await team_frame(socket)
    row = by_name(waiting)["agent-a"]
    assert row["waiting"] == 1 and row["longest_wait_since"] is not None
    await socket.disconnect()


async def test_agents_buyers_and_anonymous_cannot_open_the_team_socket(
    store, agent, buyer
):
    for user in (agent, buyer, None):
        socket = await team_socket(user)
        closed = await socket.receive_output(3)
        assert closed["type"] == "websocket.close"
        assert closed["code"] in (4401, 4403)
