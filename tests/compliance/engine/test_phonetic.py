from compliance.engine import compile_ruleset, load_default_spec, screen
from compliance.engine.normalize import fold_term
from compliance.engine.phonetic import (
    SoundsLike,
    fuzzy_syllable,
    ordinary_homophones,
    reading,
    syllable_spans,
    syllables,
)


def test_each_han_character_reads_as_its_fuzzy_toneless_syllable():
    assert syllables("加我薇信abc123") == ["jia", "wo", "wei", "xin", "abc123"]
    assert reading("支付宝") == reading("支负宝") == "zi fu bao"


def test_fuzzy_syllables_fold_the_pairs_many_speakers_merge():
    assert fuzzy_syllable("shèng") == "sen"
    assert fuzzy_syllable("zhāng") == "zan"
    assert fuzzy_syllable("xīng") == fuzzy_syllable("xīn") == "xin"
    assert fuzzy_syllable("lǎo") == "nao"


def test_syllable_spans_point_into_the_compact_text():
    assert list(syllable_spans("加vx好")) == [
        ("jia", 0, 1),
        ("vx", 1, 3),
        ("hao", 3, 4),
    ]


def test_ordinary_homophones_come_from_the_dictionary():
    found = ordinary_homophones("微信")
    assert {"威信", "维新", "微型", "卫星"} <= set(found)
    assert "微信" not in found
    assert "薇信" not in found


def test_sounds_like_finds_an_unlisted_homophone_but_not_ordinary_words():
    rule = object()
    matcher = SoundsLike([("微信", rule, ordinary_homophones("微信"))])
    for text, expected in (
        ("加我薇芯", [(2, 4, rule, "微信")]),
        ("加我胃新", [(2, 4, rule, "微信")]),
        ("他很有威信", []),
        ("戊戌维新", []),
        ("微型相机", []),
        ("加我微信", []),  # the name itself is the lexicon's
    ):
        compact = fold_term(text)
        assert matcher.find(compact, syllables(compact)) == expected, text


def test_shipped_rules_read_homophones_as_evidence_for_their_rule():
    rules = compile_ruleset(load_default_spec())
    verdict = screen(rules, "加我胃芯好友", "agent")
    assert [(v.rule, v.match) for v in verdict.violations] == [
        ("contact.wechat", "胃芯")
    ]
    assert screen(rules, "淘宝体字帖是哪种字体", "agent").violations[0].rule == (
        "platform.taobao"
    )
