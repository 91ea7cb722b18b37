"""Repeated failed logins lock a username from one address without checking passwords."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache

from chat.actions import login_throttle
from chat.actions.login_throttle import (
    LOGIN_FAILURE_LIMIT,
    do_record_login_failure,
    login_lock_minutes,
)
from tests.factories import PASSWORD

ADDRESS = "127.0.0.1"


@pytest.fixture
def clean_throttle(buyer):
    names = [buyer.username, "nobody-here"]
    for name in names:
        for address in (ADDRESS, "10.0.0.9"):
            login_throttle.do_reset_login_failures(name, address)
    yield
    for name in names:
        for address in (ADDRESS, "10.0.0.9"):
            login_throttle.do_reset_login_failures(name, address)


def post_login(client, username, password, address=ADDRESS):
    return client.post(
        "/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )


def fail(client, username, times, address=ADDRESS):
    for _ in range(times):
        assert post_login(client, username, "wrong", address).status_code == 200


def test_failures_below_the_limit_still_check_the_password(
    client, buyer, clean_throttle
):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT - 1)
    response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(buyer.pk)


def test_fifth_failure_locks_the_login_with_429(client, buyer, clean_throttle):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT)
    response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 429
    assert "尝试次数过多，请 15 分钟后再试。" in response.content.decode()
    assert "用户名或密码不正确" not in response.content.decode()
    assert SESSION_KEY not in client.session


def test_locked_login_does_not_check_the_password(
    client, buyer, clean_throttle, django_assert_num_queries
):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT)
    with django_assert_num_queries(0):
        response = post_login(client, buyer.username, PASSWORD)
    assert response.status_code == 429


def test_lock_is_per_username_and_address(client, buyer, clean_throttle):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT)
    other_address = post_login(client, buyer.username, PASSWORD, "10.0.0.9")
    assert other_address.status_code == 302
    client.logout()
    assert post_login(client, "nobody-here", "wrong").status_code == 200


def test_username_case_and_spaces_do_not_escape_the_lock(client, buyer, clean_throttle):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT)
    response = post_login(client, f" {buyer.username.upper()} ", PASSWORD)
    assert response.status_code == 429


def test_success_resets_the_failure_count(client, buyer, clean_throttle):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT - 1)
    assert post_login(client, buyer.username, PASSWORD).status_code == 302
    client.logout()
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT - 1)
    assert post_login(client, buyer.username, PASSWORD).status_code == 302


def test_lock_message_is_translated_to_english(client, buyer, clean_throttle):
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT)
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
    fail(client, buyer.username, LOGIN_FAILURE_LIMIT)
    response = client.post(
        "/admin/login/",
        {"username": buyer.username, "password": PASSWORD},
        REMOTE_ADDR=ADDRESS,
    )
    assert response.status_code == 429


def test_lock_minutes_count_down_from_the_first_failure(buyer, clean_throttle):
    for count in range(1, LOGIN_FAILURE_LIMIT + 1):
        assert do_record_login_failure(buyer.username, ADDRESS) == count
    assert login_lock_minutes(buyer.username, ADDRESS) == 15
    _, until_key = login_throttle._keys(buyer.username, ADDRESS)
    cache.set(until_key, time.time() + 61, 300)
    assert login_lock_minutes(buyer.username, ADDRESS) == 2
