"""The send on Django's connection: load the context, decide, carry out the plan.

One driver of `chat.actions.send_policy.decide_send` (the other is
`chat.actions.text_send`, on the event loop): it runs in any thread (the
websocket's database thread, HTTP views, jobs) and carries out every plan,
robot turns and review items included, in one transaction under the session
row lock. Events are sent after commit.

The rule set is loaded before the transaction: its reload (a query, every
RELOAD_CHECK_SECONDS) never runs under the session lock.
"""

import uuid

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat import hot_sql
from chat.actions.errors import ChatError
from chat.actions.messages import (
    SESSION_FIELDS,
    STATE_FIELDS,
    clean_client_msg_id,
    clean_text_send,
    first_message,
    publish_message,
    publish_session,
)
from chat.actions.routing import assign_after_commit
from chat.actions.send_policy import (
    Screened,
    SendContext,
    SendPlan,
    check_may_send,
    decide_send,
)
from chat.actions.sessions import answer_as_robot
from chat.models import Message, Role, Session
from chat.selectors import valid_id
from compliance.actions import do_record_screened_message
from compliance.rulesets import current_ruleset
from compliance.screening import (
    ImageRejected,
    ScreeningResult,
    read_chat_image,
    screen_chat_reading,
    session_history,
)
from compliance.selectors import buyer_is_restricted


def check_send_message(
    user, session_id, client_msg_id, text, *, prior: Screened | None = None
) -> Message:
    """Validate a user's text send; returns the stored message (the first one for
    a client_msg_id already used by this sender). `prior`: the screening of the
    event-loop driver that handed this send over."""
    client_msg_id, text = clean_text_send(user, client_msg_id, text)
    return do_send_message(user, session_id, client_msg_id, text=text, prior=prior)


def do_send_message(
    user,
    session_id,
    client_msg_id,
    *,
    text="",
    image: ContentFile | None = None,
    image_screening: ScreeningResult | None = None,
    prior: Screened | None = None,
) -> Message:
    ruleset = current_ruleset()
    try:
        with transaction.atomic():
            context = load_context(user, session_id, ruleset, text=image is None)
            plan = decide_send(
                context,
                text=text,
                client_msg_id=client_msg_id,
                kind=Message.Kind.IMAGE if image is not None else Message.Kind.TEXT,
                screening=image_screening,
                prior=prior,
            )
            carry_out(plan, image=image)
    except (IntegrityError, ChatError):
        # A resent client_msg_id: the first message answers (also when the
        # session has since closed); anything else is the answer.
        existing = first_message(user, client_msg_id)
        if existing is None:
            raise
        return same_session(existing, session_id)
    return plan.message


def load_context(
    user, session_id, ruleset=None, *, text: bool = False, for_update: bool = True
) -> SendContext:
    """The send's context, the session row locked with `for_update` (inside a
    transaction); ChatError(not_found) for a session that does not exist."""
    if not valid_id(session_id):
        raise ChatError("not_found")
    session = hot_sql.session_with_parties(session_id, for_update=for_update)
    if session is None:
        raise ChatError("not_found", session=session_id)
    return SendContext(
        user=user,
        session=session,
        store_status=session.store.status,
        restricted=session.buyer_id == user.pk and buyer_is_restricted(user),
        history=session_history(session) if text else None,
        ruleset=ruleset,
        now=timezone.now(),
    )


def carry_out(plan: SendPlan, *, image: ContentFile | None = None) -> None:
    """Store the plan's message and what it entails, in the caller's transaction
    under the session lock."""
    message, session = plan.message, plan.session
    state_before = session.state
    if image is not None:
        message.image.save(image.name, image, save=False)
    hot_sql.insert(message)
    publish_message(message)
    if plan.review_kind is not None:
        do_record_screened_message(message)
    if plan.robot_turn:
        answer_as_robot(session, message, message.created_at)
    hot_sql.update(session, SESSION_FIELDS + STATE_FIELDS)
    if session.state != state_before:
        # Waiting-timer changes are not published: subscribers derive them
        # from the message event (docs/protocol.md).
        publish_session(session)
    if session.state != state_before == Session.State.ROBOT:
        assign_after_commit(session.store_id)


def same_session(existing: Message, session_id) -> Message:
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
    existing, sender_kind = _image_sender(user, session_id, client_msg_id)
    if existing is not None:
        return existing
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
        clean_client_msg_id(client_msg_id),
        image=image,
        image_screening=screening,
    )


def check_image_sender(user, session_id, client_msg_id) -> Message | None:
    """Before an image is read: may `user` send it here? Returns the message
    already stored for this client_msg_id, if any; raises ChatError."""
    return _image_sender(user, session_id, client_msg_id)[0]


def _image_sender(user, session_id, client_msg_id) -> tuple[Message | None, str]:
    """(the first message of a resent client_msg_id, or None; the sender's kind),
    decided without the lock to refuse before an image's costly read (the send
    decides again under the lock)."""
    if user.role in (Role.AUDITOR, Role.ADMIN):
        raise ChatError("forbidden")
    client_msg_id = clean_client_msg_id(client_msg_id)
    existing = first_message(user, client_msg_id)
    if existing is not None:
        return same_session(existing, session_id), ""
    return None, check_may_send(load_context(user, session_id, for_update=False))
