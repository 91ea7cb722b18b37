"""Storing and sending messages: screening, seq allocation, read marks.

Every message is written by `append_message` while the caller holds the session
row lock, so `seq` is allocated gap-free in the same transaction; events are sent
after commit by `publish_message`.
"""

import unicodedata
import uuid

from django.core.files.base import ContentFile
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F
from django.db.models.functions import Greatest, Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from chat import hot_sql
from chat.actions.errors import ChatError
from chat.events import (
    message_event,
    message_payload,
    send_event_on_commit,
    session_event,
    session_group,
    session_payload,
    store_group,
    user_group,
)
from chat.models import Message, Role, Session
from chat.selectors import access_session, valid_id
from chat.visibility import reader_of
from compliance.actions import do_record_screened_message
from compliance.screening import (
    ImageRejected,
    ScreeningResult,
    read_chat_image,
    screen_chat_message,
    screen_chat_reading,
)
from compliance.selectors import buyer_is_restricted

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


def stored_text(text) -> str:
    """Server-authored message text, always in the platform's default language."""
    from django.conf import settings

    with override(settings.LANGUAGE_CODE):
        return str(text)


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
    now=None,
) -> Message:
    """Screen and insert one message into the locked `session`, updating the
    session's fields in memory; the caller saves the session (SESSION_FIELDS)."""
    now = now or timezone.now()
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
    return Message(
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


def message_events(message: Message) -> list[tuple[str, dict]]:
    """A stored message's events: to its session, or only to its sender's own
    tabs when it was blocked."""
    if message.seq is None:
        return [(user_group(message.sender_id), message_event(message))]
    return [(session_group(message.session_id), message_event(message))]


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


def _clean_client_msg_id(value) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise ChatError("bad_frame", _("client_msg_id 必须是 UUID 字符串。"))


def _sender_kind(user, session: Session) -> str:
    side = reader_of(user, session).side
    if side == "buyer":
        return Message.SenderKind.BUYER
    if side == "merchant" and session.agent_id == user.pk:
        return Message.SenderKind.AGENT
    raise ChatError("forbidden", session=session.pk)


def _check_can_send(session: Session) -> None:
    if session.state == Session.State.CLOSED:
        raise ChatError("session_closed", session=session.pk)
    if not session.store.chat_open:
        raise ChatError("store_unavailable", session=session.pk)


def _check_sender_allowed(user, session: Session, sender_kind: str) -> None:
    """A buyer restricted after a confirmed violation may not send until it ends."""
    if sender_kind == Message.SenderKind.BUYER and buyer_is_restricted(user):
        raise ChatError("buyer_restricted", session=session.pk)


def first_message(user, client_msg_id) -> Message | None:
    return (
        Message.objects.filter(sender_id=user.pk, client_msg_id=client_msg_id)
        .select_related("sender")
        .first()
    )


def check_send_message(user, session_id, client_msg_id, text) -> Message:
    """Validate a user's text send; returns the stored message (the first one for a
    client_msg_id already used by this sender)."""
    client_msg_id, text = clean_text_send(user, client_msg_id, text)
    return do_send_message(user, session_id, client_msg_id, text=text)


def clean_text_send(user, client_msg_id, text) -> tuple[uuid.UUID, str]:
    """A text send's client id and text, checked; raises ChatError."""
    if user.role in (Role.AUDITOR, Role.ADMIN):
        raise ChatError("forbidden")
    return _clean_client_msg_id(client_msg_id), _clean_text(text)


def do_send_message(
    user,
    session_id,
    client_msg_id,
    *,
    text="",
    image: ContentFile | None = None,
    image_screening: ScreeningResult | None = None,
) -> Message:
    if image is None:
        from chat.actions.text_send import try_send_text

        message = try_send_text(user, session_id, client_msg_id, text)
        if message is not None:
            return message
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return _send_locked(
                user, session_id, client_msg_id, text, image, image_screening
            )
        except OperationalError as error:
            # PostgreSQL broke a deadlock by aborting this send; it changed
            # nothing, so send again (a text only: an image's file is saved).
            retry = (
                getattr(error.__cause__, "pgcode", None) in RETRYABLE_PGCODES
                and image is None
                and not connection.in_atomic_block
                and attempt < SEND_ATTEMPTS
            )
            if not retry:
                raise


SEND_ATTEMPTS = 3
RETRYABLE_PGCODES = frozenset({"40P01", "40001"})  # deadlock, serialization


def _send_locked(user, session_id, client_msg_id, text, image, image_screening):
    """The general send, in one transaction under the session's row lock."""
    try:
        with transaction.atomic():
            session = access_session(user, session_id, for_update=True)
            _check_can_send(session)
            sender_kind = _sender_kind(user, session)
            _check_sender_allowed(user, session, sender_kind)
            now = timezone.now()
            state_before = session.state
            message = append_message(
                session,
                sender_kind=sender_kind,
                sender=user,
                body=text,
                kind=Message.Kind.IMAGE if image is not None else Message.Kind.TEXT,
                image=image,
                client_msg_id=client_msg_id,
                screening=image_screening,
                now=now,
            )
            message.sender = user
            if message.verdict != Message.Verdict.ALLOW:
                do_record_screened_message(message)
            if (
                sender_kind == Message.SenderKind.BUYER
                and message.delivered
                and session.state == Session.State.ROBOT
            ):
                from chat.actions.sessions import answer_as_robot

                answer_as_robot(session, message, now)
            hot_sql.update(session, SESSION_FIELDS + STATE_FIELDS)
            if session.state != state_before:
                # Waiting-timer changes are not published: subscribers derive
                # them from the message event (docs/protocol.md).
                publish_session(session)
            if session.state != state_before == Session.State.ROBOT:
                from chat.actions.routing import assign_after_commit

                assign_after_commit(session.store_id)
    except IntegrityError:
        existing = first_message(user, client_msg_id)
        if existing is None:
            raise
        return _same_session(existing, session_id)
    except ChatError:
        existing = first_message(user, client_msg_id)
        if existing is None:
            raise
        return _same_session(existing, session_id)
    return message


def _same_session(existing: Message, session_id) -> Message:
    """The first message of a resent client_msg_id; refused when the id was
    used in another session (an ack from there would tell the client that this
    session holds a message it does not)."""
    if existing.session_id != session_id:
        raise ChatError(
            "client_msg_id_conflict",
            _("client_msg_id 已用于会话 #%(other)s 的消息，请为新消息生成新的 ID。")
            % {"other": existing.session_id},
            session=session_id if valid_id(session_id) else None,
        )
    return existing


def check_send_image(
    user, session_id, client_msg_id, data: bytes, extension: str, reading=None
):
    """Send an image already validated by chat.images; screened by content (the
    text written in it and its QR codes). `reading` is what
    compliance.screening.aread_chat_image read, when the caller ran the OCR
    off its event loop (chat.views.api); otherwise it is read here."""
    existing = check_image_sender(user, session_id, client_msg_id)
    if existing is not None:
        return existing
    session = access_session(user, session_id)
    sender_kind = _sender_kind(user, session)
    if reading is None:
        try:
            reading = read_chat_image(data)
        except ImageRejected:
            raise ChatError("bad_image") from None
    screening = screen_chat_reading(sender_kind=sender_kind, reading=reading)
    image = ContentFile(data, name=f"{uuid.uuid4().hex}.{extension}")
    return do_send_message(
        user,
        session_id,
        _clean_client_msg_id(client_msg_id),
        image=image,
        image_screening=screening,
    )


def check_image_sender(user, session_id, client_msg_id) -> Message | None:
    """Before an image is read: may `user` send it here? Returns the message
    already stored for this client_msg_id, if any; raises ChatError."""
    if user.role in (Role.AUDITOR, Role.ADMIN):
        raise ChatError("forbidden")
    client_msg_id = _clean_client_msg_id(client_msg_id)
    existing = first_message(user, client_msg_id)
    if existing is not None:
        return _same_session(existing, session_id)
    session = access_session(user, session_id)
    _check_can_send(session)
    _check_sender_allowed(user, session, _sender_kind(user, session))
    return None


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
        {
            "type": "chat.read",
            "session": session.pk,
            "side": "buyer" if side == "buyer" else "agent",
            "seq": mark,
        },
    )
    return mark
