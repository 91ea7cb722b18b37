import pytest

from compliance.engine import (
    CATEGORIES,
    SpecError,
    compile_ruleset,
    load_default_spec,
    screen,
)


def small_spec(**changes):
    spec = {
        "version": "t1",
        "platform_domains": ["shop.test"],
        "categories": {
            code: {"name": code, "actions": {"buyer": "flag", "agent": "block"}}
            for code in CATEGORIES
        },
        "rules": [
            {
                "code": "platform.demo",
                "category": "platform",
                "terms": ["某宝"],
                "patterns": ["tao+bao"],
                "suggestion": "别提",
            },
            {"code": "link.url", "category": "link", "detector": "url"},
        ],
        "allow": ["某宝贝"],
    }
    spec.update(changes)
    return spec


def test_default_rules_ship_at_least_two_thousand_entries():
    rules = compile_ruleset(load_default_spec())
    assert rules.entry_count >= 2000


def test_every_default_rule_has_a_suggestion():
    spec = load_default_spec()
    assert [r["code"] for r in spec["rules"] if not r["suggestion"]] == []


def test_compiled_spec_screens_terms_patterns_and_allow_entries():
    rules = compile_ruleset(small_spec())
    assert [v.match for v in screen(rules, "某宝上有 taoobao", "agent").violations] == [
        "某宝",
        "taoobao",
    ]
    assert screen(rules, "某宝贝", "agent").violations == ()


def test_platform_domains_come_from_the_spec():
    rules = compile_ruleset(small_spec())
    assert screen(rules, "https://shop.test/a", "agent").violations == ()
    assert screen(rules, "https://csc.example.com/a", "agent").action == "block"


def test_disabled_rule_does_not_screen():
    spec = small_spec()
    spec["rules"][0]["enabled"] = False
    assert screen(compile_ruleset(spec), "某宝", "agent").violations == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": ""}, "version must be a string"),
        ({"categories": {}}, "categories missing: contact"),
        (
            {"rules": [{"code": "x", "category": "nope"}]},
            "rule x: unknown category 'nope'",
        ),
        (
            {"rules": [{"code": "x", "category": "link", "detector": "laser"}]},
            "rule x: unknown detector 'laser'",
        ),
        (
            {"rules": [{"code": "x", "category": "link", "patterns": ["("]}]},
            "rule x: bad pattern '('",
        ),
        (
            {
                "rules": [
                    {
                        "code": "x",
                        "category": "link",
                        "actions": {"buyer": "shout", "agent": "block"},
                    }
                ]
            },
            "rule x: actions.buyer must be one of allow, flag, mask, block",
        ),
    ],
)
def test_malformed_spec_is_rejected_with_its_location(change, message):
    spec = small_spec(**change)
    if "categories" in change and change["categories"] == {}:
        spec["categories"] = {}
    with pytest.raises(SpecError) as error:
        compile_ruleset(spec)
    assert str(error.value).startswith(message)


def test_a_rule_set_given_another_model_equals_one_compiled_with_it():
    """shadow.py scores two models on rules compiled once (with_model)."""
    import copy as copying

    from compliance.engine import default_model, with_model

    spec = load_default_spec()
    model = default_model()
    other = copying.copy(model)
    other.thresholds = {
        code: {**values, "block": min(1.0, values["block"] + 0.1)}
        for code, values in model.thresholds.items()
    }
    compiled = compile_ruleset(spec, other)
    derived = with_model(compile_ruleset(spec), spec, other)
    for name in ("category_thresholds", "buyer_block_at", "flag_thresholds"):
        assert getattr(derived, name) == getattr(compiled, name), name
    assert derived.model is other and not derived.context_cache
    for text in ("加我薇信 tea_house88", "能便宜点吗", "来绿泡泡上找我"):
        assert screen(derived, text, "agent") == screen(compiled, text, "agent")
    with pytest.raises(SpecError, match="not compiled from this spec"):
        with_model(compiled, {**spec, "version": "other"}, model)
