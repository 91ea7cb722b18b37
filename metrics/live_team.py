"""The live team view's one read: who is on duty and how their queue stands.

Built for the supervisor's socket (metrics.consumers.TeamConsumer) and the
page's first paint alike, so both show the same thing.
"""

from django.db.models import Count, Min, Q
from django.utils import timezone

from chat.actions.heartbeat import live_user_ids
from chat.models import Membership, Session, Store


def _iso(value):
    return None if value is None else value.isoformat()


def team_snapshot(store: Store) -> dict:
    """Every member's presence (offline when no console beats), open
    sessions against capacity and longest current wait (the oldest buyer
    message of theirs not answered yet), and the store's queue."""
    members = list(
        Membership.objects.filter(store=store)
        .select_related("user")
        .order_by("user__username")
    )
    load = {
        row["agent_id"]: row
        for row in Session.objects.filter(store=store, state=Session.State.ACTIVE)
        .values("agent_id")
        .annotate(
            open=Count("id"),
            waiting=Count("id", filter=Q(waiting_since__isnull=False)),
            longest=Min("waiting_since"),
        )
    }
    queue = Session.objects.filter(store=store, state=Session.State.QUEUED).aggregate(
        length=Count("id"), since=Min("queued_at")
    )
    alive = live_user_ids([m.user_id for m in members])
    agents = []
    for m in members:
        row = load.get(m.user_id, {})
        presence = m.presence if m.user_id in alive else Membership.Presence.OFFLINE
        agents.append(
            {
                "id": m.user_id,
                "name": m.user.display_name,
                "role": m.role,
                "presence": presence,
                "open": row.get("open", 0),
                "waiting": row.get("waiting", 0),
                "capacity": m.max_sessions,
                "longest_wait_since": _iso(row.get("longest")),
            }
        )
    return {
        "type": "team",
        "store": store.slug,
        "at": timezone.now().isoformat(),
        "queue": {"length": queue["length"], "since": _iso(queue["since"])},
        "agents": agents,
    }


def team_member_ids(store_id: int) -> list[int]:
    return list(
        Membership.objects.filter(store_id=store_id).values_list("user_id", flat=True)
    )
