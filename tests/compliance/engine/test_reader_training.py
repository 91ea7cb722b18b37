import dataclasses

import numpy as np
import pytest

from compliance.engine import compile_ruleset, default_model, load_default_spec
from compliance.engine.conversation import feature_names
from compliance.engine.reader_training import (
    NEVER,
    READER_GRID,
    choose_block_at,
    fit_reader,
    reader_rows,
)
from compliance.engine.training import TrainingError, train

# Toy conversations written for these tests (none is in an evaluation set).
HONEST = [
    ("buyer", "这款保温杯有粉色吗"),
    ("agent", "有的亲，粉色和白色都有现货"),
    ("buyer", "好的我拍粉色"),
    ("agent", "收到，今天下午发货"),
]
MOVED = [
    ("buyer", "这款保温杯能刻字吗"),
    ("agent", "可以的亲，刻字免费"),
    ("agent", "图案这里传不清楚，加我微信发你效果图"),
    ("agent", "微信号 bwb_kezi0925"),
]


def conversations(copies=12):
    records = []
    for copy in range(copies):
        for name, turns in (("h", HONEST), ("m", MOVED)):
            for sender, text in turns:
                routes = name == "m" and "微信" in text
                records.append(
                    {
                        "text": text + "呀" * (copy % 3),
                        "sender": sender,
                        "labels": ["contact"] if routes else [],
                        "session": f"{name}{copy}",
                    }
                )
    return records


@pytest.fixture(scope="module")
def shipped():
    """The shipped rules and model as training sees them: no reader yet."""
    model = dataclasses.replace(default_model(), reader=None)
    return compile_ruleset(load_default_spec(), model)


def test_each_message_is_read_as_screening_saw_it_in_its_session(shipped):
    records = conversations(copies=1)
    inputs, targets, groups, eligible, kinds = reader_rows(shipped, records)
    assert inputs.shape == (len(records), len(feature_names(shipped.model.categories)))
    assert targets.tolist() == [0, 0, 0, 0, 0, 0, 1, 1]
    assert kinds == ["", "", "", "", "", "", "p", "p"]
    assert groups.tolist() == [0, 0, 0, 0, 1, 1, 1, 1]
    # the first message of a session has no context: the reader never decides it
    assert not eligible[0] and not eligible[4]
    # the handle is blocked already: nothing left for the reader to prevent
    assert not eligible[7]


def test_the_same_conversations_give_the_same_reader(shipped):
    first = fit_reader(shipped, conversations())
    again = fit_reader(shipped, conversations())
    assert first == again
    assert first.block_at in READER_GRID or first.block_at == NEVER
    assert first.summary["sessions"] == 24
    assert set(first.summary["out_of_fold"]) == {f"{t:.2f}" for t in READER_GRID}


def test_a_reader_needs_both_kinds_of_message(shipped):
    honest = [r for r in conversations() if not r["labels"]]
    with pytest.raises(ValueError, match="both kinds"):
        fit_reader(shipped, honest)


def test_the_block_threshold_is_the_lowest_at_the_precision():
    # six eligible violations from 0.72 up, an acceptable message at 0.66 and
    # another at 0.80; the last message is one the reader never decides
    probabilities = np.array([0.66, 0.72, 0.74, 0.76, 0.8, 0.81, 0.86, 0.9, 0.95])
    eligible = np.array([True] * 8 + [False])
    kinds = ["", "p", "p", "p", "", "p", "p", "p", "p"]
    chosen, table = choose_block_at(probabilities, eligible, kinds)
    # at 0.65: 6 violations, 2 acceptable (0.75); at 0.70: 6 and 1 (0.857);
    # at 0.75: 4 violations (too few), 1 acceptable
    assert table["0.65"] == {"violations": 6, "acceptable": 2}
    assert table["0.70"] == {"violations": 6, "acceptable": 1}
    assert table["0.95"] == {"violations": 0, "acceptable": 0}  # not eligible
    assert chosen == NEVER  # nowhere at 0.9 on five violations or more
    kinds[4] = "o"  # another category's violation counts for neither
    chosen, table = choose_block_at(probabilities, eligible, kinds)
    assert chosen == 0.70 and table["0.70"] == {"violations": 6, "acceptable": 0}
    none, _ = choose_block_at(probabilities, eligible, [""] * 9)
    assert none == NEVER


def test_training_a_reader_needs_the_rules_spec():
    records = [{"text": "你好", "sender": "buyer", "labels": []}] * 6 + [
        {"text": "加我微信", "sender": "agent", "labels": ["contact"]}
    ] * 6
    with pytest.raises(TrainingError, match="spec"):
        train(
            compile_ruleset(load_default_spec()),
            records,
            folds=2,
            reader_records=conversations(copies=1),
        )
