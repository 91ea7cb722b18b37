"""The normalised views of a chat message that the screening rules read.

``normalize(text)`` folds every character through one precomputed translation
table, so the hot path is a single translation per view (``folding.py``: the
table read in C when the extension is built, else ``str.translate``).  The folding is, in
order and repeated until it is stable:

1. characters of the categories Z*, P*, S*, C* and M* (spaces, punctuation,
   symbols and emoji, zero-width and format characters, variation selectors,
   the keycap combining mark) are separators and are dropped — except a plus
   sign, which reads ``加`` (``+V``, ``➕微``), and letters and digits drawn as
   symbols (``ⓥⓧ``, ``🅥``, ``㉑``), which are those letters and digits;
2. NFKC compatibility folding (full-width to half-width, ``①``/``⑴``/``⒈``
   and superscripts to digits, ``㎏`` to ``kg``);
3. case folding to lower case;
4. traditional to simplified Chinese, character by character, from OpenCC's
   ``TSCharacters`` table;
5. digits written as Chinese numerals or phone-reading slang
   (``一二三``, ``壹贰叁``, ``幺两拐勾洞``, ``〇○``) become ASCII digits.

Two views come out of it, and a third for the few messages with pictures:

``text``
    the *compact* view: everything above, separators dropped.  Lexicon terms,
    rule patterns and the digit detectors (phones, cards, QQ numbers) run on
    it, so ``加 V❤x：壹叁捌…`` reads ``加vx138…``.
``folded``
    the same folding but separators are kept (punctuation only folded by
    NFKC).  URL and e-mail detection needs dots, slashes and ``@``; they run
    on this view.
``pictured``
    only when the text holds a picture word (``PICTURE_WORDS``): the compact
    view with those read as the words they stand for (``V❤`` → ``v信``,
    ``加🛰`` → ``加卫星``, ``闲🐟`` → ``闲鱼``).  Lexicon terms and patterns run on it as well; in the compact
    view the same pictures stay separators (``淘❤宝``, ``1❤3❤8…``).

Every view carries a span map back to the original text: the normalised
characters ``[i, j)`` come from ``original[start:end]`` where
``(start, end) = view.span(i, j)``.  The map is built lazily, only when a rule
matched, because most messages match nothing.  Words separated by spaces in
the original are joined in the compact view; rules that must respect word
boundaries (short Latin terms such as ``sb`` or ``qq``) check the original
characters around the mapped span instead (see ``screen.py``).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .folding import Folding

__all__ = ["Normalized", "View", "normalize", "fold_term"]

_SEPARATOR_CATEGORIES = frozenset(
    [
        "Zs",
        "Zl",
        "Zp",
        "Pc",
        "Pd",
        "Ps",
        "Pe",
        "Pi",
        "Pf",
        "Po",
        "Sm",
        "Sc",
        "Sk",
        "So",
        "Cc",
        "Cf",
        "Co",
        "Mn",
        "Mc",
        "Me",
    ]
)

NUMERAL_DIGITS = {
    "零": "0", "〇": "0", "○": "0", "洞": "0",
    "一": "1", "壹": "1", "幺": "1",
    "二": "2", "贰": "2", "两": "2",
    "三": "3", "叁": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6",
    "七": "7", "柒": "7", "拐": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9", "勾": "9",
}  # fmt: skip

# A plus sign between words reads "加" (``+V``, ``➕微``): in the compact view it
# becomes that character instead of vanishing with the other symbols.
STEER_SIGNS = frozenset("+＋﹢➕✚✙✛✜⊕")

# Pictures that stand for a word of a contact app's or a platform's name: a
# heart for 信 (``V❤``, ``微💗``), a satellite for 卫星, a fish for 鱼 (``闲🐟``),
# a penguin for 企鹅, a dog for 狗 (``🐶东``), a peach for 桃 (``🍑宝``), a red
# envelope for 红包.  They are separators in the compact
# view (``淘❤宝``, ``1❤3❤8``) and words in the pictured view.
PICTURE_WORDS = {
    **dict.fromkeys("❤♥♡💕💗💖💓💘💝💞💟🧡💛💚💙💜🖤🤍🤎", "信"),
    "🛰": "卫星",
    "🐟": "鱼",
    "🐠": "鱼",
    "🐧": "企鹅",
    "🐶": "狗",
    "🐕": "狗",
    "🍑": "桃",
    "🧧": "红包",
}

# Letters and digits drawn as symbols: circled and parenthesised (``ⓥⓧ``,
# ``⒜``, ``㉑``) fold by NFKC like other letters; negative circled and
# squared capitals (``🅥``, ``🆇``) have no NFKC form and are mapped here.
_ENCLOSED_RANGES = ((0x2460, 0x2500), (0x3200, 0x3300), (0x1F100, 0x1F300))
_NEGATIVE_LETTERS = {
    **{chr(0x1F150 + i): chr(0x61 + i) for i in range(26)},
    **{chr(0x1F170 + i): chr(0x61 + i) for i in range(26)},
}

_EXTRA_RANGES = (
    (0x1D400, 0x1D800),  # mathematical alphanumerics: 𝐰𝐱
    (0x1F000, 0x1FB00),  # emoji, keycaps, enclosed alphanumerics
    (0xE0000, 0xE0080),  # tag characters
)


def _load_traditional() -> dict[str, str]:
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and targets:
            table[source] = targets.split()[0]
    return table


def _enclosed_alphanumeric(char: str) -> str:
    """The letters or digits an enclosed symbol draws, or ``""``."""
    if char in _NEGATIVE_LETTERS:
        return _NEGATIVE_LETTERS[char]
    code = ord(char)
    if not any(low <= code < high for low, high in _ENCLOSED_RANGES):
        return ""
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and any(c.isalnum() for c in folded):
        return folded
    return ""


def _without_accent(char: str) -> str:
    """A Latin letter without its accent or tone mark: pinyin "shǎ bī" is "sha bi"."""
    if char.isascii() or not char.isalpha():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


def _fold_char(char: str, traditional: dict[str, str], keep_separators: bool) -> str:
    if not keep_separators and char in STEER_SIGNS:
        return "加"
    drawn = _enclosed_alphanumeric(char)
    if drawn:
        char = drawn
    elif unicodedata.category(char) in _SEPARATOR_CATEGORIES:
        if not keep_separators or unicodedata.category(char)[0] in "CM":
            return ""
        folded = unicodedata.normalize("NFKC", char)
        return "".join(
            c for c in folded if unicodedata.category(c)[0] not in "CM"
        ).lower()
    out = []
    for c in unicodedata.normalize("NFKC", char).lower():
        c = _without_accent(c)
        c = traditional.get(c, c)
        if not keep_separators:
            c = NUMERAL_DIGITS.get(c, c)
        out.append(c)
    return "".join(out)


def _build_table(keep_separators: bool) -> dict[int, str]:
    traditional = _load_traditional()
    code_points = [*range(0x10000)]
    for low, high in _EXTRA_RANGES:
        code_points.extend(range(low, high))
    table: dict[int, str] = {}
    for code in code_points:
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        value = char
        for _ in range(4):
            folded = "".join(_fold_char(c, traditional, keep_separators) for c in value)
            if folded == value:
                break
            value = folded
        if value != char:
            table[code] = value
    # A value must itself be stable under the table, else folding twice
    # would change the text again.
    for code, value in table.items():
        stable = "".join(table.get(ord(c), c) for c in value)
        table[code] = stable
    return table


@functools.cache
def compact_table() -> dict[int, str]:
    return _build_table(keep_separators=False)


@functools.cache
def folded_table() -> dict[int, str]:
    return _build_table(keep_separators=True)


@dataclass(frozen=True)
class View:
    """One normalised view of ``original`` with its lazily built span map."""

    original: str
    text: str
    folding: Folding = field(repr=False, compare=False)

    @functools.cached_property
    def origins(self) -> list[int]:
        return self.folding.origins(self.original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised ``[start, end)`` to the original text."""
        origins = self.origins
        if start >= end:
            position = origins[start] if start < len(origins) else len(self.original)
            return position, position
        return origins[start], origins[end - 1] + 1


