"""Convert blind set s and conversations s (round thirteen) into training files.

Set s was written while round twelve trained, first scored with rounds
eleven and twelve (README), then read for round thirteen, so it is training
data now (set t measures the next model). Converted as set r was
(``make_blind_r12.convert``: ``family`` ``blind_s``, sessions prefixed
``s``). Two agent messages of the conversations are relabelled ``address``
as LABELS.md has it — the writer had left an invitation to come and pick up
at the warehouse, and to buy cheaper at the stall, unlabelled because no
street was given yet. A conversation holding a line that is also in an
evaluation set is left out whole (evaluation data is never training data).
"""

import json

from make_blind_r12 import DATA, HERE, convert

SETS = {
    "blind_s_r13.jsonl": "screening_blind_s.jsonl",
    "blind_s_conversations_r13.jsonl": "screening_blind_conversations_s.jsonl",
}
RELABEL = {"cs0093": ["address"], "cs0283": ["address"]}


def evaluation_texts() -> set[str]:
    texts = set()
    for path in DATA.glob("screening_*.jsonl"):
        if path.name in SETS.values():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(json.loads(line)["text"].strip())
    return texts


def without_held(lines: list[str], held: set[str]) -> list[str]:
    """``lines`` less those whose text is in ``held`` and every line of a
    conversation that holds one."""
    rows = [json.loads(line) for line in lines]
    bad = {r.get("session") for r in rows if r["text"].strip() in held}
    return [line for line, r in zip(lines, rows, strict=True)
            if not (r["text"].strip() in held or r.get("session") in bad - {None})]


def main():
    held = evaluation_texts()
    for out, source in SETS.items():
        converted = convert(DATA / source, "s", RELABEL)
        lines = without_held(converted, held)
        print(f"{out}: {len(converted) - len(lines)} lines left out")
        (HERE / out).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{out}: {len(lines)} lines")


if __name__ == "__main__":
    main()
