"""Every URL in the URLconf, requested as every role, answers what the table says.

The URLs are walked from the resolver, so a new URL without a row here fails the
test. Path parameters are filled with real objects of store A; the table records
what each role gets: anonymous, a buyer (with a session at store A), an agent of
store A, an agent of store B, the supervisor of store A, a platform auditor and a
platform admin.
"""

import copy
import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

from chat.actions.store_settings import do_create_faq_entry, do_create_quick_phrase
from chat.models import Message, Notice, Rating, Session
from compliance.actions.penalties import do_file_appeal, do_save_sanction_policy
from compliance.actions.reviews import do_report_message
from compliance.actions.screening_models import do_register_model
from compliance.engine import DEFAULT_MODEL
from compliance.ledger import do_add_penalty_entry
from compliance.models import (
    AllowEntry,
    PlatformDomain,
    SanctionPolicy,
    TrainingExample,
)
from metrics.actions import do_compute_period, do_update_thresholds
from metrics.models import ExemptDay, RatingAppeal
from metrics.periods import local_today, make_span
from metrics.selectors import get_thresholds
from tests import factories

ROLES = ("anonymous", "buyer", "agent_a", "agent_b", "super_a", "auditor", "admin")

# route → statuses of GET for the roles above, in that order.
EXPECTED = {
    "": (302, 302, 302, 302, 302, 302, 302),
    "login/": (200, 200, 200, 200, 200, 200, 200),
    "logout/": (405, 405, 405, 405, 405, 405, 405),
    "i18n/setlang/": (302, 302, 302, 302, 302, 302, 302),
    "favicon.ico": (301,) * 7,
    "admin/login/": (200, 200, 200, 200, 200, 200, 200),
    "stores/": (302, 200, 403, 403, 403, 403, 403),
    "stores/<slug:slug>/": (302, 200, 403, 403, 403, 403, 403),
    "console/": (302, 403, 200, 200, 200, 403, 403),
    "review/": (302, 403, 403, 403, 403, 200, 200),
    "platform/": (302, 403, 403, 403, 403, 403, 200),
    # Store B's agent gets 404: another tenant's session answers as a missing one.
    "api/sessions/<int:session_id>/messages/": (401, 200, 200, 404, 200, 200, 200),
    "api/sessions/<int:session_id>/images/": (405, 405, 405, 405, 405, 405, 405),
    "api/sessions/<int:session_id>/explanations/": (
        401,
        200,
        200,
        404,
        200,
        200,
        200,
    ),
    "jsi18n/": (200, 200, 200, 200, 200, 200, 200),
    # A chat history transcript: its buyer and its store's merchants (the platform
    # reads transcripts under console/metrics/sessions/ and the review pages).
    "sessions/<int:pk>/": (302, 200, 200, 404, 200, 403, 403),
    "sessions/<int:pk>/rate/": (405,) * 7,
    "console/history/": (302, 403, 200, 200, 200, 403, 403),
    "console/colleagues/": (302, 403, 200, 200, 200, 403, 403),
    "console/phrases.json": (302, 403, 200, 200, 200, 403, 403),
    # Scoped to the merchant's own store: store B sees an empty list, not A's.
    "console/buyers/<int:buyer_id>/sessions/": (302, 403, 200, 200, 200, 403, 403),
    "console/phrases/": (302, 403, 200, 200, 200, 403, 403),
    # Agent A's own phrase: nobody else's console edits it.
    "console/phrases/<int:pk>/": (302, 403, 200, 404, 404, 403, 403),
    # POST-only views behind a role check: the role check answers first.
    "console/phrases/<int:pk>/delete/": (302, 403, 405, 405, 405, 403, 403),
    # Store settings: only the store's own supervisor.
    "manage/<slug:slug>/": (302, 403, 403, 403, 200, 403, 403),
    "manage/<slug:slug>/team/": (302, 403, 403, 403, 200, 403, 403),
    "manage/<slug:slug>/team/<int:user_id>/": (302, 403, 403, 403, 405, 403, 403),
    "manage/<slug:slug>/phrases/": (302, 403, 403, 403, 200, 403, 403),
    "manage/<slug:slug>/phrases/<int:pk>/": (302, 403, 403, 403, 200, 403, 403),
    "manage/<slug:slug>/phrases/<int:pk>/delete/": (302, 403, 403, 403, 405, 403, 403),
    "manage/<slug:slug>/faq/": (302, 403, 403, 403, 200, 403, 403),
    "manage/<slug:slug>/faq/<int:pk>/": (302, 403, 403, 403, 200, 403, 403),
    "manage/<slug:slug>/faq/<int:pk>/delete/": (302, 403, 403, 403, 405, 403, 403),
    # Review: auditors and admins.
    "review/items/<int:item_id>/": (302, 403, 403, 403, 403, 200, 200),
    "review/items/<int:item_id>/decide/": (405,) * 7,
    "review/items/<int:item_id>/score/": (405,) * 7,
    "review/items/<int:item_id>/validity/": (405,) * 7,
    "review/appeals/": (302, 403, 403, 403, 403, 200, 200),
    "review/appeals/<int:appeal_id>/decide/": (405,) * 7,
    # The ledger and the audit log: the platform admin only.
    "review/ledger/": (302, 403, 403, 403, 403, 403, 200),
    "review/ledger/<int:entry_id>/reverse/": (405,) * 7,
    "review/audit/": (302, 403, 403, 403, 403, 403, 200),
    # The store's ledger and appeals: its supervisor only.
    "console/ledger/": (302, 403, 403, 403, 200, 403, 403),
    "console/ledger/<int:entry_id>/": (302, 403, 403, 403, 200, 403, 403),
    # A picture of an entry's evidence (this world's entry has none: 404);
    # tests/compliance/test_image_evidence.py shows one that is.
    "console/ledger/<int:entry_id>/images/<int:message_id>/": (
        302,
        403,
        403,
        403,
        404,
        403,
        403,
    ),
    "console/compliance/": (302, 403, 200, 200, 200, 403, 403),
    "api/messages/<int:message_id>/dispute/": (405,) * 7,
    # Store B's agent gets 404: another tenant's image answers as a missing one.
    "api/messages/<int:message_id>/image/": (401, 200, 200, 404, 200, 200, 200),
    "api/messages/<int:message_id>/report/": (405,) * 7,
    "api/sessions/<int:session_id>/report/": (405,) * 7,
    # Platform metrics: the admin only.
    "platform/export.csv": (302, 403, 403, 403, 403, 403, 200),
    "platform/stores/<slug:slug>/": (302, 403, 403, 403, 403, 403, 200),
    "platform/stores/<slug:slug>/live.json": (302, 403, 403, 403, 403, 403, 200),
    "platform/stores/<slug:slug>/<str:period>/<str:start>/": (
        (302, 403, 403, 403, 403, 403, 200)
    ),
    # Merchant metrics: each merchant sees their own store's.
    "console/metrics/": (302, 403, 200, 200, 200, 403, 403),
    "console/metrics/live.json": (302, 403, 200, 200, 200, 403, 403),
    "console/metrics/sessions/<int:session_id>/": (302, 403, 200, 404, 200, 200, 200),
    "console/metrics/<str:period>/<str:start>/": (302, 403, 200, 200, 200, 403, 403),
    # Team figures: a supervisor every agent's, an agent their own (another
    # store's agent id answers 404), admins any store's; the live view and
    # the store's rating appeals: its supervisor only.
    "console/metrics/team/": (302, 403, 200, 200, 200, 403, 403),
    "console/metrics/team/export.csv": (302, 403, 200, 200, 200, 403, 403),
    "console/metrics/team/<int:agent_id>/": (302, 403, 200, 404, 200, 403, 403),
    "console/metrics/team/live/": (302, 403, 403, 403, 200, 403, 403),
    "console/metrics/rating-appeals/": (302, 403, 403, 403, 200, 403, 403),
    "console/metrics/sessions/<int:session_id>/appeal/": (405,) * 7,
    "platform/stores/<slug:slug>/team/": (302, 403, 403, 403, 403, 403, 200),
    "platform/stores/<slug:slug>/team/export.csv": (302, 403, 403, 403, 403, 403, 200),
    "platform/stores/<slug:slug>/team/<int:agent_id>/": (
        (302, 403, 403, 403, 403, 403, 200)
    ),
    # Rating appeals are decided by auditors and admins.
    "platform/rating-appeals/": (302, 403, 403, 403, 403, 200, 200),
    "platform/rating-appeals/<int:appeal_id>/decide/": (405,) * 7,
}

