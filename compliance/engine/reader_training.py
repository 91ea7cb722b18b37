"""Training the conversation reader (conversation.py): ``fit_reader(ruleset,
records) -> ConversationReader``, where ``ruleset`` decides with the model
just trained and ``records`` are whole conversations that model has not
trained on (``compliance/training/pending``, read by the training command).

1. Every message is screened as it was sent, with its session's earlier
   messages (the reader not yet attached); its inputs (``reader_inputs``)
   and whether it carries contact, payment or link are kept.
2. A logistic regression (scikit-learn, lbfgs, L2 ``READER_C``) over the
   standardised inputs is fitted on every message; the scaling is folded
   into the weights, rounded to ``WEIGHT_DIGITS`` significant digits.
3. Its block threshold is chosen out of fold (``READER_FOLDS`` folds, whole
   sessions): the lowest of ``READER_GRID`` at which the messages it would
   newly block (``screen.reader_decides``) are at least
   ``READER_MIN_VIOLATIONS`` contact, payment or link violations and at
   least ``READER_PRECISION`` of them against acceptable ones (other
   violations count for neither).
4. Its second reading (``after_action``) is fitted the same way on the
   messages after one of their sender's messages among the session's last
   ``HISTORY_LIMIT`` was acted on (by the first stage, or blocked by the
   first reading: ``screen.acted_on``), and its threshold chosen out of
   fold on those the first reading leaves.
Everything is deterministic for the same records, model and rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from .conversation import ConversationReader, feature_names
from .evidence import IDENTIFIER_CATEGORIES
from .normalize import normalize
from .ruleset import RuleSet
from .screen import (
    acted_on,
    reader_decides,
    reader_inputs,
    screen,
    session_inputs,
)

__all__ = ["fit_reader", "reader_rows"]

READER_C = 0.3
READER_FOLDS = 5
# The share of its new blocks that must be contact, payment or link
# violations, out of fold: the first stage's bar for a block
# (``training.MIN_BLOCK_PRECISION``). At 0.75 it chose 0.60, then (with
# round forty-one's held-out conversations) 0.65, where the read evaluation
# conversations lost 5 acceptable messages for 10 violations; at 0.9 it
# chooses 0.75 (10 violations, 1 acceptable out of fold), where they lose 1.
READER_PRECISION = 0.9
# ... on at least this many violations, so that one lucky message does not
# set it.
READER_MIN_VIOLATIONS = 5
# The second reading (``after_action``) is held to the same bar. It reads
# the messages after a suspect one, where an honest answer (a buyer's
# refusal, an agent's "then the price stays") follows as often as the
# route: with rounds forty-two to forty-four's conversations alone it
# chose 0.55, where a read evaluation conversation lost such an answer;
# with round forty-six's, written about exactly those answers, it chooses
# 0.70 (11 violations and 1 acceptable message out of fold: a number
# shop's package description after its numbers were blocked).
AFTER_ACTION_PRECISION = READER_PRECISION
READER_GRID = tuple(round(0.5 + 0.05 * step, 2) for step in range(10))
WEIGHT_DIGITS = 8
# Scores at or above this never come from a reader that found no threshold.
NEVER = 2.0


def reader_rows(ruleset: RuleSet, records: Sequence[dict]):
    """``(inputs, targets, groups, eligible, kinds, actions)`` of every
    record: its reader inputs, 1 when it carries contact, payment or link,
    its session, whether the reader would decide on it, ``"p"`` (one of
    those), ``"o"`` (another violation) or ``""`` (acceptable), and the
    action the verdict gave it."""
    sessions: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    inputs, targets, groups, eligible, kinds, actions = [], [], [], [], [], []
    group_ids: dict[str, int] = {}
    for index, record in enumerate(records):
        session = record.get("session")
        history = sessions[session] if session else list(record.get("history") or ())
        sender, text = record["sender"], record["text"]
        verdict = screen(ruleset, text, sender, history)
        previous, context, _buyer = session_inputs(ruleset, sender, history)
        scores = verdict.scores
        inputs.append(
            reader_inputs(
                ruleset, text, sender, scores, verdict.action, previous, context
            )
        )
        labels = set(record["labels"])
        routes = bool(labels & IDENTIFIER_CATEGORIES)
        targets.append(1 if routes else 0)
        kinds.append("p" if routes else "o" if labels else "")
        found = [(v.category, v.rule, v.action) for v in verdict.violations]
        eligible.append(reader_decides(normalize(text), sender, scores, found, context))
        groups.append(group_ids.setdefault(session or f"#{index}", len(group_ids)))
        actions.append(verdict.action)
        if session:
            history.append((sender, text, verdict.action))
    return (
        np.array(inputs, dtype=np.float64),
        np.array(targets, dtype=np.int8),
        np.array(groups, dtype=np.int64),
        np.array(eligible, dtype=bool),
        kinds,
        actions,
    )


def acted_rows(groups, senders, actions, blocked) -> np.ndarray:
    """Per row, ``screen.acted_on`` of its session's earlier rows, each with
    its action (a block, where ``blocked`` by the first reading)."""
    recent: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    acted = []
    rows = zip(groups.tolist(), senders, actions, blocked, strict=True)
    for group, sender, action, block in rows:
        earlier = recent[group]
        acted.append(acted_on(earlier, sender))
        earlier.append((sender, "", "block" if block else action))
    return np.array(acted, dtype=bool)


def _fit(inputs: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, float]:
    """Raw-input weights and bias of the standardised regression."""
    from sklearn.linear_model import LogisticRegression

    mean = inputs.mean(axis=0)
    scale = inputs.std(axis=0)
    scale[scale == 0] = 1.0
    classifier = LogisticRegression(C=READER_C, max_iter=5000)
    classifier.fit((inputs - mean) / scale, targets)
    weights = classifier.coef_[0] / scale
    bias = float(classifier.intercept_[0] - (classifier.coef_[0] * mean / scale).sum())
    return weights, bias


def _rounded(value: float) -> float:
    return float(f"{value:.{WEIGHT_DIGITS}g}")


def _probabilities(inputs: np.ndarray, weights, bias) -> np.ndarray:
    logits = np.clip(inputs @ np.asarray(weights) + bias, -500.0, 500.0)
    return 1.0 / (1.0 + np.exp(-logits))


def choose_block_at(
    probabilities, eligible, kinds, precision=READER_PRECISION
) -> tuple[float, dict]:
    """The lowest threshold of ``READER_GRID`` at ``READER_PRECISION`` (and
    ``READER_MIN_VIOLATIONS``), and what it would newly block out of fold at
    each threshold."""
    table = {}
    chosen = NEVER
    for threshold in READER_GRID:
        picked = eligible & (probabilities >= threshold)
        routes = sum(1 for i in np.flatnonzero(picked) if kinds[i] == "p")
        acceptable = sum(1 for i in np.flatnonzero(picked) if kinds[i] == "")
        table[f"{threshold:.2f}"] = {"violations": routes, "acceptable": acceptable}
        if (
            chosen == NEVER
            and routes >= READER_MIN_VIOLATIONS
            and routes >= precision * (routes + acceptable)
        ):
            chosen = threshold
    return chosen, table


def _reader(
    names, inputs, targets, groups, eligible, kinds, precision
) -> ConversationReader:
    """A regression fitted on the rows given, its threshold chosen out of
    fold on the ``eligible`` ones at ``precision``."""
    folds = groups % READER_FOLDS
    out_of_fold = np.zeros(len(targets))
    for fold in range(READER_FOLDS):
        test = folds == fold
        if len(set(targets[~test].tolist())) < 2:
            raise ValueError("a fold's conversations need both kinds of message")
        weights, bias = _fit(inputs[~test], targets[~test])
        out_of_fold[test] = _probabilities(inputs[test], weights, bias)
    block_at, table = choose_block_at(out_of_fold, eligible, kinds, precision)
    weights, bias = _fit(inputs, targets)
    return ConversationReader(
        features=names,
        weights=tuple(_rounded(w) for w in weights.tolist()),
        bias=_rounded(bias),
        block_at=block_at,
        summary={
            "records": len(targets),
            "sessions": len(set(groups.tolist())),
            "violations": int(targets.sum()),
            "c": READER_C,
            "folds": READER_FOLDS,
            "precision": precision,
            "out_of_fold": table,
        },
    )


def fit_reader(
    ruleset: RuleSet, records: Sequence[dict], more: Sequence[dict] = ()
) -> ConversationReader:
    """The reader fitted on ``records``, and its second reading on the
    messages after an action among ``records`` and ``more`` (conversations
    kept for it alone)."""
    inputs, targets, groups, eligible, kinds, actions = reader_rows(ruleset, records)
    if len(set(targets.tolist())) < 2:
        raise ValueError("the reader's conversations need both kinds of message")
    names = tuple(feature_names(ruleset.model.categories))
    first = _reader(names, inputs, targets, groups, eligible, kinds, READER_PRECISION)
    if more:  # read once more only what the first reading did not read
        extra = reader_rows(ruleset, more)
        records = [*records, *more]
        inputs = np.concatenate([inputs, extra[0]])
        targets = np.concatenate([targets, extra[1]])
        groups = np.concatenate([groups, extra[2] + groups.max() + 1])
        eligible = np.concatenate([eligible, extra[3]])
        kinds = [*kinds, *extra[4]]
        actions = [*actions, *extra[5]]
    blocked = eligible & (
        _probabilities(inputs, first.weights, first.bias) >= first.block_at
    )
    senders = [record["sender"] for record in records]
    acted = acted_rows(groups, senders, actions, blocked)
    if len(set(targets[acted].tolist())) < 2:
        return first
    try:
        second = _reader(
            names,
            inputs[acted],
            targets[acted],
            groups[acted],
            (eligible & ~blocked)[acted],
            [kind for kind, kept in zip(kinds, acted, strict=True) if kept],
            AFTER_ACTION_PRECISION,
        )
    except ValueError:  # too few such messages to fold
        return first
    if second.block_at == NEVER:  # a model without one keeps its version
        return first
    return replace(first, after_action=second)
