"""The chat websocket over the full ASGI stack (origin check, session auth)."""

import asyncio
import json
import threading
import time
import uuid

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.contrib.admin.sites import site as admin_site
from django.db import connection, connections
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from chat import async_pg, consumers, selectors
from chat.actions import send as send_actions
from chat.actions import send_policy
from chat.actions.store_settings import check_update_membership
from chat.admin import UserAdmin
from chat.events import message_event, session_group, user_group
from chat.models import Membership, Message, Rating, Session, User
from chat.notices import do_post_notice
from compliance.ledger import do_add_penalty_entry
from compliance.screening import ScreeningResult
from csc.asgi import application
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)
ORIGIN = "http://127.0.0.1"


@pytest.fixture(autouse=True)
async def close_consumer_connections():
    """The consumer's database thread and its event loop's send connections keep
    their connections; close them after each test so the test database can be
    dropped at the end."""
    yield
    await async_pg.close_pool()
    await database_sync_to_async(connections.close_all)()


@pytest.fixture(autouse=True)
async def fresh_channel_layer():
    """Each test's event loop gets its own channel layer: a layer that received on
    an earlier test's loop keeps a lock bound to that loop. Its pools are closed
    before the loop is: a receive blocked in Redis would otherwise outlive it."""
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


async def connect(
    user=None, origin=ORIGIN, expect_open=True, language=None, host="127.0.0.1"
):
    headers = [(b"origin", origin.encode()), (b"host", host.encode())]
    if user is not None:
        cookie = await session_cookie(user)
        if language:
            cookie += f"; django_language={language}"
        headers.append((b"cookie", f"sessionid={cookie}".encode()))
    socket = WebsocketCommunicator(application, "/ws/chat/", headers=headers)
    connected, _ = await socket.connect()
    assert connected is expect_open
    return socket


async def frame(socket, timeout=3):
    return json.loads(await socket.receive_from(timeout))


async def until(socket, kind, timeout=3):
    while True:
        received = await frame(socket, timeout)
        if received["type"] == kind:
            return received


async def call(socket, **sent):
    await socket.send_to(text_data=json.dumps(sent))


async def nothing_more(socket, kinds=("ack", "message", "history")):
    """No further frame of `kinds` arrives (session summaries may)."""
    while not await socket.receive_nothing(timeout=0.3):
        assert (await frame(socket))["type"] not in kinds


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


async def buyer_socket(buyer, session, after_seq=0):
    socket = await connect(buyer)
    await until(socket, "sessions")
    await call(socket, type="subscribe", session=session.pk, after_seq=after_seq)
    return socket, await until(socket, "history")


async def agent_socket(agent, session=None):
    socket = await connect(agent)
    await until(socket, "queue")
    if session is not None:
        await call(socket, type="subscribe", session=session.pk)
        await until(socket, "history")
    return socket


async def test_anonymous_socket_is_closed_with_4401(db):
    socket = await connect()
    assert await socket.receive_output(3) == {"type": "websocket.close", "code": 4401}


async def test_unknown_session_cookie_is_closed_with_4401(db):
    socket = WebsocketCommunicator(
        application,
        "/ws/chat/",
        headers=[
            (b"origin", ORIGIN.encode()),
            (b"host", b"127.0.0.1"),
            (b"cookie", b"sessionid=forged123"),
        ],
    )
    connected, _ = await socket.connect()
    assert connected
    assert await socket.receive_output(3) == {"type": "websocket.close", "code": 4401}


async def test_session_of_a_changed_password_is_closed_with_4401(buyer):
    """The session's password hash is checked when the socket connects, as a
    page request checks it: changing the password signs other sessions out."""
    cookie = await session_cookie(buyer)

    @database_sync_to_async
    def change_password():
        buyer.set_password("a-new-password-2026")
        buyer.save()

    await change_password()
    socket = WebsocketCommunicator(
        application,
        "/ws/chat/",
        headers=[
            (b"origin", ORIGIN.encode()),
            (b"host", b"127.0.0.1"),
            (b"cookie", f"sessionid={cookie}".encode()),
        ],
    )
    connected, _ = await socket.connect()
    assert connected
    assert await socket.receive_output(3) == {"type": "websocket.close", "code": 4401}


@pytest.fixture(params=["auditor", "platform_admin"])
def platform_user(request):
    return request.getfixturevalue(request.param)


async def test_platform_roles_are_closed_with_4403(platform_user):
    socket = await connect(platform_user)
    assert await socket.receive_output(3) == {"type": "websocket.close", "code": 4403}


async def test_foreign_origin_is_refused(buyer):
    await connect(buyer, origin="http://evil.example", expect_open=False)


async def test_ping_answers_pong(buyer):
    socket = await connect(buyer)
    await until(socket, "sessions")
    await call(socket, type="ping")
    assert await frame(socket) == {"type": "pong"}
    await socket.disconnect()


