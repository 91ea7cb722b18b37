"""axe-core (vendored from npm in static/vendor/axe-core) over every console's
pages as the role that uses them, at desktop and phone width: no serious or
critical violation (labels, contrast, ARIA, names of controls), and no page
that scrolls sideways."""

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.models import Membership, Session, User
from metrics.actions import do_compute_period
from metrics.periods import local_today, make_span
from tests import factories

pytestmark = pytest.mark.e2e

AXE = (
    Path(__file__).resolve().parents[2] / "static/vendor/axe-core/axe.min.js"
).read_text()
SERIOUS = """() => axe.run(document, {resultTypes: ["violations"]}).then(r =>
  r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
   .map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).join(", ")))"""

SIDEWAYS = (
    "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
)


@pytest.fixture
def world(transactional_db):
    # names as long as real ones: at phone width they widen tables, which
    # then must scroll inside their own box
    store = factories.make_store("store-a", name="茗香茶叶旗舰店")
    agent = factories.make_member(store, username="agent-a")
    supervisor = factories.make_member(
        store, role=Membership.MemberRole.SUPERVISOR, username="super-a"
    )
    for person, nickname in ((agent, "茗香客服1号"), (supervisor, "茗香主管")):
        person.nickname = nickname
        person.save(update_fields=["nickname"])
    buyer = factories.make_user(username="buyer-1", nickname="买家一")
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
    factories.make_message(session, "buyer", buyer, "在吗？")
    factories.make_message(session, "agent", agent, "在的，请问有什么可以帮您？")
    today = local_today()
    do_compute_period(
        make_span("week", today - dt.timedelta(days=today.weekday() + 7)),
        store_ids=[store.pk],
    )
    return session


PAGES = [
    ("buyer-1", "/stores/"),
    ("buyer-1", "/stores/store-a/"),
    ("agent-a", "/console/"),
    ("agent-a", "/console/history/"),
    ("agent-a", "/console/compliance/"),
    ("super-a", "/console/metrics/"),
    ("super-a", "/console/ledger/"),
    ("super-a", "/manage/store-a/"),
    ("super-a", "/manage/store-a/team/"),
    ("super-a", "/manage/store-a/phrases/"),
    ("super-a", "/manage/store-a/faq/"),
    ("auditor-1", "/review/"),
    ("auditor-1", "/review/appeals/"),
    ("admin-1", "/platform/"),
    ("admin-1", "/platform/stores/store-a/"),
    ("admin-1", "/review/ledger/"),
    ("admin-1", "/review/audit/"),
]


@pytest.mark.parametrize("width", [1280, 390])
def test_no_serious_accessibility_violation_on_any_console(
    daphne_server, sign_in, world, width
):
    found = {}
    pages = {}
    for username, path in PAGES:
        if username not in pages:
            pages[username] = sign_in(
                daphne_server,
                username,
                path=path,
                viewport={"width": width, "height": 800},
            )
        page = pages[username]
        page.goto(f"{daphne_server}{path}")
        expect(page.locator("main")).to_be_visible()
        page.wait_for_timeout(300)
        page.evaluate(AXE)
        violations = page.evaluate(SERIOUS)
        # and nothing makes the page scroll sideways (a wide table scrolls
        # inside its own box)
        if page.evaluate(SIDEWAYS):
            violations.append(f"the page scrolls sideways at {width} px")
        if violations:
            found[path] = violations
    transcript = pages["buyer-1"]
    transcript.goto(f"{daphne_server}/sessions/{world.pk}/")
    transcript.evaluate(AXE)
    if violations := transcript.evaluate(SERIOUS):
        found["/sessions/"] = violations
    assert found == {}
