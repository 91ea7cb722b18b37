"""screen() of this checkout against another, in the same run:
``python bench/screening_compare.py --before DIR [--rounds N]``.

``DIR`` is another checkout of csc (``git worktree add /tmp/before 43df3ac``).
Each round screens the same 2,000 messages (those of ``bench/screening.py``)
with the shipped rules and model in a fresh process of each checkout, one
after the other, so both see the same machine; it prints each side's median
and p95 microseconds (the thread's CPU time per message) and their ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

WORKER = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from compliance.engine import DEFAULT_MODEL, compile_ruleset, load_default_spec, load_model, screen
texts = json.loads(sys.stdin.read())
rules = compile_ruleset(load_default_spec(), load_model(DEFAULT_MODEL))
for text in texts[:200]:
    screen(rules, text, "agent")
clock = time.thread_time_ns
samples = []
for _ in range(int(sys.argv[2])):
    for text in texts:
        started = clock()
        screen(rules, text, "agent")
        samples.append((clock() - started) / 1000)
samples.sort()
print(json.dumps([statistics.median(samples), samples[int(len(samples) * 0.95)]]))
"""


def measure(checkout: Path, texts: list[str], repeat: int) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(checkout), str(repeat)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=checkout,
    )
    median, p95 = json.loads(done.stdout.strip().splitlines()[-1])
    return median, p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2, help="passes per round")
    args = parser.parse_args()
    before = Path(args.before).resolve()
    sys.path.insert(0, str(HERE / "bench"))
    from screening import messages

    texts = messages(2000)
    sides: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        sides["before"].append(measure(before, texts, args.repeat))
        sides["after"].append(measure(HERE, texts, args.repeat))
    figures = {}
    for side, runs in sides.items():
        median = statistics.median(run[0] for run in runs)
        p95 = statistics.median(run[1] for run in runs)
        figures[side] = median
        print(f"{side:6s} ({before if side == 'before' else HERE}): "
              f"screen() median {median:6.1f} µs   p95 {p95:6.1f} µs "
              f"(median of {len(runs)} rounds)")  # fmt: skip
    print(f"after / before: {figures['after'] / figures['before']:.2f}x")


if __name__ == "__main__":
    main()
