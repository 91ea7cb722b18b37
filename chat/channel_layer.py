"""channels_redis's layer with group sends batched: `group_send_many`.

channels_redis sends one group message in four Redis round trips (drop expired
members, read members, drop expired messages, then EVAL of a script sent in full
each time). A chat message rings up to three groups (the session, the store's
consoles, the buyer's tabs), so a send cost twelve round trips and three script
uploads, as much CPU in the Daphne process as the database work of the send
(bench/chat_load.py --profile). Here any number of group messages go out in one
cached script (EVALSHA) on one Redis host: it reads every group's members and
stores every message, with the same expiry, capacity and per-process channel
bundling as channels_redis, and in order. Each message is serialized once, with
an empty channel list that the script fills in per channel key (the reading
pipeline this replaces was a tenth of a csc Daphne process's CPU); its EVALSHA is
packed here and sent on a connection of the client's pool, without the client's
per-command layers (a quarter of the group send's CPU). With several
hosts, per-channel capacities or encryption, where the members' keys and their
messages can only be made in Python, it takes two round trips per host: one
pipeline reads every group's members, one script stores every message.

Its connections write each command under `asyncio.timeout`, not under redis-py's
`asyncio.wait_for`: on Python 3.11 a task cancelled just as wait_for's write
finished kept running as if never cancelled, and channels_redis's receive,
which polls Redis until a message comes, then never ended (a consumer that
outlived its socket; a test loop that waited for ever for it to end).
"""

import asyncio
import collections
import logging
import random
import time

import msgpack
from channels_redis.core import RedisChannelLayer as BaseRedisChannelLayer
from channels_redis.utils import create_pool
from redis.asyncio.connection import Connection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# KEYS: channel keys (one may repeat); ARGV: messages, capacities, then the time
# and the expiry. Each message gets a score a microsecond after the previous one,
# so messages to one channel are received in the order they were given.
SEND_SCRIPT = """
local count = #KEYS
local now = tonumber(ARGV[count * 2 + 1])
local expiry = tonumber(ARGV[count * 2 + 2])
local over_capacity = 0
for i = 1, count do
    redis.call('ZREMRANGEBYSCORE', KEYS[i], 0, math.floor(now) - expiry)
    if redis.call('ZCOUNT', KEYS[i], '-inf', '+inf') < tonumber(ARGV[count + i]) then
        redis.call('ZADD', KEYS[i], now + i * 0.000001, ARGV[i])
        redis.call('EXPIRE', KEYS[i], expiry)
    else
        over_capacity = over_capacity + 1
    end
end
return over_capacity
"""

# KEYS: group keys, one per message (one may repeat); ARGV: each message's
# serialized form (its channel list empty: the last byte, msgpack's nil) and
# random prefix, then the channel key prefix, the time, the message expiry, the
# oldest group membership kept and the capacity. For each group: drop expired
# members, bundle the others by channel key (a process's channels share one:
# the name up to its "!"), and store the message once per key with that key's
# channel names filled in, as in the script above. channels_redis's Lua
# runs on one host with keys it names itself (no cluster).
GROUP_SEND_SCRIPT = """
local count = #KEYS
local channel_prefix = ARGV[count * 2 + 1]
local now = tonumber(ARGV[count * 2 + 2])
local expiry = tonumber(ARGV[count * 2 + 3])
local oldest = tonumber(ARGV[count * 2 + 4])
local capacity = tonumber(ARGV[count * 2 + 5])
local over_capacity = 0
local sent = 0
for i = 1, count do
    redis.call('ZREMRANGEBYSCORE', KEYS[i], 0, oldest)
    local keys, channels = {}, {}
    for _, channel in ipairs(redis.call('ZRANGE', KEYS[i], 0, -1)) do
        local bang = string.find(channel, '!', 1, true)
        local key = channel_prefix .. (bang and string.sub(channel, 1, bang) or channel)
        if channels[key] == nil then
            channels[key] = {}
            keys[#keys + 1] = key
        end
        table.insert(channels[key], channel)
    end
    local head = ARGV[i * 2] .. string.sub(ARGV[i * 2 - 1], 1, -2)
    for _, key in ipairs(keys) do
        sent = sent + 1
        redis.call('ZREMRANGEBYSCORE', key, 0, math.floor(now) - expiry)
        if redis.call('ZCOUNT', key, '-inf', '+inf') < capacity then
            redis.call('ZADD', key, now + sent * 0.000001, head .. cmsgpack.pack(channels[key]))
            redis.call('EXPIRE', key, expiry)
        else
            over_capacity = over_capacity + 1
        end
    end
end
return over_capacity
"""


