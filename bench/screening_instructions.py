"""Screening's cost in instructions, which a busy host does not move:
``python bench/screening_instructions.py [--before DIR] [--messages N]``.

``bench/screening.py`` times ``screen()`` and its two floors in CPU time;
on this shared 2-core machine the same code gives ratios from 2.5x to 3.3x
from one pass to the next (caches and frequency shared with other work).
This bench counts the instructions instead, under Valgrind's callgrind
(Debian's ``valgrind``; ``make bench-screening-instructions`` installs it):
each measurement runs in a fresh process with a fixed hash seed, and only
the instructions executed inside the measured loop are counted (the loop
runs under ``eval``, callgrind collects inside ``builtin_eval`` only), so
the model's load is left out and two runs print the same figures.

It prints instructions per message for ``screen()`` with the shipped rules
and model, for the bare Aho–Corasick scan and for the bare model prediction
(the floors of ``bench/screening.py``), and ``screen()``'s ratio to their
sum. With ``--before DIR`` (another checkout) the same for that checkout,
and after / before. Instructions are not time (a cache miss costs many), so
this complements the timed bench; it does not replace it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# Run in a fresh process: sys.argv = [checkout, what, messages].
WORKER = r"""
import sys
checkout, what, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, checkout)
sys.path.insert(0, checkout + "/bench")
from screening import messages
from compliance.engine import DEFAULT_MODEL, compile_ruleset, load_default_spec, load_model, screen
from compliance.engine.normalize import normalize
rules = compile_ruleset(load_default_spec(), load_model(DEFAULT_MODEL))
model = rules.model
texts = messages(count)
for text in texts[:200]:
    screen(rules, text, "agent")
compact = [normalize(text).compact.text for text in texts]
automaton = rules.automaton

def measured():
    if what == "screen":
        for text in texts:
            screen(rules, text, "agent")
    elif what == "scan":
        for text in texts:
            list(automaton.iter(text))
    elif what == "model":
        for text in compact:
            model.scores(model.message_rows(text, "agent"))

eval("measured()")
"""

COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(checkout: Path, what: str, messages: int) -> float:
    """Instructions per message inside the measured loop."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=builtin_eval",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-c",
        WORKER,
        str(checkout),
        what,
        str(messages),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    found = COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(
            f"callgrind failed for {checkout} {what}:\n{done.stderr[-2000:]}"
        )
    return int(found.group(1)) / messages


def figures(checkout: Path, messages: int) -> dict[str, float]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {
            what: pool.submit(count, checkout, what, messages)
            for what in ("screen", "scan", "model")
        }
        return {what: job.result() for what, job in jobs.items()}


def show(label: str, found: dict[str, float]) -> float:
    ratio = found["screen"] / (found["scan"] + found["model"])
    print(
        f"{label}: screen() {found['screen']:,.0f}, scan {found['scan']:,.0f}, "
        f"model {found['model']:,.0f} instructions per message; "
        f"screen / (scan + model) {ratio:.2f}x"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, help="another checkout")
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: make bench-screening-instructions")
    after = figures(HERE, args.messages)
    if args.before is not None:
        before = figures(args.before.resolve(), args.messages)
        show(f"before ({args.before})", before)
    show(f"after  ({HERE})", after)
    if args.before is not None:
        print(f"screen() after / before: {after['screen'] / before['screen']:.3f}x")


if __name__ == "__main__":
    main()
