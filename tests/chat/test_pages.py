"""Buyer, console, supervisor and history pages: who sees them and what they change."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from chat.models import FaqEntry, Membership, Message, QuickPhrase, Rating, Session
from tests import factories

SETTINGS_POST = {
    "greeting": "欢迎光临本店",
    "closing_phrase": "感谢光临",
    "opens_at": "09:00",
    "closes_at": "22:00",
    "idle_close_minutes": "20",
    "assist_delay_seconds": "30",
    "robot_assist": "on",
}


@pytest.fixture
def other_supervisor(other_store):
    return factories.make_member(
        other_store, Membership.MemberRole.SUPERVISOR, "super-b"
    )


def make_session(store, buyer, *, agent=None, state=Session.State.CLOSED, texts=()):
    session = Session.objects.create(store=store, buyer=buyer, agent=agent, state=state)
    now = timezone.now()
    for seq, (kind, body) in enumerate(texts, start=1):
        Message.objects.create(
            session=session,
            seq=seq,
            sender_kind=kind,
            sender=buyer if kind == "buyer" else agent,
            body=body,
            created_at=now + dt.timedelta(seconds=seq),
        )
    Session.objects.filter(pk=session.pk).update(last_seq=len(texts))
    session.refresh_from_db()
    return session


def test_store_page_has_chat_panel_and_past_sessions(login, buyer, store, agent):
    make_session(store, buyer, agent=agent, texts=[("buyer", "你好")])
    response = login(buyer).get("/stores/store-a/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="composer"' in html
    assert "转人工" in html
    assert "非常满意" in html and "非常不满意" in html
    assert len(response.context["past_sessions"]) == 1
    state = json.loads(
        html.split('id="buyer-state" type="application/json">')[1].split("</script>")[0]
    )
    assert state["store"] == "store-a"
    assert state["me"] == buyer.pk


def test_blocked_store_page_explains_the_block(login, buyer, store):
    store.status = store.Status.BLOCKED
    store.save()
    response = login(buyer).get("/stores/store-a/")
    assert response.status_code == 200
    assert response.templates[0].name == "chat/store_blocked.html"
    assert "该店铺因违反平台规则已被封禁" in response.content.decode()
    assert login(buyer).get("/stores/no-such-store/").status_code == 404


def test_console_lists_own_and_queued_sessions(login, agent, store):
    buyers = [factories.make_user(username=f"b{n}") for n in range(3)]
    mine = make_session(
        store, buyers[0], agent=agent, state="active", texts=[("buyer", "在吗")]
    )
    queued = make_session(store, buyers[1], state="queued")
    make_session(store, buyers[2], agent=None, state="closed")
    QuickPhrase.objects.create(store=store, text="您好", shortcut="hi")
    QuickPhrase.objects.create(store=store, owner=agent, text="我的", shortcut="me")
    response = login(agent).get("/console/")
    state = response.context["console_state"]
    assert [s["id"] for s in state["sessions"]] == [mine.pk, queued.pk]
    assert state["sessions"][0]["last_message"]["body"] == "在吗"
    assert [(p["text"], p["shared"]) for p in state["phrases"]] == [
        ("您好", True),
        ("我的", False),
    ]
    assert state["supervisor"] is False


def test_supervisor_console_sees_every_open_session(login, supervisor, agent, store):
    buyers = [factories.make_user(username=f"b{n}") for n in range(2)]
    others = make_session(store, buyers[0], agent=agent, state="active")
    robot = make_session(store, buyers[1], state="robot")
    state = login(supervisor).get("/console/").context["console_state"]
    assert [s["id"] for s in state["sessions"]] == [others.pk, robot.pk]
    assert state["supervisor"] is True
    assert [a["id"] for a in state["agents"]] == [agent.pk]


def test_console_query_count_is_flat(
    login, agent, store, django_assert_max_num_queries
):
    for n in range(5):
        make_session(
            store,
            factories.make_user(username=f"q{n}"),
            agent=agent,
            state="active",
            texts=[("buyer", "hi")],
        )
    client = login(agent)
    with django_assert_max_num_queries(12):
        assert client.get("/console/").status_code == 200


SUPERVISOR_PAGES = [
    "/manage/store-a/",
    "/manage/store-a/team/",
    "/manage/store-a/phrases/",
    "/manage/store-a/faq/",
]


@pytest.mark.parametrize("url", SUPERVISOR_PAGES)
def test_supervisor_pages_render_for_the_supervisor(url, login, supervisor):
    assert login(supervisor).get(url).status_code == 200


@pytest.mark.parametrize("url", SUPERVISOR_PAGES)
@pytest.mark.parametrize(
    ("who", "status"),
    [("agent", 403), ("buyer", 403), ("auditor", 403), ("other_supervisor", 404)],
)
def test_supervisor_pages_refuse_others(url, who, status, request, login, supervisor):
    client = login(request.getfixturevalue(who))
    assert client.get(url).status_code == status
    assert client.post(url, SETTINGS_POST).status_code == status


@pytest.mark.parametrize("url", SUPERVISOR_PAGES)
def test_supervisor_pages_send_anonymous_visitors_to_login(url, client, store):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next={url}"


def test_settings_form_saves_through_the_action(login, supervisor, store):
    response = login(supervisor).post("/manage/store-a/", SETTINGS_POST)
    assert response.status_code == 302
    store.refresh_from_db()
    assert store.greeting == "欢迎光临本店"
    assert (store.opens_at, store.closes_at) == (dt.time(9), dt.time(22))
    assert (store.idle_close_minutes, store.assist_delay_seconds) == (20, 30)
    assert store.robot_assist is True


def test_settings_form_shows_field_errors_and_changes_nothing(login, supervisor, store):
    bad = {**SETTINGS_POST, "closes_at": "09:00", "idle_close_minutes": "0"}
    response = login(supervisor).post("/manage/store-a/", bad)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["closes_at"] == ["营业结束时间不能与开始时间相同。"]
    assert form.errors["idle_close_minutes"] == ["确保该值大于或等于1。"]
    store.refresh_from_db()
    assert store.greeting != "欢迎光临本店"


def test_settings_form_shows_why_a_greeting_is_refused(login, supervisor, store):
    bad = {**SETTINGS_POST, "greeting": "加我薇信 shop8888"}
    response = login(supervisor).post("/manage/store-a/", bad)
    assert response.status_code == 200
    assert response.context["form"].errors["greeting"] == [
        "欢迎语包含违规内容：“薇信 shop8888”违反了规则“微信号/微信引流”，"
        "建议：请在平台内沟通，勿引导添加微信"
    ]
    assert "薇信 shop8888" in response.content.decode()
    store.refresh_from_db()
    assert store.greeting == "您好，欢迎光临，请问有什么可以帮您？"


def test_settings_form_requires_csrf(supervisor, store):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(supervisor)
    assert client.post("/manage/store-a/", SETTINGS_POST).status_code == 403
    store.refresh_from_db()
    assert store.greeting != "欢迎光临本店"


def test_team_page_updates_capacity_and_role(login, supervisor, agent):
    client = login(supervisor)
    response = client.post(
        f"/manage/store-a/team/{agent.pk}/",
        {f"m{agent.pk}-max_sessions": "9", f"m{agent.pk}-role": "supervisor"},
    )
    assert response.status_code == 302
    agent.membership.refresh_from_db()
    assert (agent.membership.max_sessions, agent.membership.role) == (9, "supervisor")


def test_team_page_shows_why_the_last_supervisor_stays(login, supervisor):
    response = login(supervisor).post(
        f"/manage/store-a/team/{supervisor.pk}/",
        {f"m{supervisor.pk}-max_sessions": "5", f"m{supervisor.pk}-role": "agent"},
    )
    assert response.status_code == 400
    assert "店铺至少需要保留一名主管。" in response.content.decode()
    supervisor.membership.refresh_from_db()
    assert supervisor.membership.role == "supervisor"


def test_team_update_of_another_stores_agent_is_not_found(
    login, supervisor, other_agent
):
    response = login(supervisor).post(
        f"/manage/store-a/team/{other_agent.pk}/",
        {f"m{other_agent.pk}-max_sessions": "1", f"m{other_agent.pk}-role": "agent"},
    )
    assert response.status_code == 404
    other_agent.membership.refresh_from_db()
    assert other_agent.membership.max_sessions == 5


def test_shared_phrase_crud_pages(login, supervisor, store):
    client = login(supervisor)
    response = client.post(
        "/manage/store-a/phrases/",
        {"shortcut": "hi", "purpose": "greeting", "text": "您好，在的"},
    )
    assert response.status_code == 302
    phrase = QuickPhrase.objects.get()
    assert (phrase.owner, phrase.shortcut, phrase.purpose) == (None, "hi", "greeting")
    assert client.get(f"/manage/store-a/phrases/{phrase.pk}/").status_code == 200
    client.post(
        f"/manage/store-a/phrases/{phrase.pk}/",
        {"shortcut": "hi", "purpose": "greeting", "text": "您好"},
    )
    phrase.refresh_from_db()
    assert phrase.text == "您好"
    assert client.get(f"/manage/store-a/phrases/{phrase.pk}/delete/").status_code == 405
    assert (
        client.post(f"/manage/store-a/phrases/{phrase.pk}/delete/").status_code == 302
    )
    assert QuickPhrase.objects.count() == 0


def test_duplicate_shortcut_error_is_shown_on_the_field(login, supervisor, store):
    QuickPhrase.objects.create(store=store, shortcut="hi", text="x")
    response = login(supervisor).post(
        "/manage/store-a/phrases/",
        {"shortcut": "hi", "purpose": "general", "text": "y"},
    )
    assert response.context["form"].errors == {"shortcut": ["快捷码“hi”已被使用。"]}
    assert QuickPhrase.objects.count() == 1


def test_agent_edits_own_phrases_but_not_shared_or_others(login, agent, store):
    shared = QuickPhrase.objects.create(store=store, text="共享")
    client = login(agent)
    client.post(
        "/console/phrases/", {"shortcut": "m", "purpose": "general", "text": "我的"}
    )
    own = QuickPhrase.objects.get(owner=agent)
    assert own.text == "我的"
    assert client.get(f"/console/phrases/{own.pk}/").status_code == 200
    assert client.get(f"/console/phrases/{shared.pk}/").status_code == 404
    assert client.post(f"/console/phrases/{shared.pk}/delete/").status_code == 404
    assert QuickPhrase.objects.filter(pk=shared.pk).exists()


def test_faq_pages_create_edit_delete(login, supervisor, store):
    client = login(supervisor)
    client.post("/manage/store-a/faq/", {"keywords": "发货，快递", "answer": "当天发"})
    entry = FaqEntry.objects.get()
    assert entry.keyword_list == ["发货", "快递"]
    client.post(
        f"/manage/store-a/faq/{entry.pk}/", {"keywords": "退货", "answer": "七天"}
    )
    entry.refresh_from_db()
    assert entry.answer == "七天"
    client.post(f"/manage/store-a/faq/{entry.pk}/delete/")
    assert FaqEntry.objects.count() == 0


def test_faq_of_another_store_is_not_found(login, supervisor, other_store):
    entry = FaqEntry.objects.create(store=other_store, keywords="a", answer="b")
    client = login(supervisor)
    assert client.get(f"/manage/store-a/faq/{entry.pk}/").status_code == 404
    assert client.post(f"/manage/store-a/faq/{entry.pk}/delete/").status_code == 404
    assert FaqEntry.objects.filter(pk=entry.pk).exists()


def test_history_search_filters_by_buyer_text_and_date(
    login, agent, store, other_store
):
    alice = factories.make_user(username="alice", nickname="爱丽丝")
    bob = factories.make_user(username="bob")
    a = make_session(store, alice, agent=agent, texts=[("buyer", "发票怎么开")])
    b = make_session(store, bob, agent=agent, texts=[("buyer", "几天到货")])
    make_session(other_store, alice, texts=[("buyer", "发票怎么开")])
    Rating.objects.create(session=a, score=5, created_at=timezone.now())
    client = login(agent)

    def ids(**query):
        page = client.get("/console/history/", query).context["page"]
        return [s.pk for s in page.object_list]

    assert ids() == [b.pk, a.pk]
    assert ids(buyer="爱丽") == [a.pk]
    assert ids(text="到货") == [b.pk]
    today = timezone.localdate().isoformat()
    assert ids(date_from=today, date_to=today) == [b.pk, a.pk]
    assert ids(date_to="2000-01-01") == []


def test_history_search_reports_reversed_dates(login, agent, store):
    response = login(agent).get(
        "/console/history/", {"date_from": "2026-02-02", "date_to": "2026-01-01"}
    )
    assert response.context["form"].errors == {
        "date_to": ["结束日期不能早于开始日期。"]
    }
    assert list(response.context["page"].object_list) == []


def test_transcript_is_scoped_to_store_and_buyer(
    login, agent, other_agent, buyer, store
):
    session = make_session(
        store, buyer, agent=agent, texts=[("buyer", "<script>alert(1)</script>")]
    )
    response = login(agent).get(f"/sessions/{session.pk}/")
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert login(buyer).get(f"/sessions/{session.pk}/").status_code == 200
    assert login(other_agent).get(f"/sessions/{session.pk}/").status_code == 404
    stranger = factories.make_user(username="stranger")
    assert login(stranger).get(f"/sessions/{session.pk}/").status_code == 404
    assert login(stranger).get("/sessions/999999/").status_code == 404


def test_buyer_sees_masked_text_in_transcript(login, agent, buyer, store):
    session = make_session(store, buyer, agent=agent, state="closed")
    Message.objects.create(
        session=session,
        seq=1,
        sender_kind="agent",
        sender=agent,
        body="加微信 abc123",
        masked_body="加微信 ＊＊＊＊＊＊",
        verdict="mask",
        created_at=timezone.now(),
    )
    buyer_page = login(buyer).get(f"/sessions/{session.pk}/").content.decode()
    assert "＊＊＊＊＊＊" in buyer_page
    assert "部分内容违反平台规则，已隐藏" in buyer_page
    agent_page = login(agent).get(f"/sessions/{session.pk}/").content.decode()
    assert "abc123" in agent_page
    assert "部分内容违反平台规则，已隐藏" not in agent_page


def test_buyer_side_panel_lists_only_this_stores_sessions(
    login, agent, buyer, store, other_store
):
    old = make_session(store, buyer, agent=agent, texts=[("agent", "您好")])
    make_session(other_store, buyer)
    current = make_session(store, buyer, agent=agent, state="active")
    client = login(agent)
    data = client.get(
        f"/console/buyers/{buyer.pk}/sessions/", {"exclude": current.pk}
    ).json()
    assert [row["id"] for row in data["sessions"]] == [old.pk]
    assert data["sessions"][0]["last_message"] == "您好"
    assert login(buyer).get(f"/console/buyers/{buyer.pk}/sessions/").status_code == 403
