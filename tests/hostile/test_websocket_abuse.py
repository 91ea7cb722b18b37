"""Hostile websocket clients against a real Daphne: clear errors, nothing lost,
nobody else affected.

Each abuse runs while a bystander (another buyer of the same store, served by the
same agent) keeps exchanging messages; the bystander must see every message once.
"""

import asyncio
import json
import time
import uuid

import pytest
from websockets.asyncio.client import connect

from chat.models import Message, Session
from tests.live_servers import (
    ChatClient,
    connection_dropped,
    frame_bytes,
    in_own_loop,
    raw_websocket,
    read_frames,
    run_in_own_loop,
)

pytestmark = pytest.mark.e2e

NEW = "00000000-0000-4000-8000-000000000000"


def cmid():
    return str(uuid.uuid4())


async def open_socket(daphne, cookie):
    return await connect(
        daphne.url,
        origin=daphne.origin,
        additional_headers={"Cookie": f"sessionid={cookie}"},
        compression=None,
        ping_interval=None,
        max_size=2**24,
    )


async def next_frame(ws, kinds, timeout=10.0):
    """The next frame whose type is in `kinds`, skipping pushes such as presence."""
    deadline = time.monotonic() + timeout
    while True:
        raw = await asyncio.wait_for(ws.recv(), max(0.01, deadline - time.monotonic()))
        frame = json.loads(raw)
        if frame.get("type") in kinds:
            return frame


async def still_answers(ws):
    await ws.send('{"type": "ping"}')
    return (await next_frame(ws, {"pong"}))["type"] == "pong"


async def bystander_exchange(daphne, people, count=5, pause=0.05):
    """A second buyer and the agent exchange `count` messages each way."""
    session = people["calm"].pk
    buyer = ChatClient([daphne.url], people["bystander_cookie"], daphne.origin)
    agent = ChatClient([daphne.url], people["agent_a_cookie"], daphne.origin)
    await buyer.connect()
    await agent.connect()
    await buyer.subscribe(session)
    await agent.subscribe(session)
    try:
        for n in range(count):
            await buyer.send(session, f"顾客的第{n}句话")
            await agent.send(session, f"客服的第{n}句回答")
            await asyncio.sleep(pause)
        expected = 2 * count
        await agent.wait_for(
            lambda: len(agent.shown.get(session, [])) == expected, 30, "agent side"
        )
        await buyer.wait_for(
            lambda: len(buyer.shown.get(session, [])) == expected, 30, "buyer side"
        )
        assert [m["seq"] for m in agent.shown[session]] == list(range(1, expected + 1))
        assert buyer.bodies(session) == agent.bodies(session)
        assert buyer.outbox == agent.outbox == {}
        assert buyer.errors == agent.errors == []
    finally:
        await buyer.close()
        await agent.close()
    return True


def malformed(session):
    return [
        ("{not json", "bad_json"),
        ("", "bad_json"),
        ("[1, 2, 3]", "bad_frame"),
        ('"just a string"', "bad_frame"),
        ('{"type": 5}', "bad_frame"),
        ('{"kind": "ping"}', "bad_frame"),
        ('{"type": "dance"}', "unknown_type"),
        ('{"type": "subscribe"}', "bad_frame"),
        ('{"type": "subscribe", "session": "1"}', "bad_frame"),
        ('{"type": "subscribe", "session": true}', "bad_frame"),
        ('{"type": "subscribe", "session": -1}', "bad_frame"),
        ('{"type": "subscribe", "session": 1.5}', "bad_frame"),
        (f'{{"type": "read", "session": {session}, "seq": "7"}}', "bad_frame"),
        (
            f'{{"type": "send", "session": {session}, "client_msg_id": 7, "text": "x"}}',
            "bad_frame",
        ),
        (
            f'{{"type": "send", "session": {session}, "client_msg_id": "nope",'
            ' "text": "x"}',
            "bad_frame",
        ),
        (
            f'{{"type": "send", "session": {session}, "client_msg_id": "{NEW}",'
            ' "text": ["x"]}',
            "bad_frame",
        ),
        (
            f'{{"type": "send", "session": {session}, "client_msg_id": "{NEW}",'
            ' "text": "   \\n "}',
            "empty",
        ),
        (
            json.dumps(
                {
                    "type": "send",
                    "session": session,
                    "client_msg_id": NEW,
                    "text": "长" * 2001,
                }
            ),
            "too_long",
        ),
        ("[" * 10000 + "]" * 10000, "bad_json"),
        ("[" * 20000 + "]" * 20000, "too_long"),
        ('{"type": "send", "session": 1e999}', "bad_frame"),
    ]


