"""An agent's presence: chosen by hand, offline when their last socket closes."""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat.actions.errors import ChatError
from chat.actions.heartbeat import do_forget_heartbeat, do_heartbeat, live_user_ids
from chat.actions.routing import assign_after_commit
from chat.events import presence_event, send_event_on_commit, user_group
from chat.models import Membership
from chat.selectors import membership_of

CHOSEN_STATES = (
    Membership.Presence.ONLINE,
    Membership.Presence.BUSY,
    Membership.Presence.AWAY,
)


SOCKET_COUNT_TTL = 12 * 60 * 60


def _sockets_key(user_id: int) -> str:
    return f"chat:sockets:{user_id}"


def check_set_presence(user, state) -> str:
    membership = membership_of(user)
    if membership is None:
        raise ChatError("forbidden")
    if state not in CHOSEN_STATES:
        raise ChatError("bad_frame", _("state 必须是 online、busy 或 away。"))
    return do_set_presence(membership, state)


def do_set_presence(membership: Membership, state: str) -> str:
    """Set the state; going online runs assignment, since capacity appeared.
    A state chosen by hand comes from a live console, so it counts as a beat."""
    if state != Membership.Presence.OFFLINE:
        do_heartbeat(membership.user_id)
    with transaction.atomic():
        changed = (
            Membership.objects.filter(pk=membership.pk)
            .exclude(presence=state)
            .update(
                presence=state,
                presence_changed_at=timezone.now(),
                updated_at=timezone.now(),
            )
        )
        membership.presence = state
        if changed:
            send_event_on_commit(
                user_group(membership.user_id),
                presence_event(membership.user_id, state),
            )
            if state == Membership.Presence.ONLINE:
                assign_after_commit(membership.store_id)
    return state


def do_connect_merchant(membership: Membership) -> str:
    """Count one more open socket; returns the current presence."""
    key = _sockets_key(membership.user_id)
    # Bounded, so a crashed process's sockets stop counting after a working day.
    cache.add(key, 0, timeout=SOCKET_COUNT_TTL)
    cache.incr(key)
    do_heartbeat(membership.user_id)
    return Membership.objects.values_list("presence", flat=True).get(pk=membership.pk)


def do_disconnect_merchant(membership: Membership) -> None:
    """Count one socket less; the last one closing takes the agent offline."""
    key = _sockets_key(membership.user_id)
    try:
        left = cache.decr(key)
    except ValueError:
        left = 0
    if left <= 0:
        cache.delete(key)
        do_forget_heartbeat(membership.user_id)
        do_set_presence(membership, Membership.Presence.OFFLINE)


def do_expire_stale_presence() -> list[int]:
    """Take offline every member whose consoles all stopped beating (their
    process crashed, so no disconnect ever ran); returns their user ids."""
    present = list(
        Membership.objects.exclude(presence=Membership.Presence.OFFLINE).only(
            "id", "user_id", "store_id", "presence"
        )
    )
    alive = live_user_ids([m.user_id for m in present])
    expired = []
    for membership in present:
        if membership.user_id in alive:
            continue
        cache.delete(_sockets_key(membership.user_id))
        do_set_presence(membership, Membership.Presence.OFFLINE)
        expired.append(membership.user_id)
    return expired
