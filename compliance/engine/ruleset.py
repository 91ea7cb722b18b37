"""The rule-set spec and its compiled, ready-to-scan form.

A rule set is one JSON-serialisable dict (the Django side builds it from its
tables; ``data/default_rules.json`` is the shipped default)::

    {
      "version": "2024.1",                      # recorded on every verdict
      "platform_domains": ["csc.example.com"],  # links to these are allowed
      "categories": {
        "contact": {"name": "第三方联系方式",
                    "actions": {"buyer": "mask", "agent": "block"},
                    "points": 2},
        ...
      },
      "rules": [
        {"code": "contact.wechat",              # unique, stable
         "category": "contact",                 # one of CATEGORIES
         "name": "微信号/微信引流",
         "actions": null,                       # or {"buyer": ..., "agent": ...}
         "points": null,                        # null: the category's points
         "suggestion": "请在平台内沟通，勿引导添加微信",
         "detector": null,                      # or one of DETECTORS
         "terms": ["加微信", "薇信", ...],      # matched on the compact view
         "decisive_terms": [...],               # acted on whatever the model says
         "patterns": ["(?:微信|vx)号?[a-z][a-z0-9]{5,19}"],
         "enabled": true}
      ],
      "allow": ["QQ糖", "USB", ...]             # product words, never flagged
    }

Two keys feed the learned stage. A rule may list ``"sounds_like": {name:
[ordinary words]}``: characters that read like ``name`` (toneless, fuzzy
pinyin) are evidence for the rule unless they are the name itself or one of
the ordinary words (``{"微信": ["威信", "维新", "微型", …]}``; see
``phonetic.ordinary_homophones``). A category may carry ``"thresholds":
{"block": 0.8, "flag": 0.5}``, the model scores at which its evidence is
acted on (rule action) or flagged; without them the model's own
recommendation applies. ``compile_ruleset(spec, model)`` attaches the model.

Terms and allow entries are normalised with the message normaliser, so
``"微信號"`` and ``"微信号"`` are the same entry.  Patterns are Python regular
expressions run on the compact normalised text (lower case, simplified, digits
folded, separators removed).  A detector is structural code (``phone``,
``landline``, ``email``, ``bank_card``, ``url``, ``share_token``, ``spam``);
a rule may have a
detector and terms/patterns at once.  Actions are ``block``, ``mask``,
``flag`` or ``allow``; an ``allow`` action means the rule does not apply to
that sender.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick

from .model import ScreeningModel
from .normalize import fold_term
from .pattern_gate import PatternGate
from .phonetic import SoundsLike

__all__ = [
    "ACTIONS",
    "CATEGORIES",
    "DETECTORS",
    "SENDERS",
    "Rule",
    "RuleSet",
    "SpecError",
    "compile_ruleset",
]

CATEGORIES = (
    "contact",
    "payment",
    "link",
    "platform",
    "address",
    "abuse",
    "obscene",
    "fraud",
    "spam",
    "political",
)
ACTIONS = ("allow", "flag", "mask", "block")
SENDERS = ("buyer", "agent")
DETECTORS = ("phone", "landline", "email", "bank_card", "url", "share_token", "spam")
SEVERITY = {action: rank for rank, action in enumerate(ACTIONS)}

# Latin terms this short are matched only as whole words ("sb" but not USB).
SHORT_LATIN_TERM = 4


class SpecError(ValueError):
    """The rule-set spec is malformed; the message names the offending part."""


@dataclass(frozen=True)
class Rule:
    code: str
    category: str
    name: str
    actions: dict[str, str]
    points: int
    suggestion: str
    detector: str | None
    patterns: tuple[re.Pattern[str], ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class TermEntry:
    rule: Rule | None  # None for an allow-list entry
    length: int
    # A short Latin edge ("sb", "tb上") must not continue a Latin word.
    check_left: bool
    check_right: bool
    # A decisive term is acted on with its rule's action whatever the model
    # says (an admin's own entry); the others are evidence the model weighs.
    decisive: bool = False


_LEADING_LATIN = re.compile(r"^[a-z]+")
_TRAILING_LATIN = re.compile(r"[a-z]+$")


def _short_latin_edge(match: re.Match[str] | None) -> bool:
    return match is not None and len(match.group()) <= SHORT_LATIN_TERM


@dataclass(frozen=True)
class RuleSet:
    version: str
    platform_domains: tuple[str, ...]
    rules: dict[str, Rule]
    automaton: Any = field(repr=False)
    pattern_rules: tuple[Rule, ...] = field(repr=False)
    detectors: dict[str, Rule] = field(repr=False)
    entry_count: int = 0
    model: ScreeningModel | None = field(default=None, repr=False)
    sounds_like: SoundsLike = field(default_factory=lambda: SoundsLike(()), repr=False)
    # One rule per category for what the model finds without a listed word.
    model_rules: dict[str, Rule] = field(default_factory=dict, repr=False)
    category_thresholds: dict[str, tuple[float, float]] = field(
        default_factory=dict, repr=False
    )
    # The model's stricter block threshold for buyers' messages in the
    # categories that must be prevented (a buyer's own words are more often a
    # report or a refusal than an invitation); applied as max(block, this).
    buyer_block_at: dict[str, float] = field(default_factory=dict, repr=False)
    # Each model category's flag threshold, in the model's category order.
    flag_thresholds: tuple[float, ...] = field(default=(), repr=False)
    # What each recently screened text adds as context to the next messages
    # (screen.py): its model features and its evidence, computed once.
    context_cache: OrderedDict = field(default_factory=OrderedDict, repr=False)
    # Each recently screened text's scores read alone, by (text, sender): what
    # the conversation reader and a continued violation read of it.
    alone_cache: OrderedDict = field(default_factory=OrderedDict, repr=False)
    # Which patterns can match a text at all (pattern_gate.py).
    pattern_gate: PatternGate | None = field(default=None, repr=False)

    def thresholds(self, category: str) -> tuple[float, float]:
        """``(block_at, flag_at)``: the spec's, else the model's recommendation."""
        return self.category_thresholds.get(category, (2.0, 2.0))  # 2: never


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SpecError(message)


def _actions(raw: Any, where: str) -> dict[str, str]:
    _require(isinstance(raw, dict), f"{where}: actions must be an object")
    for sender in SENDERS:
        _require(
            raw.get(sender) in ACTIONS,
            f"{where}: actions.{sender} must be one of {', '.join(ACTIONS)}",
        )
    return {sender: raw[sender] for sender in SENDERS}


def _thresholds(raw: Any, where: str) -> tuple[float, float] | None:
    if raw is None:
        return None
    _require(isinstance(raw, dict), f"{where}: thresholds must be an object")
    values = []
    for key in ("block", "flag"):
        value = raw.get(key)
        _require(
            isinstance(value, int | float) and not isinstance(value, bool),
            f"{where}: thresholds.{key} must be a number",
        )
        _require(0.0 <= value <= 1.0, f"{where}: thresholds.{key} must be in [0, 1]")
        values.append(float(value))
    _require(values[1] <= values[0], f"{where}: thresholds.flag must be ≤ block")
    return values[0], values[1]


MODEL_SUGGESTION = "请在平台内沟通与交易，遵守平台聊天规范"


def compile_ruleset(spec: dict, model: ScreeningModel | None = None) -> RuleSet:
    """Validate ``spec`` and build the automaton and compiled patterns;
    ``model`` is the learned stage that decides with them."""
    _require(isinstance(spec, dict), "spec must be an object")
    version = spec.get("version")
    _require(isinstance(version, str) and version, "version must be a string")
    categories = spec.get("categories", {})
    _require(isinstance(categories, dict), "categories must be an object")
    for code in categories:
        _require(code in CATEGORIES, f"unknown category {code!r}")
    missing = [code for code in CATEGORIES if code not in categories]
    _require(not missing, f"categories missing: {', '.join(missing)}")
    category_actions = {
        code: _actions(entry.get("actions"), f"categories.{code}")
        for code, entry in categories.items()
    }
    decided = _decided_by(categories, model)
    model_rules = {
        code: Rule(
            code=f"{code}.model",
            category=code,
            name=entry.get("name") or code,
            actions=category_actions[code],
            points=entry.get("points", 1),
            suggestion=entry.get("suggestion") or MODEL_SUGGESTION,
            detector=None,
        )
        for code, entry in categories.items()
    }
    sounds_like: list[tuple[str, Rule, list[str]]] = []

    automaton = ahocorasick.Automaton()
    entries: dict[str, list[TermEntry]] = {}
    rules: dict[str, Rule] = {}
    pattern_rules: list[Rule] = []
    detectors: dict[str, Rule] = {}
    count = 0

    def add_term(term: str, rule: Rule | None, decisive: bool = False) -> None:
        key = fold_term(term)
        if not key:
            raise SpecError(f"term {term!r} is empty after normalisation")
        entries.setdefault(key, []).append(
            TermEntry(
                rule,
                len(key),
                check_left=_short_latin_edge(_LEADING_LATIN.search(key)),
                check_right=_short_latin_edge(_TRAILING_LATIN.search(key)),
                decisive=decisive,
            )
        )

    for position, raw in enumerate(spec.get("rules", [])):
        where = f"rules[{position}]"
        _require(isinstance(raw, dict), f"{where} must be an object")
        code = raw.get("code")
        _require(isinstance(code, str) and code, f"{where}: code is required")
        where = f"rule {code}"
        _require(code not in rules, f"{where}: duplicate code")
        category = raw.get("category")
        _require(category in CATEGORIES, f"{where}: unknown category {category!r}")
        detector = raw.get("detector")
        _require(
            detector is None or detector in DETECTORS,
            f"{where}: unknown detector {detector!r}",
        )
        if raw.get("enabled", True) is False:
            continue
        actions = (
            _actions(raw["actions"], where)
            if raw.get("actions") is not None
            else category_actions[category]
        )
        points = raw.get("points")
        if points is None:
            points = categories[category].get("points", 1)
        _require(isinstance(points, int), f"{where}: points must be an integer")
        patterns = []
        for pattern in raw.get("patterns") or ():
            try:
                patterns.append(re.compile(pattern))
            except re.error as error:
                raise SpecError(f"{where}: bad pattern {pattern!r}: {error}") from None
        rule = Rule(
            code=code,
            category=category,
            name=raw.get("name") or code,
            actions=actions,
            points=points,
            suggestion=raw.get("suggestion") or "",
            detector=detector,
            patterns=tuple(patterns),
        )
        rules[code] = rule
        if patterns:
            pattern_rules.append(rule)
            count += len(patterns)
        if detector is not None:
            detectors[detector] = rule
        for term in raw.get("terms") or ():
            _require(isinstance(term, str), f"{where}: terms must be strings")
            add_term(term, rule)
            count += 1
        for term in raw.get("decisive_terms") or ():
            _require(isinstance(term, str), f"{where}: terms must be strings")
            add_term(term, rule, decisive=True)
            count += 1
        names = raw.get("sounds_like") or {}
        _require(isinstance(names, dict), f"{where}: sounds_like must be an object")
        for name, ordinary in names.items():
            _require(
                isinstance(ordinary, list)
                and all(isinstance(w, str) for w in ordinary),
                f"{where}: sounds_like.{name} must be a list of words",
            )
            sounds_like.append(
                (fold_term(name), rule, [fold_term(word) for word in ordinary])
            )
            count += 1
    for term in spec.get("allow") or ():
        _require(isinstance(term, str), "allow entries must be strings")
        add_term(term, None)
        count += 1
    for key, values in entries.items():
        automaton.add_word(key, tuple(values))
    if entries:
        automaton.make_automaton()
    domains = tuple(
        domain.lower().strip(".") for domain in spec.get("platform_domains") or ()
    )
    return RuleSet(
        version=version,
        platform_domains=domains,
        rules=rules,
        automaton=automaton if entries else None,
        pattern_rules=tuple(pattern_rules),
        pattern_gate=PatternGate(pattern_rules),
        detectors=detectors,
        entry_count=count,
        sounds_like=SoundsLike(sounds_like),
        model_rules=model_rules,
        **decided,
    )


def _decided_by(categories: dict, model: ScreeningModel | None) -> dict:
    """What a rule set takes from its model: the model, each category's
    thresholds (the spec's, else the model's recommendation), the buyers'
    block thresholds and the flag thresholds in the model's order."""
    category_thresholds = {}
    buyer_block_at = {}
    for code, entry in categories.items():
        found = _thresholds(entry.get("thresholds"), f"categories.{code}")
        recommended = (model.thresholds if model is not None else {}).get(code)
        if found is not None:
            category_thresholds[code] = found
        elif recommended:
            category_thresholds[code] = (recommended["block"], recommended["flag"])
        if recommended and "buyer_block" in recommended:
            buyer_block_at[code] = float(recommended["buyer_block"])
    return {
        "model": model,
        "category_thresholds": category_thresholds,
        "buyer_block_at": buyer_block_at,
        "flag_thresholds": tuple(
            category_thresholds.get(code, (2.0, 2.0))[1]
            for code in (model.categories if model is not None else ())
        ),
    }


def with_model(ruleset: RuleSet, spec: dict, model: ScreeningModel | None) -> RuleSet:
    """``ruleset`` (compiled from ``spec``) deciding with ``model`` instead:
    what ``compile_ruleset(spec, model)`` gives, without compiling the rules
    again (the automaton takes a second). Its context cache starts empty: what
    a text adds as context is the model's reading."""
    if ruleset.version != spec.get("version"):
        raise SpecError("the rule set was not compiled from this spec")
    return replace(
        ruleset,
        context_cache=OrderedDict(),
        alone_cache=OrderedDict(),
        **_decided_by(spec.get("categories", {}), model),
    )
