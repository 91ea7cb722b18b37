"""Every URL in the URLconf, requested as every role, answers what the table says.

The URLs are walked from the resolver, so a new URL without a row here fails the
test. Path parameters are filled with real objects of store A; the table records
what each role gets: anonymous, a buyer (with a session at store A), an agent of
store A, an agent of store B, the supervisor of store A, a platform auditor and a
platform admin.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

from chat.models import Message, Notice, Session
from compliance.ledger import do_add_penalty_entry

ROLES = ("anonymous", "buyer", "agent_a", "agent_b", "super_a", "auditor", "admin")

# route → statuses of GET for the roles above, in that order.
EXPECTED = {
    "": (302, 302, 302, 302, 302, 302, 302),
    "login/": (200, 200, 200, 200, 200, 200, 200),
    "logout/": (405, 405, 405, 405, 405, 405, 405),
    "i18n/setlang/": (302, 302, 302, 302, 302, 302, 302),
    "admin/login/": (200, 200, 200, 200, 200, 200, 200),
    "stores/": (302, 200, 403, 403, 403, 403, 403),
    "stores/<slug:slug>/": (302, 200, 403, 403, 403, 403, 403),
    "console/": (302, 403, 200, 200, 200, 403, 403),
    "review/": (302, 403, 403, 403, 403, 200, 200),
    "platform/": (302, 403, 403, 403, 403, 403, 200),
    # Store B's agent gets 404: another tenant's session answers as a missing one.
    "api/sessions/<int:session_id>/messages/": (401, 200, 200, 404, 200, 200, 200),
    "api/sessions/<int:session_id>/images/": (405, 405, 405, 405, 405, 405, 405),
}

# Django admin: every role but the platform admin is sent to the admin login.
# The admin gets 200 unless listed here.
ADMIN_FOR_ADMIN = {
    "admin/logout/": 405,
    "admin/autocomplete/": 403,
    "admin/r/<path:content_type_id>/<path:object_id>/": 302,
    "admin/password_change/done/": 200,
    "admin/<url>": 404,
    # Sessions start from chat; the ledger and rule revisions are append-only and
    # written by actions; rule categories are fixed.
    "admin/chat/session/add/": 403,
    "admin/compliance/rulecategory/add/": 403,
    "admin/compliance/rulecategory/<path:object_id>/delete/": 403,
    "admin/compliance/rulesetrevision/add/": 403,
    "admin/compliance/rulesetrevision/<path:object_id>/delete/": 403,
    "admin/compliance/penaltyentry/add/": 403,
    "admin/compliance/penaltyentry/<path:object_id>/delete/": 403,
}
ADMIN_REDIRECTS_TO_CHANGE = re.compile(r"^admin/[a-z_]+/[a-z_]+/<path:object_id>/$")


def walk(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + route_of(pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        else:
            assert isinstance(pattern, URLPattern)
            yield route, pattern


def route_of(pattern):
    text = str(pattern.pattern)
    if isinstance(pattern.pattern, RegexPattern):
        # The admin's app index and catch-all: keep them readable as <name>.
        text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", text.strip("^$"))
    return text


def all_routes():
    return list(walk(get_resolver().url_patterns))


@pytest.fixture
def world(
    store, other_store, buyer, agent, other_agent, supervisor, auditor, platform_admin
):
    session = Session.objects.create(
        store=store, buyer=buyer, agent=agent, state=Session.State.ACTIVE
    )
    Message.objects.create(
        session=session,
        seq=1,
        sender_kind=Message.SenderKind.BUYER,
        sender=buyer,
        body="你好",
        created_at=session.created_at,
    )
    Notice.objects.create(store=store, source="test", text="通知")
    do_add_penalty_entry(store, 2, "测试扣分", "manual", issued_by=platform_admin)
    Group.objects.create(name="客服组")
    users = {
        "anonymous": None,
        "buyer": buyer,
        "agent_a": agent,
        "agent_b": other_agent,
        "super_a": supervisor,
        "auditor": auditor,
        "admin": platform_admin,
    }
    return {"store": store, "session": session, "buyer": buyer, "users": users}


def fill(route, pattern, world):
    """The route with every parameter replaced by a real id of store A's objects."""
    model_admin = getattr(pattern.callback, "model_admin", None)

    def value(match):
        name = match.group(1).split(":")[-1]
        if name == "object_id" and model_admin is not None:
            obj = model_admin.model._default_manager.order_by("pk").first()
            assert obj is not None, f"create a {model_admin.model.__name__} in world"
            return str(obj.pk)
        known = {
            "slug": world["store"].slug,
            "session_id": world["session"].pk,
            "id": world["buyer"].pk,
            "content_type_id": ContentType.objects.get_for_model(world["store"]).pk,
            "object_id": world["store"].pk,
            "app_label": "chat",
            "url": "no/such/page/",
        }
        assert name in known, f"no value for path parameter {name!r} in {route}"
        return str(known[name])

    return "/" + re.sub(r"<([^>]+)>", value, route)


def expected_for(route):
    if route in EXPECTED:
        return EXPECTED[route]
    if route.startswith("admin/"):
        if ADMIN_REDIRECTS_TO_CHANGE.match(route):
            admin = 302
        else:
            admin = ADMIN_FOR_ADMIN.get(route, 200)
        return (302,) * 6 + (admin,)
    return None


def test_every_url_answers_every_role_as_the_table_says(world):
    clients = {}
    for role, user in world["users"].items():
        clients[role] = Client()
        if user is not None:
            clients[role].force_login(user)
    missing, wrong = [], []
    for route, pattern in all_routes():
        expected = expected_for(route)
        if expected is None:
            missing.append(route)
            continue
        url = fill(route, pattern, world)
        got = tuple(clients[role].get(url).status_code for role in ROLES)
        if got != expected:
            wrong.append((route, url, got, expected))
    assert missing == [], "URLs without a row in EXPECTED"
    assert wrong == []


def test_table_has_no_rows_for_urls_that_no_longer_exist():
    routes = {route for route, _ in all_routes()}
    assert sorted(set(EXPECTED) - routes) == []
    assert sorted(set(ADMIN_FOR_ADMIN) - routes) == []


def test_non_admins_are_sent_to_the_admin_login_from_every_admin_page(world):
    client = Client()
    client.force_login(world["users"]["super_a"])
    for route, pattern in all_routes():
        if not route.startswith("admin/") or route == "admin/login/":
            continue
        url = fill(route, pattern, world)
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/"), url


def test_every_post_without_a_csrf_token_is_refused(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["users"]["admin"])
    accepted = []
    for route, pattern in all_routes():
        url = fill(route, pattern, world)
        response = client.post(url, {"name": "x"})
        if response.status_code != 403 or b"CSRF" not in response.content:
            accepted.append((url, response.status_code))
    assert accepted == []
