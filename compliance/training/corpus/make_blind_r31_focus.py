"""Convert the round-thirty-one training lines written to the blind brief
(``/work/blind/r31a``, ``r31b``, two single-message sets, 2026-12-06, twelfth session) into corpus
files, as ``make_blind_r16_focus.py`` converted round sixteen's
(``blind_r31.md``). ``python make_blind_r31_focus.py SRC_DIR`` (kept as the
record; the sources are not in the repository).
"""

import sys
from pathlib import Path

from make_blind_r16_focus import main

if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/blind")
    main(source, ("r31a", "r31b"), ())
