"""chat.channel_layer: channels_redis with batched group sends, on the real Redis."""

import asyncio
import uuid

import pytest
from django.conf import settings

from chat.channel_layer import CancellableConnection, RedisChannelLayer


@pytest.fixture
async def layer():
    layer = RedisChannelLayer(
        hosts=[settings.REDIS_URL],
        prefix=f"test-layer-{uuid.uuid4().hex[:8]}",
        capacity=3,
    )
    yield layer
    await layer.flush()
    await layer.close_pools()


async def receive(layer, channel, timeout=2):
    return await asyncio.wait_for(layer.receive(channel), timeout)


async def test_batched_sends_reach_every_member_in_order(layer):
    buyer = await layer.new_channel()
    agent = await layer.new_channel()
    await layer.group_add("session.1", buyer)
    await layer.group_add("session.1", agent)
    await layer.group_add("store.1", agent)
    await layer.group_send_many(
        [
            ("session.1", {"type": "chat.message", "n": 1}),
            ("store.1", {"type": "chat.session", "n": 2}),
            ("session.1", {"type": "chat.message", "n": 3}),
        ]
    )
    assert [(await receive(layer, agent))["n"] for _ in range(3)] == [1, 2, 3]
    assert [(await receive(layer, buyer))["n"] for _ in range(2)] == [1, 3]
    with pytest.raises(TimeoutError):
        await receive(layer, buyer, timeout=0.3)


async def test_group_send_and_empty_groups(layer):
    channel = await layer.new_channel()
    await layer.group_add("g", channel)
    await layer.group_send("nobody", {"type": "x", "n": 0})
    await layer.group_send("g", {"type": "x", "n": 1})
    await layer.group_send_many([])
    assert (await receive(layer, channel))["n"] == 1
    await layer.group_discard("g", channel)
    await layer.group_send("g", {"type": "x", "n": 2})
    with pytest.raises(TimeoutError):
        await receive(layer, channel, timeout=0.3)


async def test_a_full_channel_drops_what_is_over_capacity(layer):
    channel = await layer.new_channel()
    await layer.group_add("g", channel)
    await layer.group_send_many([("g", {"type": "x", "n": n}) for n in range(5)])
    got = [(await receive(layer, channel))["n"] for _ in range(3)]
    assert got == [0, 1, 2]
    with pytest.raises(TimeoutError):
        await receive(layer, channel, timeout=0.3)


async def test_the_script_is_loaded_again_after_redis_forgets_it(layer):
    channel = await layer.new_channel()
    await layer.group_add("g", channel)
    await layer.group_send("g", {"type": "x", "n": 1})
    await layer.connection(0).script_flush()
    await layer.group_send("g", {"type": "x", "n": 2})
    assert [(await receive(layer, channel))["n"] for _ in range(2)] == [1, 2]


async def test_one_script_bundles_a_process_channels_as_channels_redis_does(layer):
    """The one-script send stores one message per channel key, its channel list
    filled in by the script, read back by channels_redis as its own; a second
    layer (another process) has its own key."""
    assert layer._in_one_script()
    other = RedisChannelLayer(
        hosts=[settings.REDIS_URL], prefix=layer.prefix, capacity=3
    )
    try:
        first, second = await layer.new_channel(), await layer.new_channel()
        elsewhere = await other.new_channel()
        for channel in (first, second, elsewhere):
            await layer.group_add("g", channel)
        await layer.group_add("h", second)
        message = {"type": "chat.message", "text": "你好", "seq": 7, "none": None}
        await layer.group_send_many([("g", message), ("h", {"type": "x", "n": 2})])
        keys = await layer.connection(0).keys(f"{layer.prefix}specific.*")
        assert len(keys) == 2
        assert await receive(layer, first) == message
        assert await receive(layer, second) == message
        assert await receive(layer, second) == {"type": "x", "n": 2}
        assert await receive(other, elsewhere) == message
    finally:
        await other.flush()
        await other.close_pools()


