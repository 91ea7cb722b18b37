"""Convert blind sets u, v, w, x, y and conversations u–y (round sixteen).

Each was written by helpers who saw only the rule texts and the brief, first
scored with the models shipped at the time (README, "How well it works":
rounds thirteen to fifteen), and read for round sixteen, so they are
training data now (sets z, aa and conversations z, aa measure the next
model). Converted as r, s and n–t were (``make_blind_r12.convert``:
``family`` ``blind_<letter>``, sessions prefixed with the letter). Four
conversation messages are relabelled ``address`` as LABELS.md has it (and as
round thirteen did): agents inviting the buyer to come to the shop, the
wholesale hall or the workshop to buy, try or have it done cheaper than the
order. A conversation holding a line that is also in an evaluation set is
left out whole (evaluation data is never training data).
"""

from make_blind_r14 import convert_sets, moved_sets

SETS = moved_sets("uvwxy", "r16")
RELABEL = {
    "cv0076": ["address"],
    "cv0183": ["address"],
    "cv0212": ["address"],
    "cw0150": ["address"],
}


def main():
    convert_sets(SETS, RELABEL)


if __name__ == "__main__":
    main()