async def test_open_answers_session_then_history(store, buyer):
    await database_sync_to_async(factories.make_faq)(store, "运费", "包邮")
    socket = await connect(buyer)
    await until(socket, "sessions")
    await call(socket, type="open", store="store-a")
    opened = await frame(socket)
    assert opened["type"] == "session"
    assert (opened["session"]["store"], opened["session"]["state"]) == (
        "store-a",
        "robot",
    )
    history = await frame(socket)
    assert history["type"] == "history"
    assert [m["sender_kind"] for m in history["messages"]] == ["robot"]
    assert history["last_seq"] == 1
    await call(
        socket,
        type="send",
        session=opened["session"]["id"],
        client_msg_id=str(uuid.uuid4()),
        text="运费多少",
    )
    assert (await until(socket, "ack"))["seq"] == 2
    robot = [await until(socket, "message"), await until(socket, "message")]
    assert [(m["message"]["seq"], m["message"]["body"]) for m in robot] == [
        (2, "运费多少"),
        (3, "包邮"),
    ]
    await socket.disconnect()


async def test_send_acks_then_rings_both_sides_and_resend_is_idempotent(
    active_session, buyer, agent
):
    agent_ws = await agent_socket(agent, active_session)
    buyer_ws, _ = await buyer_socket(buyer, active_session)
    client_id = str(uuid.uuid4())
    await call(
        buyer_ws,
        type="send",
        session=active_session.pk,
        client_msg_id=client_id,
        text="你好",
    )
    ack = await frame(buyer_ws)
    assert ack["type"] == "ack"
    assert (ack["client_msg_id"], ack["seq"], ack["status"], ack["violations"]) == (
        client_id,
        1,
        "delivered",
        [],
    )
    echoed = await frame(buyer_ws)
    assert echoed["message"]["client_msg_id"] == client_id
    received = await until(agent_ws, "message")
    assert received["message"]["body"] == "你好"
    assert "client_msg_id" not in received["message"]
    await call(
        buyer_ws,
        type="send",
        session=active_session.pk,
        client_msg_id=client_id,
        text="你好",
    )
    again = await frame(buyer_ws)
    assert again == ack
    await nothing_more(buyer_ws)
    assert await database_sync_to_async(Message.objects.count)() == 1
    await buyer_ws.disconnect()
    await agent_ws.disconnect()


# Plain shop talk: what this test checks is the order of delivery, not
# screening (a bare "live" after "m1".."m5" reads to the model as a handle).
LIVE = "好的，今天下午给您发货"


async def test_subscribe_after_seq_resumes_in_order_then_live(
    active_session, buyer, agent
):
    for n in range(1, 6):
        await database_sync_to_async(send_actions.check_send_message)(
            buyer, active_session.pk, str(uuid.uuid4()), f"m{n}"
        )
    socket, history = await buyer_socket(buyer, active_session, after_seq=3)
    assert [(m["seq"], m["body"]) for m in history["messages"]] == [
        (4, "m4"),
        (5, "m5"),
    ]
    await database_sync_to_async(send_actions.check_send_message)(
        agent, active_session.pk, str(uuid.uuid4()), LIVE
    )
    live = await until(socket, "message")
    assert (live["message"]["seq"], live["message"]["body"]) == (6, LIVE)
    await socket.disconnect()


async def test_second_tab_of_the_same_user_sees_own_sends(active_session, buyer):
    tab1, _ = await buyer_socket(buyer, active_session)
    tab2, _ = await buyer_socket(buyer, active_session)
    await call(
        tab1,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="两个标签页",
    )
    assert (await until(tab2, "message"))["message"]["body"] == "两个标签页"
    await tab1.disconnect()
    await tab2.disconnect()


def _lost_message(session_id):
    """A message stored without ringing anyone: its event was 'lost'."""
    session = Session.objects.get(pk=session_id)
    session.last_seq += 1
    session.save(update_fields=["last_seq"])
    return Message.objects.create(
        session=session,
        seq=session.last_seq,
        sender_kind="system",
        body="lost",
        created_at=timezone.now(),
    )


async def test_gap_in_events_triggers_catch_up_and_duplicates_are_dropped(
    active_session, buyer, agent
):
    socket, _ = await buyer_socket(buyer, active_session)
    lost = await database_sync_to_async(_lost_message)(active_session.pk)
    await database_sync_to_async(send_actions.check_send_message)(
        agent, active_session.pk, str(uuid.uuid4()), "after the gap"
    )
    first, second = await until(socket, "message"), await until(socket, "message")
    assert [
        (first["message"]["seq"], first["message"]["body"]),
        (second["message"]["seq"], second["message"]["body"]),
    ] == [
        (1, "lost"),
        (2, "after the gap"),
    ]
    event = await database_sync_to_async(message_event)(lost)
    await get_channel_layer().group_send(session_group(active_session.pk), event)
    await nothing_more(socket)
    await socket.disconnect()


@pytest.mark.parametrize(
    ("sent", "code"),
    [
        ("{not json", "bad_json"),
        (json.dumps([1, 2]), "bad_frame"),
        (json.dumps({"type": "nope"}), "unknown_type"),
        (json.dumps({"type": "subscribe", "session": "1"}), "bad_frame"),
        (json.dumps({"type": "subscribe", "session": True}), "bad_frame"),
        (json.dumps({"type": "send", "session": 1, "client_msg_id": "x"}), "bad_frame"),
        (json.dumps({"type": "subscribe", "session": 987654}), "not_found"),
        ("x" * (1024 * 1024), "too_long"),
    ],
)
async def test_bad_frames_get_an_error_and_the_connection_lives_on(
    active_session, buyer, sent, code
):
    socket, _ = await buyer_socket(buyer, active_session)
    await socket.send_to(text_data=sent)
    error = await frame(socket)
    assert (error["type"], error["code"]) == ("error", code)
    assert error["message"]
    await call(socket, type="ping")
    assert await frame(socket) == {"type": "pong"}
    await socket.disconnect()


