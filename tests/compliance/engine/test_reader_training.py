import dataclasses

import numpy as np
import pytest

from compliance.engine import (
    compile_ruleset,
    default_model,
    load_default_spec,
    reader_training,
)
from compliance.engine.conversation import feature_names
from compliance.engine.reader_training import (
    AFTER_ACTION_PRECISION,
    NEVER,
    READER_GRID,
    acted_rows,
    choose_block_at,
    fit_reader,
    reader_rows,
)
from compliance.engine.ruleset import CATEGORIES
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
    inputs, targets, groups, eligible, kinds, actions = reader_rows(shipped, records)
    assert inputs.shape == (len(records), len(feature_names(shipped.model.categories)))
    assert targets.tolist() == [0, 0, 0, 0, 0, 0, 1, 1]
    assert kinds == ["", "", "", "", "", "", "p", "p"]
    assert groups.tolist() == [0, 0, 0, 0, 1, 1, 1, 1]
    # the first message of a session has no context: the reader never decides it
    assert not eligible[0] and not eligible[4]
    # the handle is blocked already: nothing left for the reader to prevent
    assert not eligible[7]
    # each message's action as the verdict gave it (the next ones' history)
    assert actions[:4] == ["allow"] * 4 and actions[7] == "block"


def test_a_row_is_acted_after_its_senders_recent_message_was():
    groups = np.array([0, 0, 0, 0, 1, 1])
    senders = ["agent", "buyer", "agent", "buyer", "agent", "agent"]
    actions = ["flag", "allow", "allow", "allow", "allow", "allow"]
    blocked = np.array([False, False, False, False, True, False])
    acted = acted_rows(groups, senders, actions, blocked)
    # the agent's flag counts for the agent's next message, not the buyer's;
    # a block of the first reading counts like an action
    assert acted.tolist() == [False, False, True, False, False, True]
    many = acted_rows(
        np.zeros(12, dtype=int),
        ["agent"] * 12,
        ["flag"] + ["allow"] * 11,
        np.zeros(12, dtype=bool),
    )
    # ten messages back at most, as screen.acted_on reads the history
    assert many.tolist() == [False] + [True] * 10 + [False]


def test_the_same_conversations_give_the_same_reader(shipped):
    first = fit_reader(shipped, conversations())
    again = fit_reader(shipped, conversations())
    assert first == again
    assert first.block_at in READER_GRID or first.block_at == NEVER
    assert first.summary["sessions"] == 24
    assert set(first.summary["out_of_fold"]) == {f"{t:.2f}" for t in READER_GRID}


def readings(sessions, separable=True):
    """``reader_rows``'s answer for ``sessions`` of four messages (agent,
    buyer, agent, agent), made up: in every even session the agent's first
    message was flagged; the agent's later messages in every fourth session
    carry a route. Input 0 tells them apart only after the flag: it is high
    for those and for every later agent message of the odd sessions."""
    width = len(feature_names(CATEGORIES))
    inputs, targets, groups, eligible, kinds, actions = [], [], [], [], [], []
    for session in range(sessions):
        for index in range(4):
            later = index >= 2
            route = later and session % 4 == 0
            row = np.zeros(width)
            row[0] = 1.0 if (route or session % 2 or not separable) else -1.0
            row[1] = 0.01 * ((session * 7 + index) % 5)  # not all rows alike
            inputs.append(row)
            targets.append(int(route))
            groups.append(session)
            eligible.append(later)
            kinds.append("p" if route else "")
            actions.append("flag" if index == 0 and session % 2 == 0 else "allow")
    return (
        np.array(inputs),
        np.array(targets, dtype=np.int8),
        np.array(groups),
        np.array(eligible),
        kinds,
        actions,
    )


def made_up(count):
    senders = ["agent", "buyer", "agent", "agent"]
    return [{"sender": senders[i % 4], "text": "", "labels": []} for i in range(count)]


@pytest.mark.parametrize("separable", [True, False])
def test_the_second_reading_learns_what_follows_an_action(monkeypatch, separable):
    monkeypatch.setattr(
        reader_training,
        "reader_rows",
        lambda ruleset, records: readings(len(records) // 4, separable),
    )
    ruleset = type("R", (), {"model": type("M", (), {"categories": CATEGORIES})})
    reader = fit_reader(ruleset, made_up(120), made_up(40))
    assert reader == fit_reader(ruleset, made_up(120), made_up(40))
    # alone, the first reading cannot tell a route from the odd sessions'
    # honest messages: it finds no threshold at nine in ten
    assert reader.block_at == NEVER
    inputs, targets, *_ = readings(40, separable)
    if not separable:  # no threshold at nine in ten: none kept
        assert reader.after_action is None
        return
    second = reader.after_action
    assert second.block_at in READER_GRID
    assert second.summary["precision"] == AFTER_ACTION_PRECISION == 0.9
    # fitted on the agent messages after the flag: the even sessions of the
    # 30 held-out and of the 10 more (15 + 5), two each; the routes are in
    # every fourth session of each (8 + 3)
    assert second.summary["records"] == 40
    assert second.summary["violations"] == 22
    assert second.summary["sessions"] == 20
    route, honest = inputs[2], inputs[6]  # sessions 0 and 1 of the readings
    assert second.probability(route.tolist()) >= second.block_at
    assert second.probability(inputs[10].tolist()) < second.block_at  # session 2
    assert targets[2] == 1 and targets[6] == targets[10] == 0
    assert reader.probability(honest.tolist()) < 1.0


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
