"""Convert blind sets ah, ai and conversations ag, ah, ai (round twenty-four).

Written by helpers who saw only the rule texts and the brief
(``blind_r16_notes/BRIEF.md``), first scored with rounds twenty to twenty-one
(README, "How well it works"). Conversations ag were read (the rule codes of
their acceptable blocks and one text), set ai's block rule codes were seen;
all five have been scored by several models since, so they are training data
now (sets aj and conversations aj measure the next model). Converted as ad
and ae were; no label changed. A conversation holding a line that is also in
an evaluation set is left out whole.
"""

from make_blind_r14 import convert_sets, moved_sets

SETS = moved_sets(("ah", "ai"), "r24") | {
    "blind_ag_conversations_r24.jsonl": (
        "screening_blind_conversations_ag.jsonl",
        "ag",
    ),
}


def main():
    convert_sets(SETS, {})


if __name__ == "__main__":
    main()
