"""Failed logins lock the account (from any address) and the address (across
accounts), whatever spelling of the account is typed, without checking passwords."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.test import override_settings

from chat.actions import login_throttle
from chat.actions.login_throttle import (
    ACCOUNT_FAILURE_LIMIT,
    ADDRESS_FAILURE_LIMIT,
    do_record_login_failure,
    login_account,
    login_lock_minutes,
)
from chat.client_address import client_address
from tests import factories
from tests.factories import PASSWORD

ADDRESS = "127.0.0.1"
ADDRESSES = (ADDRESS, "10.0.0.9", "10.0.0.10", "203.0.113.7")


@pytest.fixture
def clean_throttle(buyer):
    def reset():
        for name in (buyer.username, "nobody-here"):
            login_throttle.do_reset_login_failures(login_account(name))
        for address in ADDRESSES:
            login_throttle.do_reset_address_failures(address)

    reset()
    yield
    reset()


def post_login(client, username, password, address=ADDRESS, **extra):
    return client.post(
        "/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="zh-hans",
        **extra,
    )


def fail(client, username, times, address=ADDRESS):
    for _ in range(times):
        assert post_login(client, username, "wrong", address).status_code == 200


def test_failures_below_the_limit_still_check_the_password(
    client, buyer, clean_throttle
):
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT - 1)
    response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(buyer.pk)


def test_fifth_failure_locks_the_login_with_429(client, buyer, clean_throttle):
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT)
    response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 429
    assert "尝试次数过多，请 15 分钟后再试。" in response.content.decode()
    assert "用户名或密码不正确" not in response.content.decode()
    assert SESSION_KEY not in client.session


def test_locked_login_does_not_check_the_password(
    client, buyer, clean_throttle, django_assert_num_queries, monkeypatch
):
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT)
    checked = []
    monkeypatch.setattr(
        type(buyer), "check_password", lambda self, raw: checked.append(raw)
    )
    # One query: resolving the typed name to its account.
    with django_assert_num_queries(1):
        response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 429
    assert checked == []


@pytest.mark.parametrize(
    "spelling",
    [
        "\U0001d41buyer-1",  # mathematical bold small b
        "\uff42uyer-1",  # fullwidth small b
        "  buyer-1 ",
    ],
)
def test_look_alike_spellings_of_a_locked_account_are_locked_too(
    client, buyer, clean_throttle, spelling
):
    assert login_account(spelling) == login_account(buyer.username)
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT)
    response = post_login(client, spelling, PASSWORD)
    assert response.status_code == 429
    assert SESSION_KEY not in client.session


def test_look_alike_spellings_share_one_count(client, buyer, clean_throttle):
    for spelling in ("\U0001d41buyer-1", "\uff42uyer-1", "buyer-1", "buyer-1 "):
        assert post_login(client, spelling, "wrong").status_code == 200
    assert post_login(client, "\U0001d41buyer-1", "wrong").status_code == 200
    assert post_login(client, buyer.username, PASSWORD).status_code == 429


def test_account_lock_holds_from_every_address(client, buyer, clean_throttle):
    for n in range(ACCOUNT_FAILURE_LIMIT):
        post_login(client, buyer.username, "wrong", ADDRESSES[n % len(ADDRESSES)])
    for address in ADDRESSES:
        assert post_login(client, buyer.username, PASSWORD, address).status_code == 429


def test_address_is_locked_after_guesses_spread_over_many_accounts(
    client, buyer, clean_throttle
):
    victims = [factories.make_user(username=f"spray-{n}") for n in range(6)]
    # Fewer than the account limit on each account.
    for victim in (victims * 4)[:ADDRESS_FAILURE_LIMIT]:
        assert post_login(client, victim.username, "wrong").status_code == 200
    response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 429
    # Another address is not affected.
    assert post_login(client, buyer.username, PASSWORD, "10.0.0.9").status_code == 302
    for victim in victims:
        login_throttle.do_reset_login_failures(login_account(victim.username))


def test_success_clears_the_account_count_but_not_the_address_count(
    client, buyer, clean_throttle
):
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT - 1)
    assert post_login(client, buyer.username, PASSWORD).status_code == 302
    client.logout()
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT - 1)
    assert post_login(client, buyer.username, PASSWORD).status_code == 302
    client.logout()
    # 8 failures from this address survive both successes.
    for n in range(ADDRESS_FAILURE_LIMIT - 2 * (ACCOUNT_FAILURE_LIMIT - 1)):
        assert post_login(client, f"nobody-{n}", "wrong").status_code == 200
    assert post_login(client, buyer.username, PASSWORD).status_code == 429


def test_forwarded_for_is_ignored_without_a_trusted_proxy(
    client, buyer, clean_throttle
):
    for n in range(ACCOUNT_FAILURE_LIMIT + 2):
        # A client writing its own X-Forwarded-For does not get a fresh address.
        post_login(client, "nobody-here", "wrong", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}")
    assert client_address({"REMOTE_ADDR": ADDRESS, "HTTP_X_FORWARDED_FOR": "1.2.3.4"})
    assert (
        client_address({"REMOTE_ADDR": ADDRESS, "HTTP_X_FORWARDED_FOR": "1.2.3.4"})
        == ADDRESS
    )


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_trusted_proxy_the_address_it_saw_counts():
    meta = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7"}
    # The client wrote 6.6.6.6; our proxy appended the address it really saw.
    assert client_address(meta) == "203.0.113.7"
    assert client_address({"REMOTE_ADDR": "10.0.0.1"}) == "10.0.0.1"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_trusted_proxies_the_first_proxys_entry_counts():
    meta = {
        "REMOTE_ADDR": "10.0.0.2",
        "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7, 10.0.0.1",
    }
    assert client_address(meta) == "203.0.113.7"


def test_lock_message_is_translated_to_english(client, buyer, clean_throttle):
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT)
    client.cookies["django_language"] = "en"
    response = client.post(
        "/login/",
        {"username": buyer.username, "password": PASSWORD},
        REMOTE_ADDR=ADDRESS,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def test_admin_login_is_throttled_too(client, buyer, clean_throttle):
    fail(client, buyer.username, ACCOUNT_FAILURE_LIMIT)
    response = client.post(
        "/admin/login/",
        {"username": "\uff42uyer-1", "password": PASSWORD},
        REMOTE_ADDR=ADDRESS,
    )
    assert response.status_code == 429


def test_lock_minutes_count_down_from_the_first_failure(buyer, clean_throttle):
    account = login_account(buyer.username)
    for count in range(1, ACCOUNT_FAILURE_LIMIT + 1):
        assert do_record_login_failure(account, ADDRESS) == count
    assert login_lock_minutes(account, ADDRESS) == 15
    _, until_key = login_throttle._keys(f"account\x00{account}")
    cache.set(until_key, time.time() + 61, 300)
    assert login_lock_minutes(account, ADDRESS) == 2
