"""chat.async_pg.Pool: the event loop's send connections, first come first served."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from django.db import connections

from chat.async_pg import Pool

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
async def pool():
    found = Pool(1)
    yield found
    await found.close()
    await sync_to_async(connections.close_all)()


async def _backend(connection):
    await connection.execute("SELECT pg_backend_pid()")
    return connection.fetchone()[0]


async def test_a_given_back_connection_goes_to_the_longest_waiting(pool):
    first = await pool.acquire()
    pid = await _backend(first)
    served = []

    async def wait(name):
        connection = await pool.acquire()
        served.append((name, await _backend(connection)))
        await pool.release(connection)

    waiting = [asyncio.ensure_future(wait(name)) for name in ("one", "two")]
    await asyncio.sleep(0)
    assert len(pool.waiting) == 2
    await pool.release(first)
    # Whoever asks right after giving one back queues behind the waiting.
    late = asyncio.ensure_future(wait("late"))
    await asyncio.gather(*waiting, late)
    assert served == [("one", pid), ("two", pid), ("late", pid)]
    assert (pool.open_count, len(pool.idle), len(pool.waiting)) == (1, 1, 0)


async def test_a_closed_connection_gives_its_slot_to_the_next_waiting(pool):
    first = await pool.acquire()
    pid = await _backend(first)
    waiting = asyncio.ensure_future(pool.acquire())
    await asyncio.sleep(0)
    first.close()  # a lost connection: not idle, so closed, its slot handed on
    await pool.release(first)
    second = await waiting
    assert await _backend(second) != pid
    assert pool.open_count == 1
    await pool.release(second)


async def test_a_cancelled_waiter_neither_keeps_nor_loses_a_connection(pool):
    first = await pool.acquire()
    cancelled = asyncio.ensure_future(pool.acquire())
    served = asyncio.ensure_future(pool.acquire())
    await asyncio.sleep(0)
    cancelled.cancel()
    await asyncio.sleep(0)
    assert cancelled.cancelled() and len(pool.waiting) == 1
    await pool.release(first)
    assert await served is first
    # Handed a connection in the same tick as it is cancelled: passed on.
    racing = asyncio.ensure_future(pool.acquire())
    await asyncio.sleep(0)
    await pool.release(first)
    racing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await racing
    assert (pool.open_count, pool.idle, len(pool.waiting)) == (1, [first], 0)
    # Cancelled, and passed over by a connection given back before it ran.
    connection = await pool.acquire()
    passed_over = asyncio.ensure_future(pool.acquire())
    await asyncio.sleep(0)
    passed_over.cancel()
    await pool.release(connection)
    with pytest.raises(asyncio.CancelledError):
        await passed_over
    assert (pool.open_count, pool.idle, len(pool.waiting)) == (1, [first], 0)
