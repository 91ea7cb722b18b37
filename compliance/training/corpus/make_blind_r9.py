"""Convert blind sets g, h and k (round nine) into training files.

Blind sets become training data once they have been scored and read
(README, "How well it works"). Each line keeps its text and sender;
``labels`` = the set's ``expect``, ``family`` = ``blind_<set>``, and a
conversation's session id is prefixed with the set's letter. Three buyer
requests of set g are relabelled ``contact``, as LABELS.md has it (a buyer
asking the shop for a WeChat or a phone number to deal outside is
soliciting contact). It wrote this directory's ``blind_*_r9`` files in
round ten, in the change that retrained the model and removed the sets from
``tests/data/`` (``blind_ghk_r9.md``); the sets are no longer there, so it
stays as the record of the conversion.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"

SETS = {
    "blind_g_r9.jsonl": ("screening_blind_g.jsonl", "g"),
    "blind_g_conversations_r9.jsonl": ("screening_blind_conversations_g.jsonl", "g"),
    "blind_h_r9.jsonl": ("screening_blind_h.jsonl", "h"),
    "blind_h_conversations_r9.jsonl": ("screening_blind_conversations_h.jsonl", "h"),
    "blind_k_r9.jsonl": ("screening_blind_k.jsonl", "k"),
}
RELABEL = {
    "老板能加个微信吗": ["contact"],
    "客服能加个微信吗,我以后直接找你买方便": ["contact"],
    "狗狗吃了你家狗粮拉稀,能不能给个电话我直接跟你们老板说": ["contact"],
}


def convert(source: Path, letter: str) -> list[str]:
    lines = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        out = {
            "text": record["text"],
            "sender": record["sender"],
            "labels": RELABEL.get(record["text"], sorted(record["expect"])),
            "family": f"blind_{letter}",
        }
        if record.get("session"):
            out["session"] = f"{letter}{record['session']}"
        lines.append(json.dumps(out, ensure_ascii=False))
    return lines


def main() -> None:
    for name, (source, letter) in SETS.items():
        lines = convert(DATA / source, letter)
        (CORPUS / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} lines")


if __name__ == "__main__":
    main()
