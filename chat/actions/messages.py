"""Storing and sending messages: screening, seq allocation, read marks.

Every message is written by `append_message` while the caller holds the session
row lock, so `seq` is allocated gap-free in the same transaction; events are sent
after commit by `publish_message`.
"""

import unicodedata
import uuid

from django.core.files.base import ContentFile
from django.db.models import F
from django.db.models.functions import Greatest, Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat import hot_sql
from chat.actions.errors import ChatError
from chat.events import (
    message_event,
    message_payload,
    read_event,
    send_event_on_commit,
    session_event,
    session_group,
    session_payload,
    store_group,
    user_group,
)
from chat.models import Message, Role, Session
from chat.selectors import access_session
from chat.system_texts import check_text, stored_text
from chat.visibility import reader_of
from compliance.screening import (
    ScreeningResult,
    screen_chat_message,
)

MAX_TEXT = 2000
HUMAN_KEYWORD = "转人工"
OPEN_STATES = (Session.State.ROBOT, Session.State.QUEUED, Session.State.ACTIVE)
HUMAN_STATES = (Session.State.QUEUED, Session.State.ACTIVE)
SESSION_FIELDS = [
    "last_seq",
    "last_message_at",
    "last_buyer_activity_at",
    "waiting_since",
    "updated_at",
]
STATE_FIELDS = ["state", "queued_at", "human_started_at"]


def append_message(
    session: Session,
    *,
    sender_kind: str,
    body: str = "",
    sender=None,
    kind: str = Message.Kind.TEXT,
    client_msg_id=None,
    image: ContentFile | None = None,
    screening: ScreeningResult | None = None,
    text_code: str = "",
    text_params: dict | None = None,
    now=None,
) -> Message:
    """Screen and insert one message into the locked `session`, updating the
    session's fields in memory; the caller saves the session (SESSION_FIELDS).
    A product-written text is given by its `text_code` and `text_params`
    (chat.system_texts) instead of a body."""
    now = now or timezone.now()
    if text_code:
        text_params = text_params or {}
        check_text(text_code, text_params)
        body = stored_text(text_code, text_params)
    if screening is None:
        screening = screen_chat_message(
            session=session, sender_kind=sender_kind, text=body
        )
    message = new_message(
        session,
        sender_kind=sender_kind,
        sender=sender,
        body=body,
        kind=kind,
        client_msg_id=client_msg_id,
        screening=screening,
        now=now,
    )
    if text_code:
        message.text_code, message.text_params = text_code, text_params
    if image is not None:
        message.image.save(image.name, image, save=False)
    hot_sql.insert(message)
    note_delivery(session, message)
    publish_message(message)
    return message


def new_message(
    session: Session,
    *,
    sender_kind: str,
    sender,
    body: str,
    kind: str,
    client_msg_id,
    screening: ScreeningResult,
    now,
) -> Message:
    """The unsaved message with its verdict; a delivered one takes the session's
    next seq."""
    delivered = screening.action != Message.Verdict.BLOCK
    if delivered:
        session.last_seq += 1
    return hot_sql.new_instance(
        Message,
        session=session,
        seq=session.last_seq if delivered else None,
        sender_kind=sender_kind,
        sender=sender,
        client_msg_id=client_msg_id,
        kind=kind,
        body=body,
        created_at=now,
        verdict=screening.action,
        masked_body=(
            screening.masked_text if screening.action == Message.Verdict.MASK else ""
        ),
        violations=list(screening.violations),
        ruleset_version=screening.version,
        model_version=screening.model_version,
        image_reading=screening.reading,
    )


def note_delivery(session: Session, message: Message) -> None:
    """The session's fields (SESSION_FIELDS) after `message` was stored."""
    if not message.delivered:
        return
    now = message.created_at
    session.last_delivered = message
    session.last_message_at = now
    if message.sender_kind == Message.SenderKind.BUYER:
        session.last_buyer_activity_at = now
        if session.waiting_since is None and session.state in HUMAN_STATES:
            session.waiting_since = now
    elif message.sender_kind in (Message.SenderKind.AGENT, Message.SenderKind.ASSIST):
        session.waiting_since = None


def publish_message(message: Message) -> None:
    for group, event in message_events(message):
        send_event_on_commit(group, event)


def message_events(message: Message, payload=None) -> list[tuple[str, dict]]:
    """A stored message's events: to its session, or only to its sender's own
    tabs when it was blocked. `payload`: its `message_payload`, if made."""
    event = message_event(message, payload)
    if message.seq is None:
        return [(user_group(message.sender_id), event)]
    return [(session_group(message.session_id), event)]


def publish_session(session: Session, last_message: Message | None = None) -> None:
    """Tell the store's consoles and the buyer's tabs the session's new summary."""
    last_message = last_message or getattr(session, "last_delivered", None)
    if last_message is None or last_message.seq != session.last_seq:
        last_message = (
            Message.objects.filter(session_id=session.pk, seq=session.last_seq)
            .select_related("sender")
            .first()
            if session.last_seq
            else None
        )
    event = session_event(
        session_payload(
            session,
            last_message=message_payload(last_message) if last_message else None,
        )
    )
    send_event_on_commit(
        [store_group(session.store_id), user_group(session.buyer_id)], event
    )


# Characters that draw nothing although Unicode calls them letters or symbols.
BLANK_LETTERS = frozenset("\u115f\u1160\u180e\u2800\u3164\uffa0")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: only spaces, zero-width and other format
    characters, controls and blank fillers."""
    return all(
        ch in BLANK_LETTERS or unicodedata.category(ch) in INVISIBLE_CATEGORIES
        for ch in text
    )


def _clean_text(text) -> str:
    if not isinstance(text, str):
        raise ChatError("bad_frame", _("text 必须是字符串。"))
    text = text.strip()
    if is_blank(text):
        raise ChatError("empty")
    if len(text) > MAX_TEXT:
        raise ChatError("too_long")
    return text


def clean_client_msg_id(value) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise ChatError("bad_frame", _("client_msg_id 必须是 UUID 字符串。"))


def first_message(user, client_msg_id) -> Message | None:
    return (
        Message.objects.filter(sender_id=user.pk, client_msg_id=client_msg_id)
        .select_related("sender")
        .first()
    )


def clean_text_send(user, client_msg_id, text) -> tuple[uuid.UUID, str]:
    """A text send's client id and text, checked; raises ChatError."""
    if user.role in (Role.AUDITOR, Role.ADMIN):
        raise ChatError("forbidden")
    return clean_client_msg_id(client_msg_id), _clean_text(text)


def check_mark_read(user, session_id, seq) -> int | None:
    """Record that the reader's side has read up to `seq`; returns the mark or None
    when the reader has no read mark to move (a supervisor watching)."""
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise ChatError("bad_frame", _("seq 必须是非负整数。"))
    session = access_session(user, session_id)
    side = reader_of(user, session).side
    if side == "buyer":
        field = "buyer_read_seq"
    elif side == "merchant" and session.agent_id == user.pk:
        field = "agent_read_seq"
    elif side == "platform":
        raise ChatError("forbidden", session=session.pk)
    else:
        return None
    mark = min(seq, session.last_seq)
    if mark <= getattr(session, field):
        return getattr(session, field)
    Session.objects.filter(pk=session.pk).update(
        **{field: Greatest(F(field), Least(mark, F("last_seq")))}
    )
    send_event_on_commit(
        session_group(session.pk),
        read_event(session.pk, "buyer" if side == "buyer" else "agent", mark),
    )
    return mark
