"""Convert blind set am and conversations ak, al (round twenty-seven).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``) on 2026-12-06, first scored with rounds
twenty-one, twenty-five and twenty-six's candidate (README, "How well it
works"), then read: the acceptable messages round twenty-five acted on
(set am) and blocked (conversations ak, al) chose round twenty-seven's
focused lines (``blind_r27.md``), so they are training data now (set an and
conversations an measure the next model). Converted as aj was; no label
changed. A conversation holding a line that is also in an evaluation set
is left out whole.
"""

from make_blind_r14 import convert_sets

SETS = {
    "blind_am_r27.jsonl": ("screening_blind_am.jsonl", "am"),
    "blind_ak_conversations_r27.jsonl": (
        "screening_blind_conversations_ak.jsonl",
        "ak",
    ),
    "blind_al_conversations_r27.jsonl": (
        "screening_blind_conversations_al.jsonl",
        "al",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
