"""Product-written chat texts: stored once with a code, read in each reader's
language on pages and in the API (the socket: tests/chat/test_consumers.py),
and the stored ones recognised by the data migration."""

import html
import importlib
import re

import pytest
from django.apps import apps as django_apps
from django.test import Client
from django.urls import reverse
from django.utils import translation

from chat.actions import presence, routing, sessions
from chat.actions.messages import HUMAN_KEYWORD, append_message
from chat.models import Message, Session
from chat.system_texts import PARAMS, TEXTS, check_text, stored_text, system_text
from tests import factories

migration = importlib.import_module("chat.migrations.0008_message_text_code")

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+")
SAMPLE_PARAMS = {
    "robot.welcome": {"store": "Tea House"},
    "queue.out_of_hours": {"opens": "08:00", "closes": "23:00"},
    "session.transferred": {"old": "Ann", "new": "Bo"},
}


def client_in(language, user):
    client = Client()
    if language:
        client.cookies["django_language"] = language
    client.force_login(user)
    return client


def test_every_text_is_stored_in_chinese_and_read_in_english():
    for code in TEXTS:
        params = SAMPLE_PARAMS.get(code, {})
        with translation.override("en"):
            stored = stored_text(code, params)
            english = system_text(code, params)
        with translation.override("zh-hans"):
            assert stored == system_text(code, params)
        # The keyword a buyer types to reach a person is the one Chinese left.
        assert HAN.findall(english.replace(HUMAN_KEYWORD, "")) == [], english
        assert HAN.search(stored)
        assert all(value in english for value in params.values())


@pytest.mark.parametrize(
    ("code", "params", "problem"),
    [
        ("queue.nowhere", {}, "unknown system text 'queue.nowhere'"),
        ("session.closed", {"old": "x"}, "takes string parameters []"),
        ("session.transferred", {"old": "Ann"}, "['new', 'old']"),
        ("robot.welcome", {"store": 3}, "takes string parameters ['store']"),
    ],
)
def test_a_text_needs_a_known_code_and_exactly_its_parameters(code, params, problem):
    with pytest.raises(ValueError, match=problem.replace("[", r"\[")):
        check_text(code, params)


def test_an_unknown_code_is_refused_before_anything_is_stored(store, buyer):
    session = factories.make_session(store, buyer)
    with pytest.raises(ValueError, match="unknown system text"):
        append_message(session, sender_kind="system", text_code="queue.nowhere")
    assert not Message.objects.filter(session=session).exists()


@pytest.fixture
def transferred(store, buyer, agent, committed):
    """A session an agent transferred and their colleague closed, under an
    English request: its notices stored in Chinese with their codes."""
    colleague = factories.make_member(store, username="agent-b")
    presence.check_set_presence(colleague, "online")
    session = factories.make_session(store, buyer, agent=agent)
    factories.make_message(session, "buyer", buyer, "where is my parcel")
    with translation.override("en"), committed():
        routing.check_transfer_session(agent, session.pk, colleague.pk, "")
        sessions.check_close_session(colleague, session.pk)
    names = agent.display_name, colleague.display_name
    return session, {
        "zh": [f"会话已由 {names[0]} 转接给 {names[1]}。", "会话已结束。"],
        "en": [
            f"The session was transferred from {names[0]} to {names[1]}.",
            "The session has ended.",
        ],
    }


@pytest.mark.parametrize("language", ["en", "zh"])
def test_pages_show_system_notices_in_the_readers_language(
    transferred, buyer, supervisor, language
):
    session, notices = transferred
    cookie = "en" if language == "en" else None
    pages = [
        (buyer, reverse("chat:session", args=[session.pk])),
        (supervisor, reverse("metrics:transcript", args=[session.pk])),
    ]
    for user, url in pages:
        response = client_in(cookie, user).get(url)
        assert response.status_code == 200
        text = html.unescape(response.content.decode())
        for notice in notices[language]:
            assert notice in text, (url, notice)
        other = notices["zh" if language == "en" else "en"]
        assert not any(notice in text for notice in other), url


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_api_gives_system_notices_in_the_readers_language(
    transferred, auditor, language
):
    session, notices = transferred
    client = client_in("en" if language == "en" else None, auditor)
    response = client.get(reverse("chat:api-messages", args=[session.pk]))
    assert response.status_code == 200
    system = [
        m["body"] for m in response.json()["messages"] if m["sender_kind"] == "system"
    ]
    assert system == notices[language]


def test_what_merchants_wrote_stays_as_written_in_english(store, buyer, supervisor):
    """A greeting and an FAQ answer carry no code: shown as the store wrote
    them, whatever the reader's language."""
    session = factories.make_session(store, buyer, state=Session.State.CLOSED)
    factories.make_message(session, "system", None, "欢迎光临本店")
    factories.make_message(session, "robot", None, "全场包邮。")
    response = client_in("en", supervisor).get(
        reverse("metrics:transcript", args=[session.pk])
    )
    text = html.unescape(response.content.decode())
    assert "欢迎光临本店" in text and "全场包邮。" in text


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_migration_recognises_every_text_the_product_wrote_before_it(language):
    """Texts added since (robot.handoff) were always stored with their code."""
    assert set(migration.TEXTS) <= set(TEXTS)
    for code in migration.TEXTS:
        params = {name: f"<{name}>" for name in PARAMS.get(code, ())}
        with translation.override(language):
            written = system_text(code, params)
        assert migration.recognise(written) == (code, params), written


def test_the_migration_gives_stored_texts_their_codes(store, buyer):
    session = factories.make_session(store, buyer)
    rows = {
        "welcome": factories.make_message(
            session,
            "robot",
            None,
            "您好，我是老王茶庄的智能客服，请问有什么可以帮您？如需人工服务，请发送“转人工”。",
        ),
        "english": factories.make_message(
            session, "system", None, "The session has ended."
        ),
        "hours": factories.make_message(
            session,
            "system",
            None,
            "现在不是本店的客服时间（每天 08:00–23:00）。"
            "您可以直接留言，客服上班后会第一时间回复您。",
        ),
        "greeting": factories.make_message(session, "system", None, "欢迎光临"),
        "faq": factories.make_message(session, "robot", None, "全场包邮。"),
        "buyer": factories.make_message(session, "buyer", buyer, "会话已结束。"),
    }
    migration.give_codes(django_apps, None)
    found = {
        name: tuple(
            Message.objects.filter(pk=row.pk).values_list("text_code", "text_params")[0]
        )
        for name, row in rows.items()
    }
    assert found == {
        "welcome": ("robot.welcome", {"store": "老王茶庄"}),
        "english": ("session.closed", {}),
        "hours": ("queue.out_of_hours", {"opens": "08:00", "closes": "23:00"}),
        "greeting": ("", {}),
        "faq": ("", {}),
        "buyer": ("", {}),
    }
    welcome = Message.objects.get(pk=rows["welcome"].pk)
    with translation.override("en"):
        assert system_text(welcome.text_code, welcome.text_params).startswith(
            "Hello, I am 老王茶庄's virtual assistant."
        )
