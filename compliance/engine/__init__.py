"""The compliance screening engine: plain Python, no Django.

Public API::

    from compliance.engine import compile_ruleset, default_ruleset, screen
    ruleset = compile_ruleset(spec)          # spec: the JSON dict, see ruleset.py
    verdict = screen(ruleset, text, "buyer", history=[("buyer", "138")])
    verdict.action, verdict.violations, verdict.masked_text, verdict.version

See docs/screening.md.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from .normalize import Normalized, normalize
from .ruleset import CATEGORIES, RuleSet, SpecError, compile_ruleset
from .screen import Verdict, Violation, screen

__all__ = [
    "CATEGORIES",
    "Normalized",
    "RuleSet",
    "SpecError",
    "Verdict",
    "Violation",
    "compile_ruleset",
    "default_ruleset",
    "load_default_spec",
    "normalize",
    "screen",
]

DEFAULT_RULES = Path(__file__).with_name("data") / "default_rules.json"


def load_default_spec() -> dict:
    """The shipped default rule-set spec, as the Django side loads it."""
    return json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))


@functools.cache
def default_ruleset() -> RuleSet:
    return compile_ruleset(load_default_spec())
