"""The digit-run regex of the structural detectors, rewritten for speed,
finds what its first form found: over the corpus and random strings of the
characters it reads."""

import json
import random
import re
from pathlib import Path

from compliance.engine.detectors import _DIGIT_LOOKALIKES, DIGIT_RUN, digit_runs
from compliance.engine.normalize import normalize

ROOT = Path(__file__).resolve().parents[3]
FILES = [
    *sorted((ROOT / "compliance/training/corpus").glob("*.jsonl")),
    *sorted((ROOT / "tests/data").glob("screening_*.jsonl")),
]
FIRST_FORM = re.compile(
    r"(?:(?<![a-z])[lo]|[0-9])(?:[0-9lo加]*(?:[0-9]|[lo](?![a-z])))?"
)


def compact_texts():
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines()[::3]:
            yield normalize(json.loads(line)["text"]).compact.text
    rng = random.Random(11)
    for _ in range(20000):
        yield "".join(
            rng.choice("0123456789lo加abz一") for _ in range(rng.randint(0, 24))
        )


def test_digit_runs_are_those_of_the_first_form():
    checked = 0
    for text in compact_texts():
        spans = [match.span() for match in FIRST_FORM.finditer(text)]
        assert [match.span() for match in DIGIT_RUN.finditer(text)] == spans
        head = FIRST_FORM.match(text)
        again = DIGIT_RUN.match(text)
        assert (head and head.span()) == (again and again.span())
        checked += 1
    assert checked > 30000


def test_cached_runs_are_the_runs():
    for text in ["订单号1234567890123456789，查一下", "l38l2345678", "abc", ""]:
        norm = normalize(text)
        expected = []
        for match in FIRST_FORM.finditer(norm.compact.text):
            digits = match.group().translate(_DIGIT_LOOKALIKES)
            if len(digits) >= 5:
                start = match.start()
                before = norm.compact.text[max(0, start - 8) : start]
                expected.append((start, match.end(), digits, before))
        assert digit_runs(norm) == tuple(expected) == digit_runs(normalize(text))
