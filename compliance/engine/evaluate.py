"""Measuring a rule set on labelled messages, and the JSON Lines screening CLI.

``evaluate(ruleset, records)`` screens labelled records
``{"id", "text", "sender", "session"?, "expect": [categories]}``; records that
share a ``session`` are screened in input order with that session's earlier
messages as history.  It returns per-category and overall figures:

- precision = TP / (TP + FP), recall = TP / (TP + FN), counted over
  (message, category) pairs;
- false-positive rate = benign messages (``expect == []``) given the category
  (or, overall, any category) / benign messages.

A category counts as detected when the verdict has a violation of it, whatever
the action.  ``screen_jsonl`` implements the ``manage.py screen`` contract:
JSON Lines in, one JSON line out per input line, in order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import IO

from .ruleset import CATEGORIES, SENDERS, RuleSet
from .screen import HISTORY_LIMIT, Verdict, screen

__all__ = ["evaluate", "screen_jsonl", "screen_records"]


def screen_records(ruleset: RuleSet, records: Iterable[dict]) -> Iterable[Verdict]:
    """Screen records in order, threading each session's history."""
    sessions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record in records:
        session = record.get("session")
        history = sessions[session] if session else ()
        verdict = screen(ruleset, record["text"], record["sender"], history)
        if session:
            history.append((record["sender"], record["text"]))
            del history[: -HISTORY_LIMIT * 2]
        yield verdict


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def evaluate(ruleset: RuleSet, records: Iterable[dict]) -> dict:
    records = list(records)
    counts = {c: {"tp": 0, "fp": 0, "fn": 0, "benign_hits": 0} for c in CATEGORIES}
    benign = benign_flagged = 0
    mistakes = []
    for record, verdict in zip(records, screen_records(ruleset, records), strict=True):
        expected = set(record["expect"])
        found = {violation.category for violation in verdict.violations}
        if not expected:
            benign += 1
            benign_flagged += bool(found)
        for category in CATEGORIES:
            if category in expected and category in found:
                counts[category]["tp"] += 1
            elif category in expected:
                counts[category]["fn"] += 1
            elif category in found:
                counts[category]["fp"] += 1
                if not expected:
                    counts[category]["benign_hits"] += 1
        if expected != found:
            mistakes.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "expect": sorted(expected),
                    "found": sorted(found),
                }
            )
    per_category = {}
    for category, count in counts.items():
        per_category[category] = {
            "support": count["tp"] + count["fn"],
            "precision": _ratio(count["tp"], count["tp"] + count["fp"]),
            "recall": _ratio(count["tp"], count["tp"] + count["fn"]),
            "false_positive_rate": _ratio(count["benign_hits"], benign),
        }
    tp = sum(count["tp"] for count in counts.values())
    fp = sum(count["fp"] for count in counts.values())
    fn = sum(count["fn"] for count in counts.values())
    return {
        "version": ruleset.version,
        "messages": len(records),
        "benign": benign,
        "overall": {
            "precision": _ratio(tp, tp + fp),
            "recall": _ratio(tp, tp + fn),
            "false_positive_rate": _ratio(benign_flagged, benign),
        },
        "categories": per_category,
        "mistakes": mistakes,
    }


def _parse(line: str) -> dict:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("each line must be a JSON object")
    if not isinstance(record.get("id"), str):
        raise ValueError("id must be a string")
    if not isinstance(record.get("text"), str):
        raise ValueError("text must be a string")
    if record.get("sender") not in SENDERS:
        raise ValueError("sender must be buyer or agent")
    session = record.get("session")
    if session is not None and not isinstance(session, str):
        raise ValueError("session must be a string")
    return record


def screen_jsonl(ruleset: RuleSet, lines_in: Iterable[str], out: IO[str]) -> int:
    """Screen JSON Lines; write one result line per input line; return errors."""
    sessions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    errors = 0
    for line in lines_in:
        if not line.strip():
            continue
        try:
            record = _parse(line)
        except (ValueError, TypeError) as error:
            errors += 1
            result = {"error": str(error)}
            try:
                candidate = json.loads(line)
                if isinstance(candidate, dict) and isinstance(candidate.get("id"), str):
                    result = {"id": candidate["id"], **result}
            except ValueError:
                pass
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            continue
        session = record.get("session")
        history = sessions[session] if session else ()
        verdict = screen(ruleset, record["text"], record["sender"], history)
        if session:
            history.append((record["sender"], record["text"]))
            del history[: -HISTORY_LIMIT * 2]
        result = {
            "id": record["id"],
            "action": verdict.action,
            "violations": [
                {
                    "category": v.category,
                    "rule": v.rule,
                    "start": v.start,
                    "end": v.end,
                    "match": v.match,
                }
                for v in verdict.violations
            ],
        }
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return errors
