"""Whatever a sender types, screening answers, and every finding points at the
words it names in the text as sent."""

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.engine import default_ruleset, screen

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
