"""One action syncs a shipped rule pack into the database, leaving admins' work."""

import copy
from io import StringIO

import pytest
from django.core.management import call_command

from compliance.actions.rulepack import do_sync_rule_pack
from compliance.engine import load_default_spec
from compliance.models import (
    AllowEntry,
    AuditLog,
    Origin,
    PlatformDomain,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
)
from compliance.rulesets import build_spec

SHIPPED = load_default_spec()
VERSION = SHIPPED["version"]


def next_pack(change=None, version="test-next"):
    """The shipped pack as a later version, changed by `change(spec, rules)`."""
    spec = copy.deepcopy(SHIPPED)
    spec["version"] = version
    if change is not None:
        change(spec, {rule["code"]: rule for rule in spec["rules"]})
    return spec


def entry(code, value, kind="term"):
    return RuleEntry.objects.get(rule__code=code, kind=kind, value=value)


@pytest.fixture
def counts():
    def snapshot():
        return (
            RuleEntry.objects.count(),
            AllowEntry.objects.count(),
            RuleSetRevision.objects.count(),
            AuditLog.objects.count(),
        )

    return snapshot


def test_a_synced_database_builds_the_packs_spec(db):
    built = build_spec()
    assert built["categories"] == SHIPPED["categories"]
    assert sorted(built["allow"]) == sorted(SHIPPED["allow"])
    assert built["platform_domains"] == SHIPPED["platform_domains"]
    by_code = {rule["code"]: rule for rule in built["rules"]}
    assert list(by_code) == [rule["code"] for rule in SHIPPED["rules"]]
    for shipped in SHIPPED["rules"]:
        rule = by_code[shipped["code"]]
        assert rule["terms"] == shipped["terms"]
        assert rule["patterns"] == shipped["patterns"]
        assert rule["sounds_like"] == shipped.get("sounds_like", {})
        assert rule["suggestion"] == shipped["suggestion"]
        assert rule["detector"] == shipped["detector"]


def test_synced_rows_record_the_pack_and_its_version(db):
    wechat = Rule.objects.get(code="contact.wechat")
    assert (wechat.origin, wechat.pack_version) == (Origin.PACK, VERSION)
    assert set(wechat.sounds_like["微信"]) >= {"威信", "维新", "微型"}
    assert wechat.shipped["agent_action"] == ""
    term = entry("contact.wechat", "薇信")
    assert (term.origin, term.pack_version, term.shipped_value) == (
        Origin.PACK,
        VERSION,
        "薇信",
    )
    allow = AllowEntry.objects.get(value="qq糖")
    assert (allow.origin, allow.enabled, allow.retired_in) == (Origin.PACK, True, "")


def test_syncing_the_same_pack_again_writes_nothing(db, counts):
    before = counts()
    plan = do_sync_rule_pack()
    assert not plan.writes
    assert plan.totals() == {}
    assert counts() == before


def test_a_dry_run_reports_the_changes_and_writes_nothing(db, counts):
    def change(spec, rules):
        rules["contact.wechat"]["terms"].remove("薇信")
        rules["contact.wechat"]["terms"].append("蓝莓派暗号")
        spec["allow"].append("蓝莓派")

    before = counts()
    plan = do_sync_rule_pack(dry_run=True, spec=next_pack(change))
    assert plan.writes
    assert plan.totals() == {"added": 2, "retired": 1}
    assert counts() == before
    assert entry("contact.wechat", "薇信").enabled
    assert not RuleEntry.objects.filter(value="蓝莓派暗号").exists()


def test_sync_adds_what_the_pack_ships_and_retires_what_it_dropped(db, counts):
    def change(spec, rules):
        rules["contact.wechat"]["terms"].remove("薇信")
        rules["contact.wechat"]["terms"].append("蓝莓派暗号")
        rules["address.store"]["patterns"].append(r"蓝莓路[0-9]+号")
        spec["allow"].remove("qq糖")
        spec["allow"].append("蓝莓派")

    entries, allow, revisions, audits = counts()
    plan = do_sync_rule_pack(spec=next_pack(change))
    assert plan.totals() == {"added": 3, "retired": 2}
    added = entry("contact.wechat", "蓝莓派暗号")
    assert (added.origin, added.pack_version, added.enabled) == (
        Origin.PACK,
        "test-next",
        True,
    )
    assert entry("address.store", r"蓝莓路[0-9]+号", kind="pattern").enabled
    retired = entry("contact.wechat", "薇信")
    assert (retired.enabled, retired.retired_in) == (False, "test-next")
    dropped_allow = AllowEntry.objects.get(value="qq糖")
    assert (dropped_allow.enabled, dropped_allow.retired_in) == (False, "test-next")
    assert AllowEntry.objects.get(value="蓝莓派").origin == Origin.PACK
    assert counts() == (entries + 2, allow + 1, revisions + 1, audits + 1)
    revision = RuleSetRevision.objects.order_by("-id").first()
    assert revision.note == "rule pack test-next: 3 added, 2 retired"
    audit = AuditLog.objects.filter(action="rulepack.synced").first()
    assert audit.after["totals"] == {"added": 3, "retired": 2}
    assert audit.after["rules"]["contact.wechat"] == {
        "added": 1,
        "retired": 1,
        "added_values": ["蓝莓派暗号"],
        "retired_values": ["薇信"],
    }
    spec = build_spec()
    (wechat,) = [r for r in spec["rules"] if r["code"] == "contact.wechat"]
    assert "薇信" not in wechat["terms"]
    assert "蓝莓派暗号" in wechat["terms"]
    assert "qq糖" not in spec["allow"]


