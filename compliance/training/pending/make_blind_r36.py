"""Convert conversations at and ax (round thirty-six, fifteenth session).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``): conversations at in the thirteenth session
after round thirty-one was shipped, ax in the fifteenth after round
thirty-four was. Both were first scored (README, "How well it works":
at with rounds thirty-one to thirty-four, ax with round thirty-four and
round thirty-six's answer reading), then read in the fifteenth session
to see what the conversations' misses and acceptable blocks were (at was
the one fresh set with a block in more than 3 % of its acceptable
conversations, ax the lowest prevented per message), so they are training
data now, pending; conversations da and db, written after they were read,
measure the next change. Converted as aj was; no label changed. A
conversation holding a line that is also in an evaluation set is left out
whole.

``python make_blind_r36.py`` writes into ``../corpus/``, as every converter
does; the output was moved here, pending, with the sets' notes
(``blind_convat_notes``, ``blind_convax_notes``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from make_blind_r14 import convert_sets  # noqa: E402

SETS = {
    "blind_at_conversations_r36.jsonl": (
        "screening_blind_conversations_at.jsonl",
        "at",
    ),
    "blind_ax_conversations_r36.jsonl": (
        "screening_blind_conversations_ax.jsonl",
        "ax",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
