"""The phonetic view: every Han character read as its toneless pinyin.

Merchants write a contact app's, a payment route's or a platform's name with
characters that sound like it (薇信, 徽信, 支负宝, 淘寳, 拼夕夕) — endless
variants nobody can list. Read aloud, they are the name again. This module
turns the compact view into a sequence of *fuzzy* syllables — the syllable of
each Han character without its tone, with the distinctions many speakers do not
make folded away (zh/z, ch/c, sh/s, l/n, -ng/-n: the common 模糊音 pairs) — so
``薇信``, ``威信``, ``维新`` and ``微型`` all read ``wei xin``.

Two readers use it:

- the learned stage (``model.py``) takes syllable bigrams and trigrams as
  features, so a homophone weighs like the word it imitates;
- ``SoundsLike`` finds, for the names a rule lists in ``sounds_like``, every
  run of characters that reads the same but is neither the name itself nor an
  ordinary word (``威信`` prestige, ``维新`` reform, ``微型`` miniature,
  ``卫星`` satellite). The ordinary words that sound like each name are found
  once, when the rule pack is built, from jieba's dictionary
  (``ordinary_homophones``), and stored with the rule as data.

Non-Han runs (Latin letters, digits) stay one token each: ``vx``, ``abc123``.
Readings come from pypinyin's character table (the first, most common
reading of each character).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from .folding import Folding

__all__ = [
    "SoundsLike",
    "fuzzy_syllable",
    "ordinary_homophones",
    "reading",
    "syllables",
    "syllable_spans",
]

# Initials and finals folded together (the usual fuzzy-pinyin pairs).
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"))
_FUZZY_FINALS = (("ing", "in"), ("eng", "en"), ("ang", "an"))


def fuzzy_syllable(syllable: str) -> str:
    """``shèng`` → ``sen``: toneless, with the fuzzy pairs folded."""
    syllable = "".join(
        c
        for c in unicodedata.normalize("NFD", syllable)
        if not unicodedata.combining(c)
    ).lower()
    for long, short in _FUZZY_INITIALS:
        if syllable.startswith(long):
            syllable = short + syllable[len(long) :]
            break
    for long, short in _FUZZY_FINALS:
        if syllable.endswith(long):
            syllable = syllable[: -len(long)] + short
            break
    return syllable


@functools.cache
def _syllable_table() -> dict[int, str]:
    """``str.translate`` table: each Han character → `` syllable ``."""
    from pypinyin.pinyin_dict import pinyin_dict

    table = {}
    for code, readings in pinyin_dict.items():
        first = readings.split(",")[0]
        syllable = fuzzy_syllable(first)
        if syllable.isascii() and syllable.isalpha():
            table[code] = f" {syllable} "
    return table


@functools.cache
def _syllable_folding() -> Folding:
    return Folding(_syllable_table())


def reading(text: str) -> str:
    """The fuzzy reading of ``text``, syllables separated by spaces."""
    return " ".join(syllables(text))


def syllables(compact: str) -> list[str]:
    """The tokens of a compact view: one fuzzy syllable per Han character, one
    token per run of other characters."""
    return _syllable_folding().translate(compact).split()


def syllable_spans(compact: str) -> Iterator[tuple[str, int, int]]:
    """``(token, start, end)`` in compact-view positions, in order."""
    table = _syllable_table()
    start = None
    for index, char in enumerate(compact):
        syllable = table.get(ord(char))
        if syllable is None:
            if start is None:
                start = index
            continue
        if start is not None:
            yield compact[start:index], start, index
            start = None
        yield syllable.strip(), index, index + 1
    if start is not None:
        yield compact[start:], start, len(compact)


@dataclass(frozen=True)
class SoundsLikeEntry:
    name: str  # the word imitated, e.g. 微信
    rule: object  # the engine Rule it belongs to
    ordinary: frozenset[str]  # words that read the same in ordinary use


class SoundsLike:
    """Finds characters that read like a listed name without being it.

    ``entries``: ``(name, rule, ordinary_words)``. A run of Han characters whose
    fuzzy reading equals a name's is a hit unless the characters are the name
    itself (the lexicon's business) or one of its ordinary homophones."""

    def __init__(self, entries: Iterable[tuple[str, object, Iterable[str]]]):
        self._by_reading: dict[tuple[str, ...], list[SoundsLikeEntry]] = {}
        lengths = set()
        for name, rule, ordinary in entries:
            key = tuple(syllables(name))
            if len(key) < 2 or not all(len(s) > 0 for s in key):
                continue
            self._by_reading.setdefault(key, []).append(
                SoundsLikeEntry(name, rule, frozenset(ordinary))
            )
            lengths.add(len(key))
        self._lengths = tuple(sorted(lengths))
        self._first = frozenset(key[0] for key in self._by_reading)
        # Every reading as " wei xin ", to tell with one scan of the message's
        # reading whether any is in it (most messages: none).
        self._readings = None
        if self._by_reading:
            self._readings = ahocorasick.Automaton()
            for key in self._by_reading:
                joined = f" {' '.join(key)} "
                self._readings.add_word(joined, joined)
            self._readings.make_automaton()

    def __bool__(self) -> bool:
        return bool(self._by_reading)

    def find(
        self, compact: str, tokens: list[str]
    ) -> list[tuple[int, int, object, str]]:
        """Hits ``(start, end, rule, name)`` in compact-view positions."""
        if not self._by_reading or self._first.isdisjoint(tokens):
            return []
        if next(self._readings.iter(f" {' '.join(tokens)} "), None) is None:
            return []
        spans = None
        hits = []
        by_reading = self._by_reading
        for index, token in enumerate(tokens):
            if token not in self._first:
                continue
            for length in self._lengths:
                key = tuple(tokens[index : index + length])
                if len(key) < length:
                    break
                entries = by_reading.get(key)
                if not entries:
                    continue
                if spans is None:
                    spans = list(syllable_spans(compact))
                start, end = spans[index][1], spans[index + length - 1][2]
                chars = compact[start:end]
                if end - start != length:  # a Latin or digit run inside
                    continue
                for entry in entries:
                    if chars != entry.name and chars not in entry.ordinary:
                        hits.append((start, end, entry.rule, entry.name))
        return hits


@functools.cache
def _dictionary() -> dict[str, int]:
    import os

    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            word, frequency, *_ = line.split()
            words[word] = int(frequency)
    return words


def ordinary_homophones(name: str, min_frequency: int = 3) -> list[str]:
    """Dictionary words (jieba's) that read like ``name`` but are not it:
    the exemptions a ``sounds_like`` entry is stored with."""
    from .normalize import fold_term

    key = syllables(fold_term(name))
    found = set()
    for word, frequency in _dictionary().items():
        if len(word) != len(key) or frequency < min_frequency:
            continue
        folded = fold_term(word)
        if folded != fold_term(name) and syllables(folded) == key:
            found.add(folded)
    return sorted(found)
