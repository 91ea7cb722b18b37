"""Assemble families_r8.jsonl from the hand-written lines in families_r8_src/
(or, given ``SRC OUT``, another round's file from its own lines:
``python make_families_r8.py lookalikes_r8b_src lookalikes_r8b.jsonl``;
a third argument sets the session-id prefix, ``r8s`` by default, so another
round's conversations do not collide with round eight's:
``python make_families_r8.py lookalikes_r10_src lookalikes_r10.jsonl r10s``).

Source lines are ``A text`` / ``B text`` (agent / buyer, acceptable) or
``A:label,label text`` (a violation).  ``## name`` sets the family of the
following single messages; ``@@ name`` starts a new conversation (session
ids r8s01, r8s02 ... in file order, or PREFIX01 ...) whose messages carry that family.
No slots are filled: every line is written out in full by hand.  Lines whose
normalised text is already in another corpus file, or repeated here, are
dropped and reported.
"""

import json
import sys
from pathlib import Path

from make_lookalikes_r7c import LINE, SENDERS, norm  # the same line format

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
EVALUATION = HERE.parents[2] / "tests" / "data"
SRC = HERE / (sys.argv[1] if len(sys.argv) > 2 else "families_r8_src")
OUT = HERE / (sys.argv[2] if len(sys.argv) > 2 else "families_r8.jsonl")
PREFIX = sys.argv[3] if len(sys.argv) > 3 else "r8s"
LABELS = {"contact", "payment", "link", "platform", "address", "abuse",
          "obscene", "fraud", "spam", "political"}


def existing():
    seen = set()
    # The corpus (for duplicates) and the evaluation sets (read for their
    # texts only: none may be trained on).
    for path in [*CORPUS.glob("*.jsonl"), *EVALUATION.glob("screening_*.jsonl")]:
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(norm(json.loads(line)["text"]))
    return seen


def rows():
    n_session = 0
    for path in sorted(SRC.glob("*.txt")):
        family, session = None, None
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            if raw.startswith("## "):
                family, session = raw[3:].strip(), None
                continue
            if raw.startswith("@@ "):
                n_session += 1
                family, session = raw[3:].strip(), f"{PREFIX}{n_session:02d}"
                continue
            m = LINE.match(raw)
            if not m:
                sys.exit(f"{path.name}: bad line {raw!r}")
            labels = m.group(2).split(",") if m.group(2) else []
            bad = set(labels) - LABELS
            if bad:
                sys.exit(f"{path.name}: unknown labels {bad}")
            row = {"text": m.group(3).strip(), "sender": SENDERS[m.group(1)],
                   "labels": labels, "family": family}
            if session:
                row["session"] = session
            yield row


def main():
    seen = existing()
    out, dropped = [], 0
    every = list(rows())
    # A conversation holding a line that is already elsewhere is left out whole.
    spoilt = {r.get("session") for r in every if r.get("session") and norm(r["text"]) in seen}
    for row in every:
        key = norm(row["text"])
        if key in seen or (row.get("session") and row["session"] in spoilt):
            dropped += 1
            print("drop:", row["text"], file=sys.stderr)
            continue
        seen.add(key)
        out.append(row)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                   encoding="utf-8")
    ok = sum(1 for r in out if not r["labels"])
    print(f"{len(out)} lines, {ok} acceptable ({ok / len(out):.1%}), dropped {dropped}")


if __name__ == "__main__":
    main()
