"""Rules are data: the shipped defaults load, admins edit them, processes reload."""

import asyncio
import json
import os
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from compliance.models import AllowEntry, Rule, RuleEntry
from compliance.rulesets import (
    LiveRuleSet,
    build_spec,
    do_bump_revision,
    latest_revision_id,
    latest_revision_sql,
)
from compliance.screening import screen_merchant_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "screening_corpus.jsonl"


def test_shipped_default_rule_set_has_at_least_2000_entries(db):
    entries = RuleEntry.objects.count() + AllowEntry.objects.count()
    assert entries >= 2000
    assert Rule.objects.filter(category__code="contact").exists()


def test_built_spec_carries_the_newest_revision(db):
    revision = do_bump_revision("test")
    assert build_spec()["version"] == f"r{revision.pk}"


def test_the_screen_command_evaluates_with_the_database_rules_and_model(db):
    """The live rules (from the tables) and the active model give the figures
    the shipped ones give on the corpus (tests/data/screening_figures.json)."""
    out = StringIO()
    call_command("screen", evaluate=str(CORPUS), json=True, stdout=out)
    report = json.loads(out.getvalue())
    pinned = json.loads((ROOT / "tests/data/screening_figures.json").read_text())
    assert report["model"] == pinned["model"]
    assert report["messages"] == 945
    figures = pinned["sets"]["screening_corpus"]
    assert report["overall"]["caught"] >= figures["caught"]
    assert report["overall"]["benign_prevented"] <= figures["benign_prevented"]


def test_screen_command_writes_one_line_per_input_in_order(db, monkeypatch):
    lines = [
        {"id": "a", "text": "加我薇信 abc12345", "sender": "agent"},
        {"id": "b", "text": "QQ糖还有货吗", "sender": "buyer"},
        {"id": "c", "text": "我的号码是138", "sender": "agent", "session": "s"},
        {"id": "d", "text": "0013 8000", "sender": "agent", "session": "s"},
    ]
    monkeypatch.setattr(
        "sys.stdin",
        StringIO("\n".join(json.dumps(x, ensure_ascii=False) for x in lines)),
    )
    out = StringIO()
    call_command("screen", stdout=out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["a", "b", "c", "d"]
    assert [r["action"] for r in results] == ["block", "allow", "block", "block"]
    assert results[0]["violations"][0]["category"] == "contact"
    assert results[0]["violations"][0]["match"] == "薇信 abc12345"
    assert results[3]["violations"][0]["category"] == "contact"


def test_live_rule_set_reloads_after_a_new_revision(db):
    live = LiveRuleSet(check_every=0)
    assert live.get().version == build_spec()["version"]
    rule = Rule.objects.get(code="contact.wechat")
    RuleEntry.objects.create(rule=rule, value="蓝莓派暗号")
    stale = live.get()
    assert stale.version == build_spec()["version"]
    revision = do_bump_revision("add term")
    assert live.get().version == f"r{revision.pk}"


def test_on_an_event_loop_the_compiled_set_is_used_without_a_check(
    db, django_assert_num_queries
):
    """An event loop must not wait for the database: there the compiled rule set
    is answered even when its check is due, and `fresh()` tells whether the
    check is due."""
    live = LiveRuleSet(check_every=60)
    compiled = live.get()
    assert live.fresh()
    live._checked_at -= 61
    assert not live.fresh()

    async def on_the_loop():
        return live.get()

    with django_assert_num_queries(0):
        assert asyncio.run(on_the_loop()) is compiled
    assert not live.fresh()
    with django_assert_num_queries(1):  # off the loop: the revision check
        assert live.get() is compiled
    assert live.fresh()


def test_a_revision_read_by_the_caller_confirms_or_expires_the_set(
    db, django_assert_num_queries
):
    """`confirm` (the chat send reads the newest revision in its own statement):
    the compiled set's revision counts as the check; another revision, or a set
    that is no longer the compiled one, makes the check due at once."""
    live = LiveRuleSet(check_every=60)
    compiled = live.get()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {latest_revision_sql()}")
        (revision,) = cursor.fetchone()
    assert revision == latest_revision_id()
    live._checked_at -= 61
    assert live.confirm(compiled, revision)
    assert live.fresh()
    with django_assert_num_queries(0):
        assert live.get() is compiled
    assert not live.confirm(compiled, revision + 1)
    assert not live.fresh()
    newer = do_bump_revision("a rule changed").pk
    recompiled = live.get()
    assert recompiled is not compiled and recompiled.version == f"r{newer}"
    assert not live.confirm(compiled, newer)  # the old set, though the newest id
    assert live.confirm(recompiled, newer)


@pytest.mark.process
@pytest.mark.django_db(transaction=True)
def test_a_running_process_uses_a_rule_change_within_five_seconds():
    script = (
        "import sys, time, django; django.setup()\n"
        "from compliance.screening import screen_merchant_text\n"
        "deadline = time.monotonic() + 20\n"
        "while time.monotonic() < deadline:\n"
        "    print(screen_merchant_text('今晚用蓝莓派暗号联系').action, flush=True)\n"
        "    time.sleep(0.1)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), DJANGO_SETTINGS_MODULE="csc.settings")
    env["DATABASE_URL"] = (
        "postgres://postgres@127.0.0.1:5432/" + connection.settings_dict["NAME"]
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "allow"
        rule = Rule.objects.get(code="contact.wechat")
        RuleEntry.objects.create(rule=rule, value="蓝莓派暗号")
        do_bump_revision("add term")
        changed_at = time.monotonic()
        while True:
            line = process.stdout.readline().strip()
            assert line, "the screening process ended before using the change"
            if line == "block":
                break
        assert time.monotonic() - changed_at <= 5.0
    finally:
        process.kill()
        process.wait()
    assert screen_merchant_text("今晚用蓝莓派暗号联系").action == "block"
