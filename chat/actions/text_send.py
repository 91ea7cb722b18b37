"""The common send in two round trips to PostgreSQL.

Almost every message is a buyer's or the assigned agent's text in a queued or
active session of an open store, and screening lets it through. The general path
(`chat.actions.messages.do_send_message`) spends seven round trips on it: BEGIN,
the session lock, the buyer-restriction check, the screening history, the
insert, the session update and COMMIT, each waited for by the process's one
database thread (chat/db.py) while other sockets' sends queue behind it.

Here the same send takes two: BEGIN with one statement that locks the session
and reads everything else (chat.hot_sql.send_context_statement), then the insert,
the session update and COMMIT together. The message, the session's new fields
and the events are made by the same functions as on the general path. Anything
else — another state, a refusal, a verdict other than allow, a resent
`client_msg_id`, a session changed while waiting for its lock — rolls back
having changed nothing and returns None, and the general path answers it as it
always has.
"""

import contextlib

from django.conf import settings
from django.db import DatabaseError, Error, IntegrityError, connection
from django.utils import timezone

from chat import hot_sql
from chat.actions import messages
from chat.actions.messages import (
    HUMAN_STATES,
    SESSION_FIELDS,
    new_message,
    note_delivery,
    publish_message,
)
from chat.models import Message, Store
from chat.selectors import can_access, reader_side, valid_id
from compliance.screening import history_rows

SAVEPOINT = "csc_text_send"


def try_send_text(user, session_id, client_msg_id, text: str) -> Message | None:
    """Store, publish and return the message, or return None having changed
    nothing when this send is not the common case (see the module docstring)."""
    if not _enabled() or not valid_id(session_id):
        return None
    begin, commit, rollback = _transaction_statements()
    now = timezone.now()
    with connection.cursor() as cursor:
        try:
            read, params = hot_sql.send_context_statement(session_id, user.pk, now)
            read = hot_sql.prepared(cursor, read, params)
            cursor.execute(f"{begin}; {read}", params)
            message = _common_send(user, cursor.fetchone(), client_msg_id, text, now)
            if message is None:
                _roll_back(cursor, rollback)
                return None
            insert, insert_params = hot_sql.insert_statement(message)
            update, update_params = hot_sql.update_statement(
                message.session, SESSION_FIELDS
            )
            insert = hot_sql.prepared(cursor, insert, insert_params)
            update = hot_sql.prepared(cursor, update, update_params)
            cursor.execute(
                f"{insert}; {update}; {commit}", [*insert_params, *update_params]
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
    message._state.adding = False
    message._state.db = connection.alias
    publish_message(message)
    return message


def _common_send(user, row, client_msg_id, text, now) -> Message | None:
    """The message of a common send of `text` in the locked session of `row`, with
    the session's fields updated in memory; None for any other send."""
    if row is None:
        return None
    session, store_status, fresh, restricted, history, message_id = (
        hot_sql.send_context(row)
    )
    if not fresh or session.state not in HUMAN_STATES:
        return None
    if store_status not in Store.CHAT_OPEN_STATUSES or not can_access(user, session):
        return None
    side = reader_side(user, session)
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
        now=now,
    )
    message.pk = message_id
    note_delivery(session, message)
    return message


def _enabled() -> bool:
    return connection.vendor == "postgresql" and getattr(
        settings, "CHAT_TEXT_SEND_FAST", True
    )


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