@functools.cache
def pictured_table() -> dict[int, str]:
    table = dict(compact_table())
    table.update((ord(char), word) for char, word in PICTURE_WORDS.items())
    return table


# Whether a text has a picture word: one scan in C, not a set per character.
_PICTURE = Folding.of("".join(PICTURE_WORDS))


@dataclass(frozen=True)
class Normalized:
    original: str
    compact: View
    folded: View
    pictured: View | None = None

    @property
    def text(self) -> str:
        return self.compact.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.compact.span(start, end)


@functools.cache
def _foldings() -> tuple[Folding, Folding, Folding]:
    """The compact, folded and pictured tables, read in C when built."""
    return (
        Folding(compact_table()),
        Folding(folded_table()),
        Folding(pictured_table()),
    )


_new = object.__new__


def _view(original: str, folding: Folding) -> View:
    # View(original, folding.translate(original), folding) without the frozen
    # dataclass's object.__setattr__ per field: every message makes two.
    view = _new(View)
    fields = view.__dict__
    fields["original"] = original
    fields["text"] = folding.translate(original)
    fields["folding"] = folding
    return view


def normalize(text: str) -> Normalized:
    compact, folded, pictures = _foldings()
    norm = _new(Normalized)  # as in _view
    fields = norm.__dict__
    fields["original"] = text
    fields["compact"] = view = _new(View)  # _view, inline: every message
    view.__dict__.update(original=text, text=compact.translate(text), folding=compact)
    fields["folded"] = view = _new(View)
    view.__dict__.update(original=text, text=folded.translate(text), folding=folded)
    fields["pictured"] = None if _PICTURE.find(text) < 0 else _view(text, pictures)
    return norm


def fold_term(term: str) -> str:
    """The compact form of a lexicon term, as it will appear in messages."""
    return _foldings()[0].translate(term)
