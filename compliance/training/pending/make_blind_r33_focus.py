"""Convert the round-thirty-three training lines written to the blind brief
(``/work/blind/r33a``, ``r33b``, 2026-12-06, thirteenth session) into corpus
files, as ``make_blind_r16_focus.py`` converted round sixteen's
(``blind_r33.md``): ``python make_blind_r33_focus.py SRC_DIR`` (kept as the
record; the sources are not in the repository) writes them into
``../corpus/``, as every converter does; round thirty-three was not
shipped, so its output was moved here, pending (README.md).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from make_blind_r16_focus import main  # noqa: E402

WRITERS = ("r33a", "r33b")

if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/blind"), WRITERS, ())
