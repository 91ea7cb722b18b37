"""Both catalogs are complete, compiled, and cover every string in the source."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

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
