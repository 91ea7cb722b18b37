"""Console details a new user hit in the first hour: colleagues' presence in the
transfer list, phrases a supervisor adds, explanations after a reload, what
an agent may do in a session they do not serve, and the team table."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.actions.store_settings import check_create_quick_phrase
from chat.models import Membership, Message, Session
from tests import factories
from tests.e2e.threads import elsewhere

pytestmark = pytest.mark.e2e


@pytest.fixture
def team(transactional_db):
    store = factories.make_store("store-a", name="店铺A")
    agent = factories.make_member(store, username="agent-a")
    colleague = factories.make_member(store, username="agent-b")
    away = factories.make_member(store, username="agent-c")
    supervisor = factories.make_member(
        store, role=Membership.MemberRole.SUPERVISOR, username="super-a"
    )
    Membership.objects.filter(user=away).update(presence="away")
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
    return store, agent, colleague, away, supervisor, session


def online(page):
    expect(page.locator("#conn")).to_have_attribute("data-state", "connected")
    page.locator(".presence-online").click()
    expect(page.locator("#console")).to_have_attribute("data-presence", "online")


def test_transfer_list_shows_presence_now_and_refuses_the_absent(
    daphne_server, sign_in, team
):
    store, agent, colleague, away, _sup, _session = team
    first = sign_in(daphne_server, "agent-a", path="/console/")
    online(first)
    # The colleague comes online after the first console loaded.
    online(sign_in(daphne_server, "agent-b", path="/console/"))
    first.locator(".session-item", has_text="买家一").click()
    first.locator("#btn-transfer").click()
    options = first.locator("#transfer-agent option")
    expect(options.filter(has_text=re.compile(r"· 在线$"))).to_have_count(1)
    expect(
        first.locator(f"#transfer-agent option[value='{colleague.pk}']")
    ).to_be_enabled()
    absent = first.locator(f"#transfer-agent option[value='{away.pk}']")
    expect(absent).to_be_disabled()
    expect(absent).to_contain_text("不在线，无法转接")
    expect(first.locator("#transfer-agent")).to_have_value(str(colleague.pk))


def test_a_phrase_the_supervisor_adds_reaches_open_consoles(
    daphne_server, sign_in, team
):
    store, *_rest = team
    supervisor = team[4]
    console = sign_in(daphne_server, "agent-a", path="/console/")
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    elsewhere(
        check_create_quick_phrase,
        supervisor,
        store,
        owner=None,
        text="新品下周上架，敬请期待",
        shortcut="new",
        purpose="general",
    )
    expect(console.locator("#phrase-list")).to_contain_text("新品下周上架")


def test_the_lists_a_connecting_socket_sends_keep_the_session_items_nodes(
    daphne_server, sign_in, team
):
    """A press on a session right after the page loads is not lost: the lists
    the socket sends when it connects redraw the session list without
    replacing an item's nodes when nothing it shows changed (a node replaced
    between press and release loses the click; CI saw a reload's click lost)."""
    console = sign_in(daphne_server, "agent-a", path="/console/phrases/")
    console.add_init_script(
        "document.addEventListener('DOMContentLoaded', function () {"
        "  document.querySelectorAll('.session-item *').forEach("
        "    function (node) { node.fromPage = true; });"
        "});"
    )
    # The console asks for its phrases right after redrawing the lists.
    with console.expect_response(lambda r: "/console/phrases.json" in r.url):
        console.goto(f"{daphne_server}/console/")
    names = console.locator(".session-item .buyer-name")
    expect(names).to_have_count(1)
    assert names.evaluate("node => node.fromPage === true")
    assert console.locator(".session-item .last-msg").evaluate(
        "node => node.fromPage === true"
    )


def test_a_blocked_messages_explanation_is_shown_again_after_a_reload(
    daphne_server, sign_in, team
):
    *_rest, session = team
    console = sign_in(daphne_server, "agent-a", path="/console/")
    online(console)
    console.locator(".session-item", has_text="买家一").click()
    console.fill("#input", "加我微信 abc12345 私聊")
    console.press("#input", "Enter")
    shown = console.locator("#conversations ol.messages:not([hidden])")
    expect(shown.locator(".violation")).to_be_visible()
    first_note = shown.locator(".violation").inner_text()
    assert Message.objects.filter(session=session, verdict="block").count() == 1
    console.reload()
    console.locator(".session-item", has_text="买家一").click()
    note = console.locator("#conversations ol.messages:not([hidden]) .violation")
    expect(note).to_be_visible()
    assert note.inner_text() == first_note
    # The conversation opens at its latest message.
    at_end = console.evaluate(
        """() => { const ol = document.querySelector(
            '#conversations ol.messages:not([hidden])');
          return ol.scrollHeight - ol.scrollTop - ol.clientHeight < 4; }"""
    )
    assert at_end


def test_a_queued_session_offers_its_pickup_not_a_composer(
    daphne_server, sign_in, team
):
    *_rest, session = team
    Session.objects.filter(pk=session.pk).update(state=Session.State.QUEUED, agent=None)
    console = sign_in(daphne_server, "agent-b", path="/console/")
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    console.locator("[data-tab=queue]").click()
    console.locator(".session-item", has_text="买家一").click()
    expect(console.locator("#btn-pickup")).to_be_visible()
    expect(console.locator("#composer")).to_be_hidden()
    expect(console.locator("#btn-close")).to_be_hidden()
    expect(console.locator("#btn-transfer")).to_be_hidden()


def test_team_table_inputs_sit_under_their_headers_with_labels(
    daphne_server, sign_in, team
):
    store, agent, *_rest = team
    page = sign_in(daphne_server, "super-a", path="/manage/store-a/team/")
    row = page.locator(f"#member-{agent.pk}")
    headers = page.locator("table.team thead th")
    for column, control in ((3, "input[type=number]"), (4, "select")):
        header = headers.nth(column).bounding_box()
        box = row.locator(control).bounding_box()
        assert header["x"] - 1 <= box["x"] < header["x"] + header["width"]
    expect(page.get_by_label(f"{agent.display_name} 的最大接待量")).to_have_value("5")
    page.get_by_label(f"{agent.display_name} 的角色").select_option("supervisor")
    with page.expect_navigation():
        row.locator("button[type=submit]").click()
    errors = page.locator(".field-error, .flash li").all_inner_texts()
    assert Membership.objects.get(user=agent).role == "supervisor", errors
