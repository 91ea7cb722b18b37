"""A rule's own page in Django admin: its fields, sounds_like, a link to its entries."""

import sys
import types
from html.parser import HTMLParser

import pytest
from django.utils import translation

from compliance.models import AuditLog, Rule, RuleEntry, RuleSetRevision

CHANGE = "/admin/compliance/rule/{}/change/"


class FormFields(HTMLParser):
    """The fields a browser would post from the form with `form_id`."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file"):
            checkable = attrs.get("type") in ("checkbox", "radio")
            if checkable and "checked" not in attrs:
                return
            default = "on" if checkable else ""
            self.fields.append((attrs["name"], attrs.get("value", default)))
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            self.fields.append((name, text.removeprefix("\n")))
            self._textarea = None


def rendered_form(client, url, form_id="rule_form"):
    response = client.get(url)
    assert response.status_code == 200
    parser = FormFields(form_id)
    parser.feed(response.content.decode())
    data = {}
    for name, value in parser.fields:
        data[name] = value
    return data


@pytest.fixture
def admin_client(login, platform_admin):
    return login(platform_admin)


@pytest.fixture
def biggest():
    return max(Rule.objects.all(), key=lambda rule: rule.entries.count())


def test_the_biggest_rule_saves_as_the_admin_renders_it(admin_client, biggest):
    assert biggest.code == "platform.other"
    entries = biggest.entries.count()
    assert entries >= 1000
    data = rendered_form(admin_client, CHANGE.format(biggest.pk))
    assert len(data) < 30
    data["suggestion"] = "请在本平台下单"
    revisions = RuleSetRevision.objects.count()
    response = admin_client.post(CHANGE.format(biggest.pk), data)
    assert response.status_code == 302
    assert response["Location"] == "/admin/compliance/rule/"
    biggest.refresh_from_db()
    assert biggest.suggestion == "请在本平台下单"
    assert biggest.entries.count() == entries
    assert RuleSetRevision.objects.count() == revisions + 1
    audit = AuditLog.objects.get(action="rule.changed")
    assert (audit.target_id, audit.before, audit.after) == (
        str(biggest.pk),
        {"suggestion": "请勿提及或引导至其他平台，请在本平台下单"},
        {"suggestion": "请在本平台下单"},
    )


def test_a_rule_page_shows_its_entry_count_and_links_to_them(admin_client):
    wechat = Rule.objects.get(code="contact.wechat")
    RuleEntry.objects.filter(rule=wechat, value="薇信").update(enabled=False)
    page = admin_client.get(CHANGE.format(wechat.pk)).content.decode()
    assert f'href="/admin/compliance/ruleentry/?rule__id__exact={wechat.pk}"' in page
    assert "575 条（启用 574 条）" in page
    assert 'name="entries-TOTAL_FORMS"' not in page
    listing = admin_client.get("/admin/compliance/rule/").content.decode()
    assert "575 条（启用 574 条）" in listing


def test_a_shipped_rules_code_cannot_be_changed(admin_client):
    wechat = Rule.objects.get(code="contact.wechat")
    data = rendered_form(admin_client, CHANGE.format(wechat.pk))
    assert "code" not in data
    data["code"] = "contact.renamed"
    assert admin_client.post(CHANGE.format(wechat.pk), data).status_code == 302
    assert Rule.objects.filter(code="contact.wechat").exists()


@pytest.fixture
def phonetic(monkeypatch):
    """The learned stage's phonetic module, faked: it is not on every branch."""
    module = types.ModuleType("compliance.engine.phonetic")
    module.ordinary_homophones = lambda name: {"陌陌": ["默默", "摸摸"]}[name]
    monkeypatch.setitem(sys.modules, "compliance.engine.phonetic", module)


def test_a_name_added_to_sounds_like_gets_its_ordinary_homophones(
    admin_client, phonetic
):
    rule = Rule.objects.get(code="contact.other_im")
    data = rendered_form(admin_client, CHANGE.format(rule.pk))
    assert data["sounds_like"].splitlines()[0].startswith("微博: 围脖 微波")
    kept = data["sounds_like"].splitlines()[:2]
    data["sounds_like"] = "\n".join([*kept, "陌陌", "探探: 谈谈、坦坦"])
    assert admin_client.post(CHANGE.format(rule.pk), data).status_code == 302
    rule.refresh_from_db()
    assert rule.sounds_like == {
        "微博": ["围脖", "微波", "未卜", "维伯", "苇箔", "韦伯"],
        "钉钉": ["丁丁", "叮叮", "定定", "定鼎", "订定", "顶顶", "鼎鼎"],
        "陌陌": ["默默", "摸摸"],
        "探探": ["谈谈", "坦坦"],
    }
    audit = AuditLog.objects.get(action="rule.changed")
    assert audit.after["sounds_like"]["陌陌"] == ["默默", "摸摸"]


def test_without_the_phonetic_module_a_bare_name_asks_for_its_words(
    admin_client, monkeypatch
):
    monkeypatch.setitem(sys.modules, "compliance.engine.phonetic", None)
    rule = Rule.objects.get(code="contact.other_im")
    before = rule.sounds_like
    data = rendered_form(admin_client, CHANGE.format(rule.pk))
    data["sounds_like"] += "\n探探"
    response = admin_client.post(CHANGE.format(rule.pk), data)
    assert response.status_code == 200
    assert "无法自动计算“探探”的同音常用词" in response.content.decode()
    rule.refresh_from_db()
    assert rule.sounds_like == before
    assert not AuditLog.objects.exists()


def test_the_built_spec_carries_sounds_like_as_edited(admin_client, phonetic):
    from compliance.rulesets import build_spec

    rule = Rule.objects.get(code="contact.other_im")
    data = rendered_form(admin_client, CHANGE.format(rule.pk))
    data["sounds_like"] = "陌陌"
    admin_client.post(CHANGE.format(rule.pk), data)
    (built,) = [r for r in build_spec()["rules"] if r["code"] == "contact.other_im"]
    assert built["sounds_like"] == {"陌陌": ["默默", "摸摸"]}


def test_the_rule_list_names_shipped_rules_in_the_readers_language(admin_client):
    """The list and its category filter read shipped names through the
    catalogs (the change form still edits the stored text)."""
    admin_client.cookies["django_language"] = "en"
    page = admin_client.get("/admin/compliance/rule/").content.decode()
    assert "WeChat ID / steering to WeChat" in page
    assert "contact · Third-party contact details" in page
    assert "微信号/微信引流" not in page
    wechat = Rule.objects.get(code="contact.wechat")
    with translation.override("en"):
        assert str(wechat) == "contact.wechat · WeChat ID / steering to WeChat"
    with translation.override("zh-hans"):
        assert str(wechat) == "contact.wechat · 微信号/微信引流"
