"""Convert blind sets z, aa and conversations z, aa (round seventeen).

Written by six helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``) while round sixteen trained, first scored
with rounds fifteen and sixteen (README, "How well it works"), then read for
round seventeen, so they are training data now (sets ab, ac and
conversations ab, ac measure the next model). Converted as u–y were
(``make_blind_r12.convert``: ``family`` ``blind_<name>``, sessions prefixed
with the name); no label changed. A conversation holding a line that is
also in an evaluation set is left out whole (evaluation data is never
training data).
"""

from make_blind_r14 import convert_sets, moved_sets

SETS = moved_sets(("z", "aa"), "r17")


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
