"""Every page, as every role, in English: no Han character outside what people
and the rule pack wrote (user-written data).

The world of tests/csc/test_permission_matrix.py is reused with its people's
words rewritten in English, so whatever Chinese is left on an English page is
the product's own: a label, a unit, a legend, a system-written reason."""

import functools
import html
import re

import ahocorasick
import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Max
from django.test import Client

from chat.actions.messages import HUMAN_KEYWORD, append_message
from chat.models import FaqEntry, Message, Notice, QuickPhrase, Session, Store, User
from chat.system_texts import PARAMS, TEXTS
from compliance.actions import (
    check_decide_review_item,
    do_report_message,
    do_reverse_penalty_entry,
)
from compliance.models import (
    AllowEntry,
    Appeal,
    AuditLog,
    PenaltyEntry,
    ReviewItem,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
    TrainingExample,
)
from metrics.models import ExemptDay, RatingAppeal
from tests.csc import test_permission_matrix as matrix
from tests.csc.test_permission_matrix import ROLES, all_routes, fill

# The permission matrix's world of stores, sessions, entries and people.
world = matrix.world
_world_once = matrix._world_once

HAN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+"
)
# Not pages: the JavaScript catalog's keys are the Chinese source strings.
NOT_PAGES = {"jsi18n/"}


def _rewrite_in_english():
    """What people wrote in the world, written in English instead."""
    Store.objects.update(greeting="Hello, welcome!", closing_phrase="Thanks, goodbye.")
    for store in Store.objects.all():
        Store.objects.filter(pk=store.pk).update(name=f"Store {store.slug}")
    User.objects.update(nickname="")
    # What people wrote; the product's own texts (a code) keep their stored
    # Chinese, which English pages must not show, and their parameters (names
    # people gave) are rewritten like any other words of theirs.
    Message.objects.filter(text_code="").update(body="hello there", masked_body="")
    for message in Message.objects.exclude(text_code=""):
        Message.objects.filter(pk=message.pk).update(
            text_params=_without_people_words(message.text_params)
        )
    # A notice the product wrote keeps its words in each language and carries
    # the people's words it quotes (a manual entry's reason), rewritten here.
    reasons = set(
        PenaltyEntry.objects.filter(source="manual").values_list("reason", flat=True)
    )
    for notice in Notice.objects.exclude(texts={}):
        texts = dict(notice.texts)
        for reason in reasons:
            texts = {
                key: text.replace(reason, "manual test points")
                for key, text in texts.items()
            }
        Notice.objects.filter(pk=notice.pk).update(texts=texts)
    Notice.objects.filter(texts={}).update(text="a notice")
    QuickPhrase.objects.update(text="one moment please")
    FaqEntry.objects.update(keywords="shipping", answer="within 48 hours")
    PenaltyEntry.objects.filter(source="manual").update(reason="manual test points")
    Appeal.objects.update(statement="fixed it")
    ReviewItem.objects.update(note="rude reply")
    Group.objects.update(name="service team")
    AllowEntry.objects.filter(value__regex=HAN.pattern).delete()
    TrainingExample.objects.update(text="hello there")
    ExemptDay.objects.update(reason="public holiday")
    RatingAppeal.objects.update(statement="the buyer rated the courier")
    for log in AuditLog.objects.all():
        AuditLog.objects.filter(pk=log.pk).update(
            before=_without_people_words(log.before),
            after=_without_people_words(log.after),
        )


def _without_people_words(state):
    """An audit state with its words (what people wrote: reasons, statements)
    replaced by English ones; the log's display shows codes by name."""
    if isinstance(state, dict):
        return {key: _without_people_words(value) for key, value in state.items()}
    if isinstance(state, str) and HAN.search(state):
        return "written by a person"
    return state


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _add_system_written_entries(world):
    """A confirmed violation and a reversal: ledger reasons the system writes,
    in the language of the moment they are written (Chinese, the default);
    and every text the product writes into a chat, as the actions store it."""
    users = world["users"]
    check_decide_review_item(users["auditor"], world["item"].pk, "confirm", "rude")
    do_reverse_penalty_entry(users["admin"], world["entry"], "appeal upheld")
    _add_system_written_messages(world)


