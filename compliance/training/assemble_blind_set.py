"""Add a blind writers' set to the evaluation sets, scored once and pinned.

    python compliance/training/assemble_blind_set.py BLIND_DIR NAME WRITER...
        [--conversations]

Reads ``BLIND_DIR/<writer>/set_<writer>.jsonl`` (single messages) or
``conv_<writer>.jsonl`` (``--conversations``), leaves out every message (or
whole conversation) sharing a normalised text with the training corpus, the
pending data or another set in ``tests/data``, writes
``tests/data/screening_blind_[conversations_]NAME.jsonl`` with the writers'
notes beside it, and pins the shipped model's figures on it in
``tests/data/screening_figures.json`` as first scored. It prints figures
only, never a message: a set nobody read stays unread.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
KNOWN = (
    ROOT / "compliance" / "training" / "corpus",
    ROOT / "compliance" / "training" / "pending",
    DATA,
)
KEYS = ("id", "session", "text", "sender", "expect")


def normalised(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text).lower()


def known_texts(skip: Path) -> set[str]:
    seen = set()
    for base in KNOWN:
        for path in base.rglob("*.jsonl"):
            if path == skip:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text") if line.strip() else None
                if isinstance(text, str):  # the picture set's lines name files
                    seen.add(normalised(text))
    return seen


def kept_records(blind: Path, writers, conversations: bool, seen: set[str]):
    kept, units_kept, total = [], 0, 0
    for writer in writers:
        name = f"conv_{writer}.jsonl" if conversations else f"set_{writer}.jsonl"
        lines = (blind / writer / name).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        units: dict[str, list[dict]] = {}
        for index, record in enumerate(records):
            key = record["session"] if conversations else str(index)
            units.setdefault(key, []).append(record)
        for unit in units.values():
            total += 1
            texts = [normalised(record["text"]) for record in unit]
            if any(text in seen for text in texts):
                continue
            seen.update(texts)
            units_kept += 1
            kept.extend({k: r[k] for k in KEYS if k in r} for r in unit)
    return kept, units_kept, total


def pin(report: dict, conversations: bool) -> dict:
    overall = report["overall"]
    stopped = [
        mistake["id"]
        for mistake in report["mistakes"]
        if not mistake["expect"] and mistake["action"] in ("block", "mask")
    ]
    pinned = {
        "caught": overall["caught"],
        "prevented": overall["prevented"],
        "benign_prevented": overall["benign_prevented"],
        "benign_acted": overall["benign_acted"],
        "caught_by_category": {
            category: row["caught"]
            for category, row in report["categories"].items()
            if row["support"]
        },
    }
    if conversations:
        pinned["conversations"] = {
            "caught": report["conversations"]["caught"],
            "acceptable_prevented": report["conversations"]["acceptable_prevented"],
        }
    reason = (
        f"blocked when first scored (model {report['model']}); a fresh set, never read"
    )
    pinned["acceptable_blocked_or_masked"] = dict.fromkeys(stopped, reason)
    return pinned


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("blind", type=Path)
    parser.add_argument("name")
    parser.add_argument("writers", nargs="+")
    parser.add_argument("--conversations", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from compliance.engine import default_ruleset
    from compliance.engine.evaluate import evaluate

    stem = (
        f"screening_blind_{'conversations_' if args.conversations else ''}{args.name}"
    )
    target = DATA / f"{stem}.jsonl"
    kept, units_kept, total = kept_records(
        args.blind, args.writers, args.conversations, known_texts(target)
    )
    unit = "conversations" if args.conversations else "messages"
    print(f"{stem}: {units_kept} of {total} {unit} kept ({len(kept)} messages)")
    target.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept),
        encoding="utf-8",
    )
    notes = DATA / f"blind_{'conv' if args.conversations else ''}{args.name}_notes"
    notes.mkdir(exist_ok=True)
    for writer in args.writers:
        note = f"{'conv' if args.conversations else 'set'}_{writer}.md"
        shutil.copy(args.blind / writer / note, notes / note)
    report = evaluate(default_ruleset(), kept)
    pinned = pin(report, args.conversations)
    figures_path = DATA / "screening_figures.json"
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    figures["sets"][stem] = pinned
    figures_path.write_text(
        json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    shown = {k: v for k, v in pinned.items() if k != "acceptable_blocked_or_masked"}
    print(json.dumps(shown, indent=1))
    print(
        f"acceptable messages blocked or masked: {len(pinned['acceptable_blocked_or_masked'])}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
