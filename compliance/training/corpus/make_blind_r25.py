"""Convert blind set aj and conversations aj (round twenty-five).

Written by five helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``) on 2026-12-06, first scored with round
twenty-one (shipped), rounds twenty-four and the context-weighing candidates
in one run (README, "How well it works"), then read: round twenty-five's
focused lines (``blind_r25.md``) were chosen from their mistakes, so they
are training data now (set ak and conversations ak measure the next model).
Converted as ad and ae were; no label changed. A conversation holding a
line that is also in an evaluation set is left out whole.
"""

from make_blind_r14 import convert_sets, moved_sets

SETS = moved_sets(("aj",), "r25")


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
