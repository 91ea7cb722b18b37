"""Liveness of merchant consoles: a short-lived cache key each open socket renews.

Presence is chosen by hand and socket counts can outlive a crashed process, so
routing trusts an agent only while one of their consoles has beaten recently.
"""

from django.core.cache import cache

HEARTBEAT_SECONDS = 30
HEARTBEAT_TTL = 90


def _alive_key(user_id: int) -> str:
    return f"chat:alive:{user_id}"


def do_heartbeat(user_id: int) -> None:
    cache.set(_alive_key(user_id), 1, timeout=HEARTBEAT_TTL)


def do_forget_heartbeat(user_id: int) -> None:
    cache.delete(_alive_key(user_id))


def live_user_ids(user_ids) -> set[int]:
    """The subset of `user_ids` with a console that beat in the last 90 s."""
    keys = {_alive_key(user_id): user_id for user_id in user_ids}
    if not keys:
        return set()
    return {keys[key] for key in cache.get_many(list(keys))}
