"""Who serves a session: automatic assignment, pickup by hand, transfer.

Concurrency: automatic assignment first locks the store's online agents'
Membership rows (so two assigners of one store take turns and capacity counts
are fresh), then takes waiting sessions FIFO with SKIP LOCKED (a session being
written to right now is left for the next run; the periodic sweep catches it).
Pickup and transfer lock the session, then the one Membership they fill.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat.actions.errors import ChatError
from chat.actions.heartbeat import live_user_ids
from chat.actions.messages import (
    SESSION_FIELDS,
    append_message,
    is_blank,
    publish_session,
)
from chat.events import queue_event, send_built_on_commit, store_group
from chat.models import Membership, Message, Session, SessionAssignment, Store
from chat.selectors import (
    access_session,
    active_counts,
    membership_of,
    queue_payloads,
)

ASSIGN_FIELDS = SESSION_FIELDS + [
    "state",
    "agent",
    "assigned_at",
    "human_started_at",
]


def publish_queue(store_id: int) -> None:
    """Send the store's queue after commit (read then, so it is current)."""

    def build():
        store = Store.objects.values_list("slug", flat=True).get(pk=store_id)
        return queue_event(store, queue_payloads(store_id))

    send_built_on_commit(store_group(store_id), build)


def assign_after_commit(store_id: int) -> None:
    transaction.on_commit(lambda: do_assign_waiting_sessions(store_id))


def record_assignment(session: Session, agent, kind: str, now) -> None:
    """Keep the assignment history the per-agent metrics read."""
    SessionAssignment.objects.create(
        session=session, agent=agent, kind=kind, assigned_at=now
    )


def _assign(session: Session, membership: Membership, now) -> None:
    """Give the locked session to the locked membership's agent, greeting the buyer."""
    record_assignment(session, membership.user, SessionAssignment.Kind.ASSIGNED, now)
    session.agent = membership.user
    session.state = Session.State.ACTIVE
    session.assigned_at = now
    session.human_started_at = session.human_started_at or now
    append_message(
        session,
        sender_kind=Message.SenderKind.SYSTEM,
        body=session.store.greeting,
        now=now,
    )
    session.save(update_fields=ASSIGN_FIELDS)
    membership.last_assigned_at = now
    membership.save(update_fields=["last_assigned_at", "updated_at"])
    publish_session(session)


def _free_slots(memberships, counts):
    return {m.user_id: m.max_sessions - counts.get(m.user_id, 0) for m in memberships}


def do_assign_waiting_sessions(store_id: int) -> list[tuple[int, int]]:
    """Assign the store's waiting sessions, oldest first, each to the online agent
    with free capacity, fewest active sessions, longest idle. Returns the
    (session id, agent id) pairs assigned."""
    assigned = []
    with transaction.atomic():
        memberships = list(
            Membership.objects.select_for_update()
            .select_related("user")
            .filter(
                store_id=store_id,
                role=Membership.MemberRole.AGENT,
                presence=Membership.Presence.ONLINE,
            )
            .order_by("id")
        )
        alive = live_user_ids([m.user_id for m in memberships])
        memberships = [m for m in memberships if m.user_id in alive]
        if not memberships:
            return assigned
        counts = active_counts(store_id, [m.user_id for m in memberships])
        free = _free_slots(memberships, counts)
        capacity = sum(max(n, 0) for n in free.values())
        if capacity <= 0:
            return assigned
        waiting = list(
            Session.objects.select_for_update(of=("self",), skip_locked=True)
            .select_related("store", "buyer")
            .filter(store_id=store_id, state=Session.State.QUEUED)
            .order_by("queued_at", "id")[:capacity]
        )
        now = timezone.now()
        for session in waiting:
            candidates = [m for m in memberships if free[m.user_id] > 0]
            if not candidates:
                break
            best = min(
                candidates,
                key=lambda m: (
                    counts.get(m.user_id, 0),
                    m.last_assigned_at is not None,
                    m.last_assigned_at or now,
                    m.id,
                ),
            )
            _assign(session, best, now)
            counts[best.user_id] = counts.get(best.user_id, 0) + 1
            free[best.user_id] -= 1
            assigned.append((session.pk, best.user_id))
        if assigned:
            publish_queue(store_id)
    return assigned


