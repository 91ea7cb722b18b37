"""Robot assist: a buyer round left unanswered too long gets one automatic reply."""

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from chat.actions.messages import (
    HUMAN_STATES,
    SESSION_FIELDS,
    append_message,
    publish_session,
)
from chat.actions.sessions import faq_answer
from chat.models import FaqEntry, Message, Session, Store


def assist_on() -> Q:
    """Stores whose rounds get assist: by choice, or forced while restricted."""
    return Q(store__robot_assist=True) | Q(store__status=Store.Status.RESTRICTED)


def due_assist_session_ids(now) -> list[int]:
    waiting = Session.objects.filter(
        assist_on(), state__in=HUMAN_STATES, waiting_since__isnull=False
    )
    ids = []
    # One query per distinct store delay: portable (SQLite has no interval maths).
    for delay in (
        Store.objects.order_by()
        .values_list("assist_delay_seconds", flat=True)
        .distinct()
    ):
        ids += waiting.filter(
            store__assist_delay_seconds=delay,
            waiting_since__lte=now - dt.timedelta(seconds=delay),
        ).values_list("id", flat=True)
    return ids


def do_send_assist_reply(session_id: int, now=None) -> Message | None:
    """Send the round's assist reply if it is still due; None when it is not.

    The reply ends the round (waiting_since is cleared), so a retry or a second
    worker finds nothing to do."""
    now = now or timezone.now()
    with transaction.atomic():
        session = (
            Session.objects.select_for_update(of=("self",))
            .select_related("store", "buyer", "agent")
            .filter(pk=session_id)
            .first()
        )
        if (
            session is None
            or session.state not in HUMAN_STATES
            or session.waiting_since is None
            or not (
                session.store.robot_assist
                or session.store.status == Store.Status.RESTRICTED
            )
            or session.waiting_since
            + dt.timedelta(seconds=session.store.assist_delay_seconds)
            > now
        ):
            return None
        round_text = "\n".join(
            Message.objects.filter(
                session_id=session.pk,
                sender_kind=Message.SenderKind.BUYER,
                kind=Message.Kind.TEXT,
                seq__isnull=False,
                created_at__gte=session.waiting_since,
            ).values_list("body", flat=True)
        )
        answer = faq_answer(
            FaqEntry.objects.filter(store_id=session.store_id), round_text
        )
        reply = append_message(
            session,
            sender_kind=Message.SenderKind.ASSIST,
            body=answer or "",
            text_code="" if answer is not None else "assist.holding",
            now=now,
        )
        session.waiting_since = None
        session.save(update_fields=SESSION_FIELDS)
        publish_session(session, reply)
    return reply
