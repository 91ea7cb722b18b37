"""Every evaluation set, screened with the shipped rules and model, against the
figures pinned in tests/data/screening_figures.json (no regression: a model
must catch at least as much and act on no more acceptable messages; an
acceptable message newly blocked or masked fails until it is listed there
with a reason). The blind sets were written by helpers who saw only the
marketplace rule texts; none of these sets is ever trained on."""

import json
from pathlib import Path

import pytest

from compliance.engine.evaluate import evaluate

DATA = Path(__file__).parents[2] / "data"
PINNED = json.loads((DATA / "screening_figures.json").read_text(encoding="utf-8"))
TRAINING = Path(__file__).parents[3] / "compliance" / "training" / "corpus"
# The conversations the model's conversation reader is trained on.
HELD_OUT = Path(__file__).parents[3] / "compliance" / "training" / "pending"


def records(name):
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_evaluation_set_is_pinned():
    names = {path.stem for path in DATA.glob("screening_*.jsonl")}
    assert names == set(PINNED["sets"])


@pytest.mark.parametrize("name", sorted(PINNED["sets"]))
def test_no_set_gets_worse_than_its_pinned_figures(screening, name):
    pinned = PINNED["sets"][name]
    sample = records(name)
    report = evaluate(screening, sample)
    overall = report["overall"]
    assert overall["caught"] >= pinned["caught"]
    assert overall["prevented"] >= pinned["prevented"]
    assert overall["benign_prevented"] <= pinned["benign_prevented"]
    assert overall["benign_acted"] <= pinned["benign_acted"]
    for category, caught in pinned["caught_by_category"].items():
        assert report["categories"][category]["caught"] >= caught, category
    if "conversations" in pinned:
        found = report["conversations"]
        assert found["caught"] >= pinned["conversations"]["caught"]
        assert (
            found["acceptable_prevented"]
            <= pinned["conversations"]["acceptable_prevented"]
        )
    # evaluate lists every acceptable message acted on among its mistakes,
    # with the action: no second screening of the set.
    stopped = {
        mistake["id"]
        for mistake in report["mistakes"]
        if not mistake["expect"] and mistake["action"] in ("block", "mask")
    }
    assert stopped <= set(pinned["acceptable_blocked_or_masked"])


def test_evaluation_data_is_never_training_data():
    trained = set()
    for path in [
        *TRAINING.glob("*.jsonl"),
        *HELD_OUT.glob("*conversations*.jsonl"),
        *HELD_OUT.glob("r[0-9]*/*conversations*.jsonl"),  # the second reading's
    ]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                trained.add(json.loads(line)["text"].strip())
    for path in DATA.glob("screening_*.jsonl"):
        texts = {record["text"].strip() for record in records(path.stem)}
        assert not texts & trained, path.name
