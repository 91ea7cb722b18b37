"""Convert the round-twenty-one training conversations written to the blind
brief (``/work/blind/r21a`` … ``r21d``, 2026-12-06, tenth session) into
corpus files, as ``make_blind_r16_focus.py`` converted round sixteen's
(``blind_r21.md``). ``python make_blind_r21_focus.py SRC_DIR`` (kept as the
record; the sources are not in the repository).
"""

import sys
from pathlib import Path

from make_blind_r16_focus import main

WRITERS = ("r21a", "r21b", "r21c", "r21d")

if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/blind"), (), WRITERS)
