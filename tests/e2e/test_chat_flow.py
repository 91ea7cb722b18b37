"""Buyer and agent chat through a real Daphne process in real Chromium."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.models import Message, Rating, Session
from tests import factories

pytestmark = pytest.mark.e2e


@pytest.fixture
def people(transactional_db):
    store = factories.make_store(
        "store-a", name="店铺A", greeting="您好，店铺A客服为您服务"
    )
    agent = factories.make_member(store, username="agent-a")
    buyer = factories.make_user(username="buyer-1", nickname="买家一")
    return store, agent, buyer


def bubbles(page, scope="#messages"):
    return page.locator(f"{scope} li.msg .bubble").all_inner_texts()


def go_online(page):
    expect(page.locator("#conn")).to_have_attribute("data-state", "connected")
    page.locator(".presence-online").click()
    expect(page.locator("#console")).to_have_attribute("data-presence", "online")


def open_store(page):
    expect(page.locator("#conn")).to_have_attribute("data-state", "connected")
    expect(page.locator("#session-state")).to_be_visible()


def send(page, text):
    page.fill("#input", text)
    page.press("#input", "Enter")


def test_buyer_and_agent_exchange_messages(daphne_server, sign_in, people):
    store, agent, buyer = people
    console = sign_in(daphne_server, "agent-a", path="/console/")
    go_online(console)
    shop = sign_in(daphne_server, "buyer-1", path="/stores/store-a/")
    open_store(shop)

    send(shop, "你好，在吗？")
    item = console.locator(".session-item", has_text="买家一")
    expect(item).to_be_visible()
    item.click()
    conversation = console.locator("#conversations ol.messages:not([hidden])")
    expect(conversation.locator(".bubble", has_text="你好，在吗？")).to_be_visible()

    send(console, "在的，请问有什么可以帮您？")
    expect(shop.locator(".bubble", has_text="请问有什么可以帮您")).to_be_visible()
    expect(shop.locator("#session-state")).to_have_text("人工接待中")
    buyer_view = bubbles(shop)
    assert buyer_view[0] == "你好，在吗？"
    assert buyer_view[-2:] == ["您好，店铺A客服为您服务", "在的，请问有什么可以帮您？"]
    session = Session.objects.get(store=store, buyer=buyer)
    stored = list(session.messages.order_by("seq").values_list("body", flat=True))
    assert stored == buyer_view
    expect(conversation.locator(".bubble")).to_have_count(len(stored))
    # The agent read the buyer's message: the buyer sees 已读 on it.
    expect(shop.locator("li.msg.mine .msg-status").first).to_have_text("已读")


def test_enter_before_the_session_is_open_sends_once_it_is(
    daphne_server, sign_in, people
):
    """A buyer who types and presses Enter before the session has opened loses
    nothing: the text is sent as soon as the server's session frame arrives."""
    store, agent, buyer = people
    shop = sign_in(daphne_server, "buyer-1", path="/")
    held, release = [], {"now": False}

    def hold_server_frames(ws):
        server = ws.connect_to_server()
        ws.on_message(server.send)

        def to_page(message):
            if release["now"]:
                ws.send(message)
            else:
                held.append(message)

        server.on_message(to_page)
        release["flush"] = lambda: [ws.send(m) for m in held]

    shop.route_web_socket("**/ws/chat/", hold_server_frames)
    shop.goto(f"{daphne_server}/stores/store-a/")
    expect(shop.locator("#session-state")).to_be_hidden()
    send(shop, "下单前想问一下")
    expect(shop.locator("#composer-error")).to_have_text(
        "正在连接客服，会话就绪后自动发送"
    )
    assert not Message.objects.exists()
    release["now"] = True
    release["flush"]()
    expect(shop.locator(".bubble", has_text="下单前想问一下")).to_be_visible()
    expect(shop.locator("#input")).to_have_value("")
    session = Session.objects.get(store=store, buyer=buyer)
    for _ in range(50):
        if session.messages.filter(sender_kind="buyer").exists():
            break
        shop.wait_for_timeout(100)
    bodies = list(
        session.messages.filter(sender_kind="buyer").values_list("body", flat=True)
    )
    assert bodies == ["下单前想问一下"]


@pytest.fixture
def active_chat(daphne_server, sign_in, people):
    """An assigned session open in the buyer's store page and the agent's console."""
    store, agent, buyer = people
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
    console = sign_in(daphne_server, "agent-a", path="/console/")
    go_online(console)
    shop = sign_in(daphne_server, "buyer-1", path="/stores/store-a/")
    open_store(shop)
    console.locator(".session-item", has_text="买家一").click()
    return session, shop, console


def settled(page):
    expect(page.locator("li.msg.pending")).to_have_count(0)


def test_cut_connection_loses_and_doubles_nothing(active_chat):
    session, shop, console = active_chat
    send(shop, "第一条")
    settled(shop)
    # A send whose ack is lost: the socket drops right after the frame leaves.
    # The network goes offline first so the client cannot reconnect before the
    # test has sent its offline messages (the first retry comes after ~0.5 s).
    shop.fill("#input", "断线瞬间")
    shop.context.set_offline(True)
    shop.evaluate(
        "() => { document.getElementById('composer').requestSubmit();"
        " window.cscBuyer.client.drop(); }"
    )
    expect(shop.locator("#conn")).to_have_attribute("data-state", "reconnecting")
    send(shop, "离线消息一")
    send(shop, "离线消息二")
    # The first of the three lost its ack with the socket: all wait in the outbox.
    expect(shop.locator("li.msg.pending")).to_have_count(3, timeout=2000)
    shop.context.set_offline(False)
    expect(shop.locator("#conn")).to_have_attribute("data-state", "connected")
    settled(shop)

    expected = ["第一条", "断线瞬间", "离线消息一", "离线消息二"]
    stored = list(
        Message.objects.filter(session=session)
        .order_by("seq")
        .values_list("seq", "body")
    )
    assert stored == list(enumerate(expected, start=1))
    expect(shop.locator("#messages li.msg .bubble")).to_have_text(expected)
    conversation = console.locator("#conversations ol.messages:not([hidden]) .bubble")
    expect(conversation).to_have_text(expected)
    outbox = shop.evaluate(
        f"() => sessionStorage.getItem('csc-outbox-{session.buyer_id}')"
    )
    assert outbox == "[]"


