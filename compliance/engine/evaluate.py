"""Measuring the screening on labelled messages, and the JSON Lines screening CLI.

``evaluate(ruleset, records)`` screens labelled records
``{"id", "text", "sender", "session"?, "expect": [categories]}``; records that
share a ``session`` are screened in input order with that session's earlier
messages as history. Figures, per category and overall:

- ``caught``: violating messages acted on at all (flag, mask or block) —
  the recall a moderator feels;
- ``recall`` / ``precision``: over (message, category) pairs, a category
  counting as found when the verdict has a violation of it;
- ``prevented`` (contact, payment, link): violating messages blocked or
  masked, not just flagged;
- acceptable messages (``expect == []``): the share blocked or masked
  (``benign_prevented``), flagged only (``benign_flagged``), acted on at all
  (``benign_acted``, also ``false_positive_rate``);
- ``conversations``, when records have sessions: violating conversations
  with any message acted on, acceptable conversations with any message
  blocked or masked.

``screen_jsonl`` implements the ``manage.py screen`` contract: JSON Lines in,
one JSON line out per input line, in order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import IO

from .ruleset import CATEGORIES, SENDERS, RuleSet
from .screen import HISTORY_LIMIT, Verdict, screen

__all__ = ["evaluate", "screen_jsonl", "screen_records"]

PREVENTABLE = ("contact", "payment", "link")
PREVENTED = frozenset({"block", "mask"})


def screen_records(ruleset: RuleSet, records: Iterable[dict]) -> Iterable[Verdict]:
    """Screen records in order, threading each session's history with each
    message's action, as the chat keeps it (or reading a record's own
    ``history``: ``[[sender, text], ...]`` or ``[[sender, text, action],
    ...]``, oldest first)."""
    sessions: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for record in records:
        session = record.get("session")
        history = sessions[session] if session else record.get("history", ())
        verdict = screen(ruleset, record["text"], record["sender"], history)
        if session:
            history.append((record["sender"], record["text"], verdict.action))
            del history[: -HISTORY_LIMIT * 2]
        yield verdict


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def evaluate(ruleset: RuleSet, records: Iterable[dict]) -> dict:
    records = list(records)
    counts = {
        c: {"tp": 0, "fp": 0, "fn": 0, "benign_hits": 0, "caught": 0, "prevented": 0}
        for c in CATEGORIES
    }
    benign = benign_acted = benign_prevented = 0
    violating = caught = prevented_support = prevented = 0
    conversations: dict[str, dict] = {}
    mistakes = []
    for record, verdict in zip(records, screen_records(ruleset, records), strict=True):
        expected = set(record["expect"])
        found = {violation.category for violation in verdict.violations}
        acted = verdict.action != "allow"
        stopped = verdict.action in PREVENTED
        if not expected:
            benign += 1
            benign_acted += acted
            benign_prevented += stopped
        else:
            violating += 1
            caught += acted
            if expected & set(PREVENTABLE):
                prevented_support += 1
                prevented += stopped
        session = record.get("session")
        if session:
            conversation = conversations.setdefault(
                session, {"violating": False, "acted": False, "prevented": False}
            )
            conversation["violating"] |= bool(expected)
            conversation["acted"] |= acted
            conversation["prevented"] |= stopped
        for category in CATEGORIES:
            count = counts[category]
            if category in expected:
                count["caught"] += acted
                count["prevented"] += stopped
                if category in found:
                    count["tp"] += 1
                else:
                    count["fn"] += 1
            elif category in found:
                count["fp"] += 1
                if not expected:
                    count["benign_hits"] += 1
        if expected != found or (not expected and acted) or (expected and not acted):
            mistakes.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "expect": sorted(expected),
                    "found": sorted(found),
                    "action": verdict.action,
                }
            )
    per_category = {}
    for category, count in counts.items():
        support = count["tp"] + count["fn"]
        row = {
            "support": support,
            "caught": _ratio(count["caught"], support),
            "precision": _ratio(count["tp"], count["tp"] + count["fp"]),
            "recall": _ratio(count["tp"], support),
            "false_positive_rate": _ratio(count["benign_hits"], benign),
        }
        if category in PREVENTABLE:
            row["prevented"] = _ratio(count["prevented"], support)
        per_category[category] = row
    tp = sum(count["tp"] for count in counts.values())
    fp = sum(count["fp"] for count in counts.values())
    fn = sum(count["fn"] for count in counts.values())
    report = {
        "version": ruleset.version,
        "model": ruleset.model.version if ruleset.model is not None else "",
        "messages": len(records),
        "benign": benign,
        "overall": {
            "caught": _ratio(caught, violating),
            "prevented": _ratio(prevented, prevented_support),
            "precision": _ratio(tp, tp + fp),
            "recall": _ratio(tp, tp + fn),
            "false_positive_rate": _ratio(benign_acted, benign),
            "benign_prevented": _ratio(benign_prevented, benign),
            "benign_flagged": _ratio(benign_acted - benign_prevented, benign),
            "benign_acted": _ratio(benign_acted, benign),
        },
        "categories": per_category,
        "mistakes": mistakes,
    }
    if conversations:
        bad = [c for c in conversations.values() if c["violating"]]
        good = [c for c in conversations.values() if not c["violating"]]
        report["conversations"] = {
            "violating": len(bad),
            "caught": _ratio(sum(c["acted"] for c in bad), len(bad)),
            "acceptable": len(good),
            "acceptable_prevented": _ratio(
                sum(c["prevented"] for c in good), len(good)
            ),
            "acceptable_acted": _ratio(sum(c["acted"] for c in good), len(good)),
        }
    return report


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
    sessions: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
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
            history.append((record["sender"], record["text"], verdict.action))
            del history[: -HISTORY_LIMIT * 2]
        result = {
            "id": record["id"],
            "action": verdict.action,
            "violations": [_finding(v) for v in verdict.violations],
        }
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return errors


def _finding(violation) -> dict:
    found = {
        "category": violation.category,
        "rule": violation.rule,
        "start": violation.start,
        "end": violation.end,
        "match": violation.match,
        "action": violation.action,
    }
    if violation.score is not None:
        found["score"] = violation.score
    if violation.evidence:
        found["evidence"] = list(violation.evidence)
    if violation.joined:
        found["joined"] = list(violation.joined)
    if violation.follows_block:
        found["follows_block"] = True
    return found