# Django admin: anonymous visitors are sent to the admin login, every signed-in
# role but the platform admin gets 403. The admin gets 200 unless listed here.
ADMIN_FOR_ADMIN = {
    "admin/logout/": 405,
    "admin/autocomplete/": 403,
    "admin/r/<path:content_type_id>/<path:object_id>/": 302,
    "admin/password_change/done/": 200,
    "admin/<url>": 404,
    # Sessions start from chat; the ledger and rule revisions are append-only and
    # written by actions; rule categories are fixed.
    "admin/chat/session/add/": 403,
    "admin/compliance/rulecategory/add/": 403,
    "admin/compliance/rulecategory/<path:object_id>/delete/": 403,
    "admin/compliance/rulesetrevision/add/": 403,
    "admin/compliance/rulesetrevision/<path:object_id>/delete/": 403,
    "admin/compliance/penaltyentry/add/": 403,
    "admin/compliance/penaltyentry/<path:object_id>/delete/": 403,
    # The first lexicon entries are shipped ones: they are disabled, not deleted
    # (the next rule-pack sync would bring them back).
    "admin/compliance/ruleentry/<path:object_id>/delete/": 403,
    "admin/compliance/allowentry/<path:object_id>/delete/": 403,
    # One sanction policy and one thresholds row, never deleted; reviews, appeals,
    # the audit log, threshold changes and metric results are written by actions.
    "admin/compliance/sanctionpolicy/add/": 403,
    "admin/compliance/sanctionpolicy/<path:object_id>/delete/": 403,
    "admin/compliance/reviewitem/add/": 403,
    "admin/compliance/reviewitem/<path:object_id>/delete/": 403,
    "admin/compliance/appeal/add/": 403,
    "admin/compliance/appeal/<path:object_id>/delete/": 403,
    "admin/metrics/ratingappeal/add/": 403,
    "admin/metrics/ratingappeal/<path:object_id>/delete/": 403,
    "admin/compliance/auditlog/add/": 403,
    "admin/compliance/auditlog/<path:object_id>/delete/": 403,
    "admin/metrics/thresholds/add/": 403,
    "admin/metrics/thresholds/<path:object_id>/delete/": 403,
    "admin/metrics/thresholdchange/add/": 403,
    "admin/metrics/thresholdchange/<path:object_id>/delete/": 403,
    "admin/metrics/metricresult/add/": 403,
    # Models come from training and the shipped file; examples from decisions.
    "admin/compliance/screeningmodel/add/": 403,
    "admin/compliance/trainingexample/add/": 403,
    "admin/metrics/metricresult/<path:object_id>/delete/": 403,
}
ADMIN_REDIRECTS_TO_CHANGE = re.compile(r"^admin/[a-z_]+/[a-z_]+/<path:object_id>/$")