async def test_binary_frame_is_refused(active_session, buyer):
    socket, _ = await buyer_socket(buyer, active_session)
    await socket.send_to(bytes_data=b"\x00\x01")
    assert (await frame(socket))["code"] == "bad_json"
    await socket.disconnect()


async def test_send_errors_carry_ref_and_session(active_session, buyer):
    socket, _ = await buyer_socket(buyer, active_session)
    client_id = str(uuid.uuid4())
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=client_id,
        text="长" * 2001,
    )
    error = await frame(socket)
    assert (error["code"], error["ref"], error["session"]) == (
        "too_long",
        client_id,
        active_session.pk,
    )
    assert error["message"] == "消息过长：最多 2000 个字。"
    await socket.disconnect()


async def test_error_messages_follow_the_language_cookie(active_session, buyer):
    socket = await connect(buyer, language="en")
    await until(socket, "sessions")
    await socket.send_to(text_data="{")
    error = await frame(socket)
    assert error["code"] == "bad_json"
    assert error["message"] and error["message"].isascii(), error["message"]
    await socket.disconnect()


async def test_other_stores_agent_gets_not_found(active_session, other_agent):
    socket = await agent_socket(other_agent)
    await call(socket, type="subscribe", session=active_session.pk)
    error = await frame(socket)
    assert (error["code"], error["session"]) == ("not_found", active_session.pk)
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="hi",
    )
    assert (await frame(socket))["code"] == "not_found"
    assert await database_sync_to_async(Message.objects.count)() == 0
    await socket.disconnect()


async def test_unassigned_agent_may_watch_but_not_send(active_session, store):
    colleague = await database_sync_to_async(factories.make_member)(
        store, username="c2"
    )
    socket = await agent_socket(colleague, active_session)
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="hi",
    )
    assert (await frame(socket))["code"] == "forbidden"
    await socket.disconnect()


async def test_burst_over_twenty_frames_is_throttled(active_session, buyer):
    socket, _ = await buyer_socket(buyer, active_session)
    for _ in range(25):
        await call(socket, type="ping")
    answers = [await frame(socket) for _ in range(25)]
    assert sum(a["type"] == "pong" for a in answers) >= 19
    throttled = [a for a in answers if a["type"] == "error"]
    assert throttled and {a["code"] for a in throttled} == {"throttled"}
    await socket.disconnect()


def _verdict(action):
    def screen(*, session, sender_kind, text, history=None, ruleset=None):
        if sender_kind not in ("buyer", "agent"):
            return ScreeningResult(action="allow", masked_text=text)
        return ScreeningResult(
            action=action,
            violations=[
                {
                    "category": "contact",
                    "rule": "contact.phone",
                    "start": 2,
                    "end": 13,
                    "match": "13800138000",
                    "suggestion": "请勿留电话",
                }
            ],
            masked_text="加我***********",
            version="v1",
        )

    return screen


async def test_masked_agent_message_reaches_buyer_masked(
    active_session, buyer, agent, monkeypatch
):
    monkeypatch.setattr(send_policy, "screen_chat_message", _verdict("mask"))
    buyer_ws, _ = await buyer_socket(buyer, active_session)
    agent_ws = await agent_socket(agent, active_session)
    await call(
        agent_ws,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="加我13800138000",
    )
    ack = await until(agent_ws, "ack")
    assert (ack["status"], ack["message"]["body"]) == ("masked", "加我13800138000")
    assert ack["violations"][0]["suggestion"] == "请勿留电话"
    assert (await until(agent_ws, "message"))["message"]["body"] == "加我13800138000"
    assert (await until(buyer_ws, "message"))["message"]["body"] == "加我***********"
    await buyer_ws.disconnect()
    await agent_ws.disconnect()


async def test_blocked_message_is_shown_only_to_its_sender(
    active_session, buyer, agent, monkeypatch
):
    monkeypatch.setattr(send_policy, "screen_chat_message", _verdict("block"))
    agent_ws = await agent_socket(agent, active_session)
    tab1, _ = await buyer_socket(buyer, active_session)
    tab2, _ = await buyer_socket(buyer, active_session)
    await call(
        tab1,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="加我13800138000",
    )
    ack = await until(tab1, "ack")
    assert (ack["status"], ack["seq"]) == ("blocked", None)
    assert (ack["violations"][0]["rule"], ack["violations"][0]["rule_name"]) == (
        "contact.phone",
        "手机号码",
    )
    other_tab = await until(tab2, "message")
    assert (other_tab["message"]["seq"], other_tab["message"]["verdict"]) == (
        None,
        "block",
    )
    await nothing_more(agent_ws)
    resumed, history = await buyer_socket(buyer, active_session)
    assert [m["verdict"] for m in history["messages"]] == ["block"]
    agent_again = await agent_socket(agent)
    await call(agent_again, type="subscribe", session=active_session.pk)
    assert (await until(agent_again, "history"))["messages"] == []
    for socket in (agent_ws, tab1, tab2, resumed, agent_again):
        await socket.disconnect()


