"""Shipped rule texts are shown in the reader's language; admins' as written."""

import pytest
from django.template import Context, Template
from django.utils import translation

from compliance.engine import load_default_spec
from compliance.engine.ruleset import MODEL_SUGGESTION
from compliance.models import Rule
from compliance.rule_texts import SHIPPED_TEXTS, localize
from compliance.rulesets import live_ruleset, rule_name


def shipped():
    spec = load_default_spec()
    texts = [category["name"] for category in spec["categories"].values()]
    for rule in spec["rules"]:
        texts += [rule["name"], rule["suggestion"]]
    # what a model finding suggests when its rule names no suggestion of its own
    texts.append(MODEL_SUGGESTION)
    return sorted(set(texts))


@pytest.mark.parametrize("text", shipped())
def test_every_shipped_text_is_listed_and_has_english(text):
    assert text in SHIPPED_TEXTS
    with translation.override("en"):
        english = localize(text)
    assert english != text and english.isascii()
    with translation.override("zh-hans"):
        assert localize(text) == text


def test_rule_name_follows_the_active_language(db):
    with translation.override("en"):
        assert rule_name("contact.wechat") == "WeChat ID / steering to WeChat"
    with translation.override("zh-hans"):
        assert rule_name("contact.wechat") == "微信号/微信引流"


@pytest.fixture
def fresh_ruleset():
    live_ruleset.reset()
    yield
    live_ruleset.reset()


def test_a_name_an_admin_wrote_is_shown_as_written(db, fresh_ruleset):
    Rule.objects.filter(code="contact.wechat").update(name="微信引流（本平台口径）")
    live_ruleset.reset()
    with translation.override("en"):
        assert rule_name("contact.wechat") == "微信引流（本平台口径）"
        assert localize("admin's own words") == "admin's own words"


def test_suggestion_filter_translates_in_templates():
    template = Template("{% load compliance_labels %}{{ text|rule_text }}")
    context = Context({"text": "请文明用语"})
    with translation.override("en"):
        assert template.render(context) == "Please use civil language."


def test_category_filter_shows_the_label_in_the_readers_language():
    template = Template("{% load compliance_labels %}{{ code|category_label }}")
    with translation.override("zh-hans"):
        assert template.render(Context({"code": "contact"})) == "联系方式"
    with translation.override("en"):
        assert template.render(Context({"code": "contact"})).isascii()
        assert template.render(Context({"code": "mystery"})) == "mystery"