def test_a_retired_entry_the_pack_ships_again_is_restored(db):
    def drop(spec, rules):
        rules["contact.wechat"]["terms"].remove("薇信")

    do_sync_rule_pack(spec=next_pack(drop, version="v2"))
    plan = do_sync_rule_pack(spec=next_pack(version="v3"))
    assert plan.totals() == {"restored": 1}
    restored = entry("contact.wechat", "薇信")
    assert (restored.enabled, restored.retired_in, restored.pack_version) == (
        True,
        "",
        VERSION,
    )


def test_entries_an_admin_added_are_left_alone(db):
    wechat = Rule.objects.get(code="contact.wechat")
    own = RuleEntry.objects.create(rule=wechat, value="蓝莓派暗号")
    AllowEntry.objects.create(value="蓝莓派")
    assert own.origin == Origin.ADMIN

    def ship_it_too(spec, rules):
        rules["contact.wechat"]["terms"].append("蓝莓派暗号")

    plan = do_sync_rule_pack(spec=next_pack(ship_it_too))
    assert plan.totals() == {}
    own.refresh_from_db()
    assert (own.origin, own.enabled) == (Origin.ADMIN, True)
    plan = do_sync_rule_pack(spec=next_pack(version="v3"))
    assert plan.totals() == {}
    assert entry("contact.wechat", "蓝莓派暗号").enabled
    assert AllowEntry.objects.get(value="蓝莓派").enabled


def test_a_shipped_entry_an_admin_disabled_stays_disabled(db):
    RuleEntry.objects.filter(rule__code="contact.wechat", value="薇信").update(
        enabled=False
    )
    plan = do_sync_rule_pack(spec=next_pack())
    (wechat,) = [r for r in plan.rules if r.record.code == "contact.wechat"]
    assert [(c.value, c.reason) for c in wechat.entries.kept] == [
        ("薇信", "disabled by an admin")
    ]
    assert not entry("contact.wechat", "薇信").enabled

    def drop(spec, rules):
        rules["contact.wechat"]["terms"].remove("薇信")

    do_sync_rule_pack(spec=next_pack(drop, version="v3"))
    do_sync_rule_pack(spec=next_pack(version="v4"))
    disabled = entry("contact.wechat", "薇信")
    assert (disabled.enabled, disabled.retired_in) == (False, "")


def test_a_shipped_value_an_admin_edited_is_theirs(db):
    edited = entry("contact.wechat", "薇信")
    edited.value = "薇信蓝莓"
    edited.save()
    plan = do_sync_rule_pack(spec=next_pack())
    assert plan.totals() == {"kept": 1}
    assert not RuleEntry.objects.filter(rule__code="contact.wechat", value="薇信")
    assert edited.is_edited

    def drop(spec, rules):
        rules["contact.wechat"]["terms"].remove("薇信")

    plan = do_sync_rule_pack(spec=next_pack(drop, version="v3"))
    assert plan.totals() == {"kept": 1}
    edited.refresh_from_db()
    assert (edited.value, edited.enabled, edited.retired_in) == ("薇信蓝莓", True, "")


def test_rule_fields_an_admin_edited_are_kept_and_the_others_follow_the_pack(db):
    Rule.objects.filter(code="contact.wechat").update(agent_action="flag")

    def change(spec, rules):
        rules["contact.wechat"]["suggestion"] = "请在平台内沟通"
        rules["contact.wechat"]["actions"] = {"buyer": "block", "agent": "block"}
        spec["categories"]["spam"]["points"] = 2

    untouched = Rule.objects.get(code="contact.qq").updated_at
    plan = do_sync_rule_pack(spec=next_pack(change))
    (wechat,) = [r.record for r in plan.rules if r.record.code == "contact.wechat"]
    assert wechat.updated == {
        "suggestion": ("请在平台内沟通，勿引导添加微信", "请在平台内沟通"),
        "buyer_action": ("", "block"),
    }
    assert wechat.kept == {"agent_action": ("flag", "block")}
    rule = Rule.objects.get(code="contact.wechat")
    assert (rule.suggestion, rule.buyer_action, rule.agent_action) == (
        "请在平台内沟通",
        "block",
        "flag",
    )
    assert rule.shipped["agent_action"] == "block"
    assert RuleCategory.objects.get(code="spam").points == 2
    assert Rule.objects.get(code="contact.qq").updated_at == untouched
    assert RuleSetRevision.objects.order_by("-id").first().note == (
        "rule pack test-next: 2 rules or categories created or updated"
    )
    assert not do_sync_rule_pack(spec=next_pack(change)).writes


