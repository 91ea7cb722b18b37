"""The websocket's text send on the event loop, in two round trips to PostgreSQL.

One driver of `chat.actions.send_policy.decide_send` (the other is
`chat.actions.send`, on Django's connection). It runs on the event loop's own
connections (chat.async_pg), so that a send neither hops to the database thread
nor queues behind other sends there: BEGIN with one statement that locks the
session and reads the whole context (chat.hot_sql.send_context_statement), the
decision, then the message's INSERT, the session's UPDATE and COMMIT together,
both prepared once per connection.

A refusal is raised here, exactly as the other driver raises it. The send is
handed to the other driver (returning `Handoff`) only for what this one cannot
do, never for policy:

- infrastructure: no pool or a database error, rules not compiled yet or
  older than the newest revision (which the locking statement reads with every
  send: the other driver recompiles them), a sender whose role or store the
  socket has not loaded;
- loading: the sender's account or membership changed since the socket loaded
  them (the other driver's caller checks who they are now), a resent
  `client_msg_id` (its first message answers), a session that does not exist;
- carrying out: a plan with a robot turn or a review item (ORM work). The plan's
  screening goes along (`Handoff.prior`), so that the message is screened once.
"""

import contextlib
import logging
from dataclasses import dataclass
from functools import cache

import psycopg2
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from chat import async_pg, hot_sql
from chat.actions.errors import ChatError
from chat.actions.messages import SESSION_FIELDS, clean_text_send, message_events
from chat.actions.send_policy import Screened, SendContext, SendPlan, decide_send
from chat.events import message_payload, send_collected
from chat.models import Message
from chat.selectors import membership_of, valid_id
from compliance.rulesets import live_ruleset
from compliance.screening import history_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Handoff:
    """Send this by `chat.actions.send` (with this screening, if any)."""

    prior: Screened | None = None


async def check_send_text_async(
    user, session_id, client_msg_id, text
) -> Message | Handoff:
    """Validate the frame's fields (raising ChatError), then store, publish and
    return the message, raise its refusal, or hand it over (`Handoff`) having
    changed nothing."""
    if not _identity_loaded(user):
        return Handoff()
    client_msg_id, text = clean_text_send(user, client_msg_id, text)
    ruleset = live_ruleset.compiled()
    if (
        not _enabled()
        or not settings.CHAT_SEND_CONNECTIONS
        or not valid_id(session_id)
        or ruleset is None
    ):
        return Handoff()
    pool = async_pg.pool()
    try:
        db = await pool.acquire()
    except psycopg2.Error:
        return Handoff()
    try:
        outcome = await _send_on(db, user, session_id, client_msg_id, text, ruleset)
    except ChatError:
        raise
    except psycopg2.Error:
        outcome = Handoff()
        if not db.raw.closed and not db.idle:
            with contextlib.suppress(psycopg2.Error):
                await db.execute("ROLLBACK")
        db.prepared.clear()
        with contextlib.suppress(psycopg2.Error):
            await db.execute("DEALLOCATE ALL")
    except Exception:
        # A fault of this driver must not cost the message: the other one
        # sends it (and reports the fault if it shares it).
        log.exception("event-loop send failed; sending on the database thread")
        db.close()
        outcome = Handoff()
    except BaseException:
        # Cancelled mid-statement: what the connection is doing is unknown.
        db.close()
        raise
    finally:
        await pool.release(db)
    if isinstance(outcome, SendPlan):
        message = outcome.message
        message._state.adding = False
        message._state.db = DEFAULT_DB_ALIAS
        # Built once: the events carry it, and the sender's ack is made of it
        # (chat.selectors.message_ack_payload).
        message.sent_payload = message_payload(message)
        await send_collected(message_events(message, message.sent_payload))
        return message
    return outcome


async def _send_on(
    db, user, session_id, client_msg_id, text, ruleset
) -> SendPlan | Handoff:
    read, params = hot_sql.send_context_statement(
        session_id, user.pk, client_msg_id, timezone.now()
    )
    await db.execute(f"BEGIN; {await _prepared_on(db, read, params)}", params)
    try:
        outcome = await _decide(db, user, db.fetchone(), client_msg_id, text, ruleset)
    except ChatError:
        await db.execute("ROLLBACK")
        raise
    if isinstance(outcome, Handoff):
        await db.execute("ROLLBACK")
        return outcome
    message = outcome.message
    write = [
        hot_sql.text_insert_statement(message),
        hot_sql.plain_update_statement(message.session, SESSION_FIELDS),
    ]
    texts = [await _prepared_on(db, sql, part) for sql, part in write]
    await db.execute(
        f"{'; '.join(texts)}; COMMIT", [value for _sql, part in write for value in part]
    )
    return outcome


async def _decide(db, user, row, client_msg_id, text, ruleset) -> SendPlan | Handoff:
    if row is None:
        return Handoff()  # no such session: the other driver answers (resends)
    (
        session,
        store_status,
        fresh,
        restricted,
        history,
        message_id,
        active,
        store_id,
        role,
        existing,
        revision,
    ) = hot_sql.send_context(row)
    if existing is not None or not _sender_unchanged(user, active, store_id, role):
        return Handoff()
    if not live_ruleset.confirm(ruleset, revision):
        # The rules changed: the other driver, whose thread may query the
        # database, compiles them again and screens with them.
        return Handoff()
    if not fresh:
        # Another send committed while this one waited for the lock: the
        # history read in the statement's snapshot misses its message.
        sql, params = hot_sql.history_statement(session.pk)
        await db.execute(sql, params)
        history = db.fetchone()[0]
    context = SendContext(
        user=user,
        session=session,
        store_status=store_status,
        restricted=bool(restricted),
        history=history_rows(history),
        ruleset=ruleset,
        # Taken holding the lock, as by the other driver, so that a session's
        # messages are in time order as they are in seq order.
        now=timezone.now(),
    )
    plan = decide_send(context, text=text, client_msg_id=client_msg_id)
    if not plan.two_statements:
        return Handoff(prior=plan.screened)
    plan.message.pk = message_id
    return plan


def _sender_unchanged(user, active, store_id, role) -> bool:
    membership = membership_of(user)
    loaded = (membership.store_id, membership.role) if membership else (None, None)
    return bool(active) and loaded == (store_id, role)


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


def _enabled() -> bool:
    return _postgresql() and settings.CHAT_FAST_SEND


@cache
def _postgresql() -> bool:
    """The default database's vendor (its backend's class attribute: fixed for
    the process; `django.db.connection.vendor` looks the connection up again)."""
    return connections[DEFAULT_DB_ALIAS].vendor == "postgresql"
