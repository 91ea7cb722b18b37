import json
import sys

from django.core.management.base import BaseCommand, CommandError

from compliance.engine import image_set
from compliance.engine.evaluate import evaluate, screen_jsonl
from compliance.engine.images import screen_files
from compliance.rulesets import current_ruleset
from compliance.screening import ocr_reader


class Command(BaseCommand):
    help = (
        "Screen JSON Lines messages with the live rules and model (stdin when no "
        "FILE), or print the figures for a labelled set with --evaluate FILE: per "
        "category the violations caught (any action) and prevented (blocked or "
        "masked), and the acceptable messages blocked, masked or flagged. "
        "--image FILE... screens images (their written text and QR codes) and "
        "--evaluate-images SPEC prints the picture set's figures."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="JSON Lines input; stdin if absent")
        parser.add_argument(
            "--evaluate", metavar="FILE", help="a labelled corpus with 'expect' lists"
        )
        parser.add_argument("--json", action="store_true", help="evaluate as JSON")
        parser.add_argument(
            "--image", nargs="+", metavar="FILE", help="image files to screen"
        )
        parser.add_argument(
            "--sender", choices=["buyer", "agent"], default="agent", help="for --image"
        )
        parser.add_argument(
            "--evaluate-images", metavar="SPEC", help="a picture set's spec (JSONL)"
        )

    def handle(self, *args, file=None, evaluate=None, json=False, **options):
        ruleset = current_ruleset()
        if options.get("image"):
            errors = screen_files(
                ruleset, options["image"], options["sender"], self.stdout, ocr_reader()
            )
            if errors:
                self.stderr.write(f"{errors} image(s) could not be screened")
                sys.exit(1)
            return
        if options.get("evaluate_images"):
            entries = image_set.load_spec(options["evaluate_images"])
            report = image_set.evaluate(ruleset, entries, ocr_reader())
            self.print_image_evaluation(report, as_json=json)
            return
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
        overall = report["overall"]
        model = report.get("model") or "no model"
        self.stdout.write(
            f"rule set {report['version']}, model {model}: {report['messages']} "
            f"messages, {report['benign']} acceptable"
        )
        self.stdout.write(
            f"{'category':<10} {'support':>7} {'caught':>7} {'prevented':>9} "
            f"{'recall':>7} {'precision':>9}"
        )
        for code, row in report["categories"].items():
            prevented = row.get("prevented")
            prevented = f"{prevented:>9.4f}" if prevented is not None else f"{'':>9}"
            self.stdout.write(
                f"{code:<10} {row['support']:>7} {row['caught']:>7.4f} {prevented} "
                f"{row['recall']:>7.4f} {row['precision']:>9.4f}"
            )
        self.stdout.write(
            f"{'overall':<10} {'':>7} {overall['caught']:>7.4f} "
            f"{overall['prevented']:>9.4f} {overall['recall']:>7.4f} "
            f"{overall['precision']:>9.4f}"
        )
        self.stdout.write(
            f"acceptable messages: blocked or masked {overall['benign_prevented']:.4f}, "
            f"flagged {overall['benign_flagged']:.4f}, acted on "
            f"{overall['benign_acted']:.4f}"
        )
        conversations = report.get("conversations")
        if conversations:
            self.stdout.write(
                f"conversations: {conversations['violating']} violating, caught "
                f"{conversations['caught']:.4f}; {conversations['acceptable']} "
                "acceptable, with a message blocked or masked "
                f"{conversations['acceptable_prevented']:.4f}"
            )

    def print_image_evaluation(self, report, as_json):
        report.pop("misses")
        report.pop("false_positives")
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
            return
        self.stdout.write(f"rule set {report['version']}, screened as an agent's")
        self.stdout.write(
            f"{'kind':<11} {'pictures':>8} {'contact':>7} {'found':>5} {'recall':>7} "
            f"{'benign':>6} {'flagged':>7} {'FPR':>7}"
        )
        rows = {**report["kinds"], "overall": report["overall"]}
        for kind, row in rows.items():
            self.stdout.write(
                f"{kind:<11} {row['pictures']:>8} {row['with_contact']:>7} "
                f"{row['found']:>5} {row['recall']:>7.4f} {row['benign']:>6} "
                f"{row['flagged']:>7} {row['false_positive_rate']:>7.4f}"
            )
        seconds = report["ocr_seconds"]
        self.stdout.write(
            f"reading time per picture: median {seconds['median']:.2f} s, "
            f"p95 {seconds['p95']:.2f} s"
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
                message = f"line {number}: not a labelled message ({error})"
                raise CommandError(message) from error
    return evaluate(ruleset, records)
