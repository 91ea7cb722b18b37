"""Real-time chat events: their shapes, their groups, and the one way to send them.

The channel layer is only a doorbell: every event here can be lost (a full group
is silently skipped by channels_redis) and the database still holds the truth.
"""

import contextlib
import contextvars
import datetime as dt
import hashlib
from functools import partial
from typing import Literal, TypedDict

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.urls import reverse


def session_group(session_id: int) -> str:
    """Every socket subscribed to one session (buyer tabs, agents, supervisors)."""
    return f"chat.session.{session_id}"


def store_group(store_id: int) -> str:
    """Every merchant console of one store: session list, queue, notices."""
    return f"chat.store.{store_id}"


def user_group(user_id: int) -> str:
    """Every socket of one user: their tabs stay in sync."""
    return f"chat.user.{user_id}"


class MessagePayload(TypedDict):
    id: int
    session: int
    seq: int | None
    side: Literal["buyer", "merchant"]
    sender: int | None
    sender_kind: str
    sender_name: str
    client_msg_id: str | None
    kind: str
    body: str
    masked_body: str
    # A product-written text's code and parameters (chat.system_texts): each
    # reader's frame shows it in their language; "" for what people wrote.
    text_code: str
    text_params: dict
    image_url: str
    created_at: str
    verdict: str


class SessionPayload(TypedDict):
    id: int
    store: str
    store_id: int
    store_name: str
    buyer: int
    buyer_name: str
    agent: int | None
    agent_name: str
    state: str
    waiting_since: str | None
    last_seq: int
    last_message: MessagePayload | None
    created_at: str
    closed_at: str | None
    rating: int | None
    rating_comment: str
    version: int


class MessageEvent(TypedDict):
    type: Literal["chat.message"]
    session: int
    seq: int | None
    message: MessagePayload


class SessionEvent(TypedDict):
    type: Literal["chat.session"]
    session: SessionPayload


class QueueEvent(TypedDict):
    type: Literal["chat.queue"]
    store: str
    sessions: list[SessionPayload]


class TypingEvent(TypedDict):
    type: Literal["chat.typing"]
    session: int
    side: str
    user: int


class ReadEvent(TypedDict):
    type: Literal["chat.read"]
    session: int
    side: str
    seq: int


class PresenceEvent(TypedDict):
    type: Literal["chat.presence"]
    user: int
    state: str


class RatedEvent(TypedDict):
    type: Literal["chat.rated"]
    session: int
    rating: int
    score: int
    comment: str


class NoticeEvent(TypedDict):
    type: Literal["chat.notice"]
    id: int
    level: str
    text: str  # in the platform's default language
    texts: dict[str, str]  # in each language, when the product wrote it
    created_at: str


class PhrasesEvent(TypedDict):
    """Quick phrases changed: the consoles that show them ask for them again."""

    type: Literal["chat.phrases"]


def phrases_event() -> PhrasesEvent:
    return {"type": "chat.phrases"}


class AccessEvent(TypedDict):
    """What a user may do changed: their sockets check again, or close when
    `login` names the Django session the socket was opened with (a logout)."""

    type: Literal["chat.access"]
    login: str | None


def login_digest(session_key: str | None) -> str | None:
    """A Django session key as sockets name it in events (never the key itself)."""
    if not session_key:
        return None
    return hashlib.sha256(session_key.encode()).hexdigest()[:32]


def access_event(login: str | None = None) -> AccessEvent:
    return {"type": "chat.access", "login": login}


def _iso(value):
    return value.isoformat() if value else None


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def summary_version(session) -> int:
    """The summary's version: microseconds of the session's last change.

    Every change a summary shows saves `updated_at` while holding the session row
    lock, so a later summary of one session always carries a larger version, even
    when events from two processes arrive out of order."""
    return (session.updated_at - EPOCH) // dt.timedelta(microseconds=1)


def message_payload(message) -> MessagePayload:
    """The stored message as every reader's frame is rendered from (chat.frames)."""
    sender = message.sender if message.sender_id else None
    return {
        "id": message.pk,
        "session": message.session_id,
        "seq": message.seq,
        "side": "buyer" if message.sender_kind == "buyer" else "merchant",
        "sender": message.sender_id,
        "sender_kind": message.sender_kind,
        "sender_name": sender.display_name if sender else "",
        "client_msg_id": str(message.client_msg_id) if message.client_msg_id else None,
        "kind": message.kind,
        "body": message.body,
        "masked_body": message.masked_body,
        "text_code": message.text_code,
        "text_params": message.text_params,
        "image_url": (
            reverse("chat:api-message-image", args=[message.pk])
            if message.image
            else ""
        ),
        "created_at": _iso(message.created_at),
        "verdict": message.verdict,
    }


