"""Images and transfers through the real pages, a real Daphne and real screening."""

from pathlib import Path

import pytest
import qrcode
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from chat.models import Message, Session
from tests import factories

pytestmark = pytest.mark.e2e


@pytest.fixture
def chat(transactional_db):
    store = factories.make_store("store-a", name="店铺A", greeting="您好")
    agent = factories.make_member(store, username="agent-a")
    colleague = factories.make_member(store, username="agent-b")
    for user, nickname in ((agent, "小王"), (colleague, "小李")):
        user.nickname = nickname
        user.save(update_fields=["nickname"])
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
    return session, agent, colleague


def online_console(daphne_server, sign_in, username):
    console = sign_in(daphne_server, username, path="/console/")
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    console.locator(".presence-online").click()
    expect(console.locator("#console")).to_have_attribute("data-presence", "online")
    return console


def open_shop(daphne_server, sign_in):
    shop = sign_in(daphne_server, "buyer-1", path="/stores/store-a/")
    expect(shop.locator("#conn")).to_have_attribute("data-state", "connected")
    expect(shop.locator("#session-state")).to_be_visible()
    return shop


def shown(console):
    return console.locator("#conversations ol.messages:not([hidden])")


def test_buyer_image_reaches_the_agent_and_a_payment_qr_code_is_blocked(
    daphne_server, sign_in, chat, tmp_path
):
    session, _agent, _colleague = chat
    photo = tmp_path / "photo.png"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
    payment = tmp_path / "pay.png"
    qrcode.make("wxp://f2f0abcdef").save(payment)

    console = online_console(daphne_server, sign_in, "agent-a")
    console.locator(".session-item", has_text="买家一").click()
    shop = open_shop(daphne_server, sign_in)

    shop.set_input_files("#image-input", str(photo))
    expect(shop.locator("#messages li.msg.mine img.msg-image")).to_have_count(1)
    # Shown at once as checking, while the server reads it; then delivered.
    expect(shop.locator("#messages li.msg.pending")).to_have_count(0, timeout=30_000)
    received = shown(console).locator("li.msg.from-buyer img.msg-image")
    expect(received).to_have_count(1)
    loaded_width = (
        "img => img.complete && img.naturalWidth ? img.naturalWidth : new Promise("
        "done => img.addEventListener('load', () => done(img.naturalWidth)))"
    )
    assert received.evaluate(loaded_width) == 64
    sent = Message.objects.get(session=session, kind="image")
    assert (sent.sender_kind, sent.verdict, sent.seq) == ("buyer", "allow", 1)

    console.set_input_files("#image-input", str(payment))
    refused = shown(console).locator("li.msg.blocked")
    expect(refused).to_have_count(1, timeout=30_000)
    explanation = refused.locator(".violation.is-blocked")
    expect(explanation).to_contain_text("消息未发送：包含违规内容")
    expect(explanation).to_contain_text("收款码")
    expect(explanation).to_contain_text("请通过平台下单支付，勿发送收款码")
    qr = Message.objects.get(session=session, sender_kind="agent", kind="image")
    assert (qr.verdict, qr.seq) == ("block", None)
    assert "payment.qr_code" in [v["rule"] for v in qr.violations]

    console.fill("#input", "图片已收到")
    console.press("#input", "Enter")
    expect(shop.locator(".bubble", has_text="图片已收到")).to_be_visible()
    expect(shop.locator("#messages img.msg-image")).to_have_count(1)
    assert shop.locator("#messages li.msg.from-agent img").count() == 0


def test_contact_details_painted_in_a_photo_never_reach_the_agent(
    daphne_server, sign_in, chat
):
    session, _agent, _colleague = chat
    photo = Path(__file__).resolve().parents[1] / "data/images/product-157.jpg"
    console = online_console(daphne_server, sign_in, "agent-a")
    console.locator(".session-item", has_text="买家一").click()
    shop = open_shop(daphne_server, sign_in)

    shop.set_input_files("#image-input", str(photo))
    refused = shop.locator("#messages li.msg.mine.blocked")
    expect(refused).to_have_count(1, timeout=30_000)
    explanation = refused.locator(".violation.is-blocked")
    expect(explanation).to_contain_text("扣扣413999020")
    expect(explanation).to_contain_text("QQ号")
    expect(shop.locator("#messages li.msg.pending")).to_have_count(0)
    sent = Message.objects.get(session=session, kind="image")
    assert (sent.verdict, sent.seq) == ("block", None)
    assert "扣扣413999020领优惠" in sent.image_reading["text"]
    assert shown(console).locator("img.msg-image").count() == 0


def test_transfer_with_a_note_reaches_the_colleague_not_the_buyer(
    daphne_server, sign_in, chat
):
    session, _agent, colleague = chat
    second = online_console(daphne_server, sign_in, "agent-b")
    first = online_console(daphne_server, sign_in, "agent-a")
    first.locator(".session-item", has_text="买家一").click()
    shop = open_shop(daphne_server, sign_in)

    first.locator("#btn-transfer").click()
    expect(first.locator("#transfer-dialog")).to_be_visible()
    first.select_option("#transfer-agent", str(colleague.pk))
    first.fill("#transfer-note", "买家要开发票，已核对订单")
    first.locator("#transfer-form button[type=submit]").click()

    notice = "会话已由 小王 转接给 小李。"
    expect(shop.locator(".bubble", has_text=notice)).to_be_visible()
    item = second.locator(".session-item", has_text="买家一")
    expect(item).to_be_visible()
    item.click()
    expect(shown(second).locator(".bubble", has_text=notice)).to_be_visible()
    note = shown(second).locator("li.msg.note")
    expect(note.locator(".bubble")).to_have_text("买家要开发票，已核对订单")
    expect(note).to_contain_text("内部备注")

    session.refresh_from_db()
    assert (session.agent_id, session.state) == (colleague.pk, "active")
    assert list(
        session.messages.order_by("seq").values_list("kind", "sender_kind", "body")
    ) == [
        ("text", "system", notice),
        ("note", "system", "买家要开发票，已核对订单"),
    ]
    shop.reload()
    expect(shop.locator(".bubble", has_text=notice)).to_be_visible()
    assert "开发票" not in shop.inner_text("#chat")
