"""Refuse password guessing: too many failed logins lock a username from one address.

Counts live in the Django cache (Redis in production and tests), so every Daphne
process sees the same count. The window is fixed from the first failure: after
`LOGIN_FAILURE_LIMIT` failures within `LOGIN_FAILURE_WINDOW` seconds, logins for
that username from that address are refused, without checking the password, until
the window ends. A successful login clears the count.
"""

import hashlib
import math
import time

from django.core.cache import cache

LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_WINDOW = 15 * 60


def _keys(username: str, address: str) -> tuple[str, str]:
    who = f"{username.strip().casefold()}\x00{address}".encode()
    digest = hashlib.sha256(who).hexdigest()[:32]
    return f"login-failures:{digest}", f"login-failures-until:{digest}"


def login_lock_minutes(username: str, address: str) -> int:
    """Minutes left on the lock of `username` from `address`; 0 when not locked."""
    count_key, until_key = _keys(username, address)
    found = cache.get_many([count_key, until_key])
    if found.get(count_key, 0) < LOGIN_FAILURE_LIMIT:
        return 0
    seconds_left = found.get(until_key, 0) - time.time()
    return max(1, math.ceil(seconds_left / 60))


def do_record_login_failure(username: str, address: str) -> int:
    """Count one failed login; return the number of failures in the window."""
    count_key, until_key = _keys(username, address)
    cache.add(until_key, time.time() + LOGIN_FAILURE_WINDOW, LOGIN_FAILURE_WINDOW)
    cache.add(count_key, 0, LOGIN_FAILURE_WINDOW)
    try:
        return cache.incr(count_key)
    except ValueError:
        # The window ended between add() and incr(): this failure opens a new one.
        cache.set(until_key, time.time() + LOGIN_FAILURE_WINDOW, LOGIN_FAILURE_WINDOW)
        cache.set(count_key, 1, LOGIN_FAILURE_WINDOW)
        return 1


def do_reset_login_failures(username: str, address: str) -> None:
    cache.delete_many(list(_keys(username, address)))
