"""``python -m compliance.engine FILE [--evaluate] [--rules SPEC.json]``.

Screens a JSON Lines file (``-`` for standard input) with the default rules,
writing one JSON line per message; with ``--evaluate`` the file is a labelled
corpus and the figures are printed instead.

``--image FILE...`` screens image files instead (the text written in them
and their QR codes), one JSON line each with the recognised text, its
boxes and the verdict; ``--evaluate-images SPEC`` draws the picture set of
SPEC (``tests/data/image_set.jsonl``) and prints its figures.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import compile_ruleset, default_ruleset
from .evaluate import evaluate, screen_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m compliance.engine")
    parser.add_argument("file", nargs="?", help="JSON Lines messages, or - for stdin")
    parser.add_argument("--evaluate", action="store_true", help="print figures")
    parser.add_argument("--rules", help="a rule-set spec JSON file")
    parser.add_argument("--mistakes", action="store_true", help="list misses")
    parser.add_argument("--image", nargs="+", metavar="FILE", help="image files")
    parser.add_argument(
        "--sender", choices=["buyer", "agent"], default="agent", help="for --image"
    )
    parser.add_argument("--evaluate-images", metavar="SPEC", help="a picture set")
    args = parser.parse_args(argv)
    if not (args.file or args.image or args.evaluate_images):
        parser.error("give FILE, --image FILE... or --evaluate-images SPEC")
    if args.rules:
        with open(args.rules, encoding="utf-8") as spec:
            ruleset = compile_ruleset(json.load(spec))
    else:
        ruleset = default_ruleset()
    if args.image:
        from .images import screen_files

        return 1 if screen_files(ruleset, args.image, args.sender, sys.stdout) else 0
    if args.evaluate_images:
        from .image_set import evaluate as evaluate_images
        from .image_set import load_spec
        from .images import default_reader

        report = evaluate_images(
            ruleset, load_spec(args.evaluate_images), default_reader()
        )
        if not args.mistakes:
            report.pop("misses")
            report.pop("false_positives")
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
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
