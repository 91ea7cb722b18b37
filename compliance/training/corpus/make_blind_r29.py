"""Convert blind sets ak, al, an, ao and conversations am, an (round twenty-nine).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``) on 2026-12-06, first scored with rounds
twenty-one to twenty-seven (README, "How well it works"), then read in the
twelfth session: the violations round twenty-seven missed and the acceptable
messages it acted on there chose round twenty-nine's focused lines
(``blind_r29.md``), so they are training data now (sets ap, aq and
conversations ao, written after round twenty-seven was shipped and never
read, measure the next model). Converted as aj was; no label changed. A
conversation holding a line that is also in an evaluation set is left out
whole.
"""

from make_blind_r14 import convert_sets

SETS = {
    "blind_ak_r29.jsonl": ("screening_blind_ak.jsonl", "ak"),
    "blind_al_r29.jsonl": ("screening_blind_al.jsonl", "al"),
    "blind_an_r29.jsonl": ("screening_blind_an.jsonl", "an"),
    "blind_ao_r29.jsonl": ("screening_blind_ao.jsonl", "ao"),
    "blind_am_conversations_r29.jsonl": (
        "screening_blind_conversations_am.jsonl",
        "am",
    ),
    "blind_an_conversations_r29.jsonl": (
        "screening_blind_conversations_an.jsonl",
        "an",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