@in_own_loop
async def test_malformed_frames_get_clear_errors_on_a_connection_that_stays_open(
    daphne, people
):
    ws = await open_socket(daphne, people["abuser_cookie"])
    codes = []
    for text, _ in malformed(people["abused"].pk):
        await asyncio.sleep(0.11)  # under the 10 frames/s limit: no throttling here
        await ws.send(text)
        error = await next_frame(ws, {"error"})
        assert error["message"].strip()
        codes.append(error["code"])
    assert codes == [code for _, code in malformed(people["abused"].pk)]
    assert await still_answers(ws)
    await ws.close()
    assert Message.objects.count() == 0


@in_own_loop
async def test_binary_frame_is_refused_as_bad_json(daphne, people):
    ws = await open_socket(daphne, people["abuser_cookie"])
    await ws.send(b'{"type": "ping"}')
    assert (await next_frame(ws, {"error"}))["code"] == "bad_json"
    assert await still_answers(ws)
    await ws.close()


@in_own_loop
async def test_nul_characters_and_lone_surrogates_are_refused_not_crashed_on(
    daphne, people
):
    session = people["abused"].pk
    ws = await open_socket(daphne, people["abuser_cookie"])
    for text in ("a\\u0000b", "\\ud800", "ok\\udfff"):
        await ws.send(
            f'{{"type": "send", "session": {session}, "client_msg_id": "{cmid()}",'
            f' "text": "{text}"}}'
        )
        assert (await next_frame(ws, {"error", "ack"}))["code"] == "bad_frame"
    assert await still_answers(ws)
    await ws.close()
    assert Message.objects.count() == 0


def test_invalid_utf8_closes_only_the_offending_connection(daphne, people):
    sock, buffered = raw_websocket(daphne.port, people["abuser_cookie"])
    try:
        sock.sendall(frame_bytes(1, b'{"type": "ping", "x": "\xff\xfe"}'))
        frames = read_frames(sock, buffered, timeout=10, until=lambda f: bool(f))
        answers = [(op, payload) for op, payload in frames if op in (1, 8)]
        # Daphne (autobahn) fails the connection with a 1007 close.
        assert [op for op, _ in answers] == [8]
        assert int.from_bytes(answers[0][1][:2], "big") == 1007
        assert connection_dropped(sock)
    finally:
        sock.close()
    assert daphne.process.poll() is None
    assert run_in_own_loop(bystander_exchange(daphne, people))


def send_frame(session, size):
    return json.dumps(
        {
            "type": "send",
            "session": session,
            "client_msg_id": cmid(),
            "text": "x" * size,
        }
    ).encode()


def next_raw_json(sock, buffered, kind, timeout=20):
    """The first text frame of type `kind` read from a raw socket."""

    def found(frames):
        return [
            f for op, p in frames if op == 1 and (f := json.loads(p))["type"] == kind
        ]

    frames = read_frames(sock, buffered, timeout, until=lambda f: bool(found(f)))
    return found(frames)[0]


def test_half_megabyte_frame_answers_too_long_on_a_connection_that_stays_open(
    daphne, people
):
    sock, buffered = raw_websocket(daphne.port, people["abuser_cookie"])
    try:
        sock.sendall(frame_bytes(1, send_frame(people["abused"].pk, 2**19)))
        error = next_raw_json(sock, buffered, "error")
        assert error["code"] == "too_long"
        sock.sendall(frame_bytes(1, b'{"type": "ping"}'))
        assert next_raw_json(sock, b"", "pong") == {"type": "pong"}
    finally:
        sock.close()
    assert Message.objects.count() == 0


def test_frame_over_one_megabyte_is_closed_with_1009_and_only_that_one(daphne, people):
    sock, buffered = raw_websocket(daphne.port, people["abuser_cookie"])
    try:
        sock.sendall(frame_bytes(1, send_frame(people["abused"].pk, 2**20)))
        # Daphne's 1 MiB websocket message limit: a close frame saying why.
        frames = read_frames(
            sock, buffered, timeout=20, until=lambda f: any(op == 8 for op, _ in f)
        )
        closes = [payload for op, payload in frames if op == 8]
        assert closes, frames
        assert int.from_bytes(closes[0][:2], "big") == 1009
        assert connection_dropped(sock, timeout=20)
    finally:
        sock.close()
    assert Message.objects.count() == 0
    assert daphne.process.poll() is None
    assert run_in_own_loop(bystander_exchange(daphne, people))


