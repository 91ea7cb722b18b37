"""``python -m compliance.engine FILE [--evaluate] [--rules SPEC.json]``.

Screens a JSON Lines file (``-`` for standard input) with the default rules,
writing one JSON line per message; with ``--evaluate`` the file is a labelled
corpus and the figures are printed instead.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import compile_ruleset, default_ruleset
from .evaluate import evaluate, screen_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m compliance.engine")
    parser.add_argument("file", help="JSON Lines messages, or - for stdin")
    parser.add_argument("--evaluate", action="store_true", help="print figures")
    parser.add_argument("--rules", help="a rule-set spec JSON file")
    parser.add_argument("--mistakes", action="store_true", help="list misses")
    args = parser.parse_args(argv)
    if args.rules:
        with open(args.rules, encoding="utf-8") as spec:
            ruleset = compile_ruleset(json.load(spec))
    else:
        ruleset = default_ruleset()
    if args.file == "-":
        return _run(ruleset, sys.stdin, args)
    with open(args.file, encoding="utf-8") as source:
        return _run(ruleset, source, args)


def _run(ruleset, source, args) -> int:
    if args.evaluate:
        records = [json.loads(line) for line in source if line.strip()]
        report = evaluate(ruleset, records)
        if not args.mistakes:
            report.pop("mistakes")
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    errors = screen_jsonl(ruleset, source, sys.stdout)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
