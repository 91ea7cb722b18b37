"""Verdicts of this checkout against another's, message by message:
``python bench/screening_verdicts.py --before DIR [--model FILE]``.

``DIR`` is another checkout of csc (``git worktree add /tmp/before main``).
Both sides screen, each in a fresh process with its own code but the same
rule pack and model file (this checkout's, or ``--model``), every message of
the training corpus (``compliance/training/corpus``) and of every set in
``tests/data``: sessions in order with their history (as ``screen
--evaluate`` does), each message also from the other sender, and the
``tests/data`` sets once more with the rules alone. Every verdict
(``Verdict.to_dict()``: action, findings, spans, scores, explanations) and
every set's ``evaluate`` figures must be equal; the first differences are
printed and the exit status is 1 if there is any.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

WORKER = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from compliance.engine import compile_ruleset, load_model, load_rule_pack
from compliance.engine.evaluate import evaluate, screen_records
spec = load_rule_pack(Path(sys.argv[3]))
with_model = compile_ruleset(spec, load_model(sys.argv[2]))
rules_only = compile_ruleset(spec)
out = open(sys.argv[4], "w", encoding="utf-8")
for path in sys.argv[5:]:
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    records = [r for r in records if isinstance(r.get("text"), str)]
    other = [
        {**r, "sender": "buyer" if r["sender"] == "agent" else "agent", "session": None}
        for r in records
    ]
    runs = [("model", with_model, records), ("other-sender", with_model, other)]
    if "/tests/data/" in path:
        runs.append(("rules-only", rules_only, records))
        for r in records:
            r.setdefault("expect", r.get("labels", []))
        report = evaluate(with_model, records)
        out.write(json.dumps(["evaluate", path, report], ensure_ascii=False) + "\n")
    for name, ruleset, batch in runs:
        for record, verdict in zip(batch, screen_records(ruleset, batch)):
            line = [name, path, record.get("id"), record["text"], verdict.to_dict()]
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
out.close()
"""


def data_files(checkout: Path) -> list[str]:
    corpus = sorted((checkout / "compliance/training/corpus").glob("*.jsonl"))
    sets = sorted((checkout / "tests/data").glob("screening_*.jsonl"))
    return [str(path) for path in [*corpus, *sets]]


def run(checkout: Path, model: Path, pack: Path, files: list[str], out: Path):
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(checkout), str(model), str(pack)]
        + [str(out), *files],
        cwd=checkout,
    )
    if done.returncode:
        sys.exit(f"{checkout}: the worker failed (exit status {done.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="the other checkout")
    parser.add_argument(
        "--model", default=str(HERE / "compliance/engine/data/screening-model.gz")
    )
    parser.add_argument("--shown", type=int, default=5, help="differences shown")
    args = parser.parse_args()
    pack = HERE / "compliance/engine/data/rulepack"
    files = data_files(HERE)
    with tempfile.TemporaryDirectory() as scratch:
        sides = {}
        for side, checkout in (
            ("before", Path(args.before).resolve()),
            ("after", HERE),
        ):
            sides[side] = Path(scratch) / f"{side}.jsonl"
            run(checkout, Path(args.model), pack, files, sides[side])
        before = sides["before"].read_text(encoding="utf-8").splitlines()
        after = sides["after"].read_text(encoding="utf-8").splitlines()
    differences = [(b, a) for b, a in zip(before, after, strict=False) if b != a]
    if len(before) != len(after):
        differences.append((f"{len(before)} lines", f"{len(after)} lines"))
    for old, new in differences[: args.shown]:
        print(f"before: {old}\nafter:  {new}\n")
    verdicts = sum(1 for line in after if not line.startswith('["evaluate"'))
    print(
        f"{verdicts} verdicts and {len(after) - verdicts} evaluations over "
        f"{len(files)} files: {len(differences)} differ"
    )
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
