"""Role landing pages and the refusal of other roles' pages."""

import pytest
from django.urls import reverse

HOME = {
    "buyer": "/stores/",
    "agent": "/console/",
    "supervisor": "/console/",
    "auditor": "/review/",
    "platform_admin": "/platform/",
}
PAGES = ["/stores/", "/console/", "/review/", "/platform/", "/stores/store-a/"]
ALLOWED = {
    "buyer": {"/stores/", "/stores/store-a/"},
    "agent": {"/console/"},
    "supervisor": {"/console/"},
    "auditor": {"/review/"},
    "platform_admin": {"/review/", "/platform/"},
}


@pytest.mark.parametrize("who", sorted(HOME))
def test_each_role_lands_on_its_own_home(who, request, login, store):
    client = login(request.getfixturevalue(who))
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == HOME[who]
    assert client.get(HOME[who]).status_code == 200


@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_each_role_is_refused_the_other_roles_pages(who, request, login, store):
    client = login(request.getfixturevalue(who))
    statuses = {page: client.get(page).status_code for page in PAGES}
    assert statuses == {page: 200 if page in ALLOWED[who] else 403 for page in PAGES}


def test_anonymous_visitor_is_sent_to_login(client, store):
    response = client.get("/console/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/console/"


def test_only_platform_admin_reaches_django_admin_others_get_403(
    login, agent, platform_admin
):
    assert login(agent).get("/admin/").status_code == 403
    assert login(platform_admin).get("/admin/").status_code == 200


def test_login_page_renders_in_chinese_by_default(client, db):
    response = client.get("/login/")
    assert response.status_code == 200
    assert "登录 csc 客服平台" in response.content.decode()


def test_login_with_wrong_password_shows_error(client, buyer):
    response = client.post("/login/", {"username": "buyer-1", "password": "nope"})
    assert response.status_code == 200
    assert "用户名或密码不正确" in response.content.decode()


def test_browser_language_does_not_override_the_chinese_default(client, db):
    response = client.get("/login/", headers={"accept-language": "en-US,en;q=0.9"})
    assert "登录 csc 客服平台" in response.content.decode()


def test_language_switch_cookie_selects_english(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    assert response.status_code == 302
    page = client.get("/login/").content.decode()
    assert "Log in to csc" in page
    assert '<html lang="en">' in page


def test_an_english_request_leaves_no_language_behind_on_the_thread(client, db):
    from django.utils import translation

    client.cookies["django_language"] = "en"
    assert "Log in to csc" in client.get("/login/").content.decode()
    assert translation.get_language() == "zh-hans"
