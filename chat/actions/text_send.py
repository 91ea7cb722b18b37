"""The common send in two round trips to PostgreSQL.

Almost every message is a buyer's or the assigned agent's text in a queued or
active session of an open store, and screening lets it through. The general path
(`chat.actions.messages.do_send_message`) spends seven round trips on it: BEGIN,
the session lock, the buyer-restriction check, the screening history, the
insert, the session update and COMMIT.

Here the same send takes two: BEGIN with one statement that locks the session
and reads everything else (chat.hot_sql.send_context_statement), then the insert,
the session update and COMMIT together, both prepared once per connection. The
message, the session's new fields and the events are made by the same functions
as on the general path. Anything else — another state, a refusal, a verdict
other than allow, a resent `client_msg_id`, a session changed while this send
waited for its lock, a database error — rolls back having changed nothing and
returns None, and the general path answers it as it always has.

Two drivers run these steps: `try_send_text` on Django's connection (the general
path's first step, in any thread), and `check_send_text_async` on the event
loop's own connections (chat.async_pg) for the websocket consumer, so that a
send neither hops to the database thread nor queues behind other sends there.
"""

import contextlib
import logging

import psycopg2
from django.conf import settings
from django.db import DatabaseError, Error, IntegrityError, connection
from django.utils import timezone

from chat import async_pg, hot_sql
from chat.actions import messages
from chat.actions.messages import (
    HUMAN_STATES,
    SESSION_FIELDS,
    clean_text_send,
    message_events,
    new_message,
    note_delivery,
    publish_message,
)
from chat.events import send_collected
from chat.models import Message, Store
from chat.selectors import can_access, membership_of, valid_id
from chat.visibility import reader_of
from compliance.rulesets import live_ruleset
from compliance.screening import history_rows

SAVEPOINT = "csc_text_send"
log = logging.getLogger(__name__)


def try_send_text(user, session_id, client_msg_id, text: str) -> Message | None:
    """Store, publish and return the message on Django's connection, or return
    None having changed nothing when this send is not the common case."""
    if not _enabled() or not valid_id(session_id):
        return None
    begin, commit, rollback = _transaction_statements()
    with connection.cursor() as cursor:
        try:
            read, params = _read(user, session_id)
            cursor.execute(f"{begin}; {hot_sql.prepared(cursor, read, params)}", params)
            row = cursor.fetchone()
            message = _common_send(user, row, client_msg_id, text)
            if message is None:
                _roll_back(cursor, rollback)
                return None
            write, params = _write(message)
            cursor.execute(
                f"{_prepared_writes(cursor, write, params)}; {commit}",
                [value for part in params for value in part],
            )
        except IntegrityError:
            # A resent client_msg_id raced its first send: the general path
            # answers with the first message.
            _roll_back(cursor, rollback)
            return None
        except DatabaseError:
            # The general path tries again, and reports what is really wrong
            # (a database that is down fails there too).
            _roll_back(cursor, rollback)
            hot_sql.forget_prepared()
            return None
        except BaseException:
            _roll_back(cursor, rollback)
            raise
    _saved(message)
    publish_message(message)
    return message


async def check_send_text_async(
    user, session_id, client_msg_id, text
) -> Message | None:
    """The websocket's send from the event loop: validate the frame's fields as
    `check_send_message` does (raising ChatError), then store and publish the
    message and return it, or return None having changed nothing when this send
    is not the common case — the caller then sends it by the general path."""
    if not _identity_loaded(user):
        return None
    client_msg_id, text = clean_text_send(user, client_msg_id, text)
    if (
        not _enabled()
        or not settings.CHAT_SEND_CONNECTIONS
        or not valid_id(session_id)
        or not live_ruleset.fresh()
    ):
        # A rule set due for its revision check is refreshed on the general
        # path, whose thread may query the database.
        return None
    pool = async_pg.pool()
    try:
        db = await pool.acquire()
    except psycopg2.Error:
        return None
    try:
        message = await _send_on(db, user, session_id, client_msg_id, text)
    except psycopg2.Error:
        message = None
        if not db.raw.closed and not db.idle:
            with contextlib.suppress(psycopg2.Error):
                await db.execute("ROLLBACK")
        db.prepared.clear()
        with contextlib.suppress(psycopg2.Error):
            await db.execute("DEALLOCATE ALL")
    except Exception:
        # A fault of this path must not cost the message: the general path
        # sends it (and reports the fault if it shares it).
        log.exception("common send failed; sending by the general path")
        db.close()
        message = None
    except BaseException:
        # Cancelled mid-statement: what the connection is doing is unknown.
        db.close()
        raise
    finally:
        await pool.release(db)
    if message is not None:
        _saved(message)
        await send_collected(message_events(message))
    return message


