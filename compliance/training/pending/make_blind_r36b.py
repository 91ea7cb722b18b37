"""Convert set bb and conversations az (round thirty-six, fifteenth session).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``) after round thirty-six was shipped, first
scored with it (README, "How well it works": bb blocked 1.67 % of its
acceptable messages, az put a block in 2 of its 32 acceptable
conversations, both over target), then read in the same session to see
why, so they are training data now, pending; sets written after them
measure the next change. Converted as aj was; no label changed. What the
reading showed is in README.md here.

``python make_blind_r36b.py`` writes into ``../corpus/``, as every
converter does; the output was moved here, pending, with the sets' notes
(``blind_bb_notes``, ``blind_convaz_notes``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from make_blind_r14 import convert_sets  # noqa: E402

SETS = {
    "blind_bb_r36.jsonl": ("screening_blind_bb.jsonl", "bb"),
    "blind_az_conversations_r36.jsonl": (
        "screening_blind_conversations_az.jsonl",
        "az",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
