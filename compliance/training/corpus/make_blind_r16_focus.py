"""Convert the round-sixteen training sets written to the blind brief
(``/work/blind/r16a`` … ``r16d``, 2026-12-05, ninth session) into corpus
files.

Four helpers who read only the marketplace rule texts, the blind-set brief
(and the conversation brief) and a note that their lines are training data
with a focus (``blind_r16.md``) wrote 65 conversations (``r16a``) and about
300 single messages each (``r16b`` … ``r16d``); they were never scored as an
evaluation set. Each line keeps its text and sender; ``labels`` =
``expect``; ``family`` = ``blind_r16a`` … ``blind_r16d``, one per writer, so
it counts ``BLIND_WEIGHT`` times in the fits and each writer is held out
whole when thresholds are chosen; a conversation's session id is prefixed
with the writer. A single line whose normalised text is already in the
corpus or an evaluation set is left out; so is a whole conversation holding
a line whose normalised text is in an evaluation set. ``python
make_blind_r16_focus.py SRC_DIR`` (kept as the record; the sources are not
in the repository); later rounds name their writers: ``python
make_blind_r16_focus.py SRC_DIR --single r31a r31b --conversations``.
"""

import argparse
import json
from pathlib import Path

from make_blind_q_r11 import single_rows, texts, write
from make_lookalikes_r7c import norm  # the corpus's duplicate key

HERE = Path(__file__).resolve().parent
EVALUATION = HERE.parents[2] / "tests" / "data"
SINGLE = ("r16b", "r16c", "r16d")
CONVERSATIONS = ("r16a",)


def main(source: Path, single=SINGLE, conversations=CONVERSATIONS):
    """Write ``blind_<writer>.jsonl`` for each writer of ``single`` and
    ``blind_<writer>_conversations.jsonl`` for each of ``conversations``."""
    own = {f"blind_{w}.jsonl" for w in single}
    own |= {f"blind_{w}_conversations.jsonl" for w in conversations}
    corpus = texts(p for p in HERE.glob("*.jsonl") if p.name not in own)
    evaluation = {norm(t) for t in texts(EVALUATION.glob("screening_*.jsonl"))}
    seen = {norm(t) for t in corpus} | evaluation
    for writer in single:
        rows, dropped = single_rows(source / writer / f"set_{writer}.jsonl",
                                    f"blind_{writer}", seen)
        write(HERE / f"blind_{writer}.jsonl", rows)
        print(f"blind_{writer}.jsonl: {len(rows)} lines, {dropped} left out")
    for writer in conversations:
        path = source / writer / f"conv_{writer}.jsonl"
        records = [json.loads(line) for line in
                   path.read_text(encoding="utf-8").splitlines() if line.strip()]
        bad = {r["session"] for r in records if norm(r["text"]) in evaluation}
        rows = [{"text": r["text"], "sender": r["sender"], "labels": r["expect"],
                 "family": f"blind_{writer}", "session": f"{writer}{r['session']}"}
                for r in records if r["session"] not in bad]
        write(HERE / f"blind_{writer}_conversations.jsonl", rows)
        print(f"blind_{writer}_conversations.jsonl: {len(rows)} lines, "
              f"{len(bad)} conversations left out")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description="Convert training lines written to the blind brief."
    )
    parser.add_argument("source", nargs="?", default="/work/blind")
    parser.add_argument("--single", nargs="*", default=SINGLE, help="writers")
    parser.add_argument("--conversations", nargs="*", default=CONVERSATIONS)
    args = parser.parse_args()
    main(Path(args.source), tuple(args.single), tuple(args.conversations))