def walk(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + route_of(pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        else:
            assert isinstance(pattern, URLPattern)
            yield route, pattern


def route_of(pattern):
    text = str(pattern.pattern)
    if isinstance(pattern.pattern, RegexPattern):
        # The admin's app index and catch-all: keep them readable as <name>.
        text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", text.strip("^$"))
    return text


def all_routes():
    return list(walk(get_resolver().url_patterns))


@pytest.fixture(scope="module")
def _world_once(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        return build_world()


@pytest.fixture
def world(_world_once, db, small_evaluation_sets):
    """Store A's and B's people and every kind of object a URL can name: built
    once for the module (1–2 s here), a copy of its objects for each test."""
    return copy.deepcopy(_world_once)


def build_world():
    # The people of tests/conftest.py's fixtures, in the order they made them.
    store = factories.store_a()
    other_store = factories.store_b()
    buyer = factories.buyer_1()
    agent = factories.agent_a(store)
    other_agent = factories.agent_b(other_store)
    supervisor = factories.supervisor_a(store)
    auditor = factories.auditor_1()
    platform_admin = factories.admin_1()
    session = Session.objects.create(
        store=store, buyer=buyer, agent=agent, state=Session.State.ACTIVE
    )
    Message.objects.create(
        session=session,
        seq=1,
        sender_kind=Message.SenderKind.BUYER,
        sender=buyer,
        body="你好",
        created_at=session.created_at,
    )
    reply = Message.objects.create(
        session=session,
        seq=2,
        sender_kind=Message.SenderKind.AGENT,
        sender=agent,
        body="您好",
        created_at=session.created_at,
    )
    item, _created = do_report_message(buyer, reply, note="态度差")
    picture = Message.objects.create(
        session=session,
        seq=3,
        sender_kind=Message.SenderKind.BUYER,
        sender=buyer,
        kind=Message.Kind.IMAGE,
        image=ContentFile(b"\x89PNG\r\n\x1a\n", name="matrix.png"),
        created_at=session.created_at,
    )
    Notice.objects.create(store=store, source="test", text="通知")
    entry, _created = do_add_penalty_entry(
        store, 2, "测试扣分", "manual", issued_by=platform_admin
    )
    appeal = do_file_appeal(supervisor, entry, "已整改")
    Group.objects.create(name="客服组")
    own_phrase = do_create_quick_phrase(store, agent, owner=agent, text="稍等")
    shared_phrase = do_create_quick_phrase(store, supervisor, owner=None, text="您好")
    faq = do_create_faq_entry(store, supervisor, keywords="发货", answer="48小时内")
    do_save_sanction_policy(platform_admin, SanctionPolicy())
    points = get_thresholds().points_per_failure
    do_update_thresholds({"points_per_failure": points + 1}, actor=platform_admin)
    today = local_today()
    monday = today - dt.timedelta(days=today.weekday() + 7)
    do_compute_period(make_span("week", monday), store_ids=[store.pk])
    AllowEntry.objects.get_or_create(value="测试白名单")
    # The shipped file's bytes: those of `default_model().to_bytes()`.
    candidate, _created = do_register_model(
        DEFAULT_MODEL.read_bytes(), source="shipped", note="matrix"
    )
    TrainingExample.objects.create(
        review_item=item,
        text=reply.body,
        sender="agent",
        labels=[],
        decision="dismissed",
        decided_at=session.created_at,
    )
    PlatformDomain.objects.get_or_create(domain="example.com")
    ExemptDay.objects.create(day=monday, reason="节日")
    rated = Session.objects.create(
        store=store, buyer=buyer, agent=agent, state=Session.State.CLOSED
    )
    rating = Rating.objects.create(session=rated, score=1, created_at=rated.created_at)
    RatingAppeal.objects.create(
        rating=rating,
        store=store,
        ground="other",
        statement="测试",
        filed_by=supervisor,
    )
    users = {
        "anonymous": None,
        "buyer": buyer,
        "agent_a": agent,
        "agent_b": other_agent,
        "super_a": supervisor,
        "auditor": auditor,
        "admin": platform_admin,
    }
    return {
        "store": store,
        "session": session,
        "buyer": buyer,
        "agent": agent,
        "users": users,
        "message": reply,
        "picture": picture,
        "item": item,
        "entry": entry,
        "appeal": appeal,
        "own_phrase": own_phrase,
        "shared_phrase": shared_phrase,
        "faq": faq,
        "monday": monday,
        "candidate": candidate,
    }


# Which of store A's objects a route's <int:pk> names, by the route's start.
PK_OWNERS = (
    ("sessions/", "session"),
    ("console/phrases/", "own_phrase"),
    ("manage/<slug:slug>/phrases/", "shared_phrase"),
    ("manage/<slug:slug>/faq/", "faq"),
)


def fill(route, pattern, world):
    """The route with every parameter replaced by a real id of store A's objects."""
    model_admin = getattr(pattern.callback, "model_admin", None)

    def value(match):
        name = match.group(1).split(":")[-1]
        if name == "object_id" and model_admin is not None:
            obj = model_admin.model._default_manager.order_by("pk").first()
            assert obj is not None, f"create a {model_admin.model.__name__} in world"
            return str(obj.pk)
        if name == "message_id" and route.endswith("/image/"):
            return str(world["picture"].pk)
        if name == "pk":
            key = next(key for start, key in PK_OWNERS if route.startswith(start))
            return str(world[key].pk)
        known = {
            "buyer_id": world["buyer"].pk,
            "user_id": world["agent"].pk,
            "item_id": world["item"].pk,
            "appeal_id": world["appeal"].pk,
            "model_id": world["candidate"].pk,
            "entry_id": world["entry"].pk,
            "message_id": world["message"].pk,
            "period": "week",
            "start": world["monday"].isoformat(),
            "slug": world["store"].slug,
            "session_id": world["session"].pk,
            "agent_id": world["agent"].pk,
            "id": world["buyer"].pk,
            "content_type_id": ContentType.objects.get_for_model(world["store"]).pk,
            "object_id": world["store"].pk,
            "app_label": "chat",
            "url": "no/such/page/",
        }
        assert name in known, f"no value for path parameter {name!r} in {route}"
        return str(known[name])

    return "/" + re.sub(r"<([^>]+)>", value, route)


def expected_for(route):
    if route in EXPECTED:
        return EXPECTED[route]
    if route.startswith("admin/"):
        if ADMIN_REDIRECTS_TO_CHANGE.match(route):
            admin = 302
        else:
            admin = ADMIN_FOR_ADMIN.get(route, 200)
        return (302,) + (403,) * 5 + (admin,)
    return None


def test_every_url_answers_every_role_as_the_table_says(world):
    # Content types are rows like any other: an earlier test's flush may have
    # recreated them under new ids, which Django's per-process cache would
    # still hand out (the admin's "view on site" link then answers 404).
    ContentType.objects.clear_cache()
    clients = {}
    for role, user in world["users"].items():
        clients[role] = Client()
        if user is not None:
            clients[role].force_login(user)
    missing, wrong = [], []
    for route, pattern in all_routes():
        expected = expected_for(route)
        if expected is None:
            missing.append(route)
            continue
        url = fill(route, pattern, world)
        got = tuple(clients[role].get(url).status_code for role in ROLES)
        if got != expected:
            wrong.append((route, url, got, expected))
    assert missing == [], "URLs without a row in EXPECTED"
    assert wrong == [], "\n".join(map(str, wrong))


def test_table_has_no_rows_for_urls_that_no_longer_exist():
    routes = {route for route, _ in all_routes()}
    assert sorted(set(EXPECTED) - routes) == []
    assert sorted(set(ADMIN_FOR_ADMIN) - routes) == []


def test_non_admins_get_403_from_every_admin_page(world):
    client = Client()
    client.force_login(world["users"]["super_a"])
    for route, pattern in all_routes():
        if not route.startswith("admin/") or route == "admin/login/":
            continue
        url = fill(route, pattern, world)
        assert client.get(url).status_code == 403, url


def test_every_post_without_a_csrf_token_is_refused(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["users"]["admin"])
    accepted = []
    for route, pattern in all_routes():
        url = fill(route, pattern, world)
        response = client.post(url, {"name": "x"})
        if response.status_code != 403 or b"CSRF" not in response.content:
            accepted.append((url, response.status_code))
    assert accepted == []


# Content: what each role reads of one session holding a buyer's masked message
# (its last), an agent's masked message, an internal note, and one blocked
# message from each side. Markers are ASCII so that JSON answers show them as is.
B_ORIG, B_MASK = "13812345678", "BUYER-MASKED-TEXT"
A_ORIG, A_MASK = "13900001111", "AGENT-MASKED-TEXT"
NOTE, A_BLOCK, B_BLOCK = "NOTE-FOR-AGENTS", "AGENT-BLOCKED-TEXT", "BUYER-BLOCKED-TEXT"
MARKERS = (B_ORIG, B_MASK, A_ORIG, A_MASK, NOTE, A_BLOCK, B_BLOCK)
CONTENT_ROLES = ("buyer", "agent_a", "agent_b", "super_a", "auditor", "admin")
ORIGINALS = {B_ORIG, A_ORIG, NOTE, A_BLOCK, B_BLOCK}
BUYER_SEES = {B_ORIG, A_MASK, B_BLOCK}
SENDING_AGENT_SEES = {B_MASK, A_ORIG, NOTE, A_BLOCK}
SUPERVISOR_SEES = {B_MASK, A_ORIG, NOTE}
NOTHING = set()

# surface → role → the markers its answer shows, for CONTENT_ROLES in order.
CONTENT = {
    "transcript": (BUYER_SEES, SENDING_AGENT_SEES, NOTHING, SUPERVISOR_SEES)
    + (NOTHING, NOTHING),
    "api": (BUYER_SEES, SENDING_AGENT_SEES, NOTHING, SUPERVISOR_SEES)
    + (ORIGINALS, ORIGINALS),
    "metrics_transcript": (NOTHING, SENDING_AGENT_SEES, NOTHING, SUPERVISOR_SEES)
    + (ORIGINALS, ORIGINALS),
    # The session list's last message: the buyer's masked one.
    "console": (NOTHING, {B_MASK}, NOTHING, {B_MASK}, NOTHING, NOTHING),
    "buyer_panel": (NOTHING, {B_MASK}, NOTHING, {B_MASK}, NOTHING, NOTHING),
    # Which markers, typed into the history search, find the session.
    "history_search": (NOTHING, SENDING_AGENT_SEES, NOTHING, SUPERVISOR_SEES)
    + (NOTHING, NOTHING),
    # Auditors read the originals, and what the other side read of masked ones.
    "review_item": (NOTHING,) * 4 + (set(MARKERS), set(MARKERS)),
    # The supervisor's penalty evidence: their side's blocked message, charged.
    "ledger_evidence": (NOTHING,) * 3
    + ({B_MASK, A_ORIG, A_MASK, NOTE, A_BLOCK},)
    + (NOTHING, NOTHING),
}


@pytest.fixture
def content_world(world):
    from compliance.actions import do_record_screened_message
    from compliance.actions.reviews import do_decide_review_item
    from tests import factories

    session, buyer, agent = world["session"], world["buyer"], world["agent"]
    Message.objects.filter(session=session).delete()
    session.last_seq = 0
    session.save()

    def add(sender, body, **fields):
        kind = "buyer" if sender == buyer else "agent"
        return factories.make_message(
            session, fields.pop("sender_kind", kind), sender, body, **fields
        )

    add(agent, f"店铺电话{A_ORIG}", verdict="mask", masked_body=A_MASK)
    add(agent, NOTE, sender_kind="system", kind="note")
    blocked = add(agent, A_BLOCK, verdict="block", violations=[_violation(A_BLOCK)])
    add(buyer, B_BLOCK, verdict="block")
    add(buyer, f"我的电话{B_ORIG}", verdict="mask", masked_body=B_MASK)
    item = do_record_screened_message(blocked)
    do_decide_review_item(world["users"]["admin"], item.pk, True, "违规引流")
    item.refresh_from_db()
    return {**world, "blocked_item": item, "entry": item.penalty_entry}


def _violation(match):
    return {
        "category": "contact",
        "rule": "contact.wechat",
        "start": 0,
        "end": len(match),
        "match": match,
        "action": "block",
        "points": 2,
    }


def _surface_answer(surface, client, world):
    session = world["session"]
    if surface == "history_search":
        found = set()
        for marker in MARKERS:
            response = client.get("/console/history/", {"text": marker})
            if response.status_code == 200 and f"/sessions/{session.pk}/" in (
                response.content.decode()
            ):
                found.add(marker)
        return found
    url = {
        "transcript": f"/sessions/{session.pk}/",
        "api": f"/api/sessions/{session.pk}/messages/",
        "metrics_transcript": f"/console/metrics/sessions/{session.pk}/",
        "console": "/console/",
        "buyer_panel": f"/console/buyers/{world['buyer'].pk}/sessions/",
        "review_item": f"/review/items/{world['blocked_item'].pk}/",
        "ledger_evidence": f"/console/ledger/{world['entry'].pk}/",
    }[surface]
    response = client.get(url)
    if response.status_code != 200:
        return set()
    content = response.content.decode()
    return {marker for marker in MARKERS if marker in content}


def test_every_role_reads_notes_masked_and_blocked_messages_as_specified(
    content_world,
):
    clients = {}
    for role in CONTENT_ROLES:
        clients[role] = Client()
        clients[role].force_login(content_world["users"][role])
    wrong = []
    for surface, expected in CONTENT.items():
        for role, want in zip(CONTENT_ROLES, expected, strict=True):
            got = _surface_answer(surface, clients[role], content_world)
            if got != want:
                wrong.append((surface, role, sorted(got), sorted(want)))
    assert wrong == [], "\n".join(map(str, wrong))


def test_a_buyer_cannot_report_an_internal_note(content_world):
    note = Message.objects.get(kind="note")
    client = Client()
    client.force_login(content_world["buyer"])
    response = client.post(
        f"/api/messages/{note.pk}/report/", {"note": "?", "reason": "contact"}
    )
    assert response.status_code == 404
    masked = Message.objects.get(body__contains=A_ORIG)
    response = client.post(
        f"/api/messages/{masked.pk}/report/", {"note": "?", "reason": "contact"}
    )
    assert response.status_code == 201


HUGE_VALUES = (2**63, 2**70, 10**40)
BAD_DATES = ("0001-01-01", "9999-12-31", "0000-00-00", "2026-02-30")


def _hostile_urls(route, pattern, world):
    """The route with its integer parameters, or its period start, made huge or
    impossible; the rest filled as `fill` does."""
    int_names = re.findall(r"<int:(\w+)>", route)
    if int_names:
        for value in HUGE_VALUES:
            changed = re.sub(r"<int:\w+>", str(value), route)
            yield fill(changed, pattern, world)
    if "<str:start>" in route:
        for value in BAD_DATES:
            yield fill(route.replace("<str:start>", value), pattern, world)


def test_huge_ids_and_impossible_dates_answer_like_missing_objects(world):
    clients = {}
    for role, user in world["users"].items():
        clients[role] = Client(raise_request_exception=False)
        if user is not None:
            clients[role].force_login(user)
    crashed = []
    for route, pattern in all_routes():
        for url in _hostile_urls(route, pattern, world):
            for role in ROLES:
                status = clients[role].get(url).status_code
                if status >= 500:
                    crashed.append((url, role, status))
    for query in (
        "?period=week&start=0001-01-01",
        "?period=day&start=9999-12-31",
        "?period=week&start=9999-12-27",
    ):
        for url in ("/platform/", "/platform/export.csv"):
            status = clients["admin"].get(url + query).status_code
            if status >= 500:
                crashed.append((url + query, "admin", status))
    for query in ("?after_seq=" + str(2**63), "?after_seq=" + str(2**31)):
        url = f"/api/sessions/{world['session'].pk}/messages/{query}"
        status = clients["buyer"].get(url).status_code
        if status >= 500:
            crashed.append((url, "buyer", status))
    assert crashed == [], "\n".join(map(str, crashed))
