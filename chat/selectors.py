"""Reads of chat data; every per-user read goes through a permission-scoped getter."""

import datetime as dt

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from chat.actions.errors import ChatError
from chat.events import SessionPayload, message_payload, session_payload
from chat.hot_sql import active_user_with_membership, session_with_parties
from chat.models import (
    Membership,
    Message,
    Notice,
    Rating,
    Role,
    Session,
    Store,
)
from chat.visibility import Reader, reader_of, seen, seen_messages
from compliance.rule_texts import localize
from compliance.rulesets import rule_name

PLATFORM_ROLES = (Role.AUDITOR, Role.ADMIN)
MERCHANT_ROLES = (Role.AGENT, Role.SUPERVISOR)


def list_open_stores():
    return Store.objects.exclude(status=Store.Status.BLOCKED).order_by("name")


def membership_of(user) -> Membership | None:
    if user.kind != user.Kind.MERCHANT:
        return None
    try:
        return user.membership
    except Membership.DoesNotExist:
        return None


def current_user(user_id: int):
    """The user as the database has them now, with their membership and store,
    or None when they were deleted or deactivated (one hand-written statement:
    a socket asks this before every database action)."""
    return active_user_with_membership(user_id)


def chat_identity(user) -> tuple[str, int | None]:
    """What a chat socket acts as: the user's role and their store (merchants)."""
    membership = membership_of(user)
    return user.role, membership.store_id if membership is not None else None


def can_access(user, session) -> bool:
    if not user.is_authenticated:
        return False
    if session.buyer_id == user.pk:
        return True
    if user.role in PLATFORM_ROLES:
        return True
    membership = membership_of(user)
    return membership is not None and membership.store_id == session.store_id


def valid_id(value) -> bool:
    """Whether a client-sent id can name a row (a positive 64-bit integer)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63


def access_session(user, session_id, *, for_update: bool = False) -> Session:
    """The session if `user` may read it; ChatError(not_found) exactly as if absent.

    With `for_update` the session row (only) is locked: call inside a transaction.
    """
    if not valid_id(session_id):
        raise ChatError("not_found")
    session = session_with_parties(session_id, for_update=for_update)
    if session is None or not can_access(user, session):
        raise ChatError("not_found", session=session_id)
    return session


def history(reader: Reader, session: Session, after_seq: int = 0) -> list[Message]:
    """Delivered messages after `after_seq` in order, plus the blocked ones the
    reader sees (chat.visibility). Internal notes are loaded for every reader:
    rendering hides them from buyers, while their seq still counts as seen."""
    blocked = seen_messages(reader) & Q(seq__isnull=True)
    if after_seq:
        blocked &= Q(
            id__gt=Subquery(
                Message.objects.filter(session_id=session.pk, seq=after_seq).values(
                    "id"
                )[:1]
            )
        )
    return list(
        Message.objects.filter(session_id=session.pk)
        .filter(Q(seq__gt=after_seq) | blocked)
        .select_related("sender")
        .order_by("id")
    )


def history_payloads(user, session_id: int, after_seq: int = 0):
    """(session, reader, [message payloads]) for a reader allowed to see the
    session; the payloads still need rendering for the reader (chat.frames)."""
    session = access_session(user, session_id)
    reader = reader_of(user, session)
    return (
        session,
        reader,
        [message_payload(m) for m in history(reader, session, after_seq)],
    )


def message_ack_payload(message: Message) -> dict:
    """The sender's view of their stored message, with its screening findings
    (each named by its rule's human name, for the sender's explanation)."""
    violations = [
        {
            **violation,
            "rule_name": rule_name(violation.get("rule", "")),
            "suggestion": localize(violation.get("suggestion", "")),
        }
        for violation in message.violations
    ]
    # The event-loop send made the payload once for its events and this ack
    # (chat.actions.text_send).
    payload = getattr(message, "sent_payload", None) or message_payload(message)
    return {**payload, "violations": violations}


def _with_summary_parts(sessions):
    latest_rating = Rating.objects.filter(session=OuterRef("pk")).order_by(
        "-created_at", "-id"
    )
    return sessions.select_related("store", "buyer", "agent").annotate(
        latest_rating=Subquery(latest_rating.values("score")[:1]),
        latest_rating_comment=Subquery(latest_rating.values("comment")[:1]),
    )


def session_payloads(sessions) -> list[SessionPayload]:
    """Summaries of `sessions` (a queryset) in its order: three queries in all."""
    rows = list(_with_summary_parts(sessions))
    last = Message.objects.filter(
        session_id__in=[s.pk for s in rows], seq__isnull=False
    ).filter(
        seq=Subquery(
            Session.objects.filter(pk=OuterRef("session_id")).values("last_seq")[:1]
        )
    )
    by_session = {m.session_id: m for m in last.select_related("sender")}
    return [
        session_payload(
            s,
            last_message=message_payload(by_session[s.pk])
            if s.pk in by_session
            else None,
            rating=s.latest_rating,
            rating_comment=s.latest_rating_comment,
        )
        for s in rows
    ]


def session_summary(session_id: int) -> SessionPayload:
    return session_payloads(Session.objects.filter(pk=session_id))[0]


def queue_sessions(store_id: int):
    return Session.objects.filter(
        store_id=store_id, state=Session.State.QUEUED
    ).order_by("queued_at", "id")


def queue_payloads(store_id: int) -> list[SessionPayload]:
    return session_payloads(queue_sessions(store_id))


def console_sessions(user):
    """A merchant's list: a supervisor sees every open session of the store, an
    agent the sessions assigned to them."""
    membership = membership_of(user)
    if membership is None:
        return Session.objects.none()
    sessions = Session.objects.filter(store_id=membership.store_id).exclude(
        state=Session.State.CLOSED
    )
    if membership.role != Membership.MemberRole.SUPERVISOR:
        sessions = sessions.filter(agent_id=user.pk)
    return sessions.order_by("created_at", "id")


def buyer_sessions(user):
    return (
        Session.objects.filter(buyer_id=user.pk)
        .exclude(state=Session.State.CLOSED)
        .order_by("created_at", "id")
    )


def active_counts(store_id: int, agent_ids) -> dict[int, int]:
    rows = (
        Session.objects.filter(
            store_id=store_id, agent_id__in=agent_ids, state=Session.State.ACTIVE
        )
        .values("agent_id")
        .annotate(n=Count("id"))
    )
    return {row["agent_id"]: row["n"] for row in rows}


def recent_notices(store: Store, days: int = 3, limit: int = 5):
    """The store's latest notices, newest first, for a console opening now."""
    since = timezone.now() - dt.timedelta(days=days)
    return list(
        Notice.objects.filter(store=store, created_at__gte=since).order_by(
            "-created_at", "-id"
        )[:limit]
    )


def access_message_image(user, message_id) -> Message:
    """An image message `user` may see (chat.visibility: a blocked image only
    its sender and the platform); ChatError(not_found) exactly as if absent."""
    if not valid_id(message_id):
        raise ChatError("not_found")
    message = (
        Message.objects.filter(pk=message_id, kind=Message.Kind.IMAGE)
        .exclude(image="")
        .first()
    )
    if message is None:
        raise ChatError("not_found")
    session = access_session(user, message.session_id)
    if seen(message, reader_of(user, session)) is None:
        raise ChatError("not_found")
    return message
