"""Everything an agent does in the console can be done from the keyboard:
presence, opening a conversation, answering, transferring and closing."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.models import Session
from tests import factories

pytestmark = pytest.mark.e2e


def tab_to(page, selector, limit=80):
    """Press Tab until the focused element matches `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.fixture
def chat(transactional_db):
    store = factories.make_store("store-a", name="店铺A", closing_phrase="再见")
    agent = factories.make_member(store, username="agent-a")
    factories.make_member(store, username="agent-b")
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
    factories.make_message(session, "buyer", buyer, "在吗")
    return session


def test_an_agent_serves_a_buyer_from_the_keyboard(daphne_server, sign_in, chat):
    page = sign_in(daphne_server, "agent-a", path="/console/")
    expect(page.locator("#conn")).to_have_attribute("data-state", "connected")
    page.locator("#lang-select").focus()

    tab_to(page, "input[name=presence]")
    page.keyboard.press("ArrowRight")
    expect(page.locator("#console")).to_have_attribute("data-presence", "busy")
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#console")).to_have_attribute("data-presence", "online")

    tab_to(page, ".session-item")
    page.keyboard.press("Enter")
    expect(page.locator("#input")).to_be_focused()
    page.keyboard.type("在的，您好")
    page.keyboard.press("Enter")
    shown = page.locator("#conversations ol.messages:not([hidden])")
    expect(shown.locator("li.msg.mine:not(.pending) .bubble")).to_have_text(
        "在的，您好"
    )

    # The transfer dialog opens, is worked and closed from the keyboard.
    tab_to(page, "#btn-transfer")
    page.keyboard.press("Enter")
    expect(page.locator("#transfer-dialog")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#transfer-dialog")).to_be_hidden()

    page.on("dialog", lambda dialog: dialog.accept())
    tab_to(page, "#btn-close")
    page.keyboard.press("Enter")
    expect(shown.locator(".bubble", has_text="再见")).to_be_visible()
    chat.refresh_from_db()
    assert chat.state == Session.State.CLOSED