@in_own_loop
async def test_burst_of_ten_thousand_frames_is_throttled_and_others_are_unaffected(
    daphne, people
):
    session = people["abused"].pk
    ws = await open_socket(daphne, people["abuser_cookie"])
    answers = []

    async def read_answers():
        while True:
            try:
                answers.append(json.loads(await asyncio.wait_for(ws.recv(), 3)))
            except TimeoutError:
                return

    reader = asyncio.create_task(read_answers())
    started = time.monotonic()
    ids = [cmid() for _ in range(10_000)]
    for client_msg_id in ids:
        await ws.send(
            json.dumps(
                {
                    "type": "send",
                    "session": session,
                    "client_msg_id": client_msg_id,
                    "text": "刷屏",
                }
            )
        )
    sent_for = time.monotonic() - started
    assert await bystander_exchange(daphne, people, count=3)
    await reader
    elapsed = time.monotonic() - started
    acks = [a for a in answers if a["type"] == "ack"]
    throttled = [a for a in answers if a.get("code") == "throttled"]
    other_errors = [a for a in answers if a["type"] == "error" and a not in throttled]
    assert other_errors == []
    assert len(throttled) >= 1
    assert 1 <= len(acks) <= 20 + 10 * elapsed + 1, (len(acks), sent_for, elapsed)
    stored = Message.objects.filter(session_id=session)
    assert stored.count() == len({a["client_msg_id"] for a in acks}) == len(acks)
    await asyncio.sleep(2.5)
    assert await still_answers(ws)
    await ws.close()
    assert daphne.process.poll() is None


@in_own_loop
async def test_other_tenants_session_answers_exactly_like_a_missing_one(daphne, people):
    foreign = people["foreign"].pk
    missing = Session.objects.order_by("-pk").first().pk + 1000
    ws = await open_socket(daphne, people["abuser_cookie"])

    async def answers(session):
        found = []
        for frame in (
            {"type": "subscribe", "session": session, "after_seq": 0},
            {"type": "send", "session": session, "client_msg_id": NEW, "text": "你好"},
            {"type": "typing", "session": session},
            {"type": "read", "session": session, "seq": 1},
            {"type": "human", "session": session},
            {"type": "rate", "session": session, "score": 1},
        ):
            await ws.send(json.dumps(frame))
            error = await next_frame(ws, {"error", "ack", "history", "rated"})
            found.append({k: v for k, v in error.items() if k != "session"})
        return found

    foreign_answers = await answers(foreign)
    assert foreign_answers == await answers(missing)
    assert {a["code"] for a in foreign_answers} == {"not_found"}
    for huge in (2**63, 2**70):
        await ws.send(json.dumps({"type": "subscribe", "session": huge}))
        assert (await next_frame(ws, {"error"}))["code"] in {"not_found", "bad_frame"}
    assert await still_answers(ws)
    await ws.close()
    assert Message.objects.filter(session_id=foreign).count() == 0


HOSTILE_TEXTS = {
    "html": '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>',
    "sql": "'; DROP TABLE chat_message; -- \" OR 1=1 /*",
    "template": "{{ request.user }} {% debug %} ${7*7} #{7*7}",
    "confusable": "аррӏе ｐａｙｐａｌ Ρаураl",
    "bidi": "订单\u202egnp.exe\u202c 已\u2066发\u2069货\u200f",
    "zero_width": "你\u200b好\u200d呀\ufeff",
    "emoji_2000": "".join(chr(0x1F600 + n % 80) for n in range(2000)),
    "combining": "Z\u0351\u0348\u0324a\u0352\u0336lgo" * 10,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
@in_own_loop
async def test_hostile_text_is_stored_and_delivered_exactly_as_sent(
    daphne, people, name
):
    text = HOSTILE_TEXTS[name]
    session = people["abused"].pk
    buyer = ChatClient([daphne.url], people["abuser_cookie"], daphne.origin)
    agent = ChatClient([daphne.url], people["agent_a_cookie"], daphne.origin)
    await buyer.connect()
    await agent.connect()
    await buyer.subscribe(session)
    await agent.subscribe(session)
    try:
        client_msg_id = await buyer.send(session, text)
        await agent.wait_for(lambda: agent.shown.get(session), 15, "delivery")
        await buyer.wait_for(lambda: client_msg_id in buyer.acks, 15, "ack")
    finally:
        await buyer.close()
        await agent.close()
    ack = buyer.acks[client_msg_id]
    assert ack["status"] == "delivered"
    assert ack["message"]["body"] == text
    assert agent.bodies(session) == [text]
    stored = Message.objects.get(session_id=session)
    assert stored.body == text
    assert str(stored.client_msg_id) == client_msg_id
