"""Convert blind sets n, o, p, t and conversations n, p (round fourteen).

Each was written by helpers who saw only the rule texts and the brief, first
scored with the model shipped at the time (README, "How well it works"), and
read for round fourteen, so they are training data now (sets u, v and
conversations u, v measure the next model). Converted as r and s were
(``make_blind_r12.convert``: ``family`` ``blind_<letter>``, sessions prefixed
with the letter). Four conversation messages are relabelled as LABELS.md has
it: two buyers asking outright for the shop's phone or WeChat (``contact``),
a buyer proposing to go and pay at the shop (``payment``), an agent inviting
the buyer to the warehouse to buy (``address``). A conversation holding a
line that is also in an evaluation set is left out whole (evaluation data is
never training data).
"""

import json

from make_blind_r12 import DATA, HERE, convert
from make_blind_s13 import without_held

SETS = {
    "blind_n_r14.jsonl": ("screening_blind_n.jsonl", "n"),
    "blind_o_r14.jsonl": ("screening_blind_o.jsonl", "o"),
    "blind_p_r14.jsonl": ("screening_blind_p.jsonl", "p"),
    "blind_t_r14.jsonl": ("screening_blind_t.jsonl", "t"),
    "blind_n_conversations_r14.jsonl": ("screening_blind_conversations_n.jsonl", "n"),
    "blind_p_conversations_r14.jsonl": ("screening_blind_conversations_p.jsonl", "p"),
}
RELABEL = {
    "cn0091": ["contact"],
    "cn0153": ["payment"],
    "cn0284": ["contact"],
    "cp0211": ["address"],
}


def evaluation_texts(sets: dict = SETS) -> set[str]:
    """The texts of every evaluation set in tests/data but ``sets``' sources."""
    sources = {source for source, _letter in sets.values()}
    texts = set()
    for path in DATA.glob("screening_*.jsonl"):
        if path.name in sources:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(json.loads(line)["text"].strip())
    return texts


def moved_sets(names, tag: str) -> dict:
    """``{corpus file: (evaluation file, name)}`` for blind sets ``names``
    and their conversations moved into training in round ``tag``
    (``blind_<name>_<tag>.jsonl``, ``blind_<name>_conversations_<tag>.jsonl``)."""
    sets = {
        f"blind_{name}_{tag}.jsonl": (f"screening_blind_{name}.jsonl", name)
        for name in names
    }
    return sets | {
        f"blind_{name}_conversations_{tag}.jsonl": (
            f"screening_blind_conversations_{name}.jsonl",
            name,
        )
        for name in names
    }


def convert_sets(sets: dict, relabel: dict) -> None:
    """Write each ``out: (source, letter)`` of ``sets`` as corpus lines
    (``convert``), less what an evaluation set outside ``sets`` holds."""
    held = evaluation_texts(sets)
    for out, (source, letter) in sets.items():
        converted = convert(DATA / source, letter, relabel)
        lines = without_held(converted, held)
        print(f"{out}: {len(lines)} lines, {len(converted) - len(lines)} left out")
        (HERE / out).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    convert_sets(SETS, RELABEL)


if __name__ == "__main__":
    main()
