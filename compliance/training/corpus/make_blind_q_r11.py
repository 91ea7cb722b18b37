"""Convert the round-eleven training sets written to the blind brief
(``/work/blind/q1`` … ``q4`` and ``cq``, 2026-12-05) into corpus files.

Five helpers who read only the marketplace rule texts and the blind-set
brief (the same brief as the evaluation sets, with a note that their lines
are training data) wrote 1,200 single messages and 40 conversations; they
were never scored as an evaluation set. Each line keeps its text and
sender; ``labels`` = ``expect``, ``family`` = ``blind_q`` (so it counts
``BLIND_WEIGHT`` times in the fits, like the other lines written to the
brief), a conversation's session id prefixed with ``q``. A single line
whose normalised text is already in the corpus or an evaluation set is
left out; so is a whole conversation holding a line that is in an
evaluation set. ``python make_blind_q_r11.py SRC_DIR`` (SRC_DIR holds
``q1/set_q1.jsonl`` … ``cq/conv_q.jsonl``; kept as the record, the
sources are not in the repository).
"""

import json
import sys
from pathlib import Path

from make_lookalikes_r7c import norm  # the corpus's duplicate key

HERE = Path(__file__).resolve().parent
EVALUATION = HERE.parents[2] / "tests" / "data"
SINGLE = ["q1/set_q1.jsonl", "q2/set_q2.jsonl", "q3/set_q3.jsonl", "q4/set_q4.jsonl"]
CONVERSATIONS = "cq/conv_q.jsonl"


def texts(paths):
    found = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(json.loads(line)["text"])
    return found


def main(source: Path):
    corpus = {norm(t) for t in texts(p for p in HERE.glob("*.jsonl") if "_r11" not in p.name)}
    evaluation = texts(EVALUATION.glob("screening_*.jsonl"))
    evaluation_norm = {norm(t) for t in evaluation}
    seen = set(corpus) | evaluation_norm
    rows, dropped = [], 0
    for name in SINGLE:
        found, left_out = single_rows(source / name, "blind_q", seen)
        rows += found
        dropped += left_out
    write(HERE / "blind_q_r11.jsonl", rows)
    print(f"blind_q_r11.jsonl: {len(rows)} lines, {dropped} left out")
    records = [json.loads(line) for line in
               (source / CONVERSATIONS).read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = {r["session"] for r in records if r["text"].strip() in {t.strip() for t in evaluation}}
    rows = [{"text": r["text"], "sender": r["sender"], "labels": r["expect"],
             "family": "blind_q", "session": f"q{r['session']}"}
            for r in records if r["session"] not in bad]
    write(HERE / "blind_q_conversations_r11.jsonl", rows)
    print(f"blind_q_conversations_r11.jsonl: {len(rows)} lines, "
          f"{len(bad)} conversations left out")


def single_rows(path: Path, family: str, seen: set) -> tuple[list[dict], int]:
    """A blind set's single messages as corpus rows of ``family``, less those
    whose normalised text is in ``seen`` (which grows by the rows kept), and
    how many were left out."""
    rows, dropped = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        key = norm(record["text"])
        if key in seen:
            dropped += 1
            continue
        seen.add(key)
        rows.append({"text": record["text"], "sender": record["sender"],
                     "labels": record["expect"], "family": family})
    return rows, dropped


def write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/blind"))