async def test_agent_console_gets_assignment_then_chats(store, buyer, agent):
    agent_ws = await agent_socket(agent)
    await call(agent_ws, type="presence", state="online")
    assert await frame(agent_ws) == {"type": "presence", "state": "online"}
    buyer_ws = await connect(buyer)
    await until(buyer_ws, "sessions")
    await call(buyer_ws, type="open", store="store-a")
    session_id = (await until(buyer_ws, "session"))["session"]["id"]
    await until(buyer_ws, "history")
    await call(
        buyer_ws,
        type="send",
        session=session_id,
        client_msg_id=str(uuid.uuid4()),
        text="在吗",
    )
    while True:
        update = await until(agent_ws, "session")
        if update["session"]["state"] == "active":
            break
    assert update["session"]["agent"] == agent.pk
    await call(agent_ws, type="subscribe", session=session_id)
    history = await until(agent_ws, "history")
    assert [m["sender_kind"] for m in history["messages"]] == [
        "buyer",
        "system",
        "system",
    ]
    await call(
        agent_ws,
        type="send",
        session=session_id,
        client_msg_id=str(uuid.uuid4()),
        text="在的",
    )
    while True:
        message = await until(buyer_ws, "message")
        if message["message"]["body"] == "在的":
            break
    await call(agent_ws, type="close", session=session_id)
    closed = await until(agent_ws, "session")
    while (
        closed["session"]["id"] != session_id or closed["session"]["state"] != "closed"
    ):
        closed = await until(agent_ws, "session")
    await call(buyer_ws, type="rate", session=session_id, score=4, comment="不错")
    rated = await until(buyer_ws, "rated")
    rating_id = await database_sync_to_async(
        lambda: Rating.objects.get(session_id=session_id).pk
    )()
    assert rated == {
        "type": "rated",
        "session": session_id,
        "rating": rating_id,
        "score": 4,
        "comment": "不错",
    }
    await agent_ws.disconnect()
    state = await database_sync_to_async(
        lambda: Membership.objects.get(user=agent).presence
    )()
    assert state == "offline"
    await buyer_ws.disconnect()


@pytest.fixture
def test_connection_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _break_database(spared_pid):
    """Point new connections at a closed port and cut the open ones (all but the
    test's own), from a thread of its own so the consumer's connection dies too."""
    from django.db import connections

    settings = connections.settings["default"]
    original = settings["PORT"]

    def cut():
        with connections["default"].cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND pid <> %s",
                [spared_pid],
            )
        connections["default"].close()

    thread = threading.Thread(target=cut)
    thread.start()
    thread.join()
    settings["PORT"] = "1"
    return original


async def test_database_outage_answers_unavailable_then_recovers(
    active_session, buyer, test_connection_pid
):
    socket, _ = await buyer_socket(buyer, active_session)
    original = _break_database(test_connection_pid)
    try:
        await call(
            socket,
            type="send",
            session=active_session.pk,
            client_msg_id=str(uuid.uuid4()),
            text="断线了",
        )
        error = await until(socket, "error", timeout=10)
        assert error["code"] == "unavailable"
        assert error["message"] == "服务暂时不可用，请稍后重试。"
    finally:
        connections.settings["default"]["PORT"] = original
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="恢复了",
    )
    ack = await until(socket, "ack", timeout=10)
    assert ack["seq"] == 1
    await socket.disconnect()


async def session_updates(socket, session_id) -> list[dict]:
    """Every `session` frame for `session_id` until the socket falls quiet."""
    updates = []
    while not await socket.receive_nothing(timeout=0.5):
        received = await frame(socket)
        if received["type"] == "session" and received["session"]["id"] == session_id:
            updates.append(received["session"])
    return updates


async def test_assignment_caused_by_a_buyer_message_is_the_last_summary_sent(
    store, buyer, agent
):
    agent_ws = await agent_socket(agent)
    await call(agent_ws, type="presence", state="online")
    await until(agent_ws, "presence")
    buyer_ws = await connect(buyer)
    await until(buyer_ws, "sessions")
    await call(buyer_ws, type="open", store="store-a")
    session_id = (await until(buyer_ws, "session"))["session"]["id"]
    await until(buyer_ws, "history")
    await session_updates(agent_ws, session_id)
    await session_updates(buyer_ws, session_id)
    await call(
        buyer_ws,
        type="send",
        session=session_id,
        client_msg_id=str(uuid.uuid4()),
        text="在吗",
    )
    for socket in (agent_ws, buyer_ws):
        updates = await session_updates(socket, session_id)
        assert [u["state"] for u in updates] == ["queued", "active"]
        assert updates[-1]["agent"] == agent.pk
        versions = [u["version"] for u in updates]
        assert versions == sorted(set(versions))
    stored = await database_sync_to_async(selectors.session_summary)(session_id)
    assert (stored["state"], stored["version"]) == ("active", versions[-1])
    await agent_ws.disconnect()
    await buyer_ws.disconnect()


