"""The compliance screening engine: plain Python, no Django.

Public API::

    from compliance.engine import compile_ruleset, default_ruleset, screen
    ruleset = compile_ruleset(spec, model)   # spec: the JSON dict, see ruleset.py
    verdict = screen(ruleset, text, "buyer", history=[("buyer", "138")])
    verdict.action, verdict.violations, verdict.masked_text, verdict.version

See docs/screening.md.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .model import ModelError, ScreeningModel, load_model
from .normalize import Normalized, normalize
from .rulepack import RulePackError, load_rule_pack
from .ruleset import CATEGORIES, RuleSet, SpecError, compile_ruleset, with_model
from .screen import Verdict, Violation, screen

__all__ = [
    "CATEGORIES",
    "ModelError",
    "Normalized",
    "SHIPPED_RULE_PACK",
    "RulePackError",
    "RuleSet",
    "ScreeningModel",
    "SpecError",
    "Verdict",
    "Violation",
    "compile_ruleset",
    "with_model",
    "default_model",
    "default_ruleset",
    "load_default_spec",
    "load_model",
    "load_rule_pack",
    "normalize",
    "screen",
]

# The shipped rule pack (see rulepack.py); databases get it by
# ``manage.py sync_rule_pack``.
SHIPPED_RULE_PACK = Path(__file__).with_name("data") / "rulepack"
# The shipped learned stage, built by ``manage.py train_screening_model``.
DEFAULT_MODEL = Path(__file__).with_name("data") / "screening-model.gz"


def load_default_spec() -> dict:
    """The shipped rule pack's spec."""
    return load_rule_pack(SHIPPED_RULE_PACK)


@functools.cache
def default_model() -> ScreeningModel:
    """The shipped model; ``ModelError`` naming the file if it cannot be read."""
    return load_model(DEFAULT_MODEL)


@functools.cache
def default_ruleset() -> RuleSet:
    """The shipped rules with the shipped model."""
    return compile_ruleset(load_default_spec(), default_model())
