"""The deterministic stage's evidence as the model reads it: negated finds."""

import pytest

from compliance.engine.evidence import (
    NEGATED_GAP,
    evidence_hits,
    hit_features,
    negated,
)
from compliance.engine.normalize import normalize


def features(rules, text):
    return hit_features(evidence_hits(rules, normalize(text)), text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("本店不会让您加微信", "加微信"),
        ("千万别转给任何个人账户", "个人账户"),
        ("别私下转给师傅", "私下转"),
        ("平台不允许私下加联系方式", "联系方式"),
        ("切勿加陌生人QQ", "QQ"),
    ],
)
def test_a_negating_word_just_before_a_find_negates_it(text, word):
    assert negated(text, text.index(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("能不能加微信", "加微信"),  # a question, not a refusal
        ("可不可以微信转你", "微信转"),
        ("要不要加个QQ", "QQ"),
        ("不走平台，私下转我", "私下转"),  # the clause ends before the find
        ("别在这聊了 打我手机", "打我手机"),  # too far
        ("加微信", "加微信"),
    ],
)
def test_questions_other_clauses_and_distant_words_do_not_negate(text, word):
    assert not negated(text, text.index(word))


def test_the_gap_is_counted_in_characters_of_the_original():
    near = "不" + "会" + "让" * NEGATED_GAP + "加微信"
    far = "不" + "会" + "让" * (NEGATED_GAP + 1) + "加微信"
    assert negated(near, near.index("加微信"))
    assert not negated(far, far.index("加微信"))


def test_a_negated_find_adds_its_category_beside_its_rule(rules):
    refusal = features(rules, "本店不会让您加微信")
    invitation = features(rules, "加微信聊")
    assert "!contact" in refusal
    assert "!contact" not in invitation
    # the rule's own features stay: the model weighs the two together
    assert {f for f in invitation if not f.startswith("=")} <= set(refusal)


def test_features_are_sorted_and_unique(rules):
    found = features(rules, "别加微信，也别私下转账，别加微信")
    assert found == sorted(set(found))
    assert {"!contact", "!payment"} <= set(found)
