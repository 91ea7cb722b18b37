"""Reads for the merchant and buyer pages, each scoped to what the user may see.

A session id the user may not read answers exactly like a nonexistent one
(`Session.DoesNotExist`), so other tenants' ids reveal nothing.
"""

import datetime as dt

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from chat.models import Membership, Message, QuickPhrase, Role, Session, User


def merchant_membership(user) -> Membership | None:
    if not user.is_authenticated or user.role not in (Role.AGENT, Role.SUPERVISOR):
        return None
    return getattr(user, "membership", None)


def readable_sessions(user):
    """Sessions `user` may read: the buyer's own, or every one of a merchant's store."""
    if not user.is_authenticated:
        return Session.objects.none()
    membership = merchant_membership(user)
    if membership is not None:
        return Session.objects.filter(store_id=membership.store_id)
    if user.role == Role.BUYER:
        return Session.objects.filter(buyer=user)
    return Session.objects.none()


def access_transcript(user, session_id) -> tuple[Session, list[Message]]:
    """The session and the messages this user may see, in seq order."""
    session = (
        readable_sessions(user)
        .select_related("store", "buyer", "agent")
        .get(pk=session_id)
    )
    messages = (
        session.messages.filter(Q(seq__isnull=False) | Q(sender=user))
        .select_related("sender")
        .order_by("created_at", "id")
    )
    return session, list(messages)


def visible_body(message: Message, user) -> str:
    """What `user` may read of a message: buyers see masked text, senders their own."""
    if (
        message.verdict == Message.Verdict.MASK
        and message.masked_body
        and user.role == Role.BUYER
        and message.sender_id != user.pk
    ):
        return message.masked_body
    return message.body


def search_sessions(store, *, buyer="", text="", date_from=None, date_to=None):
    """A store's sessions, newest first, filtered by buyer name, message text, dates."""
    sessions = Session.objects.filter(store=store).select_related("buyer", "agent")
    if buyer:
        sessions = sessions.filter(
            Q(buyer__username__icontains=buyer) | Q(buyer__nickname__icontains=buyer)
        )
    if text:
        sessions = sessions.filter(
            Exists(
                Message.objects.filter(
                    session=OuterRef("pk"), seq__isnull=False, body__icontains=text
                )
            )
        )
    zone = timezone.get_current_timezone()
    if date_from:
        start = dt.datetime.combine(date_from, dt.time.min, tzinfo=zone)
        sessions = sessions.filter(created_at__gte=start)
    if date_to:
        end = dt.datetime.combine(
            date_to + dt.timedelta(days=1), dt.time.min, tzinfo=zone
        )
        sessions = sessions.filter(created_at__lt=end)
    return sessions.prefetch_related("ratings").order_by("-created_at", "-id")


def buyer_sessions_with_store(store, buyer_id, *, exclude_id=None, limit=20):
    """A buyer's sessions with one store, newest first (the console side panel)."""
    sessions = (
        Session.objects.filter(store=store, buyer_id=buyer_id)
        .exclude(pk=exclude_id)
        .select_related("agent")
        .prefetch_related(
            Prefetch(
                "messages",
                queryset=Message.objects.filter(seq__isnull=False).order_by("-seq"),
                to_attr="delivered_desc",
            ),
            "ratings",
        )
        .order_by("-created_at", "-id")
    )
    return list(sessions[:limit])


def latest_rating(session):
    ratings = sorted(session.ratings.all(), key=lambda r: (r.created_at, r.pk))
    return ratings[-1] if ratings else None


def phrases_for(membership: Membership):
    """The store's shared phrases then the member's own."""
    phrases = QuickPhrase.objects.filter(store_id=membership.store_id).filter(
        Q(owner__isnull=True) | Q(owner_id=membership.user_id)
    )
    return sorted(phrases, key=lambda p: (p.owner_id is not None, p.position, p.pk))


def store_agents(store):
    return list(
        User.objects.filter(membership__store=store)
        .select_related("membership")
        .order_by("membership__role", "username")
    )
