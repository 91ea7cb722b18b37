"""Convert the round-nineteen training conversations written to the blind
brief (``/work/blind/r19a``, ``r19b``, 2026-12-05, ninth session) into corpus
files, as ``make_blind_r16_focus.py`` converted round sixteen's
(``blind_r19.md``). ``python make_blind_r19_focus.py SRC_DIR`` (kept as the
record; the sources are not in the repository).
"""

import sys
from pathlib import Path

from make_blind_r16_focus import main

if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/blind"), (), ("r19a", "r19b"))