WELCOME_ZH = (
    "您好，我是店铺A的智能客服，请问有什么可以帮您？如需人工服务，请发送“转人工”。"
)
FALLBACK_ZH = (
    "抱歉，我暂时没有理解您的问题。您可以换个说法，或发送“转人工”联系人工客服。"
)
NO_AGENT_ZH = "当前没有客服在线。您可以直接留言，客服上线后会第一时间回复您。"
WELCOME_EN = (
    "Hello, I am 店铺A's virtual assistant. How can I help? "
    "To talk to a person, send “转人工”."
)
FALLBACK_EN = (
    "Sorry, I didn't understand. Try rephrasing, or send “转人工” to reach an agent."
)
NO_AGENT_EN = (
    "No agent is online right now. Leave a message and an agent will reply as "
    "soon as one is back."
)


async def test_robot_and_system_texts_reach_each_socket_in_its_language(store, buyer):
    """Stored once in Chinese with their codes; an English tab and a Chinese
    tab of the same buyer read them each in their own language, in history,
    live messages and session summaries alike."""
    await database_sync_to_async(factories.make_faq)(store, "运费", "包邮")
    english = await connect(buyer, language="en")
    await until(english, "sessions")
    await call(english, type="open", store="store-a")
    session_id = (await until(english, "session"))["session"]["id"]
    history = await until(english, "history")
    assert [m["body"] for m in history["messages"]] == [WELCOME_EN]
    chinese = await connect(buyer, language="zh-hans")
    sessions = (await until(chinese, "sessions"))["sessions"]
    assert sessions[0]["last_message"]["body"] == WELCOME_ZH
    await call(chinese, type="subscribe", session=session_id)
    history = await until(chinese, "history")
    assert [m["body"] for m in history["messages"]] == [WELCOME_ZH]
    for text in ("what is this", "转人工"):
        await call(
            english,
            type="send",
            session=session_id,
            client_msg_id=str(uuid.uuid4()),
            text=text,
        )
    live = {}
    for name, socket in (("en", english), ("zh", chinese)):
        bodies, queued = [], None
        while len(bodies) < 4 or queued is None:
            received = await frame(socket)
            if received["type"] == "message":
                bodies.append(received["message"]["body"])
            elif received["type"] == "session" and (
                received["session"]["state"] == "queued"
            ):
                queued = received["session"]["last_message"]["body"]
        live[name] = (bodies, queued)
    assert live == {
        "en": (["what is this", FALLBACK_EN, "转人工", NO_AGENT_EN], NO_AGENT_EN),
        "zh": (["what is this", FALLBACK_ZH, "转人工", NO_AGENT_ZH], NO_AGENT_ZH),
    }
    stored = await database_sync_to_async(
        lambda: list(
            Message.objects.filter(session_id=session_id)
            .exclude(sender_kind="buyer")
            .order_by("seq")
            .values_list("sender_kind", "body", "text_code", "text_params")
        )
    )()
    assert stored == [
        ("robot", WELCOME_ZH, "robot.welcome", {"store": "店铺A"}),
        ("robot", FALLBACK_ZH, "robot.fallback", {}),
        ("system", NO_AGENT_ZH, "queue.no_agent", {}),
    ]
    await english.disconnect()
    await chinese.disconnect()


async def test_a_console_connecting_gets_the_recent_notices_after_its_lists(
    store, agent
):
    """A notice posted while no socket was there (after the page was rendered,
    or while offline) still reaches the console: it comes after the lists,
    oldest first, in the reader's language."""
    await database_sync_to_async(do_add_penalty_entry)(store, 2, "态度恶劣", "manual")
    await database_sync_to_async(do_post_notice)(store, "info", "metrics", "周报已出")
    english = await connect(agent, language="en")
    kinds = []
    while len(kinds) < 5:
        kinds.append(await frame(english))
    assert [f["type"] for f in kinds[:3]] == ["presence", "sessions", "queue"]
    assert [(f["type"], f["text"]) for f in kinds[3:]] == [
        ("notice", "2 points deducted: 态度恶劣"),
        ("notice", "周报已出"),
    ]
    assert kinds[3]["id"] < kinds[4]["id"]
    await english.disconnect()


async def test_console_socket_keeps_a_heartbeat_until_it_closes(agent, monkeypatch):
    from chat.actions import heartbeat

    monkeypatch.setattr(heartbeat, "HEARTBEAT_SECONDS", 0.1)
    socket = await agent_socket(agent)
    alive = database_sync_to_async(heartbeat.live_user_ids)
    assert await alive([agent.pk]) == {agent.pk}
    await database_sync_to_async(heartbeat.do_forget_heartbeat)(agent.pk)
    assert await alive([agent.pk]) == set()
    await asyncio.sleep(0.5)
    assert await alive([agent.pk]) == {agent.pk}
    await socket.disconnect()
    assert await alive([agent.pk]) == set()


