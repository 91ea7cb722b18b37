"""The character tables in C (compliance/engine/_fold.c) against the
str.translate and the span map they replace: equal for every code point of
every shipped table and over the corpus, and clear errors for bad input."""

import json
import re
from pathlib import Path

import pytest

from compliance.engine import detectors, folding
from compliance.engine.folding import Folding, python_find, python_kept, python_origins
from compliance.engine.model import _DIGITS
from compliance.engine.normalize import (
    PICTURE_WORDS,
    _foldings,
    compact_table,
    folded_table,
    normalize,
    pictured_table,
)
from compliance.engine.phonetic import _syllable_table

ROOT = Path(__file__).resolve().parents[3]
CORPUS = sorted((ROOT / "compliance/training/corpus").glob("*.jsonl"))
TABLES = {
    "compact": compact_table,
    "folded": folded_table,
    "pictured": pictured_table,
    "syllables": _syllable_table,
    "digits": lambda: _DIGITS.mapping,
}
AWKWARD = ["", "a", "\x00\x1f\u200b\ud800好", "𠀀😀🧧❤️ ㎏ ①⒜🅥 ＋Ｖ", "加我" * 400]


def corpus_texts():
    for path in CORPUS:
        for line in path.read_text(encoding="utf-8").splitlines()[::5]:
            yield json.loads(line)["text"]
    yield from AWKWARD


def test_the_char_table_is_built():
    assert folding.CharTable is not None
    assert all(isinstance(f.translate, type(len)) for f in _foldings())


@pytest.mark.parametrize("name", TABLES)
def test_every_code_point_folds_as_str_translate_does(name):
    mapping = TABLES[name]()
    fast = Folding(mapping)
    # Every code point, one string: a character's fold never depends on another.
    every = "".join(chr(code) for code in range(0x110000))
    assert fast.translate(every) == every.translate(mapping)
    assert fast.origins(every) == python_origins(mapping, every)
    assert fast.kept(every) == python_kept(mapping, every)
    assert fast.find(every) == python_find(mapping, every)


def test_views_and_span_maps_equal_pythons_over_the_corpus():
    slow = [Folding(f.mapping, fast=False) for f in _foldings()]
    checked = 0
    for text in corpus_texts():
        for fast, python in zip(_foldings(), slow, strict=True):
            assert fast.translate(text) == python.translate(text)
            assert fast.origins(text) == python.origins(text)
        norm = normalize(text)
        for view in (norm.compact, norm.folded, norm.pictured):
            if view is not None:
                assert view.text == text.translate(view.folding.mapping)
        checked += 1
    assert checked > 10000


def test_char_table_refuses_bad_input():
    table_type = folding.CharTable
    with pytest.raises(TypeError):
        table_type(["a"])
    with pytest.raises(ValueError, match="code points"):
        table_type({"a": "b"})
    with pytest.raises(ValueError, match="code points"):
        table_type({0x110000: "b"})
    with pytest.raises(TypeError, match="str or int"):
        table_type({65: None})
    with pytest.raises(ValueError, match="not a code point"):
        table_type({65: -1})
    table = table_type({65: "xyz", 66: "", 67: 0x4E00})
    with pytest.raises(RuntimeError, match="filled once"):
        table.__init__({65: "b"})
    with pytest.raises(TypeError, match="must be str"):
        table.translate(b"A")
    assert table.translate("zABC") == "zxyz一"
    assert table.origins("zABC") == [0, 1, 1, 1, 3]
    empty = table_type.__new__(table_type)
    with pytest.raises(RuntimeError, match="not filled"):
        empty.translate("a")


# The character sets screening searches with Folding.find and Folding.kept,
# and the regex character classes they replaced.
SETS = {
    "pictures": "".join(PICTURE_WORDS),
    "any trigger": "abcdefghijklmnopqrstuvwxyz.。@#:/·丶点艾圈¥$€₤₳₴₰₵₲£",
    "share marks": "¥$€₤₳₴₰₵₲£",
}


@pytest.mark.parametrize("name", SETS)
def test_find_and_kept_equal_the_regex_character_class_over_the_corpus(name):
    chars = SETS[name]
    regex = re.compile("[" + "".join(map(re.escape, chars)) + "]")
    fast, slow = Folding.of(chars), Folding.of(chars, fast=False)
    found = 0
    for text in corpus_texts():
        match = regex.search(text)
        expected = -1 if match is None else match.start()
        assert fast.find(text) == slow.find(text) == expected
        assert fast.kept(text) == slow.kept(text) == "".join(regex.findall(text))
        found += expected >= 0
    assert found > 20


def test_the_link_trigger_equals_the_regex_it_replaced():
    regex = re.compile(r"[.。@#:/·丶]|点|dot|艾特|圈a|\bat\b")
    texts = list(corpus_texts()) + [
        "meet at noon",
        "cat",
        "at",
        "a.t",
        "圈a",
        "圈",
        "dotted",
        "艾特我",
        "艾",
        "x·y",
    ]
    triggered = 0
    for text in texts:
        folded = normalize(text).folded.text
        expected = regex.search(folded) is not None
        assert detectors.link_trigger(folded) is expected, text
        triggered += expected
    assert 100 < triggered < len(texts)


def test_find_and_kept_refuse_bad_input():
    table = folding.CharTable({65: "A"})
    assert table.find("xxA") == 2 and table.find("") == -1 and table.find("a") == -1
    assert table.kept("AxA" * 300) == "AA" * 300
    with pytest.raises(TypeError, match="must be str"):
        table.find(b"A")
    with pytest.raises(TypeError, match="must be str"):
        table.kept(None)
    empty = folding.CharTable.__new__(folding.CharTable)
    with pytest.raises(RuntimeError, match="not filled"):
        empty.find("a")
    with pytest.raises(RuntimeError, match="not filled"):
        empty.kept("a")
