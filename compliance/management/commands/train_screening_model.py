import os
import platform
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from compliance.actions.screening_models import do_register_model
from compliance.engine import DEFAULT_MODEL, compile_ruleset, load_default_spec
from compliance.engine.model import model_from_bytes
from compliance.engine.training import (
    TrainingError,
    check_record,
    cpu_flags,
    pinned_blas_environment,
    read_corpus,
    train,
)
from compliance.models import ScreeningModel, TrainingExample

CORPUS = Path(__file__).resolve().parents[2] / "training" / "corpus"
# Whole conversations the model does not train on, for its conversation
# reader (compliance/engine/conversation.py): read apart from the corpus.
HELD_OUT = Path(__file__).resolve().parents[2] / "training" / "pending"
HELD_OUT_GLOB = "*conversations*.jsonl"
# ... and, for its second reading alone (the messages after an action),
# the later rounds' conversations kept in their own folders (r42/, r43/ …).
AFTER_ACTION_GLOB = "r[0-9]*/*conversations*.jsonl"


def review_records() -> list[dict]:
    """Every auditor decision kept as an example, oldest first, as training
    records (their context as each record's own history)."""
    records = []
    for example in TrainingExample.objects.order_by("decided_at", "id"):
        record = {
            "text": example.text,
            "sender": example.sender,
            "labels": example.labels,
            "history": example.context,
        }
        records.append(check_record(record, f"review item {example.review_item_id}"))
    return records


class Command(BaseCommand):
    help = (
        "Train the screening model from the training corpus with a fixed seed (the "
        "same corpus gives the same file, bit for bit). Without --with-reviews it "
        "writes the shipped model file (or --out); with --with-reviews it adds every "
        "auditor decision kept as an example and registers the result as a "
        "candidate for an admin to compare and activate. --check rebuilds and "
        "compares with --out instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--corpus", default=str(CORPUS), help="corpus directory")
        parser.add_argument(
            "--held-out",
            default=str(HELD_OUT),
            help="directory of conversations for the conversation reader "
            f"({HELD_OUT_GLOB}; none: no reader; its second reading also reads "
            f"{AFTER_ACTION_GLOB})",
        )
        parser.add_argument("--out", help="model file (default: the shipped one)")
        parser.add_argument(
            "--with-reviews",
            action="store_true",
            help="add the auditors' decisions and register a candidate model",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="rebuild and fail unless the result equals the model file",
        )

    def handle(self, *args, corpus, held_out, out, with_reviews, check, **options):
        # Run on the pinned BLAS kernels (training.BLAS_CORE) so that every
        # x86-64 machine builds the same file: OpenBLAS reads its kernel
        # choice when numpy loads, so a command-line run starts again with it.
        environment = pinned_blas_environment(
            platform.machine(), cpu_flags(), dict(os.environ)
        )
        if environment is not None and sys.argv[1:2] == ["train_screening_model"]:
            self.stdout.write(
                f"restarting with OPENBLAS_CORETYPE={environment['OPENBLAS_CORETYPE']}"
            )
            self.stdout.flush()
            os.execve(sys.executable, [sys.executable, *sys.argv], environment)
        paths = sorted(Path(corpus).glob("*.jsonl"))
        if not paths:
            raise CommandError(f"no *.jsonl training files in {corpus}")
        if not Path(held_out).is_dir():
            raise CommandError(f"{held_out}: no directory of held-out conversations")
        try:
            records, sources = read_corpus(paths)
            reviews = review_records() if with_reviews else []
            held = sorted(Path(held_out).glob(HELD_OUT_GLOB))
            conversations, held_sources = read_corpus(held) if held else ([], {})
            later = sorted(Path(held_out).glob(AFTER_ACTION_GLOB)) if held else []
            more, more_sources = read_corpus(later) if later else ([], {})
        except TrainingError as error:
            raise CommandError(str(error)) from None
        if not held:
            self.stdout.write(
                self.style.WARNING(
                    f"no {HELD_OUT_GLOB} in {held_out}: the model gets no "
                    "conversation reader"
                )
            )
        if with_reviews:
            sources["review decisions"] = str(len(reviews))
        spec = load_default_spec()
        ruleset = compile_ruleset(spec)
        try:
            data = train(
                ruleset,
                records + reviews,
                sources=sources,
                log=self.stdout.write,
                reader_records=conversations,
                reader_sources=held_sources,
                reader_more=more,
                reader_more_sources=more_sources,
                spec=spec,
            )
        except TrainingError as error:
            raise CommandError(str(error)) from None
        model = model_from_bytes(data)
        target = Path(out) if out else (None if with_reviews else DEFAULT_MODEL)
        if check:
            target = target or DEFAULT_MODEL
            if not target.exists() or target.read_bytes() != data:
                raise CommandError(
                    f"{target} differs from a rebuild ({model.version}): retrain it"
                )
            self.stdout.write(self.style.SUCCESS(f"{target} is {model.version}"))
            return
        if target is not None:
            target.write_bytes(data)
        self.report(model, len(records), len(reviews), len(data), target)
        if with_reviews:
            row, created = do_register_model(
                data,
                source=ScreeningModel.Source.TRAINED,
                note=f"corpus + {len(reviews)} review decisions",
                review_examples=len(reviews),
            )
            state = "registered as a candidate" if created else "already registered"
            self.stdout.write(
                f"{row.version} {state}: compare and activate it in the admin "
                "(Screening models)"
            )

    def report(self, model, records, reviews, size, target):
        where = f" → {target}" if target else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"model {model.version}: {records} corpus records, {reviews} review "
                f"decisions, {len(model.vocabulary)} features, {size / 1e6:.1f} MB"
                f"{where}"
            )
        )
        for category, values in model.thresholds.items():
            figures = model.summary["out_of_fold"][category]
            buyer = (
                f" (buyers ≥ {values['buyer_block']:.4f})"
                if "buyer_block" in values
                else ""
            )
            self.stdout.write(
                f"  {category:<10} block ≥ {values['block']:.4f}{buyer}  flag ≥ "
                f"{values['flag']:.4f}  out of fold: recall {figures['recall_any']:.3f}"
                f" (blocked {figures['recall_block']:.3f}), acceptable acted on "
                f"{figures['benign_any']:.4f}"
            )
