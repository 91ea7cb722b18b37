import json
import sys

from django.core.management.base import BaseCommand, CommandError

from compliance.engine.evaluate import evaluate, screen_jsonl
from compliance.rulesets import current_ruleset


class Command(BaseCommand):
    help = (
        "Screen JSON Lines messages with the live rule set (stdin when no FILE), "
        "or print precision/recall/false-positive rate with --evaluate FILE."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="JSON Lines input; stdin if absent")
        parser.add_argument(
            "--evaluate", metavar="FILE", help="a labelled corpus with 'expect' lists"
        )
        parser.add_argument("--json", action="store_true", help="evaluate as JSON")

    def handle(self, *args, file=None, evaluate=None, json=False, **options):
        ruleset = current_ruleset()
        if evaluate:
            self.print_evaluation(evaluate_file(ruleset, evaluate), as_json=json)
            return
        source = sys.stdin if file in (None, "-") else open_input(file)
        with source:
            errors = screen_jsonl(ruleset, source, self.stdout)
        if errors:
            self.stderr.write(f"{errors} line(s) could not be screened (see 'error')")
            sys.exit(1)

    def print_evaluation(self, report, as_json):
        report.pop("mistakes", None)
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
            return
        self.stdout.write(
            f"rule set {report['version']}: {report['messages']} messages, "
            f"{report['benign']} benign"
        )
        self.stdout.write(
            f"{'category':<10} {'support':>7} {'precision':>9} {'recall':>7} {'FPR':>7}"
        )
        for code, row in report["categories"].items():
            self.stdout.write(
                f"{code:<10} {row['support']:>7} {row['precision']:>9.4f} "
                f"{row['recall']:>7.4f} {row['false_positive_rate']:>7.4f}"
            )
        overall = report["overall"]
        self.stdout.write(
            f"{'overall':<10} {'':>7} {overall['precision']:>9.4f} "
            f"{overall['recall']:>7.4f} {overall['false_positive_rate']:>7.4f}"
        )


def open_input(path):
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror}") from error


def evaluate_file(ruleset, path):
    with open_input(path) as source:
        records = []
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["expect"] = list(record["expect"])
                records.append(record)
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f"line {number}: not a labelled message ({error})")
    return evaluate(ruleset, records)