def test_session_item_survives_the_list_being_redrawn(active_chat):
    """The console redraws its session list on every frame that touches a
    session; each session keeps its <li>, so a click pressed as a frame
    arrives still lands and the keyboard focus stays where it was."""
    session, shop, console = active_chat
    item = console.locator(".session-item", has_text="买家一")
    item.evaluate("node => { node.focus(); node.dataset.probe = 'kept'; }")
    send(shop, "还有别的颜色吗")
    expect(item.locator(".last-msg")).to_have_text("还有别的颜色吗")
    expect(item).to_have_attribute("data-probe", "kept")
    assert console.evaluate("() => document.activeElement.dataset.probe") == "kept"


def test_waiting_timer_turns_amber_then_red(daphne_server, sign_in, people):
    store, agent, buyer = people
    other = factories.make_user(username="buyer-2", nickname="买家二")
    now = timezone.now()
    for who, waited in ((buyer, 101), (other, 181)):
        Session.objects.create(
            store=store,
            buyer=who,
            agent=agent,
            state=Session.State.ACTIVE,
            waiting_since=now - dt.timedelta(seconds=waited),
        )
    console = sign_in(daphne_server, "agent-a", path="/console/")
    amber = console.locator(".session-item", has_text="买家一")
    red = console.locator(".session-item", has_text="买家二")
    expect(amber).to_have_class(re.compile(r"\bwait-amber\b"))
    expect(red).to_have_class(re.compile(r"\bwait-red\b"))
    # The list re-renders every second: retrying assertions, never a one-shot read
    # of an element that may be replaced meanwhile.
    expect(amber.locator(".wait-timer")).to_have_css("color", "rgb(146, 64, 14)")
    expect(red.locator(".wait-timer")).to_have_css("color", "rgb(185, 28, 28)")
    expect(amber.locator(".wait-timer")).to_have_text(re.compile(r"^01:4"))


def test_buyer_rates_after_close_and_may_change_it(active_chat):
    session, shop, console = active_chat
    console.once("dialog", lambda dialog: dialog.accept())
    console.click("#btn-close")
    expect(shop.locator("#rating")).to_be_visible()
    expect(shop.locator("#session-state")).to_have_text("已结束")
    expect(shop.locator(".bubble")).to_have_text(
        [session.store.closing_phrase, "会话已结束。"]
    )
    shop.get_by_label("满意", exact=True).check()
    shop.fill("#rating textarea", "回复很快")
    shop.click("#rating button[type=submit]")
    expect(shop.locator("#rating-status")).to_contain_text("已评价：满意")
    shop.get_by_label("非常满意").check()
    shop.click("#rating button[type=submit]")
    expect(shop.locator("#rating-status")).to_contain_text("已评价：非常满意")
    latest = Rating.objects.filter(session=session).order_by("-created_at", "-id")[0]
    assert (latest.score, latest.comment) == (5, "回复很快")


def test_markup_in_a_message_shows_literally(active_chat):
    session, shop, console = active_chat
    dialogs = []
    console.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    shop.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    send(shop, "<script>alert(1)</script><b>粗</b>")
    bubble = console.locator("#conversations ol.messages:not([hidden]) .bubble").last
    expect(bubble).to_have_text("<script>alert(1)</script><b>粗</b>")
    assert bubble.evaluate("el => el.children.length") == 0
    settled(shop)
    assert dialogs == []


def test_the_agent_reads_a_masked_message_masked_and_told_why(active_chat):
    """A buyer's handle is masked to its end for the agent, who is told that
    part of the message was hidden (on the live message and after a reload);
    the buyer's own copy explains itself instead."""
    session, shop, console = active_chat
    text = "加我微信吧，号是 tea 下划线 八八六"
    send(shop, text)
    settled(shop)
    expect(shop.locator("li.msg.mine .violation.is-masked")).to_be_visible()
    expect(shop.locator("li.msg .msg-masked")).to_have_count(0)
    note = "部分内容违反平台规则，已隐藏"
    for reloaded in (False, True):
        if reloaded:
            console.reload()
            console.locator(".session-item", has_text="买家一").click()
        conversation = console.locator("#conversations ol.messages:not([hidden])")
        masked = conversation.locator("li.msg.masked")
        expect(masked.locator(".bubble")).to_have_text("＊" * len(text))
        expect(masked.locator(".msg-masked")).to_have_text(note)
    stored = Message.objects.get(session=session, sender_kind="buyer")
    assert (stored.verdict, stored.masked_body) == ("mask", "＊" * len(text))


def test_too_long_text_is_refused_in_the_browser(active_chat):
    session, shop, console = active_chat
    shop.fill("#input", "长" * 2001)
    expect(shop.locator("#counter")).to_have_text("2001/2000")
    expect(shop.locator("#composer-error")).to_contain_text("消息最多 2000 字")
    expect(shop.locator("#btn-send")).to_be_disabled()
    shop.press("#input", "Enter")
    expect(shop.locator("li.msg")).to_have_count(0)
    assert not Message.objects.filter(session=session).exists()
