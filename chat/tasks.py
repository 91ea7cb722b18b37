"""Periodic chat jobs (scheduled in csc/celery.py); each idempotent and retry-safe."""

import datetime as dt

from celery import shared_task
from django.db.models.functions import Coalesce
from django.utils import timezone

from chat.actions.assist import do_send_assist_reply, due_assist_session_ids
from chat.actions.presence import do_expire_stale_presence
from chat.actions.routing import do_assign_waiting_sessions
from chat.actions.sessions import do_close_idle_session
from chat.models import Session, Store


@shared_task
def close_idle_sessions() -> int:
    """Close open sessions idle longer than their store's idle_close_minutes."""
    now = timezone.now()
    open_sessions = Session.objects.exclude(state=Session.State.CLOSED).annotate(
        last_activity=Coalesce("last_buyer_activity_at", "created_at")
    )
    ids = []
    # One query per distinct store limit: portable (SQLite has no interval maths).
    for minutes in (
        Store.objects.order_by().values_list("idle_close_minutes", flat=True).distinct()
    ):
        ids += open_sessions.filter(
            store__idle_close_minutes=minutes,
            last_activity__lte=now - dt.timedelta(minutes=minutes),
        ).values_list("id", flat=True)
    return sum(do_close_idle_session(session_id, now) for session_id in ids)


@shared_task
def send_assist_replies() -> int:
    """Send the robot-assist reply of every round waiting past its store's delay."""
    now = timezone.now()
    return sum(
        do_send_assist_reply(session_id, now) is not None
        for session_id in due_assist_session_ids(now)
    )


@shared_task
def assign_waiting_sessions() -> int:
    """Safety net for assignment: every store with a queue gets another run,
    after agents whose consoles stopped beating are taken offline."""
    do_expire_stale_presence()
    store_ids = (
        Session.objects.filter(state=Session.State.QUEUED)
        .values_list("store_id", flat=True)
        .distinct()
    )
    return sum(
        len(do_assign_waiting_sessions(store_id)) for store_id in list(store_ids)
    )
