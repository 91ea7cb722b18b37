#!/usr/bin/env python3
"""Validate families_r7b.jsonl: one JSON object per line with text, sender and
labels (each one of the ten codes); no text twice in the file and none that
occurs in any other corpus file, compared normalised (lower case, no
punctuation or spaces; evaluation sets are not read); sessions consecutive with 3-6 messages; at
least 60 % acceptable. Prints counts per label, per family and per sender.
Exits 1 with a message on the first kind of failure found.
"""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = HERE / "families_r7b.jsonl"
CODES = {
    "contact",
    "payment",
    "link",
    "platform",
    "address",
    "abuse",
    "obscene",
    "fraud",
    "spam",
    "political",
}


def norm(text):
    """Lower case, no punctuation or spaces: the form texts are compared in."""
    return re.sub(r"[\s\W_]+", "", text.lower())


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def main():
    rows = []
    for number, line in enumerate(FILE.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            fail(f"line {number}: not JSON ({error})")
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            fail(f"line {number}: no text")
        if row.get("sender") not in ("buyer", "agent"):
            fail(f"line {number}: sender {row.get('sender')!r}")
        labels = row.get("labels")
        if (
            not isinstance(labels, list)
            or not set(labels) <= CODES
            or len(set(labels)) != len(labels)
        ):
            fail(f"line {number}: labels {labels!r}")
        rows.append(row)

    texts = collections.Counter(norm(r["text"]) for r in rows)
    dup = [t for t, n in texts.items() if n > 1]
    if dup:
        fail(f"{len(dup)} duplicate texts, e.g. {dup[0]!r}")

    others = set()
    for path in HERE.glob("*.jsonl"):
        if path != FILE:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    others.add(norm(json.loads(line)["text"]))
    clash = [t for t in texts if t in others]
    if clash:
        fail(f"{len(clash)} texts also in other corpus files, e.g. {clash[0]!r}")

    sizes, order, last = collections.Counter(), [], None
    for r in rows:
        s = r.get("session")
        if s is None:
            last = None
            continue
        if s != last:
            if s in sizes:
                fail(f"session {s} is not consecutive")
            order.append(s)
        sizes[s] += 1
        last = s
    bad = [s for s, n in sizes.items() if not 3 <= n <= 6]
    if bad:
        fail(f"sessions outside 3-6 messages: {bad[:5]}")

    acceptable = sum(1 for r in rows if not r["labels"])
    share = acceptable / len(rows)
    if share < 0.60:
        fail(f"only {share:.1%} acceptable")

    per_label = collections.Counter(
        lab for r in rows for lab in (r["labels"] or ["none"])
    )
    per_family = collections.defaultdict(collections.Counter)
    for r in rows:
        per_family[r["family"]]["+".join(r["labels"]) or "none"] += 1
    singles = sum(1 for r in rows if "session" not in r)
    print(
        f"OK {len(rows)} lines: {singles} single messages, {len(sizes)} sessions "
        f"({len(rows) - singles} messages), {acceptable} acceptable ({share:.1%})"
    )
    print("senders:", dict(collections.Counter(r["sender"] for r in rows)))
    print("session sizes:", dict(sorted(collections.Counter(sizes.values()).items())))
    print("labels:", dict(per_label.most_common()))
    print(
        "multi-label:",
        dict(
            collections.Counter(
                "+".join(r["labels"]) for r in rows if len(r["labels"]) > 1
            )
        ),
    )
    for family in sorted(per_family):
        print(f"  {family}: {dict(per_family[family])}")


if __name__ == "__main__":
    main()
