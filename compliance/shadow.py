"""Shadow scoring: a candidate model beside the active one, before activation.

Both are compiled with the live rules (and the live thresholds, or each
model's own recommendation where a category has none) and scored on every
evaluation set in ``settings.SCREENING_EVALUATION_DIR`` (``screening_*.jsonl``,
labelled with ``expect``) and on the most recent auditor decisions
(``TrainingExample``). The comparison lists every figure on which the
candidate is worse; activation needs those confirmed one by one.
"""

import copy
import functools
import hashlib
import json
from collections import OrderedDict
from pathlib import Path

from django.conf import settings

from compliance.engine import compile_ruleset, with_model
from compliance.engine.evaluate import evaluate
from compliance.engine.model import model_from_bytes
from compliance.models import TrainingExample
from compliance.rulesets import build_spec

RECENT_DECISIONS = 500
HIGHER_IS_BETTER = ("caught", "prevented")
LOWER_IS_BETTER = ("benign_prevented", "benign_acted")
LOWER_KEYS = (*LOWER_IS_BETTER, "conversations.acceptable_prevented")


def evaluation_sets() -> dict[str, list[dict]]:
    directory = Path(settings.SCREENING_EVALUATION_DIR)
    sets = {}
    for path in sorted(directory.glob("screening_*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        sets[path.stem] = [json.loads(line) for line in lines if line.strip()]
    return sets


def review_records(limit: int = RECENT_DECISIONS) -> list[dict]:
    examples = TrainingExample.objects.order_by("-decided_at", "-id")[:limit]
    return [
        {
            "id": f"review-{example.review_item_id}",
            "text": example.text,
            "sender": example.sender,
            "expect": example.labels,
            "history": [list(pair) for pair in example.context],
        }
        for example in examples
    ]


def figures(report: dict) -> dict:
    overall = report["overall"]
    found = {key: overall[key] for key in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER)}
    for category, row in report["categories"].items():
        if row["support"]:
            found[f"caught.{category}"] = row["caught"]
    conversations = report.get("conversations")
    if conversations:
        found["conversations.caught"] = conversations["caught"]
        found["conversations.acceptable_prevented"] = conversations[
            "acceptable_prevented"
        ]
    return found


# A model's figures on given rules and records never change (its version is
# its content's digest, and screening is deterministic), so each process keeps
# the last few: the compare page is shown, then posted, each time against the
# same active model, and scoring one model on every set takes seconds.
FIGURES_KEPT = 8
_figures: OrderedDict[tuple[str, str], dict] = OrderedDict()


def _digest(value) -> str:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _score(row, spec: dict, rules, sets: dict[str, list[dict]], inputs: str) -> dict:
    key = (row.version, inputs)
    found = _figures.get(key)
    if found is None:
        ruleset = with_model(rules(), spec, model_from_bytes(bytes(row.artifact)))
        found = {
            name: figures(evaluate(ruleset, records)) for name, records in sets.items()
        }
        _figures[key] = found
        while len(_figures) > FIGURES_KEPT:
            _figures.popitem(last=False)
    _figures.move_to_end(key)
    return copy.deepcopy(found)


def compare_models(candidate, active) -> dict:
    """Figures of ``candidate`` and ``active`` (ScreeningModel rows; active may
    be None) per set, and what is worse. A model's figures on the same rules
    and records are scored once per process (``FIGURES_KEPT``)."""
    spec = build_spec()
    sets = evaluation_sets()
    reviews = review_records()
    if reviews:
        sets = {**sets, "recent review decisions": reviews}
    # The revision's stamp aside: a revision that changed no rule (activating
    # a model writes one) leaves every model's figures as they were.
    inputs = _digest([{**spec, "version": None}, sets])
    rules = functools.cache(lambda: compile_ruleset(spec))  # once, if at all
    result = {
        "candidate": candidate.version,
        "active": active.version if active is not None else "",
        "sizes": {name: len(records) for name, records in sets.items()},
        "candidate_figures": _score(candidate, spec, rules, sets, inputs),
        "active_figures": _score(active, spec, rules, sets, inputs) if active else {},
    }
    result["worse"] = _worse(result)
    return result


def _worse(result: dict) -> list[str]:
    worse = []
    for name, new in result["candidate_figures"].items():
        old = result["active_figures"].get(name)
        if not old:
            continue
        for key, value in new.items():
            before = old.get(key)
            if before is None:
                continue
            lower = key in LOWER_KEYS
            if (value > before) if lower else (value < before):
                worse.append(f"{name}: {key} {before} → {value}")
    return worse


def worse_figures(comparison: dict) -> list[str]:
    return list(comparison.get("worse", []))
