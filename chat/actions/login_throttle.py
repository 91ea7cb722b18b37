"""Refuse password guessing: failed logins lock the account and the address.

Two counters, both in the Django cache (Redis in production and tests, so every
Daphne process sees the same counts), each over a window fixed from its first
failure:

- per **account**, from any address: `ACCOUNT_FAILURE_LIMIT` failures lock it.
  The account is the one authentication resolves the typed name to (the login
  form's NFKC normalisation, then the user table), so `𝐛uyer13`, `ｂuyer13` and
  ` buyer13 ` count against buyer13 and are refused with it; a name that names
  no account is counted under its normalised, case-folded spelling.
- per **address**, across every account: `ADDRESS_FAILURE_LIMIT` failures lock
  the address (password spraying: a few guesses at each of many accounts).

A locked login is refused without checking the password. A successful login
clears its account's count only: logging in to one's own account must not wipe
an address's record of guesses at others.
"""

import hashlib
import math
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UsernameField
from django.core.cache import cache
from django.core.exceptions import ValidationError

ACCOUNT_FAILURE_LIMIT = 5
ADDRESS_FAILURE_LIMIT = 20
LOGIN_FAILURE_WINDOW = 15 * 60
# Kept for callers that speak of "the" limit: the account's.
LOGIN_FAILURE_LIMIT = ACCOUNT_FAILURE_LIMIT


def login_account(username: str) -> str:
    """The account `username` logs in to, as authentication resolves it: its
    user id, or the normalised name when it names no account."""
    try:
        name = UsernameField().clean(username or "")
    except ValidationError:
        name = ""
    user_model = get_user_model()
    try:
        user = user_model._default_manager.get_by_natural_key(name)
    except user_model.DoesNotExist:
        return f"name:{name.casefold()}"
    return f"user:{user.pk}"


def _keys(what: str) -> tuple[str, str]:
    digest = hashlib.sha256(what.encode()).hexdigest()[:32]
    return f"login-failures:{digest}", f"login-failures-until:{digest}"


def _subjects(account: str, address: str) -> list[tuple[tuple[str, str], int]]:
    return [
        (_keys(f"account\x00{account}"), ACCOUNT_FAILURE_LIMIT),
        (_keys(f"address\x00{address}"), ADDRESS_FAILURE_LIMIT),
    ]


def login_lock_minutes(account: str, address: str) -> int:
    """Minutes left on the lock of `account` or of `address`; 0 when neither is."""
    subjects = _subjects(account, address)
    found = cache.get_many([key for keys, _limit in subjects for key in keys])
    seconds = 0.0
    for (count_key, until_key), limit in subjects:
        if found.get(count_key, 0) >= limit:
            seconds = max(seconds, found.get(until_key, 0) - time.time(), 1)
    return math.ceil(seconds / 60) if seconds else 0


def _count(count_key: str, until_key: str) -> int:
    cache.add(until_key, time.time() + LOGIN_FAILURE_WINDOW, LOGIN_FAILURE_WINDOW)
    cache.add(count_key, 0, LOGIN_FAILURE_WINDOW)
    try:
        return cache.incr(count_key)
    except ValueError:
        # The window ended between add() and incr(): this failure opens a new one.
        cache.set(until_key, time.time() + LOGIN_FAILURE_WINDOW, LOGIN_FAILURE_WINDOW)
        cache.set(count_key, 1, LOGIN_FAILURE_WINDOW)
        return 1


def do_record_login_failure(account: str, address: str) -> int:
    """Count one failed login against the account and the address; return the
    account's failures in its window."""
    (account_keys, _), (address_keys, _) = _subjects(account, address)
    _count(*address_keys)
    return _count(*account_keys)


def do_reset_login_failures(account: str) -> None:
    """Forget the account's failures (after a successful login)."""
    cache.delete_many(list(_keys(f"account\x00{account}")))


def do_reset_address_failures(address: str) -> None:
    cache.delete_many(list(_keys(f"address\x00{address}")))
