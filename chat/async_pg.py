"""PostgreSQL from the event loop, for the common send (chat.actions.text_send).

Every other database call of the websocket consumer runs on the process's one
database thread (chat/db.py), where each send waited behind the others' round
trips to PostgreSQL and paid a thread hop both ways. The common send instead
runs its two statements here: psycopg2's asynchronous connections, driven by the
event loop's readers and writers, a few per process, so that sends to different
sessions are in PostgreSQL at the same time while the loop serves other sockets.

The connections are in autocommit mode (psycopg2 allows no other when
asynchronous); statements bring their own BEGIN and COMMIT. A connection is
closed rather than returned when a statement failed in a way that leaves its
state unknown (a lost connection, a cancelled send), and when it is older than
the database's CONN_MAX_AGE (CHAT_DB_CONNECTION_SECONDS).
"""

import asyncio
import collections
import time
import weakref

import psycopg2
import psycopg2.extensions
from django.conf import settings
from django.db import connections

from chat.db import connection_max_age


class AsyncConnection:
    """One asynchronous psycopg2 connection; one statement at a time."""

    def __init__(self, raw, max_age: float = float("inf")):
        self.raw = raw
        self.cursor = None  # once connected
        self.prepared: set[str] = set()
        self.opened_at = time.monotonic()
        # Read when opened, not at every release (a look-up of Django's
        # connection and the settings per send).
        self.max_age = max_age

    @classmethod
    async def open(cls) -> "AsyncConnection":
        database = connections["default"]
        params = database.get_connection_params()
        params.pop("cursor_factory", None)
        raw = psycopg2.connect(**params, async_=True)
        connection = cls(raw, connection_max_age(database))
        try:
            await connection._wait()
            connection.cursor = raw.cursor()
            await connection.execute(
                database.ops.set_time_zone_sql(), [database.timezone_name]
            )
        except BaseException:
            connection.close()
            raise
        return connection

    async def execute(self, sql: str, params=None) -> None:
        self.cursor.execute(sql, params)
        await self._wait()

    def fetchone(self):
        return self.cursor.fetchone()

    @property
    def idle(self) -> bool:
        """Connected, and in no transaction: fit to be used again."""
        return (
            not self.raw.closed
            and self.raw.get_transaction_status()
            == psycopg2.extensions.TRANSACTION_STATUS_IDLE
        )

    def close(self) -> None:
        if not self.raw.closed:
            self.raw.close()

    async def _wait(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            state = self.raw.poll()
            if state == psycopg2.extensions.POLL_OK:
                return
            ready = loop.create_future()

            def wake(ready=ready):
                if not ready.done():
                    ready.set_result(None)

            fd = self.raw.fileno()
            if state == psycopg2.extensions.POLL_READ:
                loop.add_reader(fd, wake)
                remove = loop.remove_reader
            else:
                loop.add_writer(fd, wake)
                remove = loop.remove_writer
            try:
                await ready
            finally:
                remove(fd)


class Pool:
    """Up to `size` connections for one event loop, opened when first needed.

    First come, first served: a connection given back goes to the send that has
    waited longest, not to whichever asks next. (With an idle list that every
    caller could take from, a send that had just finished took its connection
    straight back while the woken waiter found none: under load a few sends
    kept the connections and others waited for seconds; bench/pg_drivers.py.)
    Every change happens between two awaits on the loop's one thread: no lock.
    """

    def __init__(self, size: int):
        self.size = size
        self.idle: list[AsyncConnection] = []
        self.open_count = 0
        # Sends waiting, oldest first; each is handed a connection, or None:
        # a free slot to open one in.
        self.waiting: collections.deque[asyncio.Future] = collections.deque()

    async def acquire(self) -> AsyncConnection:
        if self.idle:
            return self.idle.pop()
        if self.open_count < self.size:
            self.open_count += 1
            return await self._open()
        handed = asyncio.get_running_loop().create_future()
        self.waiting.append(handed)
        try:
            connection = await handed
        except asyncio.CancelledError:
            if handed.done() and not handed.cancelled():
                self._hand_on(handed.result())  # handed over as it was cancelled
            elif handed in self.waiting:  # (else skipped already by _hand_on)
                self.waiting.remove(handed)
            raise
        return connection if connection is not None else await self._open()

    async def release(self, connection: AsyncConnection) -> None:
        """Take the connection back; it is closed unless it is idle and young."""
        young = time.monotonic() - connection.opened_at < connection.max_age
        if connection.idle and young:
            self._hand_on(connection)
            return
        connection.close()
        self._hand_on(None)

    async def close(self) -> None:
        for connection in self.idle:
            connection.close()
        self.open_count -= len(self.idle)
        self.idle = []

    async def _open(self) -> AsyncConnection:
        """A new connection in a slot already counted in open_count."""
        try:
            return await AsyncConnection.open()
        except BaseException:
            self._hand_on(None)
            raise

    def _hand_on(self, connection: AsyncConnection | None) -> None:
        """Give a connection (or, None, its slot) to the oldest waiting send,
        else keep it idle (or free the slot)."""
        while self.waiting:
            handed = self.waiting.popleft()
            if not handed.done():
                handed.set_result(connection)
                return
        if connection is not None:
            self.idle.append(connection)
        else:
            self.open_count -= 1


_pools: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Pool]" = (
    weakref.WeakKeyDictionary()
)


def pool() -> Pool:
    """The running event loop's pool."""
    loop = asyncio.get_running_loop()
    found = _pools.get(loop)
    if found is None:
        found = _pools[loop] = Pool(settings.CHAT_SEND_CONNECTIONS)
    return found


async def close_pool() -> None:
    """Close the running loop's idle connections (a test's loop before it ends)."""
    found = _pools.pop(asyncio.get_running_loop(), None)
    if found is not None:
        await found.close()
