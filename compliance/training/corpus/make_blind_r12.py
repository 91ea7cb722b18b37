"""Convert blind set r and conversations r (round twelve) into training files.

Set r was written while round eleven trained, first scored with rounds ten
and eleven (README), and then read for round twelve, so it is training
data now (a new blind set, s, measures the next model). Each line keeps its
text and sender; ``labels`` = ``expect``, ``family`` = ``blind_r``, a
conversation's session id prefixed with ``r``. Three buyer messages of the
conversations are relabelled as LABELS.md has it — the conversation brief
had given "a buyer asks for WeChat and the agent refuses" as an acceptable
example: asking for the agent's WeChat or phone is ``contact``, offering to
pay the installer cash instead of paying online is ``payment``. It read the
sets from ``tests/data/`` in the change that removed them from there
(``blind_r_r12.md``); kept as the record of the conversion.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
HERE = Path(__file__).resolve().parent

SETS = {
    "blind_r_r12.jsonl": "screening_blind_r.jsonl",
    "blind_r_conversations_r12.jsonl": "screening_blind_conversations_r.jsonl",
}
RELABEL = {
    "cr0112": ["contact"],
    "cr0127": ["payment"],
    "cr0189": ["contact"],
}


def convert(source: Path, letter: str = "r", relabel: dict | None = None) -> list[str]:
    """A blind set's lines as corpus lines: ``family`` ``blind_<letter>``,
    sessions prefixed with the letter, ``relabel`` by message id."""
    relabel = RELABEL if relabel is None else relabel
    lines = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        row = {
            "text": record["text"],
            "sender": record["sender"],
            "labels": relabel.get(record["id"], record["expect"]),
            "family": f"blind_{letter}",
        }
        if record.get("session"):
            row["session"] = f"{letter}{record['session']}"
        lines.append(json.dumps(row, ensure_ascii=False))
    return lines


def main():
    for out, source in SETS.items():
        lines = convert(DATA / source)
        (HERE / out).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{out}: {len(lines)} lines")


if __name__ == "__main__":
    main()
