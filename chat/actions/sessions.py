"""A session's life: opening, the robot, the move to a human, closing."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat.actions.errors import ChatError
from chat.actions.heartbeat import live_user_ids
from chat.actions.messages import (
    HUMAN_KEYWORD,
    SESSION_FIELDS,
    append_message,
    publish_session,
)
from chat.actions.routing import assign_after_commit, publish_queue
from chat.models import FaqEntry, Membership, Message, Role, Session, Store
from chat.selectors import access_session, membership_of

CLOSE_FIELDS = SESSION_FIELDS + ["state", "closed_at"]


def faq_answer(entries, text: str) -> str | None:
    lowered = text.lower()
    for entry in entries:
        if any(keyword.lower() in lowered for keyword in entry.keyword_list):
            return entry.answer
    return None


def check_open_session(user, store_slug) -> tuple[Session, bool]:
    """The buyer's open session with the store, created (robot first) when none."""
    if user.role != Role.BUYER:
        raise ChatError("forbidden")
    if not isinstance(store_slug, str):
        raise ChatError("bad_frame", _("store 必须是店铺标识字符串。"))
    store = Store.objects.filter(slug=store_slug).first()
    if store is None:
        raise ChatError("not_found")
    if not store.chat_open:
        raise ChatError("store_unavailable")
    return do_open_session(user, store)


def _open_session(user, store):
    return (
        Session.objects.select_related("store", "buyer", "agent")
        .filter(store=store, buyer=user)
        .exclude(state=Session.State.CLOSED)
        .first()
    )


def do_open_session(user, store: Store) -> tuple[Session, bool]:
    session = _open_session(user, store)
    if session is not None:
        return session, False
    now = timezone.now()
    try:
        with transaction.atomic():
            session = Session.objects.create(
                store=store, buyer=user, last_buyer_activity_at=now
            )
            welcome = None
            if FaqEntry.objects.filter(store=store).exists():
                welcome = append_message(
                    session,
                    sender_kind=Message.SenderKind.ROBOT,
                    text_code="robot.welcome",
                    text_params={"store": store.name},
                    now=now,
                )
                session.save(update_fields=SESSION_FIELDS)
            publish_session(session, welcome)
    except IntegrityError:
        return _open_session(user, store), False
    return session, True


def answer_as_robot(session: Session, message: Message, now) -> None:
    """The robot's turn after a buyer's message (session locked, robot state):
    the FAQ's answer; else "I didn't understand"; but when the robot's last
    reply already was that, the buyer is not made to rephrase a third time:
    the robot says it cannot answer and moves the session to the queue, as
    "转人工" would."""
    entries = list(FaqEntry.objects.filter(store_id=session.store_id))
    if not entries or HUMAN_KEYWORD in message.body:
        enter_queue(session, now)
        return
    if message.kind != Message.Kind.TEXT:
        return
    answer = faq_answer(entries, message.body)
    if answer is not None:
        append_message(
            session, sender_kind=Message.SenderKind.ROBOT, body=answer, now=now
        )
        return
    missed_before = _last_robot_reply(session, message) == "robot.fallback"
    append_message(
        session,
        sender_kind=Message.SenderKind.ROBOT,
        text_code="robot.handoff" if missed_before else "robot.fallback",
        now=now,
    )
    if missed_before:
        enter_queue(session, now)


def _last_robot_reply(session: Session, message: Message) -> str | None:
    """The text code of the robot's last message before `message` ("" for an
    FAQ answer), None when the robot has not spoken."""
    return (
        Message.objects.filter(
            session_id=session.pk,
            sender_kind=Message.SenderKind.ROBOT,
            seq__lt=message.seq,
        )
        .order_by("-seq")
        .values_list("text_code", flat=True)
        .first()
    )


def _queue_notice(store: Store, anyone_online: bool, now) -> tuple[str, dict]:
    """What the buyer is told on joining the queue (a system text's code and
    parameters): out of the store's hours, when it answers; else whether
    anyone is online."""
    if not store.in_hours(now):
        return "queue.out_of_hours", {
            "opens": store.opens_at.strftime("%H:%M"),
            "closes": store.closes_at.strftime("%H:%M"),
        }
    return ("queue.waiting" if anyone_online else "queue.no_agent"), {}