class CancellableConnection(Connection):
    """redis-py's TCP connection, its write timed by `asyncio.timeout`.

    redis-py sends a command under `asyncio.wait_for(write, socket_timeout)`.
    Python 3.11's wait_for runs the write as a task of its own and, when the
    caller is cancelled in the loop step after that task finished, returns its
    result and drops the cancellation (fixed in 3.12, where wait_for is built
    on asyncio.timeout). Everything else is redis-py's `send_packed_command`."""

    async def send_packed_command(self, command, check_health: bool = True) -> None:
        if not self.is_connected:
            await self.connect_check_health(check_health=False)
        if check_health:
            await self.check_health()
        try:
            if isinstance(command, str):
                command = command.encode()
            if isinstance(command, bytes):
                command = [command]
            async with asyncio.timeout(self.socket_timeout or None):
                self._writer.writelines(command)
                await self._writer.drain()
        except TimeoutError:
            await self.disconnect(nowait=True)
            raise RedisTimeoutError("Timeout writing to socket") from None
        except OSError as error:
            await self.disconnect(nowait=True)
            raise RedisConnectionError(
                f"Error {error.args} while writing to socket."
            ) from error
        except BaseException:
            # As redis-py: a write cut short leaves the connection unusable.
            await self.disconnect(nowait=True)
            raise


async def _run_script(client, script, keys, args):
    """`script(keys=keys, args=args, client=client)`: EVALSHA on one of the
    client's pooled connections, retried as the client retries a command (the
    connection closed after each failure) and loaded again after NOSCRIPT, but
    without the client's layers around one command (its encoder's per-argument
    dispatch, the command-name lookups, response callbacks and timing): a
    quarter of a group send's CPU in this process (bench/send_path.py)."""
    pool = client.connection_pool
    connection = await pool.get_connection()
    try:
        return await connection.retry.call_with_retry(
            lambda: _evalsha(client, connection, script, keys, args),
            lambda _error: connection.disconnect(),
        )
    finally:
        await pool.release(connection)


async def _evalsha(client, connection, script, keys, args):
    # The connection's read (as its write, CancellableConnection) closes it on
    # any error or cancellation: no reply is left for the next command to read.
    await connection.send_packed_command(
        _packed(b"EVALSHA", script.sha, len(keys), *keys, *args)
    )
    try:
        return await connection.read_response()
    except NoScriptError:
        # A restarted or flushed Redis: load it again, as redis-py's Script.
        script.sha = await client.script_load(script.script)
    await connection.send_packed_command(
        _packed(b"EVALSHA", script.sha, len(keys), *keys, *args)
    )
    return await connection.read_response()


def _packed(*args) -> bytes:
    """One command in the Redis protocol, each argument encoded as redis-py's
    encoder does it (bytes as they are, text as UTF-8, numbers as their repr)."""
    parts = [b"*%d\r\n" % len(args)]
    for arg in args:
        if isinstance(arg, bytes):
            data = arg
        elif isinstance(arg, str):
            data = arg.encode()
        elif isinstance(arg, (int, float)) and not isinstance(arg, bool):
            data = repr(arg).encode()
        else:
            raise TypeError(f"cannot send {type(arg).__name__} to Redis")
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(parts)


def _with_cancellable_connections(host: dict) -> dict:
    """The host's pool arguments with `CancellableConnection` for a plain TCP
    address (TLS, Unix sockets and Sentinel keep redis-py's classes)."""
    if "connection_class" in host:
        return host
    address = host.get("address")
    if address is not None and not str(address).startswith("redis://"):
        return host
    if address is None and ("master_name" in host or "path" in host):
        return host
    return {**host, "connection_class": CancellableConnection}


