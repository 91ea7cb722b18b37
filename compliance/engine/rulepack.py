"""A rule pack: the shipped rules as declarative files, read into a spec.

A pack is a directory of JSON files (``data/rulepack/`` is the shipped one)::

    pack.json          {"version", "platform_domains": [...], "rules": [code, ...]}
    categories.json    {code: {"name", "actions": {"buyer", "agent"}, "points"}}
    rules/<code>.json  {"code", "category", "name", "suggestion", "actions",
                        "points", "detector", "enabled", "sounds_like",
                        "patterns": [...], "terms": [...]}
    allow.json         ["QQ糖", "USB", ...]

``pack.json`` lists the rules in the order the spec keeps them; a rule file
that it does not list, or a listed one that is missing, is an error, so no
file is silently ignored. ``load_rule_pack`` returns the spec that
``compile_ruleset`` takes (see ``ruleset.py``); keys it does not know, on a
rule or a category, are passed through unchanged for the stages that read
them. The database gets a pack through ``manage.py sync_rule_pack``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .ruleset import SpecError

__all__ = ["RULE_DEFAULTS", "RulePackError", "load_rule_pack"]

# What a rule file may leave out.
RULE_DEFAULTS: dict[str, Any] = {
    "actions": None,
    "points": None,
    "suggestion": "",
    "detector": None,
    "enabled": True,
    "terms": [],
    "patterns": [],
}


class RulePackError(SpecError):
    """A pack file is missing or malformed; the message names the file."""


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulePackError(f"{path}: missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RulePackError(f"{path}: not UTF-8 JSON ({error})") from None


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise RulePackError(message)


def _read_rule(path: Path, code: str) -> dict:
    rule = _read(path)
    _require(isinstance(rule, dict), f"{path}: must be an object")
    _require(rule.get("code") == code, f"{path}: code must be {code!r}")
    for key in ("terms", "patterns"):
        values = rule.get(key, [])
        _require(
            isinstance(values, list) and all(isinstance(v, str) for v in values),
            f"{path}: {key} must be a list of strings",
        )
        _require_once(values, f"{path}: {key}")
    return {**RULE_DEFAULTS, **rule}


def _require_once(values: list[str], where: str) -> None:
    repeated = sorted(v for v, n in Counter(values).items() if n > 1)
    _require(not repeated, f"{where} repeat {repeated[:5]}")


def load_rule_pack(directory: Path) -> dict:
    """The spec held by the pack in ``directory``; ``RulePackError`` if malformed."""
    manifest = _read(directory / "pack.json")
    _require(isinstance(manifest, dict), f"{directory}/pack.json: must be an object")
    codes = manifest.get("rules")
    _require(
        isinstance(codes, list) and len(set(codes)) == len(codes),
        f"{directory}/pack.json: rules must list each rule code once",
    )
    rules_dir = directory / "rules"
    unlisted = sorted(
        path.name
        for path in rules_dir.glob("*.json")
        if path.name.removesuffix(".json") not in codes
    )
    _require(not unlisted, f"{rules_dir}: not listed in pack.json: {unlisted}")
    allow = _read(directory / "allow.json")
    _require(
        isinstance(allow, list) and all(isinstance(v, str) for v in allow),
        f"{directory}/allow.json: must be a list of strings",
    )
    _require_once(allow, f"{directory}/allow.json:")
    categories = _read(directory / "categories.json")
    _require(
        isinstance(categories, dict),
        f"{directory}/categories.json: must be an object",
    )
    return {
        "version": manifest.get("version"),
        "platform_domains": manifest.get("platform_domains", []),
        "categories": categories,
        "rules": [_read_rule(rules_dir / f"{code}.json", code) for code in codes],
        "allow": allow,
    }
