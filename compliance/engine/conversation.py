"""The conversation reader: the learned stage's second look at a message in a
session, for the contact, payment and link routes that merchants reveal over
several turns.

The model reads a message with its session's last messages as one bag of
n-grams. That is what excuses an honest code after "取件码多少" or a refusal
after "加个微信", but it also dilutes: "下个月别在平台订了，直接打我手机订" is
blocked alone and passes after three lines about a hotel booking. No single
reading separates the two (each was measured: docs/screening-rounds.md,
rounds thirty-nine to forty-one). The reader is a small logistic regression
over readings the model already makes or can make cheaply:

- the message's scores with its context (the verdict's, rounded);
- its scores read alone (no context);
- the highest score in each category of the sender's last
  ``READER_PREVIOUS`` messages, each read alone;
- who sends it, how far the verdict already goes, how many context
  messages there are and its length.

It is trained by ``train_screening_model`` (``training.fit_reader``) on
conversations the model has not trained on (``compliance/training/pending``),
so the readings it learns from are a new writer's, and it is stored inside
the model file: a model and its reader are one artifact with one version.
It only ever adds a block: a message with context, not prevented already,
whose contact, payment or link score with context is at least
``READER_GATE``, is blocked (or masked, as the category's rule says) when the
reader's probability is at least its ``block_at``.

A second regression over the same inputs (``after_action``) reads a message
only once one of its sender's last messages was acted on (flagged, masked
or blocked: the chat keeps each message's action and hands it over with the
history). It is trained on those messages alone, so it learns what follows a
suspicion, where a new writer's route is much likelier than in an honest
session, and it may block at a lower probability than the first reading.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import log
from operator import mul

__all__ = [
    "ConversationReader",
    "reader_features",
]

READER_PREVIOUS = 2
# A message whose contact, payment and link scores with its context are all
# under this is not read again (nine in ten messages of the conversation
# sets; on the read sets 52 of the 54 messages the reader would block
# scored at least this).
READER_GATE = 0.05
# Scores become log-odds, clipped so that 0 and 1 stay finite.
_CLIP = 1e-4
LENGTH_CAP = 130
CONTEXT_CAP = 3
LEVELS = {"allow": 0.0, "flag": 1.0, "mask": 2.0, "block": 2.0}


_HIGH = 1.0 - _CLIP


def _logits(values) -> list[float]:
    """Each score's log-odds, clipped (one pass: the reader reads 30)."""
    out = []
    for value in values:
        if value < _CLIP:
            value = _CLIP
        elif value > _HIGH:
            value = _HIGH
        out.append(log(value / (1.0 - value)))
    return out


def feature_names(categories: Sequence[str]) -> list[str]:
    """The reader's inputs in order (``reader_features``)."""
    names = [f"context:{c}" for c in categories]
    names += [f"alone:{c}" for c in categories]
    names += [f"previous:{c}" for c in categories]
    return names + ["buyer", "level", "context_messages", "length"]


def reader_features(
    categories: Sequence[str],
    scores: Mapping[str, float],
    alone: Sequence[float],
    previous: Sequence[Sequence[float]],
    sender: str,
    action: str,
    context_messages: int,
    length: int,
) -> list[float]:
    """The reader's inputs: ``scores`` the verdict's (by category), ``alone``
    the message's scores without context and ``previous`` those of the
    sender's last messages (each in the model's category order)."""
    get = scores.get
    features = _logits([get(c, 0.0) for c in categories])
    features += _logits(alone)
    if previous:
        features += _logits([max(column) for column in zip(*previous, strict=True)])
    else:
        features += _logits([0.0] * len(categories))
    features += [
        1.0 if sender == "buyer" else 0.0,
        LEVELS[action],
        float(min(context_messages, CONTEXT_CAP)),
        float(min(length, LENGTH_CAP)),
    ]
    return features


@dataclass(frozen=True)
class ConversationReader:
    """A logistic regression over ``reader_features`` (the scaling folded into
    the weights) and the probability at which it blocks; ``after_action``,
    if any, is a second regression over the same inputs that reads only
    messages after one of their sender's last messages was acted on."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    block_at: float
    summary: dict
    after_action: ConversationReader | None = None

    def probability(self, features: Sequence[float]) -> float:
        if len(features) != len(self.weights):
            raise ValueError("one input per reader weight")
        x = self.bias + sum(map(mul, self.weights, features))
        return (
            1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
        )

    def to_dict(self) -> dict:
        data = {
            "features": list(self.features),
            "weights": list(self.weights),
            "bias": self.bias,
            "block_at": self.block_at,
            "summary": self.summary,
        }
        if self.after_action is not None:  # a reader without one keeps its dict
            data["after_action"] = self.after_action.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict, categories: Sequence[str]) -> ConversationReader:
        features = tuple(data["features"])
        if list(features) != feature_names(categories):
            raise ValueError("the reader's inputs are not this model's")
        weights = tuple(float(w) for w in data["weights"])
        if len(weights) != len(features):
            raise ValueError("one reader weight per input")
        second = data.get("after_action")
        return cls(
            features=features,
            weights=weights,
            bias=float(data["bias"]),
            block_at=float(data["block_at"]),
            summary=dict(data.get("summary") or {}),
            after_action=(
                cls.from_dict(second, categories) if second is not None else None
            ),
        )
