"""A Content-Security-Policy on every response, the product's own error pages
in both languages, and no inline script the policy would block."""

import re
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("path", ["/login/", "/stores/", "/no/such/page/"])
def test_every_response_carries_a_strict_content_security_policy(client, buyer, path):
    client.force_login(buyer)
    found = policy(client.get(path))
    assert found["default-src"] == ["'self'"]
    assert found["script-src"] == ["'self'"]
    assert found["style-src"] == ["'self'"]
    assert found["connect-src"] == ["'self'"]
    assert found["object-src"] == ["'none'"]
    assert found["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in str(found)
    assert "'unsafe-eval'" not in str(found)


def test_templates_hold_no_inline_script_handler_or_style():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<script\b([^>]*)>", text):
            if "src=" not in match.group(1):
                offenders.append((path.name, match.group(0)))
        for match in re.finditer(r"\s(on[a-z]+|style)\s*=", text):
            offenders.append((path.name, match.group(0).strip()))
    assert offenders == []


def test_unknown_page_is_the_products_404_with_navigation(client, buyer):
    client.force_login(buyer)
    response = client.get("/no/such/page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "页面不存在" in page
    assert 'href="/stores/"' in page  # the buyer's navigation
    assert "Page not found at" not in page  # not Django's technical page


def test_error_pages_speak_english_when_chosen(client, buyer):
    client.force_login(buyer)
    client.cookies["django_language"] = "en"
    page = client.get("/no/such/page/").content.decode()
    assert "Page not found" in page
    assert "页面不存在" not in page
    forbidden = client.get("/console/")
    assert forbidden.status_code == 403
    assert "Forbidden" in forbidden.content.decode()


def test_forbidden_page_is_the_products_403(client, buyer):
    client.force_login(buyer)
    response = client.get("/console/")
    assert response.status_code == 403
    assert "没有权限" in response.content.decode()


def test_server_error_is_the_products_500(buyer, monkeypatch):
    from chat import selectors

    def broken():
        raise RuntimeError("boom")

    monkeypatch.setattr(selectors, "list_open_stores", broken)
    client = Client(raise_request_exception=False)
    client.force_login(buyer)
    response = client.get("/stores/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "服务器出错了" in page
    assert "boom" not in page and "Traceback" not in page


def test_csrf_failure_is_the_products_403(buyer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(buyer)
    response = client.post("/logout/")
    page = response.content.decode()
    assert response.status_code == 403
    assert "CSRF" in page and "请求已过期" in page


@pytest.mark.parametrize("role", ["buyer", "agent", "supervisor", "auditor"])
def test_non_admin_roles_get_403_on_the_django_admin(client, role, request):
    client.force_login(request.getfixturevalue(role))
    for path in ("/admin/", "/admin/chat/store/", "/admin/chat/user/"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "没有权限" in response.content.decode()


def test_anonymous_visitors_of_the_admin_are_sent_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
