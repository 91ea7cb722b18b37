"""Whatever a sender types, screening answers, and every finding points at the
words it names in the text as sent."""

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.engine import default_ruleset, screen
from compliance.engine.normalize import normalize
from compliance.engine.screen import Hit, Verdict, Violation, evidence_hits

RULES = default_ruleset()
PIECES = st.one_of(
    st.characters(),
    st.sampled_from(
        list("微信薇vVxX加+➕❤🐟🛰🍑①③⑧⓪ⓥ一三八幺 .,@点l0o13856789卡号手机尾号倒过来")
    ),
    st.sampled_from(["one ", "three ", "yao ", "san ", "【at】", "qq", "淘宝", "京东"]),
)
EVASIVE = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(EVASIVE, st.sampled_from(["buyer", "agent"]))
def test_findings_point_at_the_words_as_sent(text, sender):
    verdict = screen(RULES, text, sender)
    assert verdict.action in {"allow", "flag", "mask", "block"}
    for violation in verdict.violations:
        assert 0 <= violation.start < violation.end <= len(text)
        assert violation.match == text[violation.start : violation.end]
    assert len(verdict.masked_text) == len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(EVASIVE, max_size=4), EVASIVE)
def test_history_never_breaks_screening(history, text):
    verdict = screen(RULES, text, "agent", [("agent", earlier) for earlier in history])
    assert all(v.match == text[v.start : v.end] for v in verdict.violations)


def test_verdicts_built_without_their_constructor_equal_constructed_ones():
    # screen.py builds Verdict and Violation through frozen_instance (no setattr per
    # field): every field must be set, and equal what the constructor makes.
    rules = default_ruleset()
    texts = ["加我薇信 abc12345", "你好", "我电话：壹叁玖 贰贰贰贰 捌捌捌捌", "滚"]
    found = 0
    for text in texts:
        verdict = screen(rules, text, "agent")
        made = [(verdict, Verdict)] + [(v, Violation) for v in verdict.violations]
        for thing, cls in made:
            names = {field.name for field in dataclasses.fields(cls)}
            assert set(vars(thing)) == names
            assert cls(**{name: getattr(thing, name) for name in names}) == thing
        for violation in verdict.violations:
            assert hash(violation) == hash(dataclasses.replace(violation))
            found += 1
        for hit in evidence_hits(rules, normalize(text)):
            names = {field.name for field in dataclasses.fields(Hit)}
            assert set(vars(hit)) == names
            assert Hit(**{name: getattr(hit, name) for name in names}) == hit
    assert found >= 3
