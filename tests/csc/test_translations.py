"""Both catalogs are complete, compiled, and cover every string in the source;
the admin names every model and field in the reader's language."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.contrib import admin
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import override

from compliance.actions import check_file_appeal
from compliance.labels import REPORT_REASONS
from compliance.ledger import do_add_penalty_entry
from compliance.models import PenaltyEntry, ReviewItem
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = [
    d
    for d in ("django", "djangojs")
    if (ROOT / f"locale/en/LC_MESSAGES/{d}.po").exists()
]


def catalog(lang, domain):
    return polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / f"{domain}.po"))


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", ["en", "zh_Hans"])
def test_every_entry_is_translated(lang, domain):
    po = catalog(lang, domain)
    untranslated = [e.msgid for e in po if not e.translated() or "fuzzy" in e.flags]
    assert untranslated == []


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", ["en", "zh_Hans"])
def test_compiled_catalog_matches_source_catalog(lang, domain):
    po = catalog(lang, domain)
    mo = polib.mofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / f"{domain}.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo if e.msgid}
    expected = {(e.msgctxt, e.msgid): e.msgstr for e in po if e.msgid}
    assert {k: v for k, v in compiled.items() if not v.startswith("Project-Id")} == {
        k: v for k, v in expected.items() if k in compiled
    }
    assert set(compiled) == set(expected)


@pytest.mark.process
def test_catalogs_cover_every_translatable_string_in_the_source(tmp_path):
    copy = tmp_path / "src"
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "media", "staticfiles", ".test-media", "tests"
    )
    shutil.copytree(ROOT, copy, ignore=ignore)
    shutil.rmtree(copy / "locale")
    (copy / "locale").mkdir()
    args = ["--ignore", "bench/*", "--ignore", "static/vendor/*", "-l", "en"]
    # The copy has no tests/, so not the test settings (their database engine
    # lives in tests/db_backend): the product's own settings, embedded defaults.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "csc.settings"}
    env.pop("PYTHONPATH", None)
    for domain in DOMAINS:
        done = subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-d", domain, *args],
            cwd=copy,
            capture_output=True,
            text=True,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        fresh = polib.pofile(str(copy / "locale/en/LC_MESSAGES" / f"{domain}.po"))
        known = {e.msgid for e in catalog("en", domain)}
        assert sorted(e.msgid for e in fresh if e.msgid not in known) == []


PROJECT_APPS = {"chat", "compliance", "metrics"}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def admin_models():
    """The project's models the admin shows: registered, or inline in one."""
    shown = set()
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label in PROJECT_APPS:
            shown |= {model, *(inline.model for inline in model_admin.inlines)}
    return sorted(shown, key=lambda model: model._meta.label)


def admin_labels(model):
    """The model's names and every field's but the id, keyed by where they are."""
    meta = model._meta
    labels = {
        f"{meta.label} {name}": getattr(meta, name)
        for name in ("verbose_name", "verbose_name_plural")
    }
    for field in meta.get_fields():
        if isinstance(field, models.Field) and field.name != "id":
            labels[f"{meta.label}.{field.name}"] = field.verbose_name
    return labels


def test_every_model_and_field_in_the_admin_is_named_in_both_languages():
    unnamed = [
        f"{model._meta.label} {name}"
        for model in admin_models()
        for name in ("verbose_name", "verbose_name_plural")
        # Not derived by Django from the class name or the singular.
        if name not in model._meta.original_attrs
    ]
    untranslated = []
    for model in admin_models():
        for where, label in admin_labels(model).items():
            with override("zh-hans"):
                chinese = str(label)
            with override("en"):
                english = str(label)
            translated = (
                isinstance(label, Promise)
                and HAN.search(chinese)
                and not HAN.search(english)
                and english != chinese
            )
            if not translated:
                untranslated.append((where, chinese, english))
    assert unnamed == []
    assert untranslated == []


APPEAL_CHANGELIST = {
    "zh-hans": ("选择申诉查看", ["扣分记录", "店铺", "状态", "提交人", "创建时间"]),
    "en": (
        "Select Appeal to view",
        ["Penalty entry", "Store", "Status", "Filed by", "Created"],
    ),
}


def column_headers(page):
    cells = re.findall(r'<th scope="col".*?<div class="text">(.*?)</div>', page, re.S)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in cells]


@pytest.mark.parametrize("language", sorted(APPEAL_CHANGELIST))
def test_admin_appeal_list_is_headed_in_the_readers_language(
    login, platform_admin, store, supervisor, language
):
    entry, _created = do_add_penalty_entry(
        store, 2, "违规", PenaltyEntry.Source.VIOLATION
    )
    check_file_appeal(supervisor, entry.pk, "申诉说明")
    client = login(platform_admin)
    client.cookies["django_language"] = language
    response = client.get("/admin/compliance/appeal/")
    assert response.status_code == 200
    page = response.content.decode()
    title, headers = APPEAL_CHANGELIST[language]
    assert f"<h1>{title}</h1>" in page
    assert column_headers(page) == headers


REVIEW_ITEM_CHANGELIST = {  # the site's header, the contact category's name
    "zh-hans": ("csc 平台管理后台", "联系方式"),
    "en": ("csc platform back office", "Contact details"),
}


def category_cells(page):
    return re.findall(r'<td class="field-category_name">(.*?)</td>', page)


@pytest.mark.parametrize("language", sorted(REVIEW_ITEM_CHANGELIST))
def test_admin_review_items_name_their_category_in_the_readers_language(
    login, platform_admin, store, buyer, agent, language
):
    session = factories.make_session(store, buyer, agent)
    for kind, category in (("flagged", "contact"), ("report", "service")):
        ReviewItem.objects.create(
            kind=kind, store=store, session=session, category=category
        )
    client = login(platform_admin)
    client.cookies["django_language"] = language
    response = client.get("/admin/compliance/reviewitem/")
    assert response.status_code == 200
    page = response.content.decode()
    header, contact = REVIEW_ITEM_CHANGELIST[language]
    assert header in page
    with override(language):
        service = str(REPORT_REASONS["service"])  # a buyer's report reason
    assert sorted(category_cells(page)) == sorted([contact, service])
    # The filter offers the same names and filters by the code.
    assert re.search(rf'<a href="\?category=contact"[^>]*>{contact}</a>', page)
    filtered = client.get("/admin/compliance/reviewitem/?category=contact")
    assert category_cells(filtered.content.decode()) == [contact]
