"""Team pages in a real browser: the team table on demo data (sorting, an
agent's trend charts from the vendored Chart.js) and the live team view
updated over the socket by a real Daphne. Screenshots at desktop and phone
width (CSC_SCREENSHOTS=1 keeps them in docs/screenshots/)."""

import concurrent.futures
import datetime as dt

import pytest
from django.utils import timezone

from chat.actions import presence, routing
from chat.actions.heartbeat import do_heartbeat
from chat.models import Membership, Session, User
from tests import factories
from tests.e2e.test_metrics_pages import drawn_charts, open_as, screenshot_path

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo(transactional_db):
    from django.core.management import call_command

    call_command("seed_demo", quiet=True, days=21)


def off_loop(function, *args):
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(function, *args).result()


def agent_order(page):
    return page.eval_on_selector_all(
        "table[data-table=team] tbody tr", "rows => rows.map(r => r.dataset.agent)"
    )


def test_team_page_lists_sorts_and_opens_an_agent(
    demo, live_server, new_page, tmp_path
):
    start = timezone.localdate() - dt.timedelta(days=7)
    monday = start - dt.timedelta(days=start.weekday())
    path = f"/console/metrics/team/?start={monday.isoformat()}"
    page, outside = open_as(new_page, live_server, "tea_super", path)

    assert "客服绩效" in page.inner_text("h1")
    assert sorted(agent_order(page)) == ["tea_agent1", "tea_agent2", "tea_super"]
    page.click("a[data-sort=avg_response_seconds]")
    page.wait_for_url("**sort=avg_response_seconds")
    ascending = agent_order(page)
    page.click("a[data-sort=avg_response_seconds]")
    page.wait_for_url("**sort=-avg_response_seconds")
    descending = agent_order(page)
    with_rounds = [a for a in ascending if a in descending]
    assert ascending != descending and len(with_rounds) == 3
    page.screenshot(path=screenshot_path(tmp_path, "team.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_path(tmp_path, "team-phone.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})

    page.click("table[data-table=team] tbody tr[data-agent=tea_agent1] a")
    page.wait_for_selector("canvas[data-trend]")
    assert drawn_charts(page, "canvas[data-trend]") == 4
    assert page.locator(".metric-card").count() == 4
    assert outside == []
    page.screenshot(path=screenshot_path(tmp_path, "team-agent.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(
        path=screenshot_path(tmp_path, "team-agent-phone.png"), full_page=True
    )


def test_live_team_view_follows_presence_and_assignment_over_the_socket(
    daphne_server, sign_in, tmp_path
):
    store = factories.make_store("live-shop", name="实时小店")
    boss = factories.make_member(store, Membership.MemberRole.SUPERVISOR, "boss")
    worker = factories.make_member(store, username="worker", max_sessions=2)
    factories.make_member(store, username="idle")
    page = sign_in(daphne_server, boss.username, path="/console/metrics/team/live/")
    page.wait_for_selector("[data-team-status][data-state=live]")
    row = f"tr[data-agent='{worker.pk}']"
    assert page.get_attribute(row, "data-presence") == "offline"

    # Chat's actions publish with async_to_sync: not on Playwright's loop.
    off_loop(do_heartbeat, worker.pk)
    off_loop(presence.do_set_presence, worker.membership, "online")
    page.wait_for_selector(f"{row}[data-presence=online]")

    now = timezone.now()
    for n in range(2):
        factories.make_session(
            store,
            factories.make_user(User.Kind.BUYER, f"live-buyer-{n}"),
            state=Session.State.QUEUED,
            queued_at=now,
            human_started_at=now,
            waiting_since=now - dt.timedelta(seconds=75),
        )
    factories.make_session(
        store,
        factories.make_user(User.Kind.BUYER, "live-buyer-late"),
        state=Session.State.QUEUED,
        queued_at=now,
        human_started_at=now,
    )
    off_loop(routing.do_assign_waiting_sessions, store.pk)
    page.wait_for_function(
        "sel => document.querySelector(sel).children[2].textContent === '2 / 2'",
        arg=row,
    )
    assert page.inner_text("[data-queue-length]") == "1"
    assert "min" in page.inner_text(f"{row} td.wait")
    page.screenshot(path=screenshot_path(tmp_path, "team-live.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(
        path=screenshot_path(tmp_path, "team-live-phone.png"), full_page=True
    )