def _lock_member(user_id: int, store_id: int) -> Membership | None:
    return (
        Membership.objects.select_for_update()
        .select_related("user")
        .filter(user_id=user_id, store_id=store_id)
        .first()
    )


def _has_capacity(membership: Membership) -> bool:
    counts = active_counts(membership.store_id, [membership.user_id])
    return counts.get(membership.user_id, 0) < membership.max_sessions


def check_pickup_session(user, session_id) -> Session:
    """An agent or supervisor takes a waiting (or robot) session by hand."""
    if membership_of(user) is None:
        raise ChatError("forbidden")
    with transaction.atomic():
        session = access_session(user, session_id, for_update=True)
        if session.state == Session.State.CLOSED:
            raise ChatError("session_closed", session=session.pk)
        if session.state == Session.State.ACTIVE:
            if session.agent_id == user.pk:
                return session
            raise ChatError("forbidden", session=session.pk)
        membership = _lock_member(user.pk, session.store_id)
        if not _has_capacity(membership):
            raise ChatError("capacity_full", session=session.pk)
        _assign(session, membership, timezone.now())
        publish_queue(session.store_id)
    return session


def check_transfer_session(user, session_id, target_id, note) -> Session:
    """Hand an active session to another agent of the store, with a note for agents."""
    membership = membership_of(user)
    if membership is None:
        raise ChatError("forbidden")
    if not isinstance(target_id, int) or isinstance(target_id, bool):
        raise ChatError("bad_frame", _("agent 必须是用户编号。"))
    if note is None:
        note = ""
    if not isinstance(note, str):
        raise ChatError("bad_frame", _("note 必须是字符串。"))
    note = "" if is_blank(note.strip()) else note.strip()
    if len(note) > 500:
        raise ChatError("too_long", _("备注过长：最多 500 个字。"))
    with transaction.atomic():
        session = access_session(user, session_id, for_update=True)
        if session.state == Session.State.CLOSED:
            raise ChatError("session_closed", session=session.pk)
        if (
            membership.role != Membership.MemberRole.SUPERVISOR
            and session.agent_id != user.pk
        ):
            raise ChatError("forbidden", session=session.pk)
        if target_id == session.agent_id:
            raise ChatError("agent_unavailable", session=session.pk)
        target = _lock_member(target_id, session.store_id)
        if (
            target is None
            or target.presence == Membership.Presence.OFFLINE
            or not live_user_ids([target.user_id])
            or not _has_capacity(target)
        ):
            raise ChatError("agent_unavailable", session=session.pk)
        now = timezone.now()
        old_name = session.agent.display_name if session.agent_id else ""
        was_active = session.state == Session.State.ACTIVE
        record_assignment(session, target.user, SessionAssignment.Kind.TRANSFER, now)
        session.agent = target.user
        session.state = Session.State.ACTIVE
        # The first assignment stays: the no-service clauses read it
        # (docs/metrics.md); every one is in SessionAssignment.
        session.assigned_at = session.assigned_at or now
        session.human_started_at = session.human_started_at or now
        append_message(
            session,
            sender_kind=Message.SenderKind.SYSTEM,
            text_code="session.transferred",
            text_params={
                "old": old_name or user.display_name,
                "new": target.user.display_name,
            },
            now=now,
        )
        if note:
            append_message(
                session,
                sender_kind=Message.SenderKind.SYSTEM,
                sender=user,
                kind=Message.Kind.NOTE,
                body=note,
                now=now,
            )
        session.save(update_fields=ASSIGN_FIELDS)
        target.last_assigned_at = now
        target.save(update_fields=["last_assigned_at", "updated_at"])
        publish_session(session)
        if was_active:
            assign_after_commit(session.store_id)
        else:
            publish_queue(session.store_id)
    return session
