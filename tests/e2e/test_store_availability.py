"""What a buyer on a phone is told when the store is not answering: outside its
hours (and they may leave a message), suspended, or blocked."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.models import Message, Session, Store
from tests import factories

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 780}
HOURS_TEXT = {
    "zh-CN": "现在不是本店的客服时间",
    "en-US": "The store is not answering now",
}


@pytest.fixture
def buyer(transactional_db):
    return factories.make_user(username="buyer-1")


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_out_of_hours_the_buyer_sees_the_hours_and_leaves_a_message(
    daphne_server, sign_in, buyer, locale
):
    now = timezone.localtime()
    opens = (now + dt.timedelta(hours=1)).time().replace(second=0, microsecond=0)
    closes = (now + dt.timedelta(hours=2)).time().replace(second=0, microsecond=0)
    store = factories.make_store("late", name="晚店", opens_at=opens, closes_at=closes)
    factories.make_member(store, username="agent-a")
    shop = sign_in(
        daphne_server, "buyer-1", path="/stores/late/", locale=locale, viewport=PHONE
    )
    hours = f"{opens:%H:%M}–{closes:%H:%M}"
    notice = shop.locator("#hours-notice")
    expect(notice).to_contain_text(HOURS_TEXT[locale])
    expect(notice).to_contain_text(hours)
    expect(shop.locator("#session-state")).to_be_visible()
    shop.fill("#input", "你好，想问下发货时间")
    shop.press("#input", "Enter")
    system = shop.locator("li.msg.from-system .bubble")
    # Stored in Chinese with its code, shown in the page's language.
    expect(system.last).to_contain_text(
        {"zh-CN": f"每天 {hours}", "en-US": f"its hours are {hours}"}[locale]
    )
    expect(shop.locator("li.msg.mine:not(.pending) .bubble")).to_have_text(
        "你好，想问下发货时间"
    )
    session = Session.objects.get(store=store, buyer=buyer)
    assert session.state == Session.State.QUEUED
    assert list(
        Message.objects.filter(session=session, sender_kind="buyer").values_list(
            "body", flat=True
        )
    ) == ["你好，想问下发货时间"]


def test_a_suspended_store_explains_itself_to_the_buyer(daphne_server, sign_in, buyer):
    factories.make_store("paused", name="暂停店", status=Store.Status.SUSPENDED)
    shop = sign_in(daphne_server, "buyer-1", path="/stores/paused/", viewport=PHONE)
    status = shop.locator("#store-status")
    expect(status).to_be_visible()
    expect(status).to_contain_text("本店的在线客服已被平台暂停")
    expect(shop.locator("#composer")).to_be_hidden()
    assert shop.locator("#chat").bounding_box()["width"] >= 388
    assert Session.objects.count() == 0


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_a_blocked_store_has_a_real_page_with_the_buyers_records(
    daphne_server, sign_in, buyer, locale
):
    store = factories.make_store("gone", name="封禁店", status=Store.Status.BLOCKED)
    past = factories.make_session(store, buyer, state=Session.State.CLOSED)
    shop = sign_in(
        daphne_server, "buyer-1", path="/stores/gone/", locale=locale, viewport=PHONE
    )
    page = shop.locator("#store-blocked")
    expect(page).to_be_visible()
    expect(page).to_contain_text(
        "This store has been blocked" if locale == "en-US" else "已被封禁"
    )
    expect(page.locator(f"a[href='/sessions/{past.pk}/']")).to_be_visible()
    response = shop.request.get(f"{daphne_server}/stores/gone/")
    assert response.status == 200
    missing = shop.request.get(f"{daphne_server}/stores/no-such-store/")
    assert missing.status == 404
    assert "Traceback" not in missing.text()
