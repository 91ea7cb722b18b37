"""Reads for the merchant and buyer pages: transcripts, history search, the
console's buyer panel. Sessions are loaded by chat.selectors.access_session and
every message is shown as chat.visibility says its reader sees it."""

import datetime as dt

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from chat.models import Membership, Message, QuickPhrase, Session, User
from chat.visibility import Reader, Seen, seen, seen_body, seen_messages


def transcript_rows(reader: Reader, session: Session) -> list[tuple[Message, Seen]]:
    """The messages of `session` that `reader` sees, in order, with what they see
    of each (chat.visibility)."""
    messages = (
        session.messages.filter(seen_messages(reader))
        .select_related("sender")
        .order_by("created_at", "id")
    )
    return [(m, view) for m in messages if (view := seen(m, reader)) is not None]


def search_sessions(
    reader: Reader, store, *, buyer="", text="", date_from=None, date_to=None
):
    """A store's sessions, newest first, filtered by buyer name, dates and the
    text of messages as `reader` sees it: a merchant's search never matches the
    digits masked out of a buyer's message."""
    sessions = Session.objects.filter(store=store).select_related("buyer", "agent")
    if buyer:
        sessions = sessions.filter(
            Q(buyer__username__icontains=buyer) | Q(buyer__nickname__icontains=buyer)
        )
    if text:
        sessions = sessions.filter(
            Exists(
                Message.objects.filter(seen_messages(reader), session=OuterRef("pk"))
                .annotate(seen_body=seen_body(reader))
                .filter(seen_body__icontains=text)
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


def buyer_sessions_with_store(
    reader: Reader, store, buyer_id, *, exclude_id=None, limit=20
):
    """A buyer's sessions with one store, newest first (the console side panel),
    each with `seen_desc`: the messages `reader` sees, newest first, with what
    they see of each."""
    sessions = (
        Session.objects.filter(store=store, buyer_id=buyer_id)
        .exclude(pk=exclude_id)
        .select_related("agent")
        .prefetch_related(
            Prefetch(
                "messages",
                queryset=Message.objects.filter(
                    seen_messages(reader), seq__isnull=False
                )
                .select_related("sender")
                .order_by("-seq"),
                to_attr="delivered_desc",
            ),
            "ratings",
        )
        .order_by("-created_at", "-id")
    )
    sessions = list(sessions[:limit])
    for session in sessions:
        session.seen_desc = [(m, seen(m, reader)) for m in session.delivered_desc]
    return sessions


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