async def test_blocked_ack_names_the_rule_in_the_senders_language(
    active_session, agent
):
    socket = await connect(agent, language="en")
    await until(socket, "queue")
    await call(socket, type="subscribe", session=active_session.pk)
    await until(socket, "history")
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="打我手机 13800138000",
    )
    ack = await until(socket, "ack")
    assert ack["status"] == "blocked"
    names = {(v["rule_name"], v["suggestion"]) for v in ack["violations"]}
    assert (
        "Mobile number",
        "Do not send phone numbers; use the platform's call feature or chat here.",
    ) in names
    stored = await database_sync_to_async(
        lambda: Message.objects.get(session=active_session).violations
    )()
    assert {v["suggestion"] for v in stored} == {
        "请勿发送手机号，可使用平台电话或在线沟通"
    }
    await socket.disconnect()


# Open sockets follow logouts, deactivations and role changes; one user cannot
# exhaust a process; origins, huge numbers and blank text are refused cleanly.

CLOSED_WITHIN = 2.0


async def closed_with(socket, timeout=CLOSED_WITHIN):
    """The close code the socket gets within `timeout` seconds (frames before
    it are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        output = await socket.receive_output(max(0.01, deadline - time.monotonic()))
        if output["type"] == "websocket.close":
            return output.get("code")


async def still_open(socket):
    await call(socket, type="ping")
    return (await until(socket, "pong"))["type"] == "pong"


def logged_in_client(user):
    client = Client()
    client.force_login(user)
    return client


async def socket_of(client, host="127.0.0.1"):
    cookie = client.cookies["sessionid"].value
    socket = WebsocketCommunicator(
        application,
        "/ws/chat/",
        headers=[
            (b"origin", ORIGIN.encode()),
            (b"host", host.encode()),
            (b"cookie", f"sessionid={cookie}".encode()),
        ],
    )
    connected, _ = await socket.connect()
    assert connected
    await until(socket, "sessions")
    return socket


# 4: logout, deactivation, demotion and removal close the user's sockets.


async def test_logout_closes_the_sockets_of_that_login_within_two_seconds(buyer):
    this_login = await sync_to_async(logged_in_client)(buyer)
    other_login = await sync_to_async(logged_in_client)(buyer)
    closing = await socket_of(this_login)
    staying = await socket_of(other_login)
    await sync_to_async(this_login.post)("/logout/")
    assert await closed_with(closing) == consumers.CLOSE_ANONYMOUS
    assert await still_open(staying)
    await staying.disconnect()


async def test_deactivation_by_an_admin_closes_every_socket_with_4401(
    agent, platform_admin
):
    socket = await agent_socket(agent)

    @database_sync_to_async
    def deactivate():
        request = RequestFactory().post("/admin/")
        request.user = platform_admin
        agent.is_active = False

        class Form:
            changed_data = ["is_active"]

        UserAdmin(User, admin_site).save_model(request, agent, Form(), change=True)

    await deactivate()
    assert await closed_with(socket) == consumers.CLOSE_ANONYMOUS


async def test_demotion_by_the_supervisor_closes_the_socket_with_4403(
    store, supervisor
):
    other = await database_sync_to_async(factories.make_member)(
        store, Membership.MemberRole.SUPERVISOR, "super-b"
    )
    socket = await agent_socket(other)

    @database_sync_to_async
    def demote():
        membership = Membership.objects.select_related("store", "user").get(user=other)
        check_update_membership(
            supervisor, membership, max_sessions=5, role=Membership.MemberRole.AGENT
        )

    await demote()
    assert await closed_with(socket) == consumers.CLOSE_NO_CHAT


async def test_removal_from_the_store_closes_the_socket_with_4403(agent, store):
    from chat.actions.socket_access import do_recheck_user_sockets

    socket = await agent_socket(agent)

    @database_sync_to_async
    def remove():
        Membership.objects.filter(user=agent).delete()
        do_recheck_user_sockets(agent.pk)

    await remove()
    assert await closed_with(socket) == consumers.CLOSE_NO_CHAT


async def test_every_action_checks_role_and_store_in_the_database(
    active_session, store, agent
):
    """Without any event, a socket whose user was demoted in the database
    cannot close a colleague's session: it is closed instead."""
    supervisor = await database_sync_to_async(factories.make_member)(
        store, Membership.MemberRole.SUPERVISOR, "super-x"
    )
    socket = await agent_socket(supervisor)
    await database_sync_to_async(Membership.objects.filter(user=supervisor).update)(
        role=Membership.MemberRole.AGENT
    )
    await call(socket, type="close", session=active_session.pk)
    assert await closed_with(socket) == consumers.CLOSE_NO_CHAT
    state = await database_sync_to_async(
        lambda: Session.objects.get(pk=active_session.pk).state
    )()
    assert state == Session.State.ACTIVE


@pytest.mark.parametrize("fast", [True, False])
async def test_a_deactivated_buyers_socket_cannot_send(
    active_session, buyer, settings, fast
):
    settings.CHAT_FAST_SEND = fast
    socket, _ = await buyer_socket(buyer, active_session)
    await database_sync_to_async(User.objects.filter(pk=buyer.pk).update)(
        is_active=False
    )
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="还在吗",
    )
    assert await closed_with(socket) == consumers.CLOSE_ANONYMOUS
    assert await database_sync_to_async(Message.objects.count)() == 0


