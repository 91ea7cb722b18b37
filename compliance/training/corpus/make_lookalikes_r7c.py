"""Assemble lookalikes_r7c.jsonl from the hand-written lines in lookalikes_r7c_src/.

Each source line is ``A text`` / ``B text`` (agent / buyer, acceptable) or
``A:label,label text`` (a violation).  ``## name`` starts a violation family.
No slots are filled: every line is written out in full by hand.  Lines whose
normalised text is already in another corpus file, or repeated here, are dropped.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "lookalikes_r7c_src"
OUT = HERE / "lookalikes_r7c.jsonl"
LABELS = {
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
FAMILIES = {
    "1_own_promo": "own_promo",
    "2_refusal": "refusal_naming",
    "3_app_feature": "app_feature",
    "4_complaint": "product_complaint",
    "5_tongkuan_chat": "tongkuan_chat",
    "6_numbers": "numbers_not_contact",
    "7_router": "router_setup",
    "8_violations": "violation",
}
SENDERS = {"A": "agent", "B": "buyer"}
LINE = re.compile(r"^([AB])(?::([a-z,]+))? (.+)$")


def norm(text):
    return re.sub(r"[\s\W_]+", "", text).lower()


def existing():
    seen = set()
    for path in HERE.glob("*.jsonl"):
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(norm(json.loads(line)["text"]))
    return seen


def rows():
    for path in sorted(SRC.glob("*.txt")):
        family = FAMILIES[path.stem]
        sub = family
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            if raw.startswith("## "):
                sub = f"{family}_{raw[3:].strip()}"
                continue
            m = LINE.match(raw)
            if not m:
                sys.exit(f"{path.name}: bad line: {raw}")
            labels = sorted(m.group(2).split(",")) if m.group(2) else []
            if set(labels) - LABELS:
                sys.exit(f"{path.name}: unknown label: {raw}")
            if family == "violation" and not labels:
                sys.exit(f"{path.name}: violation without label: {raw}")
            if family != "violation" and labels:
                sys.exit(f"{path.name}: labelled line in acceptable file: {raw}")
            yield {
                "text": m.group(3).strip(),
                "sender": SENDERS[m.group(1)],
                "labels": labels,
                "family": sub,
            }


def main():
    seen = existing()
    kept, dropped = [], 0
    for row in rows():
        key = norm(row["text"])
        if key in seen:
            dropped += 1
            continue
        seen.add(key)
        kept.append(row)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in kept:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    ok = sum(1 for r in kept if not r["labels"])
    print(f"kept {len(kept)} dropped {dropped} acceptable {ok} ({ok / len(kept):.1%})")


if __name__ == "__main__":
    main()