def _add_system_written_messages(world):
    """Each product-written chat text (chat.system_texts) in the world's
    session, stored in Chinese with its code as `append_message` stores it,
    and the robot's default reply reported by the buyer (the review queue
    shows its excerpt)."""
    session = world["session"]
    names = {
        "store": session.store.name,
        "opens": "08:00",
        "closes": "23:00",
        "old": session.agent.display_name,
        "new": session.agent.display_name,
    }
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        session.last_seq = session.messages.aggregate(last=Max("seq"))["last"]
        for code in TEXTS:
            sender = "system"
            if code.startswith(("robot.", "assist.")):
                sender = code.partition(".")[0]
            append_message(
                session,
                sender_kind=sender,
                text_code=code,
                text_params={name: names[name] for name in PARAMS.get(code, ())},
            )
        session.save()
    fallback = Message.objects.get(session=session, text_code="robot.fallback")
    do_report_message(world["buyer"], fallback, note="not helpful")


def _rule_pack_words():
    """The rule pack's own content (words to catch and their homophones, rule
    names and suggestions as the platform wrote them), a new store's default
    greeting and closing phrase (what it says to buyers until its supervisor
    writes their own) and the keyword a buyer types to reach a person: data,
    not the product's labels."""
    words = {
        HUMAN_KEYWORD,
        Store._meta.get_field("greeting").default,
        Store._meta.get_field("closing_phrase").default,
    }
    for row in Rule.objects.values_list("sounds_like", flat=True):
        words.update(_strings(row))
    for model, fields in (
        (RuleCategory, ("name",)),
        (Rule, ("name", "suggestion")),
        (RuleEntry, ("value", "shipped_value")),
        (AllowEntry, ("value", "note", "shipped_value")),
        (RuleSetRevision, ("note",)),
    ):
        for row in model.objects.values_list(*fields):
            words.update(value for value in row if value)
    return sorted(words, key=len, reverse=True)


# Each language is named in its own words in the language menu.
LANGUAGE_NAMES = ["简体中文"]


def han_outside_data(text: str, data: list[str]) -> list[str]:
    for word in _words_in(text, tuple(data)):
        text = text.replace(word, " ")
    return [
        text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
        for m in HAN.finditer(text)
    ]


def _words_in(text: str, data: tuple[str, ...]) -> list[str]:
    """The words of `data`, in order, that replacing them one by one with a
    space can find: those in `text` (one pass of an Aho-Corasick automaton
    instead of one scan of each page per word), and any word with a space."""
    automaton = _automaton(data)
    found = {word for _end, word in automaton.iter(text)} if text else set()
    return [word for word in data if word in found or " " in word]


@functools.lru_cache(maxsize=2)
def _automaton(data: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in data:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def english_client(user):
    client = Client()
    client.cookies["django_language"] = "en"
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.django_db
def test_every_page_as_every_role_in_english_has_no_han_outside_data(world):
    _add_system_written_entries(world)
    _rewrite_in_english()
    data = _rule_pack_words() + LANGUAGE_NAMES
    clients = {role: english_client(user) for role, user in world["users"].items()}
    found = {}
    pages = 0
    for route, pattern in all_routes():
        if route in NOT_PAGES:
            continue
        url = fill(route, pattern, world)
        for role in ROLES:
            response = clients[role].get(url)
            kind = response.get("Content-Type", "")
            if response.status_code >= 300 and response.status_code < 400:
                continue
            if not kind.startswith(("text/html", "application/json", "text/csv")):
                continue
            pages += 1
            text = html.unescape(response.content.decode())
            hits = han_outside_data(text, data)
            if hits:
                found[(url, role)] = hits[:5]
    assert pages > 300
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