async def test_a_moved_agents_fast_send_is_refused(active_session, agent, other_store):
    socket = await agent_socket(agent, active_session)
    await database_sync_to_async(Membership.objects.filter(user=agent).update)(
        store=other_store
    )
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text="您好",
    )
    assert await closed_with(socket) == consumers.CLOSE_NO_CHAT
    assert await database_sync_to_async(Message.objects.count)() == 0


# 5: a cap per user and process; disconnect completes and leaves nothing.


async def group_members(group):
    layer = get_channel_layer()
    key = layer._group_key(group)
    return await layer.connection(layer.consistent_hash(group)).zcard(key)


async def empty_group(group):
    """Drop what earlier test runs (whose user ids repeat) left in the group."""
    layer = get_channel_layer()
    key = layer._group_key(group)
    await layer.connection(layer.consistent_hash(group)).delete(key)


async def test_sockets_over_the_per_user_cap_are_closed_with_4429(buyer, monkeypatch):
    monkeypatch.setattr(consumers, "MAX_SOCKETS_PER_USER", 3)
    await empty_group(user_group(buyer.pk))
    sockets = [await connect(buyer) for _ in range(3)]
    for socket in sockets:
        await until(socket, "sessions")
    refused = await connect(buyer)
    assert await closed_with(refused) == consumers.CLOSE_TOO_MANY_SOCKETS
    await sockets.pop().disconnect()
    replacement = await connect(buyer)
    await until(replacement, "sessions")
    for socket in [*sockets, replacement]:
        await socket.disconnect()
    assert consumers._open_sockets[buyer.pk] == 0
    assert await group_members(user_group(buyer.pk)) == 0


async def test_many_sockets_closing_at_once_leave_no_group_members(buyer):
    await empty_group(user_group(buyer.pk))
    sockets = [await connect(buyer) for _ in range(15)]
    for socket in sockets:
        await until(socket, "sessions")
    await asyncio.gather(*(socket.disconnect() for socket in sockets))
    assert await group_members(user_group(buyer.pk)) == 0


async def test_disconnect_completes_when_the_channel_layer_fails(agent, monkeypatch):
    await empty_group(user_group(agent.pk))
    socket = await agent_socket(agent)
    await call(socket, type="presence", state="online")
    await until(socket, "presence")
    layer = get_channel_layer()
    real = layer.group_discard_many
    failures = []

    async def failing_once(groups, channel):
        if not failures:
            failures.append(groups)
            raise RedisConnectionError("Too many connections")
        await real(groups, channel)

    monkeypatch.setattr(layer, "group_discard_many", failing_once)
    await socket.disconnect()
    assert failures
    presence = await database_sync_to_async(
        lambda: Membership.objects.get(user=agent).presence
    )()
    assert presence == Membership.Presence.OFFLINE
    assert await group_members(user_group(agent.pk)) == 0


async def test_disconnect_takes_presence_offline_even_if_the_layer_stays_down(
    agent, monkeypatch
):
    socket = await agent_socket(agent)
    await call(socket, type="presence", state="online")
    await until(socket, "presence")
    layer = get_channel_layer()

    async def down(groups, channel):
        raise RedisConnectionError("Too many connections")

    monkeypatch.setattr(layer, "group_discard_many", down)
    monkeypatch.setattr(consumers.asyncio, "sleep", _no_sleep)
    await socket.disconnect()
    presence = await database_sync_to_async(
        lambda: Membership.objects.get(user=agent).presence
    )()
    assert presence == Membership.Presence.OFFLINE
    assert consumers._open_sockets[agent.pk] == 0


_real_sleep = asyncio.sleep


async def _no_sleep(seconds):
    await _real_sleep(0)


# 6: the origin is compared by scheme, host and port.


@pytest.mark.parametrize(
    ("origin", "opens"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://127.0.0.1:9999", False),
        ("https://127.0.0.1:8000", False),
        ("http://127.0.0.1", False),
        ("http://localhost:8000", False),
        ("null", False),
    ],
)
async def test_origin_must_match_scheme_host_and_port(buyer, origin, opens):
    socket = await connect(
        buyer, origin=origin, host="127.0.0.1:8000", expect_open=opens
    )
    if opens:
        await socket.disconnect()


async def test_host_outside_allowed_hosts_is_refused(buyer):
    await connect(
        buyer, origin="http://evil.example", host="evil.example", expect_open=False
    )


async def test_https_behind_a_proxy_and_trusted_origins_are_accepted(buyer):
    with override_settings(
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
        ALLOWED_HOSTS=["csc.example.com"],
        CSRF_TRUSTED_ORIGINS=["https://m.example.com"],
    ):
        headers_for = {
            "https://csc.example.com": True,
            "http://csc.example.com": False,
            "https://m.example.com": True,
        }
        for origin, opens in headers_for.items():
            socket = WebsocketCommunicator(
                application,
                "/ws/chat/",
                headers=[
                    (b"origin", origin.encode()),
                    (b"host", b"csc.example.com"),
                    (b"x-forwarded-proto", b"https"),
                ],
            )
            connected, _ = await socket.connect()
            assert connected is opens, origin
            await socket.disconnect()


# 7, 9, 11: huge numbers, blank text, a client id from another session.


