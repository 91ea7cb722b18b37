"""Screening one message: ``screen(ruleset, text, sender, history) -> Verdict``.

The decision, step by step:

1. normalise the text (``normalize.py``);
2. one Aho-Corasick scan of the compact view (and of the pictured view, when
   the text has a picture word: a heart, a fish …) finds every lexicon term and every
   allow-list entry at once;
3. a term hit is dropped when an allow-list hit contains it (``QQ糖``,
   ``天猫精灵``), when a longer term hit of the same category contains it,
   or, when the term starts or ends with at most four Latin letters, when
   the original text continues that Latin word with a letter, digit or
   hyphen (``sb`` in ``USB``, ``tb上`` in ``1TB上``, ``wx`` in ``WX-1000``);
   a payment or fraud term right after a refusal or warning (``我们不会让您私下
   转账``, ``冒充客服让我扫码付款``) is only flagged, never blocked or masked;
4. the rules' patterns run on the compact view (one that starts with a Latin
   letter only where a word starts in the original); the structural
   detectors run (``detectors.py``) — the digit ones only when the text has
   five digits;
5. with ``history`` (the session's earlier messages, oldest first, as
   ``(sender, text)``) the same sender's recent messages complete phone
   numbers split over messages and count repeated advertising (spam);
6. a hit inside a wider hit of the same category is dropped, overlapping
   hits of one rule are merged into one, and each remaining hit becomes a
   ``Violation`` with the rule's action for this sender (rules whose action
   is ``allow`` for the sender are left out); the verdict
   action is the most severe one (block > mask > flag > allow) and
   ``masked_text`` has every ``mask`` span replaced by one ＊ per character.

Allow-list entries never excuse a number, link or pattern hit: only words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace

from . import detectors
from .normalize import Normalized, View, normalize
from .ruleset import SENDERS, SEVERITY, Rule, RuleSet, TermEntry

__all__ = ["Verdict", "Violation", "screen", "screen_normalized"]

MASK_CHAR = "＊"
# A shop warning its buyers ("我们不会让您私下转账", "有人冒充客服让我扫码付款")
# names a payment or fraud phrase to refuse it: such a term is delivered and
# only flagged for the auditors, since a merchant could fake the refusal.
NEGATABLE = frozenset({"payment", "fraud"})
NEGATED = re.compile(
    r"我们不会|平台不会|不会要求|不会让您|不会让你|不会因为|不需要交|无需缴纳|无需支付|"
    r"谨防|冒充|警惕|切勿相信|不要相信|遇到这种"
)
NEGATION_REACH = 12  # characters of compact text before the term
HISTORY_LIMIT = 10


@dataclass(frozen=True)
class Violation:
    category: str
    rule: str
    start: int
    end: int
    match: str
    action: str
    points: int
    suggestion: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Verdict:
    action: str
    violations: tuple[Violation, ...]
    masked_text: str
    version: str

    def to_dict(self) -> dict:
        return {
            "action": self.action,
            "violations": [violation.to_dict() for violation in self.violations],
            "masked_text": self.masked_text,
            "version": self.version,
        }


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _continues_word(char: str) -> bool:
    return _is_latin(char) or char.isdigit() or char == "-"


def _whole_word(original: str, start: int, end: int, entry: TermEntry) -> bool:
    # A Latin word glued to digits or a hyphen is a model number (WX-1000).
    if entry.check_left and start > 0 and _continues_word(original[start - 1]):
        return False
    return not (
        entry.check_right and end < len(original) and _continues_word(original[end])
    )


def _term_hits(
    ruleset: RuleSet, norm: Normalized, view: View
) -> list[tuple[int, int, Rule]]:
    compact = view.text
    if ruleset.automaton is None or not compact:
        return []
    terms = []
    allowed = []
    for last, entries in ruleset.automaton.iter(compact):
        end = last + 1
        for entry in entries:
            start = end - entry.length
            if entry.rule is None:
                allowed.append((start, end))
            else:
                terms.append((start, end, entry))
    if not terms:
        return []
    hits = []
    for start, end, entry in terms:
        if any(a_start <= start and end <= a_end for a_start, a_end in allowed):
            continue
        if any(
            o_start <= start
            and end <= o_end
            and o_end - o_start > end - start
            and other.rule.category == entry.rule.category
            for o_start, o_end, other in terms
            if other.rule is not None
        ):
            continue
        original_start, original_end = view.span(start, end)
        if (entry.check_left or entry.check_right) and not _whole_word(
            norm.original, original_start, original_end, entry
        ):
            continue
        rule = entry.rule
        if rule.category in NEGATABLE and NEGATED.search(
            compact, max(0, start - NEGATION_REACH), start
        ):
            rule = _softened(rule)
        hits.append((original_start, original_end, rule))
    return hits


def _softened(rule: Rule) -> Rule:
    """The rule as it applies to a phrase its sender refuses: flagged for the
    auditors, never blocked or masked (a refusal can be faked as a prefix)."""
    actions = {
        sender: action if action == "allow" else "flag"
        for sender, action in rule.actions.items()
    }
    return replace(rule, actions=actions)


def _pattern_hits(ruleset: RuleSet, view: View) -> list[tuple[int, int, Rule]]:
    compact = view.text
    original = view.original
    hits = []
    for rule in ruleset.pattern_rules:
        for pattern in rule.patterns:
            for match in pattern.finditer(compact):
                if match.end() <= match.start():
                    continue
                start, end = view.span(*match.span())
                # A match that starts with a Latin letter starts a word in the
                # text as sent: "vx" + id, but not the "w.x" of "www.xxx".
                if (
                    _is_latin(compact[match.start()])
                    and start > 0
                    and _continues_word(original[start - 1])
                ):
                    continue
                hits.append((start, end, rule))
    return hits


def _detector_hits(
    ruleset: RuleSet, norm: Normalized, previous: Sequence[str]
) -> list[tuple[int, int, Rule]]:
    found = ruleset.detectors
    hits: list[tuple[int, int, Rule]] = []
    compact = norm.compact.text
    many_digits = sum(compact.count(d) for d in "0123456789") >= 5
    for name in ("phone", "landline"):
        rule = found.get(name)
        if rule is None:
            continue
        landline = name == "landline"
        if many_digits:
            hits.extend((*s, rule) for s in detectors.phones(norm, landline=landline))
            if not landline:
                spans = detectors.phone_in_parts(norm)
                hits.extend((*s, rule) for s in spans)
        if not landline:
            spans = detectors.phone_in_english_words(norm)
            hits.extend((*s, rule) for s in spans)
        if previous and compact[:1].isdigit():
            spans = detectors.split_phone(norm, previous, landline=landline)
            hits.extend((*s, rule) for s in spans)
    rule = found.get("bank_card")
    if rule is not None and many_digits:
        hits.extend((*s, rule) for s in detectors.bank_cards(norm))
    email_spans = []
    rule = found.get("email")
    if rule is not None:
        email_spans = detectors.emails(norm)
        hits.extend((*s, rule) for s in email_spans)
    rule = found.get("url")
    if rule is not None:
        for start, end in detectors.urls(norm, ruleset.platform_domains):
            if not any(
                e_start <= start and end <= e_end for e_start, e_end in email_spans
            ):
                hits.append((start, end, rule))
    rule = found.get("share_token")
    if rule is not None:
        hits.extend((*s, rule) for s in detectors.share_tokens(norm))
    rule = found.get("spam")
    if rule is not None and previous and detectors.repeated(norm, previous):
        hits.append((0, len(norm.original), rule))
    return hits


def screen_normalized(
    ruleset: RuleSet, norm: Normalized, sender: str, previous: Sequence[str] = ()
) -> Verdict:
    """Screen an already normalised message; ``previous`` is the same sender's."""
    if sender not in SENDERS:
        raise ValueError(f"sender must be one of {', '.join(SENDERS)}: {sender!r}")
    views = [norm.compact] if norm.pictured is None else [norm.compact, norm.pictured]
    hits = []
    for view in views:
        hits.extend(_term_hits(ruleset, norm, view))
        if ruleset.pattern_rules:
            hits.extend(_pattern_hits(ruleset, view))
    hits.extend(_detector_hits(ruleset, norm, previous))
    original = norm.original
    kept: list[list] = []  # [start, end, rule], merged
    for start, end, rule in sorted(hits, key=lambda hit: (hit[0], -hit[1])):
        if rule.actions[sender] == "allow":
            continue
        # A hit inside a wider hit of the same category says nothing new.
        if any(
            k_start <= start and end <= k_end and other.category == rule.category
            for k_start, k_end, other in kept
        ):
            continue
        # Overlapping hits of one rule ("加我V" and "V❤ shop2026") are one finding.
        same = next((k for k in kept if k[2].code == rule.code and start < k[1]), None)
        if same is not None:
            same[1] = max(same[1], end)
            continue
        kept.append([start, end, rule])
    violations = [
        Violation(
            category=rule.category,
            rule=rule.code,
            start=start,
            end=end,
            match=original[start:end],
            action=rule.actions[sender],
            points=rule.points,
            suggestion=rule.suggestion,
        )
        for start, end, rule in kept
    ]
    action = "allow"
    masked = original
    if violations:
        action = max((v.action for v in violations), key=SEVERITY.__getitem__)
        mask_spans = [(v.start, v.end) for v in violations if v.action == "mask"]
        if mask_spans:
            chars = list(original)
            for start, end in mask_spans:
                chars[start:end] = MASK_CHAR * (end - start)
            masked = "".join(chars)
    return Verdict(action, tuple(violations), masked, ruleset.version)


def screen(
    ruleset: RuleSet,
    text: str,
    sender: str,
    history: Iterable[tuple[str, str]] = (),
) -> Verdict:
    """Screen ``text`` from ``sender`` ("buyer" or "agent").

    ``history`` holds the session's earlier messages, oldest first, as
    ``(sender, text)``; only the same sender's last ``HISTORY_LIMIT`` are read.
    """
    previous = [body for who, body in history if who == sender][-HISTORY_LIMIT:]
    return screen_normalized(ruleset, normalize(text), sender, previous)
