"""The metrics pages in a real browser on demo data: charts drawn from the
vendored Chart.js, nothing loaded from other hosts. CSC_SCREENSHOTS=1 saves
docs/screenshots/metrics-merchant.png and admin-dashboard.png."""

import contextlib
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from chat.demo import DEMO_PASSWORD
from tests.e2e.threads import elsewhere

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(transactional_db):
    elsewhere(call_command, "seed_demo", quiet=True, days=21)


def screenshot_path(tmp_path, name):
    if os.environ.get("CSC_SCREENSHOTS"):
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name
    return tmp_path / name


def open_as(new_page, live_server, username, path):
    page = new_page()
    outside = []

    def only_this_host(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_host)
    page.goto(f"{live_server.url}/login/?next={path}")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}{path}")
    return page, outside


def drawn_charts(page, selector, expected):
    """How many of the canvases hold a drawn chart, once ``expected`` of them
    do or 15 s have passed (charts are drawn after the page has loaded)."""
    count = f"""Array.from(document.querySelectorAll('{selector}'))
            .filter((c) => window.Chart && Chart.getChart(c)).length"""
    # On a timeout the count below tells the assertion what was drawn.
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(f"() => ({count}) >= {expected}", timeout=15_000)
    return page.evaluate(f"() => {count}")


def test_merchant_metrics_page_draws_trends(demo, live_server, new_page, tmp_path):
    page, outside = open_as(new_page, live_server, "tea_super", "/console/metrics/")

    assert "服务指标" in page.inner_text("h1")
    assert page.locator(".metric-card").count() == 4
    assert drawn_charts(page, "canvas[data-trend]", 4) == 4
    assert page.locator("table.data tbody tr").count() >= 2  # past weeks
    assert outside == []
    page.screenshot(
        path=screenshot_path(tmp_path, "metrics-merchant.png"), full_page=True
    )

    page.click("text=查看未达标明细")
    assert "指标明细" in page.inner_text("h1")


def test_admin_dashboard_ranks_stores_with_charts(
    demo, live_server, new_page, tmp_path
):
    page, outside = open_as(new_page, live_server, "admin", "/platform/")

    assert drawn_charts(page, "canvas[data-ranking]", 4) == 4
    # Bars are green or red by the standard: the legend names both and the
    # standard, rather than one swatch for every bar.
    legends = page.evaluate(
        """() => Array.from(document.querySelectorAll('canvas[data-ranking]'))
            .map((c) => Chart.getChart(c).legend.legendItems.map((i) => i.text))"""
    )
    assert len(legends) == 4
    for texts in legends:
        assert texts[:2] == ["达标", "未达标"]
        assert len(texts) == 3 and texts[2].startswith("标准 ")
    assert page.locator("table[data-table=overall] tbody tr").count() == 3
    assert outside == []
    page.screenshot(
        path=screenshot_path(tmp_path, "admin-dashboard.png"), full_page=True
    )


@pytest.mark.parametrize(
    "username, path",
    [("admin", "/platform/"), ("tea_super", "/manage/mingxiang-tea/team/")],
)
def test_demo_pages_do_not_scroll_sideways_on_a_phone(
    demo, live_server, new_page, username, path
):
    """On demo data at 390 px in English, the platform dashboard's ranking
    tables and the team table (a visually hidden label in each row) once
    widened the page: a wide table scrolls inside its own box."""
    page = new_page(viewport={"width": 390, "height": 800})
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "url": live_server.url}]
    )
    page.goto(f"{live_server.url}/login/?next={path}")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}{path}")
    page.wait_for_timeout(300)
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths
