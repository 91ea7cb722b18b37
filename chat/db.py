"""How the websocket consumer runs database work: `await call(action, *args)`.

Channels runs `close_old_connections` on the database thread before every frame
and every channel-layer event a consumer handles (and around every
`database_sync_to_async` call): one more hop to the process's single database
thread per delivery, queued behind other sockets' sends. Here the consumer's
calls check their connection themselves: it is kept between calls and closed
only when broken (after an error it no longer answers) or older than
CHAT_DB_CONNECTION_SECONDS (default: the database's CONN_MAX_AGE).

Events the action commits (chat.events) are collected rather than sent from the
database thread, and sent from the event loop once the call returns, also when
it raises: what committed is announced.
"""

import time

from asgiref.sync import SyncToAsync
from django.conf import settings
from django.db import DatabaseError, connections

from chat.events import collecting_events, send_collected


def connection_max_age(conn) -> float:
    """CHAT_DB_CONNECTION_SECONDS if set, else the database's CONN_MAX_AGE (None:
    no limit)."""
    age = getattr(settings, "CHAT_DB_CONNECTION_SECONDS", None)
    if age is None:
        age = conn.settings_dict.get("CONN_MAX_AGE", 0)
    return float("inf") if age is None else float(age)


def _opened_at(conn, now: float) -> float:
    """When this wrapper's current connection was first seen open."""
    seen = getattr(conn, "csc_opened", None)
    if seen is None or seen[0] is not conn.connection:
        seen = conn.csc_opened = (conn.connection, now)
    return seen[1]


def _drop_stale_connections() -> None:
    """Before a call: close connections that broke or grew too old."""
    now = time.monotonic()
    for conn in connections.all(initialized_only=True):
        if conn.connection is None:
            continue
        too_old = now - _opened_at(conn, now) >= connection_max_age(conn)
        broken = conn.errors_occurred and not conn.is_usable()
        if too_old or broken:
            conn.close()
        else:
            conn.errors_occurred = False


def _close_broken_connections() -> None:
    """After an error: a connection that no longer answers is closed at once, so
    the next call (the client's retry) connects again."""
    for conn in connections.all(initialized_only=True):
        if conn.connection is not None and not conn.is_usable():
            conn.close()


class _Outcome:
    __slots__ = ("result", "error", "events")

    def __init__(self, result=None, error=None, events=()):
        self.result, self.error, self.events = result, error, events


def _run(action, args, kwargs) -> _Outcome:
    _drop_stale_connections()
    with collecting_events() as events:
        try:
            result = action(*args, **kwargs)
            now = time.monotonic()
            for conn in connections.all(initialized_only=True):
                if conn.connection is not None:
                    _opened_at(conn, now)
            return _Outcome(result=result, events=events)
        except DatabaseError as error:
            _close_broken_connections()
            return _Outcome(error=error, events=events)
        except Exception as error:  # noqa: BLE001 - re-raised in the loop below
            return _Outcome(error=error, events=events)


_run_in_db_thread = SyncToAsync(_run, thread_sensitive=True)


async def call(action, *args, **kwargs):
    """Run `action(*args, **kwargs)` on the database thread; send the events it
    committed; return its result or raise its exception."""
    outcome = await _run_in_db_thread(action, args, kwargs)
    if outcome.events:
        await send_collected(outcome.events)
    if outcome.error is not None:
        raise outcome.error
    return outcome.result
