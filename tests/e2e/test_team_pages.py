"""Team pages in a real browser: the team table on demo data (sorting, an
agent's trend charts from the vendored Chart.js) and the live team view
updated over the socket by a real Daphne. Screenshots at desktop and phone
width (CSC_SCREENSHOTS=1 keeps them in docs/screenshots/)."""

import datetime as dt

import pytest
from django.utils import timezone

from chat.actions import presence, routing
from chat.actions.heartbeat import do_heartbeat
from chat.models import Membership, Session, User
from tests import factories
from tests.e2e.test_metrics_pages import drawn_charts, open_as, screenshot_path
from tests.e2e.threads import elsewhere

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo(transactional_db):
    from django.core.management import call_command

    elsewhere(call_command, "seed_demo", quiet=True, days=21)


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
    assert drawn_charts(page, "canvas[data-trend]", 4) == 4
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
    elsewhere(do_heartbeat, worker.pk)
    elsewhere(presence.do_set_presence, worker.membership, "online")
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
    elsewhere(routing.do_assign_waiting_sessions, store.pk)
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


def test_a_rating_appeal_filed_in_the_browser_and_upheld(
    live_server, new_page, tmp_path
):
    from chat.models import Rating
    from compliance.models import AuditLog

    store = factories.make_store("appeal-shop", name="申诉小店")
    boss = factories.make_member(store, Membership.MemberRole.SUPERVISOR, "boss")
    auditor = factories.make_user(User.Kind.AUDITOR, "auditor-x")
    buyer = factories.make_user(User.Kind.BUYER, "angry")
    session = factories.make_session(
        store, buyer, state=Session.State.CLOSED, human_started_at=timezone.now()
    )
    rating = Rating.objects.create(
        session=session, score=1, comment="快递太慢", created_at=timezone.now()
    )

    page = new_page()
    page.goto(f"{live_server.url}/login/?next=/console/metrics/sessions/{session.pk}/")
    page.fill("#id_username", boss.username)
    page.fill("#id_password", "pw-for-tests-123")
    page.click("button[type=submit]")
    page.click("text=申诉这条评价")
    page.select_option("select[name=ground]", "courier")
    page.fill("textarea[name=statement]", "差评针对快递，不是客服")
    page.fill("textarea[name=evidence]", "顺丰 SF1234567890 延误")
    page.screenshot(
        path=screenshot_path(tmp_path, "rating-appeal-form.png"), full_page=True
    )
    page.click("text=提交申诉")
    page.wait_for_selector("[data-appeal-state=pending]")

    desk = new_page()
    desk.goto(f"{live_server.url}/login/?next=/platform/rating-appeals/")
    desk.fill("#id_username", auditor.username)
    desk.fill("#id_password", "pw-for-tests-123")
    desk.click("button[type=submit]")
    desk.wait_for_selector("table[data-table=rating-appeals] tbody tr[data-appeal]")
    assert "顺丰 SF1234567890 延误" in desk.inner_text(
        "table[data-table=rating-appeals]"
    )
    desk.screenshot(
        path=screenshot_path(tmp_path, "rating-appeals.png"), full_page=True
    )
    desk.set_viewport_size(PHONE)
    desk.screenshot(
        path=screenshot_path(tmp_path, "rating-appeals-phone.png"), full_page=True
    )
    desk.set_viewport_size({"width": 1280, "height": 800})
    desk.fill("input[name=reason]", "物流单号核实为延误")
    desk.click("button[value=uphold]")
    desk.wait_for_selector("text=已处理")

    assert rating.appeal.__class__.objects.get(rating=rating).state == "upheld"
    assert AuditLog.objects.filter(action="metrics.rating_appeal_decide").exists()
    page.reload()
    page.wait_for_selector("[data-appeal-state=upheld]")
