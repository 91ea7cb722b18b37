"""Each demo login reaches its home page in a real browser."""

import pytest
from django.core.management import call_command

from chat.demo import DEMO_PASSWORD
from tests.e2e.threads import elsewhere

pytestmark = pytest.mark.e2e

LOGINS = [
    ("buyer01", "/stores/", "茗香茶叶旗舰店"),
    ("tea_agent1", "/console/", "客服工作台"),
    ("tea_super", "/console/", "客服工作台"),
    ("auditor", "/review/", "审核队列"),
    ("admin", "/platform/", "平台看板"),
]


@pytest.fixture
def demo(transactional_db):
    elsewhere(call_command, "seed_demo", quiet=True, days=1)


@pytest.mark.parametrize(("username", "home", "text"), LOGINS)
def test_demo_login_reaches_its_home(demo, live_server, new_page, username, home, text):
    page = new_page()
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/login/?next=/"
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}{home}")
    assert text in page.inner_text("main")
    foreign = "/console/" if home == "/platform/" else "/platform/"
    assert page.goto(f"{live_server.url}{foreign}").status == 403


def test_language_switch_shows_english(demo, live_server, new_page):
    page = new_page()
    page.goto(f"{live_server.url}/login/")
    with page.expect_navigation():
        page.select_option("#lang-select", "en")
    assert page.locator("html").get_attribute("lang") == "en"
