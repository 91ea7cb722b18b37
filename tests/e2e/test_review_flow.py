"""A blocked agent message travels through dispute, review, ledger and merchant view."""

import pytest
from django.core.management import call_command

from chat.demo import DEMO_PASSWORD
from chat.models import Membership, Message, User
from compliance.actions import do_record_screened_message
from compliance.demo import seed_compliance_demo
from compliance.models import PenaltyEntry, ReviewItem
from tests import factories
from tests.e2e.threads import elsewhere

pytestmark = pytest.mark.e2e


def log_in(page, base, username, password=factories.PASSWORD):
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def blocked_wechat_invitation(session, agent):
    """The agent's "加我微信 shop888" as chat stores it once screening blocked it."""
    return factories.make_message(
        session,
        Message.SenderKind.AGENT,
        agent,
        "加我微信 shop888 给你便宜",
        verdict=Message.Verdict.BLOCK,
        violations=[
            {
                "category": "contact",
                "rule": "contact.wechat",
                "start": 2,
                "end": 12,
                "match": "微信 shop888",
                "suggestion": "请勿引导买家添加站外联系方式",
                "points": 3,
            }
        ],
    )


@pytest.fixture
def blocked_message(transactional_db):
    store = factories.make_store("e2e-store", name="端到端店铺")
    agent = factories.make_member(store, username="e2e-agent")
    factories.make_member(store, Membership.MemberRole.SUPERVISOR, "e2e-super")
    factories.make_user(User.Kind.AUDITOR, "e2e-auditor")
    buyer = factories.make_user(User.Kind.BUYER, "e2e-buyer")
    session = factories.make_session(store, buyer, agent)
    factories.make_message(session, "buyer", buyer, "能便宜点吗？")
    message = blocked_wechat_invitation(session, agent)
    do_record_screened_message(message)
    return message


def test_blocked_message_is_disputed_confirmed_and_shown_to_the_supervisor(
    blocked_message, live_server, new_page
):
    base = live_server.url
    agent_page = new_page()
    log_in(agent_page, base, "e2e-agent")
    agent_page.goto(f"{base}/console/compliance/")
    row = agent_page.locator(f'tr[data-message="{blocked_message.pk}"]')
    assert "微信 shop888" in row.locator("mark.hit").inner_text()
    row.locator("button.dispute").click()
    row.locator("text=已申诉，待审核").wait_for()
    assert ReviewItem.objects.filter(kind="dispute").count() == 1

    auditor = new_page()
    log_in(auditor, base, "e2e-auditor")
    assert auditor.url == f"{base}/review/"
    blocked_row = auditor.locator("tr[data-kind=blocked]")
    assert "端到端店铺" in blocked_row.inner_text()
    blocked_row.locator("td a").first.click()
    focus = auditor.locator("li.line.focus")
    assert focus.locator("mark.hit").inner_text() == "微信 shop888"
    assert "对方未看到此消息" in focus.inner_text()
    auditor.check("input[name=decision][value=confirm]")
    auditor.fill("#decision-form input[name=reason]", "引导站外联系")
    auditor.click("#decision-form button[type=submit]")
    auditor.wait_for_url(f"{base}/review/")
    assert "已处理" in auditor.inner_text(".flash")
    assert auditor.locator("tr[data-item]").count() == 0

    entry = PenaltyEntry.objects.get()
    assert (entry.points, entry.source, entry.rule) == (
        3,
        "violation",
        "contact.wechat",
    )
    assert set(ReviewItem.objects.values_list("state", flat=True)) == {"confirmed"}

    supervisor = new_page()
    log_in(supervisor, base, "e2e-super")
    supervisor.goto(f"{base}/console/ledger/")
    assert supervisor.inner_text("#store-points") == "3"
    assert supervisor.inner_text("#store-status") == "正常"
    line = supervisor.locator(f'tr[data-entry="{entry.pk}"]')
    assert "微信号/微信引流" in line.inner_text()
    line.locator("a").click()
    assert supervisor.locator("li.line.focus mark.hit").inner_text() == "微信 shop888"
    assert "引导站外联系" in supervisor.inner_text("main")


def test_demo_review_pages_render(transactional_db, live_server, new_page, tmp_path):
    elsewhere(call_command, "seed_demo", quiet=True, days=2)
    elsewhere(seed_compliance_demo)
    base = live_server.url
    auditor = new_page()
    log_in(auditor, base, "auditor", DEMO_PASSWORD)
    counts = dict(
        zip(
            auditor.locator(".queue-counts .count").evaluate_all(
                "els => els.map(e => e.dataset.kind)"
            ),
            auditor.locator(".queue-counts .count").all_inner_texts(),
            strict=True,
        )
    )
    assert (counts["blocked"], counts["dispute"], counts["report"]) == ("1", "1", "1")
    auditor.screenshot(path=tmp_path / "review-queue.png", full_page=True)
    sample = auditor.locator("tr[data-kind=sample] td a").first
    sample.click()
    # The click starts the navigation; count on the item's page, not the queue.
    auditor.wait_for_url("**/review/items/*/")
    auditor.wait_for_selector("#checklist-form fieldset.prefilled")
    assert auditor.locator("#checklist-form fieldset.prefilled").count() >= 3
    auditor.screenshot(path=tmp_path / "review-sample.png", full_page=True)

    supervisor = new_page()
    log_in(supervisor, base, "tea_super", DEMO_PASSWORD)
    supervisor.goto(f"{base}/console/ledger/")
    assert supervisor.inner_text("#store-points") == "4"
    supervisor.screenshot(path=tmp_path / "merchant-ledger.png", full_page=True)
    supervisor.locator("tr[data-entry] a").first.click()
    # Count on the entry's page once it has drawn, not on the ledger.
    supervisor.locator("li.line.focus mark.hit").first.wait_for()
    assert supervisor.locator("li.line.focus mark.hit").count() == 1
    supervisor.screenshot(path=tmp_path / "merchant-entry.png", full_page=True)


def test_a_long_session_opens_at_the_flagged_message(
    transactional_db, live_server, new_page
):
    """The transcript box scrolls to the item's message: in a long session the
    auditor does not land on its first messages and scroll to find it."""
    store = factories.make_store("long-store", name="长会话店铺")
    agent = factories.make_member(store, username="long-agent")
    factories.make_user(User.Kind.AUDITOR, "long-auditor")
    buyer = factories.make_user(User.Kind.BUYER, "long-buyer")
    session = factories.make_session(store, buyer, agent)
    for n in range(30):
        factories.make_message(
            session, "buyer", buyer, f"第 {n} 个问题：什么时候发货？"
        )
        factories.make_message(session, "agent", agent, f"第 {n} 个回答：今天下午发。")
    message = blocked_wechat_invitation(session, agent)
    factories.make_message(session, "buyer", buyer, "好的我看看")
    do_record_screened_message(message)
    item = ReviewItem.objects.get(message=message)

    page = new_page(viewport={"width": 390, "height": 800})
    log_in(page, live_server.url, "long-auditor")
    page.goto(f"{live_server.url}/review/items/{item.pk}/")
    box = page.locator("ol.transcript").bounding_box()
    focus = page.locator("ol.transcript .line.focus")
    assert "shop888" in focus.inner_text()
    line = focus.bounding_box()
    assert box["y"] <= line["y"]
    assert line["y"] + line["height"] <= box["y"] + box["height"]
    # The session's first message is above the box's visible part.
    first = page.locator("ol.transcript .line").first.bounding_box()
    assert first["y"] + first["height"] <= box["y"]