def session_payload(
    session, *, last_message=None, rating=None, rating_comment=""
) -> SessionPayload:
    """`session` needs store, buyer and agent loaded (select_related)."""
    agent = session.agent if session.agent_id else None
    return {
        "id": session.pk,
        "store": session.store.slug,
        "store_id": session.store_id,
        "store_name": session.store.name,
        "buyer": session.buyer_id,
        "buyer_name": session.buyer.display_name,
        "agent": session.agent_id,
        "agent_name": agent.display_name if agent else "",
        "state": session.state,
        "waiting_since": _iso(session.waiting_since),
        "last_seq": session.last_seq,
        "last_message": last_message,
        "created_at": _iso(session.created_at),
        "closed_at": _iso(session.closed_at),
        "rating": rating,
        "rating_comment": rating_comment or "",
        "version": summary_version(session),
    }


def message_event(message, payload: MessagePayload | None = None) -> MessageEvent:
    """`payload`: the message's `message_payload`, when the caller made it."""
    return {
        "type": "chat.message",
        "session": message.session_id,
        "seq": message.seq,
        "message": message_payload(message) if payload is None else payload,
    }


def notice_event(notice) -> NoticeEvent:
    """A notice to a store's open consoles (chat.notices)."""
    return {
        "type": "chat.notice",
        "id": notice.pk,
        "level": notice.level,
        "text": notice.text,
        "texts": notice.texts,
        "created_at": _iso(notice.created_at),
    }


def session_event(payload: SessionPayload) -> SessionEvent:
    return {"type": "chat.session", "session": payload}


def queue_event(store_slug: str, sessions: list[SessionPayload]) -> QueueEvent:
    return {"type": "chat.queue", "store": store_slug, "sessions": sessions}


def typing_event(session_id: int, side: str, user_id: int) -> TypingEvent:
    """`side`: "buyer" or "agent"."""
    return {"type": "chat.typing", "session": session_id, "side": side, "user": user_id}


def read_event(session_id: int, side: str, seq: int) -> ReadEvent:
    """`side`: "buyer" or "agent"."""
    return {"type": "chat.read", "session": session_id, "side": side, "seq": seq}


def presence_event(user_id: int, state: str) -> PresenceEvent:
    return {"type": "chat.presence", "user": user_id, "state": state}


def rated_event(
    session_id: int, rating_id: int, score: int, comment: str
) -> RatedEvent:
    """A buyer's rating, saved. ``rating`` (the row's id) orders ratings of one
    session: a client that gets the direct reply and this broadcast keeps the latest."""
    return {
        "type": "chat.rated",
        "session": session_id,
        "rating": rating_id,
        "score": score,
        "comment": comment,
    }


# While an action runs for the websocket consumer (chat.db.call), committed events
# are collected here and sent by the consumer from its event loop, instead of each
# one hopping from the database thread back to the loop and waiting for Redis.
_outbox: contextvars.ContextVar[list | None] = contextvars.ContextVar(
    "chat_event_outbox", default=None
)


@contextlib.contextmanager
def collecting_events():
    """Collect the events committed inside the block instead of sending them."""
    outbox: list[tuple[str, dict]] = []
    token = _outbox.set(outbox)
    try:
        yield outbox
    finally:
        _outbox.reset(token)


def _group_send(group: str, event: dict) -> None:
    outbox = _outbox.get()
    if outbox is not None:
        outbox.append((group, event))
        return
    async_to_sync(get_channel_layer().group_send)(group, event)


async def send_collected(outbox: list[tuple[str, dict]]) -> None:
    """Send collected events in the order they were committed."""
    layer = get_channel_layer()
    if hasattr(layer, "group_send_many"):
        await layer.group_send_many(outbox)
        return
    for group, event in outbox:
        await layer.group_send(group, event)


def send_event_on_commit(groups: str | list[str], event: dict) -> None:
    """Ring `groups` once the current transaction commits (at once outside one)."""
    for group in [groups] if isinstance(groups, str) else groups:
        transaction.on_commit(partial(_group_send, group, event))


def send_built_on_commit(group: str, build) -> None:
    """Ring `group` with the event `build()` makes once the current transaction
    commits: for an event that must show the state after the commit (a store's
    queue)."""
    transaction.on_commit(lambda: _group_send(group, build()))
