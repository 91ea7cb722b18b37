"""Convert the round-fifteen training sets written to the blind brief
(``/work/blind/r15a`` … ``r15c``, 2026-12-05, eighth session) into corpus
files.

Three helpers who read only the marketplace rule texts, the blind-set
brief and a note that their lines are training data with a focus
(``blind_r15.md``) wrote 300 single messages each; they were never scored
as an evaluation set. Each line keeps its text and sender; ``labels`` =
``expect``; ``family`` = ``blind_r15a`` … ``blind_r15c``, one per writer, so
it counts ``BLIND_WEIGHT`` times in the fits and each writer is held out
whole when thresholds are chosen. A line whose normalised text is already
in the corpus or an evaluation set is left out. ``python make_blind_r15.py
SRC_DIR`` (kept as the record; the sources are not in the repository).
"""

import sys
from pathlib import Path

from make_blind_q_r11 import single_rows, texts, write
from make_lookalikes_r7c import norm  # the corpus's duplicate key

HERE = Path(__file__).resolve().parent
EVALUATION = HERE.parents[2] / "tests" / "data"
WRITERS = ("r15a", "r15b", "r15c")


def main(source: Path):
    own = {f"blind_{writer}.jsonl" for writer in WRITERS}
    corpus = texts(p for p in HERE.glob("*.jsonl") if p.name not in own)
    seen = {norm(t) for t in corpus | texts(EVALUATION.glob("screening_*.jsonl"))}
    for writer in WRITERS:
        path = source / writer / f"set_{writer}.jsonl"
        rows, dropped = single_rows(path, f"blind_{writer}", seen)
        out = HERE / f"blind_{writer}.jsonl"
        write(out, rows)
        print(f"{out.name}: {len(rows)} lines, {dropped} left out")

if __name__ == "__main__":
    main(Path(sys.argv[1]))
