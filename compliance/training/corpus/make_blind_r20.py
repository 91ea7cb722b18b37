"""Convert blind set ad and conversations ad, ae (round twenty).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``), first scored with rounds seventeen to
nineteen (README, "How well it works"); round nineteen's training focus was
chosen from set ad's blocked categories, so they are training data now
(sets af, ag and conversations af measure the next model). Converted as ab
and ac were; no label changed. A conversation holding a line that is also
in an evaluation set is left out whole.
"""

from make_blind_r14 import convert_sets, moved_sets

SETS = moved_sets(("ad",), "r20") | {
    "blind_ae_conversations_r20.jsonl": (
        "screening_blind_conversations_ae.jsonl",
        "ae",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