class RedisChannelLayer(BaseRedisChannelLayer):
    _script = None
    _group_script = None

    def create_pool(self, index):
        return create_pool(_with_cancellable_connections(self.hosts[index]))

    async def group_send(self, group, message):
        await self.group_send_many([(group, message)])

    async def group_send_many(self, sends):
        """Send each (group, message) to its group's members, in order."""
        sends = list(sends)
        if not sends:
            return
        for group, _ in sends:
            assert self.require_valid_group_name(group), "Group name not valid"
        if self._in_one_script():
            await self._group_send_in_one_script(sends)
            return
        members = await self._members([group for group, _ in sends])
        batches = collections.defaultdict(lambda: ([], [], []))
        for group, message in sends:
            channel_names = members[group]
            if not channel_names:
                continue
            by_connection, messages, capacities = self._map_channel_keys_to_connection(
                channel_names, message
            )
            for index, keys in by_connection.items():
                batch_keys, batch_messages, batch_capacities = batches[index]
                for key in keys:
                    batch_keys.append(key)
                    batch_messages.append(messages[key])
                    batch_capacities.append(capacities[key])
        for index, (keys, messages, capacities) in batches.items():
            connection = self.connection(index)
            over = await self._send_script(connection)(
                keys=keys,
                args=[*messages, *capacities, time.time(), self.expiry],
                client=connection,
            )
            if over:
                logger.info("%s of %s channel keys over capacity", over, len(keys))

    def _in_one_script(self) -> bool:
        """Whether the script can make every message itself: one host, one
        capacity for every channel, msgpack without encryption."""
        serializer = self._serializer
        return (
            self.ring_size == 1
            and not self.channel_capacity
            and getattr(serializer, "crypter", None) is None
            and getattr(serializer, "as_bytes", None) is msgpack.packb
        )

    async def _group_send_in_one_script(self, sends) -> None:
        # As channels_redis's serializer: a random prefix keeps equal messages
        # apart in a channel's sorted set.
        length = self._serializer.random_prefix_length
        args = []
        for _group, message in sends:
            assert "__asgi_channel__" not in message
            args.append(msgpack.packb({**message, "__asgi_channel__": None}))
            args.append(random.getrandbits(8 * length).to_bytes(length, "big"))
        now = time.time()
        client = self.connection(0)
        if self._group_script is None:
            self._group_script = client.register_script(GROUP_SEND_SCRIPT)
        over = await _run_script(
            client,
            self._group_script,
            [self._group_key(group) for group, _ in sends],
            [
                *args,
                self.prefix,
                now,
                self.expiry,
                int(now) - self.group_expiry,
                self.capacity,
            ],
        )
        if over:
            logger.info("%s channel keys over capacity", over)

    async def _members(self, groups) -> dict[str, list[str]]:
        """Every group's current members, one pipeline per Redis host."""
        by_connection = collections.defaultdict(list)
        for group in dict.fromkeys(groups):
            by_connection[self.consistent_hash(group)].append(group)
        members = {}
        oldest = int(time.time()) - self.group_expiry
        for index, host_groups in by_connection.items():
            pipe = self.connection(index).pipeline(transaction=False)
            for group in host_groups:
                key = self._group_key(group)
                pipe.zremrangebyscore(key, min=0, max=oldest)
                pipe.zrange(key, 0, -1)
            replies = await pipe.execute()
            for position, group in enumerate(host_groups):
                names = replies[position * 2 + 1]
                members[group] = [name.decode("utf8") for name in names]
        return members

    def _send_script(self, connection):
        # The script object keeps the SHA and falls back to EVAL on NOSCRIPT (a
        # restarted Redis); it is called with each host's own client.
        if self._script is None:
            self._script = connection.register_script(SEND_SCRIPT)
        return self._script

    async def group_discard_many(self, groups, channel):
        """Take `channel` out of every one of `groups`: one pipeline per Redis
        host, so that a socket leaving its groups needs one pooled connection,
        not one per group (hundreds of sockets closing at once exhausted the
        pool, and the groups they failed to leave kept them for a day)."""
        assert self.require_valid_channel_name(channel), "Channel name not valid"
        by_connection = collections.defaultdict(list)
        for group in dict.fromkeys(groups):
            assert self.require_valid_group_name(group), "Group name not valid"
            by_connection[self.consistent_hash(group)].append(group)
        for index, host_groups in by_connection.items():
            pipe = self.connection(index).pipeline(transaction=False)
            for group in host_groups:
                pipe.zrem(self._group_key(group), channel)
            await pipe.execute()


async def discard_groups(layer, groups, channel) -> None:
    """Leave `groups` in as few round trips as the layer allows."""
    if hasattr(layer, "group_discard_many"):
        await layer.group_discard_many(groups, channel)
        return
    for group in groups:
        await layer.group_discard(group, channel)
