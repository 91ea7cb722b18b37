"""The pages whose words are drawn by scripts (charts, live cards, the chat and
the console), rendered in Chromium in English: no Han character outside what
people wrote. tests/csc/test_english_pages.py checks every page's HTML."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.actions.messages import HUMAN_KEYWORD
from chat.models import Session, User
from chat.system_texts import stored_text
from metrics.actions import do_compute_period
from metrics.periods import local_today, make_span
from tests import factories

pytestmark = pytest.mark.e2e

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+")
VISIBLE_WORDS = """() => {
  const parts = [document.title, document.body.innerText];
  for (const node of document.querySelectorAll(
      "[placeholder], [title], [aria-label], img[alt]")) {
    for (const name of ["placeholder", "title", "aria-label", "alt"]) {
      if (node.getAttribute(name)) parts.push(node.getAttribute(name));
    }
  }
  return parts.join("\\n");
}"""


@pytest.fixture
def english_world(transactional_db):
    store = factories.make_store(
        "store-a",
        name="Tea House",
        greeting="Hello, welcome to Tea House!",
        closing_phrase="Thanks, goodbye.",
    )
    agent = factories.make_member(store, username="agent-a")
    factories.make_member(store, role="supervisor", username="super-a")
    buyer = factories.make_user(username="buyer-1", nickname="Bob")
    factories.make_user(User.Kind.AUDITOR, "auditor-1")
    factories.make_user(User.Kind.ADMIN, "admin-1", is_staff=True, is_superuser=True)
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
    # The product's own texts, stored in Chinese with their codes: the chat
    # and the console draw them from socket frames, in the socket's language.
    for code, params in (
        ("robot.welcome", {"store": "Tea House"}),
        ("robot.fallback", {}),
        ("queue.waiting", {}),
    ):
        factories.make_message(
            session,
            code.partition(".")[0] if code.startswith("robot") else "system",
            None,
            stored_text(code, params),
            text_code=code,
            text_params=params,
        )
    factories.make_message(session, "buyer", buyer, "Is this tea fresh?")
    today = local_today()
    monday = today - dt.timedelta(days=today.weekday() + 7)
    do_compute_period(make_span("week", monday), store_ids=[store.pk])
    return store


PAGES = [
    ("buyer-1", "/stores/store-a/", "#session-state"),
    ("agent-a", "/console/", "#conn[data-state=connected]"),
    ("super-a", "/console/", "#conn[data-state=connected]"),
    ("super-a", "/console/metrics/", "canvas"),
    ("admin-1", "/platform/", "canvas"),
    ("admin-1", "/platform/stores/store-a/", "canvas"),
    ("auditor-1", "/review/", "h1"),
]


@pytest.mark.parametrize(("username", "path", "ready"), PAGES)
def test_rendered_page_in_english_has_no_han(
    daphne_server, sign_in, english_world, username, path, ready
):
    page = sign_in(daphne_server, username, path=path, locale="en-US")
    expect(page.locator(ready).first).to_be_attached()
    page.wait_for_timeout(500)
    # The language menu names each language in its own words; the robot tells
    # buyers the keyword to type for a person (HUMAN_KEYWORD), which is data.
    words = (
        page.evaluate(VISIBLE_WORDS).replace("简体中文", "").replace(HUMAN_KEYWORD, "")
    )
    assert HAN.findall(words) == [], words


@pytest.mark.parametrize(
    ("username", "path", "ready"),
    [
        ("buyer-1", "/stores/store-a/", "#session-state"),
        ("agent-a", "/console/", "#session-list li.session-item"),
    ],
)
def test_system_texts_drawn_from_socket_frames_are_in_english(
    daphne_server, sign_in, english_world, username, path, ready
):
    """The robot's and the queue's texts, stored in Chinese, arrive in the
    socket's frames in English: the buyer's chat and an opened conversation
    in the console show them so."""
    page = sign_in(daphne_server, username, path=path, locale="en-US")
    expect(page.locator(ready).first).to_be_attached()
    if username == "agent-a":
        page.locator(ready).first.click()
    for text in (
        "Hello, I am Tea House's virtual assistant.",
        "Sorry, I didn't understand.",
        "Connecting you to an agent, please wait.",
    ):
        expect(page.get_by_text(text).first).to_be_visible()
    assert page.get_by_text("正在为您转接人工客服").count() == 0