async def test_without_one_script_the_pipeline_and_script_send_the_same(layer):
    layer.channel_capacity = layer.compile_capacities({"other*": 9})
    assert not layer._in_one_script()
    await test_batched_sends_reach_every_member_in_order(layer)


async def test_a_receive_cancelled_at_any_step_ends():
    """A receive ends when cancelled, at whatever step it is. redis-py writes
    each command under asyncio.wait_for when the host has a socket timeout (as
    csc's has), and Python 3.11's wait_for loses a cancellation that arrives
    just as the write finishes: channels_redis's receive then polled Redis
    for ever (BZPOPMIN every 5 s), and the test's event loop, which waits for
    every task it cancelled, never closed (a suite that hung at a teardown)."""
    config = settings.CHANNEL_LAYERS["default"]["CONFIG"]
    layer = RedisChannelLayer(
        hosts=config["hosts"], prefix=f"test-layer-{uuid.uuid4().hex[:8]}"
    )
    channel = await layer.new_channel()
    await layer.group_add("g", channel)
    await layer.group_send("g", {"type": "x"})  # connections opened and warm
    assert (await receive(layer, channel))["type"] == "x"
    lost = []
    try:
        for steps in range(60):
            task = asyncio.ensure_future(layer.receive(channel))
            for _ in range(steps):
                await asyncio.sleep(0)
            task.cancel()
            done, _ = await asyncio.wait([task], timeout=1)
            if not done:
                lost.append(steps)
                task.cancel()
                await asyncio.wait([task])
    finally:
        await layer.flush()
        await layer.close_pools()
    assert lost == []


def test_plain_tcp_hosts_get_the_cancellable_connection():
    """TLS, Unix sockets and a class chosen in the settings keep theirs."""
    hosts = [
        {"address": "redis://127.0.0.1:6379/0", "socket_timeout": 15},
        {"host": "127.0.0.1", "port": 6379},
        {"address": "rediss://127.0.0.1:6379/0"},
        {"address": "unix:///tmp/redis.sock"},
    ]
    layer = RedisChannelLayer(hosts=hosts)
    classes = [layer.create_pool(index).connection_class for index in range(4)]
    assert classes[:2] == [CancellableConnection, CancellableConnection]
    assert CancellableConnection not in classes[2:]


def test_commands_are_packed_as_redis_py_packs_them():
    from redis.asyncio.connection import Connection

    from chat.channel_layer import _packed

    args = (b"EVALSHA", "ab12", 2, "asgi:group:g", b"\x81\xa1x\xc0", 1733.25, -3, "键")
    assert _packed(*args) == b"".join(Connection().pack_command(*args))
    with pytest.raises(TypeError):
        _packed(True)


async def test_a_group_send_cancelled_at_any_step_leaves_no_reply_behind():
    """The one-script send reads its reply on a pooled connection itself: a
    send cancelled before the reply was read closes that connection, so the
    next command on the pool reads its own reply, and messages still arrive."""
    config = settings.CHANNEL_LAYERS["default"]["CONFIG"]
    layer = RedisChannelLayer(
        hosts=config["hosts"], prefix=f"test-layer-{uuid.uuid4().hex[:8]}"
    )
    channel = await layer.new_channel()
    await layer.group_add("g", channel)
    client = layer.connection(0)
    try:
        for steps in range(30):
            task = asyncio.ensure_future(layer.group_send("g", {"type": "x"}))
            for _ in range(steps):
                await asyncio.sleep(0)
            task.cancel()
            await asyncio.wait([task], timeout=1)
            assert task.done()
            assert await client.echo(f"after {steps}") == f"after {steps}".encode()
        await layer.group_send("g", {"type": "x", "n": "last"})
        got = [await receive(layer, channel)]
        while got[-1].get("n") != "last":  # after those sent before cancelled
            got.append(await receive(layer, channel))
        assert {event["type"] for event in got} == {"x"} and len(got) <= 31
    finally:
        await layer.flush()
        await layer.close_pools()
