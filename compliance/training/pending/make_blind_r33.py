"""Convert blind sets ar, as, au and conversations aq, as (round thirty-three).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``) on 2026-12-06, first scored with rounds
twenty-seven to thirty-one (README, "How well it works"), then read in the
thirteenth session: the violations round thirty-one missed and the
acceptable messages it acted on there chose round thirty-three's focused
lines (``blind_r33.md``), so they are training data now, pending (sets
ap, aq, at and conversations ao, ap, ar, never read, and sets av, aw and
conversations at, written in the thirteenth session, measure the next
model). Converted as aj was; no label
changed. A conversation holding a line that is also in an evaluation set
is left out whole.

Round thirty-three was not shipped (README.md): ``python make_blind_r33.py``
writes into ``../corpus/``, as every converter does, and the output was
moved here, pending, with the sets' notes (``blind_ar_notes`` …).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from make_blind_r14 import convert_sets  # noqa: E402

SETS = {
    "blind_ar_r33.jsonl": ("screening_blind_ar.jsonl", "ar"),
    "blind_as_r33.jsonl": ("screening_blind_as.jsonl", "as"),
    "blind_au_r33.jsonl": ("screening_blind_au.jsonl", "au"),
    "blind_aq_conversations_r33.jsonl": (
        "screening_blind_conversations_aq.jsonl",
        "aq",
    ),
    "blind_as_conversations_r33.jsonl": (
        "screening_blind_conversations_as.jsonl",
        "as",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
