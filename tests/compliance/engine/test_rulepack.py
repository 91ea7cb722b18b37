"""The shipped rules are a declarative pack; the loader reads it into a spec."""

import json
import shutil

import pytest

from compliance.engine import (
    SHIPPED_RULE_PACK,
    RulePackError,
    compile_ruleset,
    load_default_spec,
    load_rule_pack,
)

# (terms, patterns) per rule, in the pack's order: a change to the pack
# changes these on purpose.
SHIPPED_ENTRY_COUNTS = {
    "contact.wechat": (572, 3),
    "contact.qq": (230, 4),
    "contact.other_im": (145, 1),
    "contact.phone": (18, 0),
    "contact.landline": (0, 0),
    "contact.email": (8, 0),
    "payment.off_platform": (187, 0),
    "payment.alipay": (70, 0),
    "payment.bank_card": (22, 0),
    "payment.qr_code": (0, 0),
    "payment.refund_difference": (110, 0),
    "link.url": (13, 0),
    "link.cloud_drive": (17, 0),
    "link.share_token": (19, 0),
    "platform.taobao": (507, 0),
    "platform.tmall": (243, 0),
    "platform.jd": (333, 0),
    "platform.pdd": (331, 0),
    "platform.other": (1145, 0),
    "platform.content_app": (131, 0),
    "address.store": (156, 5),
    "address.offline_deal": (48, 0),
    "abuse.insult": (116, 1),
    "abuse.threat": (30, 0),
    "obscene.sexual": (81, 0),
    "fraud.brushing": (36, 0),
    "fraud.review_cashback": (51, 0),
    "fraud.prize": (15, 0),
    "fraud.fee": (42, 0),
    "spam.repeat": (0, 0),
    "political.sensitive": (20, 0),
}


def test_shipped_pack_has_every_rule_with_its_entry_count():
    spec = load_default_spec()
    counts = {r["code"]: (len(r["terms"]), len(r["patterns"])) for r in spec["rules"]}
    assert list(counts.items()) == list(SHIPPED_ENTRY_COUNTS.items())
    assert len(spec["allow"]) == 697
    assert spec["version"] == "default-2026.12b"
    assert spec["platform_domains"] == ["csc.example.com"]


def test_shipped_pack_names_the_words_its_homophones_imitate():
    spec = load_default_spec()
    names = {
        r["code"]: sorted(r["sounds_like"]) for r in spec["rules"] if "sounds_like" in r
    }
    assert names == {
        "contact.wechat": ["微信"],
        "contact.other_im": ["微博", "钉钉", "陌陌"],
        "payment.alipay": ["支付宝"],
        "platform.taobao": ["淘宝"],
        "platform.tmall": ["天猫"],
        "platform.jd": ["京东"],
        "platform.pdd": ["拼多多"],
        "platform.other": ["唯品会", "小红书", "蘑菇街", "转转", "闲鱼"],
        "platform.content_app": ["快手", "抖音"],
    }
    (wechat,) = [r for r in spec["rules"] if r["code"] == "contact.wechat"]
    assert {"威信", "维新", "微型"} <= set(wechat["sounds_like"]["微信"])


def test_shipped_pack_compiles():
    entries = sum(terms + patterns for terms, patterns in SHIPPED_ENTRY_COUNTS.values())
    spec = load_default_spec()
    names = sum(len(rule.get("sounds_like") or {}) for rule in spec["rules"])
    assert names == 16  # 微信, 支付宝, 淘宝 … whose homophones are evidence
    assert compile_ruleset(spec).entry_count == entries + 697 + names


@pytest.fixture
def pack(tmp_path):
    """A copy of the shipped pack to change."""
    directory = tmp_path / "pack"
    shutil.copytree(SHIPPED_RULE_PACK, directory)
    return directory


def edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_keys_the_loader_does_not_know_are_passed_through(pack):
    edit(
        pack / "categories.json",
        lambda c: c["contact"].update(thresholds={"block": 0.9, "flag": 0.5}),
    )
    edit(pack / "rules" / "link.url.json", lambda r: r.update(note="kept"))
    spec = load_rule_pack(pack)
    assert spec["categories"]["contact"]["thresholds"] == {"block": 0.9, "flag": 0.5}
    (url,) = [r for r in spec["rules"] if r["code"] == "link.url"]
    assert url["note"] == "kept"


def test_a_rule_file_may_leave_out_its_defaults(pack):
    (pack / "rules" / "spam.repeat.json").write_text(
        json.dumps({"code": "spam.repeat", "category": "spam", "detector": "spam"}),
        encoding="utf-8",
    )
    (spam,) = [r for r in load_rule_pack(pack)["rules"] if r["code"] == "spam.repeat"]
    assert spam == {
        "code": "spam.repeat",
        "category": "spam",
        "detector": "spam",
        "actions": None,
        "points": None,
        "suggestion": "",
        "enabled": True,
        "terms": [],
        "patterns": [],
    }


def test_a_rule_file_the_manifest_does_not_list_is_an_error(pack):
    (pack / "rules" / "contact.telegram.json").write_text("{}", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"not listed in pack.json.*telegram"):
        load_rule_pack(pack)


def test_a_listed_rule_without_its_file_is_an_error(pack):
    (pack / "rules" / "fraud.fee.json").unlink()
    with pytest.raises(RulePackError, match=r"fraud.fee.json: missing"):
        load_rule_pack(pack)


def test_a_rule_file_naming_another_code_is_an_error(pack):
    edit(pack / "rules" / "fraud.fee.json", lambda r: r.update(code="fraud.fees"))
    with pytest.raises(RulePackError, match=r"fraud.fee.json: code must be"):
        load_rule_pack(pack)


def test_a_term_listed_twice_is_an_error(pack):
    edit(pack / "rules" / "fraud.fee.json", lambda r: r["terms"].extend(["蓝莓"] * 2))
    with pytest.raises(RulePackError, match=r"fraud.fee.json: terms repeat"):
        load_rule_pack(pack)


def test_a_file_that_is_not_json_is_named(pack):
    (pack / "allow.json").write_text('["QQ糖",', encoding="utf-8")
    with pytest.raises(RulePackError, match=r"allow.json: not UTF-8 JSON"):
        load_rule_pack(pack)