def test_a_new_shipped_rule_is_created_and_a_dropped_one_disabled(db):
    def change(spec, rules):
        spec["rules"].append(
            {
                "code": "contact.telegram",
                "category": "contact",
                "name": "Telegram",
                "suggestion": "请在平台内沟通",
                "terms": ["电报号", "飞机号"],
                "sounds_like": {"电报": []},
            }
        )
        spec["rules"].remove(rules["political.sensitive"])

    plan = do_sync_rule_pack(spec=next_pack(change))
    telegram = Rule.objects.get(code="contact.telegram")
    assert (telegram.origin, telegram.pack_version, telegram.enabled) == (
        Origin.PACK,
        "test-next",
        True,
    )
    assert telegram.sounds_like == {"电报": []}
    assert set(telegram.entries.values_list("value", flat=True)) == {"电报号", "飞机号"}
    political = Rule.objects.get(code="political.sensitive")
    assert not political.enabled
    assert not political.entries.filter(enabled=True).exists()
    assert set(political.entries.values_list("retired_in", flat=True)) == {"test-next"}
    (dropped,) = [r for r in plan.rules if r.record.code == "political.sensitive"]
    assert dropped.record.retired
    assert plan.summary()["rules"]["political.sensitive"]["rule"] == "retired"


def test_rows_from_before_provenance_are_classified_once(db):
    """A database installed by the old migrations: every row unsynced, no
    sounds_like; an admin had added one entry and edited one rule."""
    wechat = Rule.objects.get(code="contact.wechat")
    RuleEntry.objects.create(rule=wechat, value="蓝莓派暗号")
    AllowEntry.objects.create(value="蓝莓派")
    wechat.agent_action = "flag"
    wechat.save()
    Rule.objects.update(origin=Origin.UNSYNCED, pack_version="", shipped={})
    Rule.objects.update(sounds_like={})
    RuleCategory.objects.update(shipped={})
    for model in (RuleEntry, AllowEntry):
        model.objects.update(origin=Origin.UNSYNCED, pack_version="", shipped_value="")

    plan = do_sync_rule_pack()
    assert plan.totals() == {}
    assert not RuleEntry.objects.filter(origin=Origin.UNSYNCED).exists()
    assert entry("contact.wechat", "蓝莓派暗号").origin == Origin.ADMIN
    assert AllowEntry.objects.get(value="蓝莓派").origin == Origin.ADMIN
    assert entry("contact.wechat", "薇信").origin == Origin.PACK
    assert entry("contact.wechat", "薇信").shipped_value == "薇信"
    assert AllowEntry.objects.get(value="qq糖").origin == Origin.PACK
    wechat.refresh_from_db()
    assert (wechat.origin, wechat.agent_action) == (Origin.PACK, "flag")
    assert "微信" in wechat.sounds_like
    assert not do_sync_rule_pack().writes


def test_platform_domains_only_seed_an_empty_table(db):
    PlatformDomain.objects.all().delete()
    PlatformDomain.objects.create(domain="shop.example.cn")
    assert not do_sync_rule_pack().writes
    PlatformDomain.objects.all().delete()
    assert do_sync_rule_pack().domains == ["csc.example.com"]
    assert list(PlatformDomain.objects.values_list("domain", flat=True)) == [
        "csc.example.com"
    ]


def test_the_command_prints_a_diff_and_a_dry_run_writes_nothing(db, counts):
    RuleEntry.objects.filter(rule__code="contact.wechat", value="薇信").delete()
    RuleEntry.objects.filter(rule__code="contact.qq", value="扣扣").update(
        enabled=False
    )
    Rule.objects.filter(code="fraud.fee").update(suggestion="本店口径")
    before = counts()
    out = StringIO()
    call_command("sync_rule_pack", dry_run=True, stdout=out)
    assert out.getvalue().splitlines() == [
        f"Rule pack {VERSION} (dry run: nothing written)",
        "rule contact.wechat  微信号/微信引流",
        "  + 薇信 (term, added)",
        "rule contact.qq  QQ号/QQ引流",
        "  = 扣扣 (term, kept as edited: disabled by an admin)",
        "rule fraud.fee  诱导缴费/冒充客服",
        "  = suggestion: kept as edited '本店口径' "
        "(pack: '退款与理赔不收取任何费用，请按平台流程处理')",
        f"{VERSION}: 1 added, 1 kept",
    ]
    assert counts() == before
    out = StringIO()
    call_command("sync_rule_pack", stdout=out)
    assert out.getvalue().splitlines()[0] == f"Rule pack {VERSION}"
    assert entry("contact.wechat", "薇信").origin == Origin.PACK
    out = StringIO()
    call_command("sync_rule_pack", stdout=out)
    assert out.getvalue().splitlines()[-1] == f"{VERSION}: already in sync (1 kept)"
