"""An agent's message blocked by the real screening engine, from the console's
composer to the auditor's decision and the supervisor's ledger."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.models import Membership, Message, Session, User
from compliance.models import PenaltyEntry, ReviewItem
from tests import factories

pytestmark = pytest.mark.e2e

BLOCKED_TEXT = "亲，加我薇信 shop8888 私聊"


@pytest.fixture
def chat(transactional_db):
    store = factories.make_store("store-a", name="店铺A", greeting="您好")
    agent = factories.make_member(store, username="agent-a")
    factories.make_member(store, Membership.MemberRole.SUPERVISOR, "super-a")
    factories.make_user(User.Kind.AUDITOR, "auditor-1")
    buyer = factories.make_user(username="buyer-1", nickname="买家一")
    now = timezone.now()
    session = Session.objects.create(
        store=store,
        buyer=buyer,
        agent=agent,
        state=Session.State.ACTIVE,
        queued_at=now,
        assigned_at=now,
        human_started_at=now,
    )
    return session


def open_console(daphne_server, sign_in):
    console = sign_in(daphne_server, "agent-a", path="/console/")
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    console.locator(".presence-online").click()
    expect(console.locator("#console")).to_have_attribute("data-presence", "online")
    console.locator(".session-item", has_text="买家一").click()
    return console


def open_shop(daphne_server, sign_in):
    shop = sign_in(daphne_server, "buyer-1", path="/stores/store-a/")
    expect(shop.locator("#conn")).to_have_attribute("data-state", "connected")
    expect(shop.locator("#session-state")).to_be_visible()
    return shop


def test_blocked_agent_message_is_explained_reviewed_and_charged(
    daphne_server, sign_in, chat
):
    session = chat
    console = open_console(daphne_server, sign_in)
    shop = open_shop(daphne_server, sign_in)
    console.fill("#input", "您好，有什么可以帮您？")
    console.press("#input", "Enter")
    expect(shop.locator(".bubble", has_text="有什么可以帮您")).to_be_visible()

    console.fill("#input", BLOCKED_TEXT)
    console.press("#input", "Enter")
    conversation = console.locator("#conversations ol.messages:not([hidden])")
    refused = conversation.locator("li.msg.blocked", has_text=BLOCKED_TEXT)
    expect(refused).to_be_visible()
    explanation = refused.locator(".violation.is-blocked")
    expect(explanation).to_contain_text("消息未发送：包含违规内容")
    expect(explanation.locator("mark")).to_have_text("薇信 shop8888")
    expect(explanation).to_contain_text("违反了规则：微信号/微信引流")
    expect(explanation.locator(".suggestion").first).to_have_text(
        "请在平台内沟通，勿引导添加微信"
    )
    expect(refused.locator(".msg-status")).to_have_text("未发送")

    message = Message.objects.get(session=session, body=BLOCKED_TEXT)
    assert (message.verdict, message.seq, message.sender_kind) == (
        "block",
        None,
        "agent",
    )
    assert [v["rule"] for v in message.violations] == ["contact.wechat"]
    # The buyer's page, live and after a reload, never shows it.
    console.fill("#input", "请问还有其他问题吗？")
    console.press("#input", "Enter")
    expect(shop.locator(".bubble", has_text="其他问题")).to_be_visible()
    assert "shop8888" not in shop.inner_text("#messages")
    shop.reload()
    expect(shop.locator(".bubble", has_text="其他问题")).to_be_visible()
    assert "shop8888" not in shop.inner_text("#chat")

    item = ReviewItem.objects.get(kind="blocked")
    auditor = sign_in(daphne_server, "auditor-1", path="/review/")
    assert auditor.url == f"{daphne_server}/review/"
    top = auditor.locator("tr[data-item]").first
    expect(top).to_have_attribute("data-kind", "blocked")
    expect(top).to_contain_text("店铺A")
    top.locator("td a").first.click()
    focus = auditor.locator("li.line.focus")
    expect(focus.locator("mark.hit")).to_have_text("薇信 shop8888")
    auditor.check("input[name=decision][value=confirm]")
    auditor.fill("#decision-form input[name=reason]", "引导买家加微信")
    auditor.click("#decision-form button[type=submit]")
    auditor.wait_for_url(f"{daphne_server}/review/")
    expect(auditor.locator(".flash")).to_contain_text("已处理")
    item.refresh_from_db()
    assert item.state == "confirmed"
    entry = PenaltyEntry.objects.get()
    assert (entry.points, entry.source, entry.rule) == (
        2,
        "violation",
        "contact.wechat",
    )

    supervisor = sign_in(daphne_server, "super-a", path="/console/ledger/")
    expect(supervisor.locator("#store-points")).to_have_text("2")
    line = supervisor.locator(f'tr[data-entry="{entry.pk}"]')
    expect(line).to_contain_text("微信号/微信引流")
    line.locator("a").click()
    expect(supervisor.locator("li.line.focus mark.hit")).to_have_text("薇信 shop8888")
    expect(supervisor.locator("main")).to_contain_text("引导买家加微信")


def test_a_bare_handle_answering_the_buyer_is_explained_with_the_question(
    daphne_server, sign_in, chat
):
    """The buyer asks for a WeChat ("有v没") and the agent answers with
    nothing but a handle: blocked, and the explanation says it was read
    with the earlier message (compliance.engine.screen.answered)."""
    console = open_console(daphne_server, sign_in)
    shop = open_shop(daphne_server, sign_in)
    shop.fill("#input", "云台歪了 方便私聊吗 有v没")
    shop.press("#input", "Enter")
    conversation = console.locator("#conversations ol.messages:not([hidden])")
    expect(conversation.locator(".bubble", has_text="有v没")).to_be_visible()

    console.fill("#input", "tea_house88")
    console.press("#input", "Enter")
    refused = conversation.locator("li.msg.blocked", has_text="tea_house88")
    explanation = refused.locator(".violation.is-blocked")
    expect(explanation.locator("mark")).to_have_text("tea_house88")
    expect(explanation.locator(".joined")).to_have_text(" · 结合此前 1 条消息")
    expect(shop.locator(".bubble", has_text="tea_house88")).to_have_count(0)
    message = Message.objects.get(session=chat, body="tea_house88")
    (finding,) = message.violations
    assert (finding["rule"], finding["joined"]) == ("contact.model", [1])


def test_a_blocked_reply_leaves_the_buyer_waiting_in_the_session_list(
    daphne_server, sign_in, chat
):
    """The buyer never got a blocked reply: the console's list keeps the
    buyer's message as the last one and the session waiting, as the server's
    summary does, until a reply is delivered."""
    console = open_console(daphne_server, sign_in)
    shop = open_shop(daphne_server, sign_in)
    shop.fill("#input", "这款茶叶还有货吗")
    shop.press("#input", "Enter")
    item = console.locator(".session-item", has_text="买家一")
    expect(item).to_contain_text("这款茶叶还有货吗")
    expect(item).to_have_class(re.compile(r"\bwaiting\b"))

    console.fill("#input", BLOCKED_TEXT)
    console.press("#input", "Enter")
    conversation = console.locator("#conversations ol.messages:not([hidden])")
    expect(
        conversation.locator("li.msg.blocked", has_text=BLOCKED_TEXT)
    ).to_be_visible()
    expect(item).to_contain_text("这款茶叶还有货吗")
    expect(item).not_to_contain_text("shop8888")
    expect(item).to_have_class(re.compile(r"\bwaiting\b"))

    console.fill("#input", "有货的亲，今天下单明天发")
    console.press("#input", "Enter")
    expect(item).to_contain_text("有货的亲")
    expect(item).not_to_have_class(re.compile(r"\bwaiting\b"))
