"""Which rule patterns can match a text at all: one scan instead of one
search per pattern.

Most messages match none of the rules' patterns, and each ``search`` costs
its call whatever the text. ``needed_sets(pattern)`` reads the pattern's
parse tree for sets of characters every match must hold one of: in the
top-level sequence, a literal, a class of at most ``CLASS_LIMIT`` literal
characters or ranges (``[0-9]``), a group or a repeat of at least one whose
content needs one, alternatives that each need one (their union).
``PatternGate`` keeps one set per pattern (the rarest: no Latin letters or
digits, the fewest characters), scans the text once for all of them and
searches only the patterns whose set it holds a character of; a pattern with
no such set (or case-insensitive) is always searched. The finds are the patterns'
own: a skipped pattern could not have matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .folding import Folding

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # pragma: no cover - older Python
    import sre_constants as sre
    import sre_parse as parser

__all__ = ["PatternGate", "needed_sets"]

CLASS_LIMIT = 64
MASKS_KEPT = 4096  # the candidate lists kept, by which patterns' sets are met
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT}
if hasattr(sre, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre.POSSESSIVE_REPEAT)


def _sequence(items) -> list[frozenset[str]]:
    """Every set the sequence needs (each must be met)."""
    needed = []
    for op, value in items:
        needed.extend(_item(op, value))
    return needed


def _class(value) -> list[frozenset[str]]:
    chars: set[str] = set()
    for kind, argument in value:
        if kind is sre.LITERAL:
            chars.add(chr(argument))
        elif kind is sre.RANGE and argument[1] - argument[0] < CLASS_LIMIT:
            chars.update(map(chr, range(argument[0], argument[1] + 1)))
        else:  # a negation, a category, a wide range
            return []
    return [frozenset(chars)] if 0 < len(chars) <= CLASS_LIMIT else []


def _item(op, value) -> list[frozenset[str]]:
    if op is sre.LITERAL:
        return [frozenset(chr(value))]
    if op is sre.IN:
        return _class(value)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, items = value
        return [] if add_flags or del_flags else _sequence(items)
    if op is sre.BRANCH:
        union: set[str] = set()
        for items in value[1]:
            needed = _sequence(items)
            if not needed:
                return []
            union |= min(needed, key=len)
        return [frozenset(union)]
    if op in _REPEATS:
        low, _high, items = value
        return _sequence(items) if low >= 1 else []
    return []  # zero-width (^, lookarounds), any character, a category …


def needed_sets(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of characters each of which every match of ``pattern`` holds one
    of; empty when nothing is known (the pattern is always searched)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unexpected tree: no gate, search it always
        return ()
    return tuple(dict.fromkeys(_sequence(tree)))


def _rarest(sets: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    """The set to scan for: Latin letters and digits are common in chat, so a
    set without them first, then the smallest."""
    if not sets:
        return None
    return min(sets, key=lambda chars: (any(c.isascii() for c in chars), len(chars)))


class PatternGate:
    """``candidates(text)``: the ``(rule, pattern)`` pairs that may match."""

    def __init__(self, rules: Iterable):
        self._pairs = []
        self._bits: dict[str, int] = {}  # a character → the patterns needing it
        for rule in rules:
            for pattern in rule.patterns:
                needed = _rarest(needed_sets(pattern))
                for char in needed or ():
                    self._bits[char] = self._bits.get(char, 0) | 1 << len(self._pairs)
                self._pairs.append((rule, pattern, needed))
        self._always = [(r, p) for r, p, needed in self._pairs if needed is None]
        self._by_mask: dict[int, list] = {0: self._always}
        self._scan = Folding.of("".join(self._bits)) if self._bits else None

    def candidates(self, text: str) -> list:
        present = self._scan.kept(text) if self._scan is not None else ""
        if not present:
            return self._always
        mask = 0
        bits = self._bits
        for char in set(present):
            mask |= bits[char]
        found = self._by_mask.get(mask)
        if found is None:
            found = [
                (rule, pattern)
                for index, (rule, pattern, needed) in enumerate(self._pairs)
                if needed is None or mask >> index & 1
            ]
            if len(self._by_mask) < MASKS_KEPT:
                self._by_mask[mask] = found
        return found
