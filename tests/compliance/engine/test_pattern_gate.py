"""The pattern gate (compliance/engine/pattern_gate.py) never leaves out a
pattern that matches: over the corpus for the shipped patterns, and for the
constructs an admin may write."""

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from compliance.engine import compile_ruleset, load_default_spec, normalize
from compliance.engine.pattern_gate import PatternGate, needed_sets

ROOT = Path(__file__).resolve().parents[3]
CORPUS = sorted((ROOT / "compliance/training/corpus").glob("*.jsonl"))
DATA = sorted((ROOT / "tests/data").glob("screening_*.jsonl"))


def texts():
    for path in [*CORPUS, *DATA]:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield normalize(json.loads(line)["text"]).compact.text


def test_the_shipped_gate_keeps_every_pattern_that_matches():
    rules = compile_ruleset(load_default_spec())
    gate = rules.pattern_gate
    every = [(r, p) for r in rules.pattern_rules for p in r.patterns]
    matched = skipped = 0
    for text in texts():
        candidates = gate.candidates(text)
        for pair in every:
            if pair[1].search(text) is not None:
                assert pair in candidates, (pair[1].pattern, text)
                matched += 1
        skipped += len(every) - len(candidates)
    assert matched > 500 and skipped > matched * 10


@pytest.mark.parametrize(
    "pattern, needed",
    [
        ("加v[0-9]{6}", ["加", "v", "0123456789"]),
        ("(?:qq|扣扣|q号)[0-9]+", ["q扣", "0123456789"]),
        ("(?:^|(?<=[你就]))滚(?=$|[吧啊])", ["滚"]),
        ("(?:地址)?在[\u4e00-\u9fff]{2}路", ["在", "路"]),
        ("x?y*z{0,3}", []),  # nothing required
        ("(?:a|b?)c", ["c"]),  # an optional alternative needs nothing
        ("[^a]b", ["b"]),
        (r"\d+号", ["号"]),
        ("(?i:wx)号", ["号"]),
        (".+", []),
    ],
)
def test_needed_sets(pattern, needed):
    found = needed_sets(re.compile(pattern))
    assert sorted("".join(sorted(chars)) for chars in found) == sorted(needed)


def test_case_insensitive_and_verbose_patterns_are_always_searched():
    assert needed_sets(re.compile("wx", re.IGNORECASE)) == ()
    assert needed_sets(re.compile("w x", re.VERBOSE)) == ()


def test_candidates_keep_the_rules_order_and_skip_what_cannot_match():
    first = SimpleNamespace(patterns=(re.compile("加v"), re.compile(".*")))
    second = SimpleNamespace(patterns=(re.compile("滚"),))
    gate = PatternGate([first, second])
    names = lambda text: [p.pattern for _r, p in gate.candidates(text)]  # noqa: E731
    assert names("你好") == [".*"]
    assert names("滚加") == ["加v", ".*", "滚"]
    assert names("v") == [".*"]  # the rarer set is the one scanned: 加
    assert names("加") == ["加v", ".*"]