async def _send_on(db, user, session_id, client_msg_id, text) -> Message | None:
    read, params = _read(user, session_id)
    await db.execute(f"BEGIN; {await _prepared_on(db, read, params)}", params)
    message = _common_send(user, db.fetchone(), client_msg_id, text)
    if message is None:
        await db.execute("ROLLBACK")
        return None
    write, params = _write(message)
    texts = [
        await _prepared_on(db, sql, part)
        for sql, part in zip(write, params, strict=True)
    ]
    await db.execute(
        f"{'; '.join(texts)}; COMMIT", [value for part in params for value in part]
    )
    return message


def _read(user, session_id) -> tuple[str, list]:
    return hot_sql.send_context_statement(session_id, user.pk, timezone.now())


def _common_send(user, row, client_msg_id, text) -> Message | None:
    """The message of a common send of `text` in the locked session of `row`, with
    the session's fields updated in memory; None for any other send."""
    if row is None:
        return None
    (
        session,
        store_status,
        fresh,
        restricted,
        history,
        message_id,
        *sender_now,
    ) = hot_sql.send_context(row)
    if not fresh or session.state not in HUMAN_STATES:
        return None
    if not _sender_unchanged(user, *sender_now):
        # Deactivated, moved or given another role since the caller loaded
        # them: the general path answers, from the database.
        return None
    if store_status not in Store.CHAT_OPEN_STATUSES or not can_access(user, session):
        return None
    side = reader_of(user, session).side
    if side == "buyer" and not restricted:
        sender_kind = Message.SenderKind.BUYER
    elif side == "merchant" and session.agent_id == user.pk:
        sender_kind = Message.SenderKind.AGENT
    else:
        return None
    screening = messages.screen_chat_message(
        session=session,
        sender_kind=sender_kind,
        text=text,
        history=history_rows(history),
    )
    if screening.action != Message.Verdict.ALLOW:
        return None
    message = new_message(
        session,
        sender_kind=sender_kind,
        sender=user,
        body=text,
        kind=Message.Kind.TEXT,
        client_msg_id=client_msg_id,
        screening=screening,
        # Taken holding the lock, as on the general path, so that a session's
        # messages are in time order as they are in seq order.
        now=timezone.now(),
    )
    message.pk = message_id
    note_delivery(session, message)
    return message


def _sender_unchanged(user, active, store_id, role) -> bool:
    membership = membership_of(user)
    loaded = (membership.store_id, membership.role) if membership else (None, None)
    return bool(active) and loaded == (store_id, role)


def _write(message) -> tuple[list[str], list[list]]:
    """The insert of the message and the update of its session."""
    insert, insert_params = hot_sql.insert_statement(message)
    update, update_params = hot_sql.update_statement(message.session, SESSION_FIELDS)
    return [insert, update], [insert_params, update_params]


def _prepared_writes(cursor, write, params) -> str:
    return "; ".join(
        hot_sql.prepared(cursor, sql, part)
        for sql, part in zip(write, params, strict=True)
    )


async def _prepared_on(db, sql: str, params: list) -> str:
    statement = hot_sql.prepared_statement(sql, params)
    if statement is None:
        return sql
    if statement.name not in db.prepared:
        await db.execute(statement.prepare)
        db.prepared.add(statement.name)
    return statement.execute


def _identity_loaded(user) -> bool:
    """Whether the user's role and store are known without the database (the
    consumer loads a merchant's membership when the socket connects)."""
    if user.kind != user.Kind.MERCHANT:
        return True
    return user._meta.get_field("membership").is_cached(user)


def _saved(message) -> None:
    message._state.adding = False
    message._state.db = connection.alias


def _enabled() -> bool:
    return connection.vendor == "postgresql" and settings.CHAT_FAST_SEND


def _transaction_statements() -> tuple[str, str, str]:
    """BEGIN/COMMIT/ROLLBACK, or a savepoint inside a caller's transaction."""
    connection.ensure_connection()
    if connection.in_atomic_block or not connection.get_autocommit():
        return (
            f"SAVEPOINT {SAVEPOINT}",
            f"RELEASE SAVEPOINT {SAVEPOINT}",
            f"ROLLBACK TO SAVEPOINT {SAVEPOINT}; RELEASE SAVEPOINT {SAVEPOINT}",
        )
    return "BEGIN", "COMMIT", "ROLLBACK"


def _roll_back(cursor, rollback: str) -> None:
    # A broken connection cannot roll back; chat.db closes it after the error.
    with contextlib.suppress(Error):
        cursor.execute(rollback)
