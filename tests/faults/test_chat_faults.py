"""Chat delivery through real faults: Redis restarted, Daphne killed, PostgreSQL cut.

Each test keeps a buyer and an agent talking through the fault with the protocol's
client behaviour (reconnect, resubscribe after the last seq, resend the outbox,
retry on `unavailable`), then checks that both sides show every message exactly
once, in seq order, and that the database holds each exactly once.
"""

import asyncio

import pytest
from django.conf import settings
from django.db.models import Count

from chat.models import Message
from tests.live_servers import (
    ChatClient,
    Daphne,
    TcpProxy,
    database_url,
    in_own_loop,
)

pytestmark = pytest.mark.e2e


async def pair(conversation, buyer_urls, agent_urls, origin):
    session = conversation["session"]
    buyer = ChatClient(buyer_urls, conversation["buyer_cookie"], origin)
    agent = ChatClient(agent_urls, conversation["agent_cookie"], origin)
    await buyer.connect()
    await agent.connect()
    await buyer.subscribe(session)
    await agent.subscribe(session)
    return buyer, agent


async def talk(buyer, agent, session, label, count=3):
    texts = []
    for n in range(count):
        texts.append(f"{label}：买家第{n}句")
        await buyer.send(session, texts[-1])
        texts.append(f"{label}：客服第{n}句")
        await agent.send(session, texts[-1])
        await asyncio.sleep(0.05)
    return texts


async def settle(clients, session, texts, timeout=40):
    for client in clients:
        await client.wait_for(
            lambda c=client: (
                not c.outbox and len(c.shown.get(session, [])) >= len(texts)
            ),
            timeout,
            f"every message shown ({len(texts)})",
        )
    for client in clients:
        shown = client.shown[session]
        assert [m["seq"] for m in shown] == list(range(1, len(texts) + 1))
        assert sorted(client.bodies(session)) == sorted(texts)
    stored = Message.objects.filter(session_id=session)
    assert stored.count() == len(texts)
    assert stored.values("sender_id", "client_msg_id").distinct().count() == len(texts)
    assert sorted(stored.values_list("body", flat=True)) == sorted(texts)
    assert not stored.values("seq").annotate(n=Count("id")).filter(n__gt=1).exists()


async def close_all(*clients):
    for client in clients:
        await client.close()


@in_own_loop
async def test_redis_restarted_mid_conversation_loses_and_doubles_nothing(
    conversation, private_redis
):
    session = conversation["session"]
    daphne = Daphne(redis_url=private_redis.url).start()
    try:
        buyer, agent = await pair(
            conversation, [daphne.url], [daphne.url], daphne.origin
        )
        texts = await talk(buyer, agent, session, "之前")
        await settle([buyer, agent], session, texts)
        private_redis.stop()
        texts += await talk(buyer, agent, session, "停机时")
        await asyncio.sleep(0.5)
        private_redis.start()
        texts += await talk(buyer, agent, session, "之后")
        await settle([buyer, agent], session, texts)
        await close_all(buyer, agent)
    finally:
        daphne.stop()


@in_own_loop
async def test_daphne_killed_and_restarted_loses_and_doubles_nothing(conversation):
    session = conversation["session"]
    daphne = Daphne(redis_url=settings.REDIS_URL).start()
    try:
        buyer, agent = await pair(
            conversation, [daphne.url], [daphne.url], daphne.origin
        )
        texts = await talk(buyer, agent, session, "之前")
        await settle([buyer, agent], session, texts)
        daphne.kill()
        texts += await talk(buyer, agent, session, "宕机时")
        daphne = Daphne(redis_url=settings.REDIS_URL, port=daphne.port).start()
        texts += await talk(buyer, agent, session, "之后")
        await settle([buyer, agent], session, texts)
        assert buyer.reconnects >= 1 and agent.reconnects >= 1
        await close_all(buyer, agent)
    finally:
        daphne.stop()


@in_own_loop
async def test_clients_of_a_killed_daphne_resume_on_the_other_one(conversation):
    session = conversation["session"]
    first = Daphne(redis_url=settings.REDIS_URL).start()
    second = Daphne(redis_url=settings.REDIS_URL).start()
    try:
        buyer, agent = await pair(
            conversation, [first.url, second.url], [second.url, first.url], None
        )
        texts = await talk(buyer, agent, session, "之前")
        await settle([buyer, agent], session, texts)
        first.kill()
        texts += await talk(buyer, agent, session, "切换时")
        texts += await talk(buyer, agent, session, "之后")
        await settle([buyer, agent], session, texts)
        assert buyer.reconnects >= 1
        assert agent.reconnects == 0
        await close_all(buyer, agent)
    finally:
        first.stop()
        second.stop()


@in_own_loop
async def test_database_cut_answers_unavailable_and_stores_each_message_once(
    conversation,
):
    session = conversation["session"]
    proxy = TcpProxy(int(database_url().rsplit(":", 1)[1].split("/")[0])).start()
    daphne = Daphne(
        redis_url=settings.REDIS_URL, db_url=database_url(port=proxy.port)
    ).start()
    try:
        buyer, agent = await pair(
            conversation, [daphne.url], [daphne.url], daphne.origin
        )
        texts = await talk(buyer, agent, session, "之前")
        await settle([buyer, agent], session, texts)
        proxy.cut()
        texts += await talk(buyer, agent, session, "断库时")
        await buyer.wait_for(lambda: buyer.errors, 15, "an unavailable error")
        await asyncio.sleep(1.0)
        proxy.restore()
        texts += await talk(buyer, agent, session, "恢复后")
        await settle([buyer, agent], session, texts)
        codes = {e["code"] for e in buyer.errors + agent.errors}
        # A tab resending every 0.3 s through a long outage may also be told
        # to slow down (the socket's rate limit); nothing else goes wrong.
        assert "unavailable" in codes and codes <= {"unavailable", "throttled"}
        refs = {e.get("ref") for e in buyer.errors if e["code"] == "unavailable"}
        assert refs <= {str(m.client_msg_id) for m in Message.objects.all()}
        await close_all(buyer, agent)
    finally:
        daphne.stop()
        proxy.stop()
