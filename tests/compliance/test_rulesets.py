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

from compliance.engine import load_default_spec
from compliance.engine.evaluate import evaluate
from compliance.models import AllowEntry, Rule, RuleEntry, RuleSetRevision
from compliance.rulesets import (
    LiveRuleSet,
    build_spec,
    current_ruleset,
    do_bump_revision,
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


def test_evaluate_on_the_database_rules_meets_the_targets(db):
    out = StringIO()
    call_command("screen", evaluate=str(CORPUS), json=True, stdout=out)
    report = json.loads(out.getvalue())
    assert report["messages"] >= 800
    assert report["benign"] / report["messages"] >= 0.40
    assert report["overall"]["recall"] >= 0.98
    assert report["overall"]["false_positive_rate"] <= 0.01


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
    assert [r["action"] for r in results] == ["block", "allow", "allow", "block"]
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
    is answered even when its check is due, and `fresh()` tells callers
    (chat.actions.text_send) whether the check is due."""
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


def test_installing_defaults_again_keeps_admin_edits_and_adds_missing(db):
    rule = Rule.objects.get(code="contact.wechat")
    Rule.objects.filter(pk=rule.pk).update(agent_action="flag")
    AllowEntry.objects.filter(value="VX系列").delete()
    before = RuleSetRevision.objects.count()
    out = StringIO()
    call_command("install_default_rules", stdout=out)
    assert out.getvalue().strip() == "1 new entries installed"
    assert Rule.objects.get(pk=rule.pk).agent_action == "flag"
    assert AllowEntry.objects.filter(value="VX系列").exists()
    assert RuleSetRevision.objects.count() == before + 1


@pytest.mark.parametrize("name", ["screening_holdout", "screening_redteam"])
def test_held_out_probes_written_apart_from_the_rules_are_all_judged_right(db, name):
    """Probes written after the rules, as a merchant trying to beat them and as
    ordinary shop talk: screening_holdout.jsonl by another engineer,
    screening_redteam.jsonl in a later red-team round (before its fixes, 28 of
    its 37 evasions passed and 9 of its 53 benign messages were flagged)."""
    out = StringIO()
    holdout = ROOT / "tests" / "data" / f"{name}.jsonl"
    call_command("screen", evaluate=str(holdout), json=True, stdout=out)
    report = json.loads(out.getvalue())
    assert report["overall"] == {
        "precision": 1.0,
        "recall": 1.0,
        "false_positive_rate": 0.0,
    }


def test_migration_0005_adds_the_entries_shipped_since_the_database_was_made(db):
    from importlib import import_module

    from django.apps import apps

    migration = import_module(
        "compliance.migrations.0005_install_shipped_rules_2026_12"
    )
    Rule.objects.filter(code="platform.content_app").delete()
    AllowEntry.objects.filter(value="ctrl+v").delete()
    address = Rule.objects.get(code="address.store")
    address.entries.filter(kind="pattern").delete()
    (old_pattern,) = migration.SUPERSEDED["address.store"]
    RuleEntry.objects.create(rule=address, kind="pattern", value=old_pattern)
    before = RuleSetRevision.objects.count()
    migration.install(apps, None)
    rule = Rule.objects.get(code="platform.content_app")
    assert rule.entries.filter(kind="term", value="抖音搜索").exists()
    assert AllowEntry.objects.filter(value="ctrl+v").exists()
    patterns = set(
        address.entries.filter(kind="pattern").values_list("value", flat=True)
    )
    (shipped,) = [
        r for r in load_default_spec()["rules"] if r["code"] == "address.store"
    ]
    assert old_pattern not in patterns
    assert patterns == set(shipped["patterns"])
    assert RuleSetRevision.objects.count() == before + 1
    migration.install(apps, None)
    assert RuleSetRevision.objects.count() == before + 1


@pytest.mark.parametrize(
    ("name", "known_misses"),
    [
        ("screening_redteam3", {"t025"}),
        ("screening_redteam4", {"u151"}),
        # Two findings beyond the writer's label, by the documented policy:
        # naming WeChat is contact, "不走平台" is payment.
        ("screening_redteam5", {"b154", "b188"}),
        # Misses left of the sixth (payment, fraud, link, platform, obscene):
        # emoji for an app or money, descriptions, spaced letters, "zz"; four
        # findings beyond the label (naming WeChat is also contact); and four
        # shops' warnings against scams, delivered but flagged for auditors.
        (
            "screening_redteam6",
            {"w003", "w004", "w007", "w008", "w012", "w020", "w027", "w028"}
            | {"w045", "w048", "w049", "w050", "w058", "w076"}
            | {"w086", "w087", "w088", "w133"},
        ),
    ],
)
def test_red_team_sets_written_blind_are_judged_right_but_for_known_misses(
    db, name, known_misses
):
    """Sets written by helpers who never saw the rules, only the marketplace rule
    texts. Against the rules as they were: redteam3 (75 evasions, 72 benign)
    recall 0.60, 1 benign flagged; redteam4 (78 evasions, 78 benign) recall 0.62,
    4 benign flagged; redteam5 (162 benign, 31 plain violations) recall 0.85,
    no benign flagged; redteam6 (76 evasions outside contact, 67 benign)
    recall 0.48, 8 benign flagged, and 0.87 / 4 flagged (scam warnings,
    delivered) after its fixes. Other misses left: a fish emoji with no other
    word of 闲鱼 and an app described by its icon."""
    probes = ROOT / "tests" / "data" / f"{name}.jsonl"
    records = [json.loads(line) for line in probes.read_text().splitlines()]
    figures = evaluate(current_ruleset(), records)
    assert {m["id"] for m in figures["mistakes"]} == known_misses