def enter_queue(session: Session, now) -> None:
    """Move the locked robot session to the human queue. The caller saves the
    session, publishes it, then calls routing.assign_after_commit (in that
    order, so consoles never see `queued` after `active`)."""
    session.state = Session.State.QUEUED
    session.queued_at = now
    session.human_started_at = session.human_started_at or now
    session.waiting_since = session.waiting_since or now
    anyone_online = bool(
        live_user_ids(
            Membership.objects.filter(
                store_id=session.store_id,
                role=Membership.MemberRole.AGENT,
                presence=Membership.Presence.ONLINE,
            ).values_list("user_id", flat=True)
        )
    )
    code, params = _queue_notice(session.store, anyone_online, now)
    append_message(
        session,
        sender_kind=Message.SenderKind.SYSTEM,
        text_code=code,
        text_params=params,
        now=now,
    )
    publish_queue(session.store_id)


def check_request_human(user, session_id) -> Session:
    """The buyer asks for a person (the `human` frame)."""
    with transaction.atomic():
        session = access_session(user, session_id, for_update=True)
        if session.buyer_id != user.pk:
            raise ChatError("forbidden", session=session.pk)
        if session.state == Session.State.CLOSED:
            raise ChatError("session_closed", session=session.pk)
        if not session.store.chat_open:
            raise ChatError("store_unavailable", session=session.pk)
        if session.state == Session.State.ROBOT:
            enter_queue(session, timezone.now())
            session.save(
                update_fields=SESSION_FIELDS
                + ["state", "queued_at", "human_started_at"]
            )
            publish_session(session)
            assign_after_commit(session.store_id)
    return session


def _close(session: Session, notice: str, now) -> None:
    """Close the locked session with the system text `notice` (its code)."""
    append_message(
        session, sender_kind=Message.SenderKind.SYSTEM, text_code=notice, now=now
    )
    was_active = session.state == Session.State.ACTIVE
    was_queued = session.state == Session.State.QUEUED
    session.state = Session.State.CLOSED
    session.closed_at = now
    session.waiting_since = None
    session.save(update_fields=CLOSE_FIELDS)
    publish_session(session)
    if was_queued:
        publish_queue(session.store_id)
    if was_active:
        assign_after_commit(session.store_id)


def check_close_session(user, session_id) -> Session:
    """An agent (their own session) or a supervisor (any of the store's) closes it:
    the store's closing phrase goes out as the closer's message first."""
    with transaction.atomic():
        session = access_session(user, session_id, for_update=True)
        membership = membership_of(user)
        if membership is None or (
            membership.role != Membership.MemberRole.SUPERVISOR
            and session.agent_id != user.pk
        ):
            raise ChatError("forbidden", session=session.pk)
        if session.state == Session.State.CLOSED:
            raise ChatError("session_closed", session=session.pk)
        now = timezone.now()
        append_message(
            session,
            sender_kind=Message.SenderKind.AGENT,
            sender=user,
            body=session.store.closing_phrase,
            now=now,
        )
        _close(session, "session.closed", now)
    return session


def idle_deadline(session: Session, now) -> bool:
    last = session.last_buyer_activity_at or session.created_at
    return last + dt.timedelta(minutes=session.store.idle_close_minutes) <= now


def do_close_idle_session(session_id: int, now=None) -> bool:
    """Close the session if it is still open and idle; True when this call closed it.
    Safe to call twice or concurrently."""
    now = now or timezone.now()
    with transaction.atomic():
        session = (
            Session.objects.select_for_update(of=("self",))
            .select_related("store", "buyer", "agent")
            .filter(pk=session_id)
            .first()
        )
        if session is None or session.state == Session.State.CLOSED:
            return False
        if not idle_deadline(session, now):
            return False
        _close(session, "session.idle_closed", now)
    return True