async def test_huge_numbers_in_any_field_answer_bad_frame_and_the_socket_lives(
    active_session, agent
):
    socket = await agent_socket(agent, active_session)
    session = active_session.pk
    for sent in (
        {"type": "transfer", "session": session, "agent": 2**63},
        {"type": "transfer", "session": 2**64, "agent": 1},
        {"type": "read", "session": session, "seq": 2**31},
        {"type": "subscribe", "session": session, "after_seq": 2**63},
        {"type": "pickup", "session": 2**70},
        {"type": "close", "session": 10**30},
    ):
        await call(socket, **sent)
        error = await until(socket, "error")
        assert error["code"] == "bad_frame", sent
    assert await still_open(socket)


@pytest.mark.parametrize(
    "text", [" \u200b\u200d\ufeff ", "\u3000\u3164\u2800", "\u2060\u202e\u202c"]
)
async def test_text_of_only_invisible_characters_is_refused_as_empty(
    active_session, buyer, text
):
    socket, _ = await buyer_socket(buyer, active_session)
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=str(uuid.uuid4()),
        text=text,
    )
    assert (await until(socket, "error"))["code"] == "empty"
    assert await database_sync_to_async(Message.objects.count)() == 0


@pytest.mark.parametrize("fast", [True, False])
async def test_a_client_msg_id_reused_in_another_session_is_a_conflict(
    active_session, buyer, other_store, settings, fast
):
    settings.CHAT_FAST_SEND = fast
    other = await database_sync_to_async(factories.make_session)(
        other_store, buyer, None, state=Session.State.QUEUED
    )
    socket, _ = await buyer_socket(buyer, active_session)
    client_msg_id = str(uuid.uuid4())
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=client_msg_id,
        text="第一条",
    )
    assert (await until(socket, "ack"))["session"] == active_session.pk
    await call(
        socket, type="send", session=other.pk, client_msg_id=client_msg_id, text="另"
    )
    error = await until(socket, "error")
    assert error["code"] == "client_msg_id_conflict"
    assert error["ref"] == client_msg_id
    assert error["session"] == other.pk
    assert f"#{active_session.pk}" in error["message"]
    count = await database_sync_to_async(Message.objects.filter(session=other).count)()
    assert count == 0
    # The same id again in its own session is still the first ack.
    await call(
        socket,
        type="send",
        session=active_session.pk,
        client_msg_id=client_msg_id,
        text="第一条",
    )
    ack = await until(socket, "ack")
    assert ack["seq"] == 1


# The permission matrix's content rule, on the socket surface: what each role's
# `history` and `sessions` frames show of a note, masked and blocked messages.


@database_sync_to_async
def content_session(store, buyer, agent):
    from tests.csc.test_permission_matrix import (
        A_BLOCK,
        A_MASK,
        A_ORIG,
        B_BLOCK,
        B_MASK,
        B_ORIG,
        NOTE,
    )

    session = factories.make_session(store, buyer, agent)

    def add(sender, body, **fields):
        kind = "buyer" if sender == buyer else "agent"
        return factories.make_message(
            session, fields.pop("sender_kind", kind), sender, body, **fields
        )

    add(agent, f"店铺电话{A_ORIG}", verdict="mask", masked_body=A_MASK)
    add(agent, NOTE, sender_kind="system", kind="note")
    add(agent, A_BLOCK, verdict="block")
    add(buyer, B_BLOCK, verdict="block")
    add(buyer, f"我的电话{B_ORIG}", verdict="mask", masked_body=B_MASK)
    return session


def markers_in(frame_):
    from tests.csc.test_permission_matrix import MARKERS

    text = json.dumps(frame_, ensure_ascii=False)
    return {marker for marker in MARKERS if marker in text}


async def test_socket_frames_show_each_role_what_the_content_matrix_says(
    store, buyer, agent, supervisor
):
    from tests.csc.test_permission_matrix import (
        B_MASK,
        B_ORIG,
        BUYER_SEES,
        SENDING_AGENT_SEES,
        SUPERVISOR_SEES,
    )

    session = await content_session(store, buyer, agent)
    for user, expected, last in (
        (buyer, BUYER_SEES, {B_ORIG}),
        (agent, SENDING_AGENT_SEES, {B_MASK}),
        (supervisor, SUPERVISOR_SEES, {B_MASK}),
    ):
        socket = await connect(user)
        sessions = await until(socket, "sessions")
        # The session list's last message: the buyer's masked one.
        assert markers_in(sessions) == last, user
        await call(socket, type="subscribe", session=session.pk)
        history = await until(socket, "history")
        assert markers_in(history) == expected, user
        await socket.disconnect()


async def test_a_notice_reaches_each_console_in_its_readers_language(
    store, agent, supervisor
):
    english = await connect(agent, language="en")
    await until(english, "queue")
    chinese = await connect(supervisor, language="zh-hans")
    await until(chinese, "queue")
    await database_sync_to_async(do_add_penalty_entry)(store, 2, "态度恶劣", "manual")
    assert (await until(english, "notice"))["text"] == "2 points deducted: 态度恶劣"
    assert (await until(chinese, "notice"))["text"] == "扣 2 分：态度恶劣"
    await english.disconnect()
    await chinese.disconnect()
