"""A ``str.translate`` table, applied in C when the extension is built.

Every message is folded several times: the compact, folded and pictured views
(``normalize.py``), the model's digits (``model.py``) and the phonetic reading
(``phonetic.py``). ``str.translate`` looks each character up in a dict through
a new int object; ``_fold.c`` reads the same table from pages of code points,
ten times faster. ``Folding(mapping)``:

- ``translate(text)`` is ``text.translate(mapping)``;
- ``origins(text)``: for each character of the translated text, the index in
  ``text`` of the character it came from (the span map of a view);
- ``find(text)``: the index of the first character of ``text`` the mapping
  holds, ``-1`` for none (a regex character class searches several times
  slower: ``Folding.of(chars)`` makes such a set);
- ``kept(text)``: the characters of ``text`` the mapping holds, in order (what
  ``re.findall`` of that character class finds, as one str).

Without the extension both run in Python; a test holds the two equal.
"""

from __future__ import annotations

try:
    from ._grams import CharTable
except ImportError:  # pragma: no cover - exercised where no compiler was found
    CharTable = None

__all__ = ["Folding", "python_find", "python_kept", "python_origins"]


def python_origins(mapping: dict[int, str | int], text: str) -> list[int]:
    """``Folding.origins`` in Python."""
    origins: list[int] = []
    for index, char in enumerate(text):
        value = mapping.get(ord(char))
        if value is None or isinstance(value, int):  # kept, or one character
            origins.append(index)
        elif value:
            origins.extend([index] * len(value))
    return origins


def python_find(mapping: dict[int, str | int], text: str) -> int:
    """``Folding.find`` in Python."""
    for index, char in enumerate(text):
        if ord(char) in mapping:
            return index
    return -1


def python_kept(mapping: dict[int, str | int], text: str) -> str:
    """``Folding.kept`` in Python."""
    return "".join(char for char in text if ord(char) in mapping)


class Folding:
    __slots__ = ("mapping", "translate", "origins", "find", "kept")

    @classmethod
    def of(cls, chars: str, fast: bool = True) -> Folding:
        """A table holding ``chars`` (each kept as it is): for ``find``."""
        return cls({ord(char): char for char in chars}, fast)

    def __init__(self, mapping: dict[int, str], fast: bool = True):
        self.mapping = mapping
        if fast and CharTable is not None:
            table = CharTable(mapping)
            self.translate = table.translate
            self.origins = table.origins
            self.find = table.find
            self.kept = table.kept
        else:
            self.translate = lambda text: text.translate(mapping)
            self.origins = lambda text: python_origins(mapping, text)
            self.find = lambda text: python_find(mapping, text)
            self.kept = lambda text: python_kept(mapping, text)
