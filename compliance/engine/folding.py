"""A ``str.translate`` table, applied in C when the extension is built.

Every message is folded several times: the compact, folded and pictured views
(``normalize.py``), the model's digits (``model.py``) and the phonetic reading
(``phonetic.py``). ``str.translate`` looks each character up in a dict through
a new int object; ``_fold.c`` reads the same table from pages of code points,
ten times faster. ``Folding(mapping)``:

- ``translate(text)`` is ``text.translate(mapping)``;
- ``origins(text)``: for each character of the translated text, the index in
  ``text`` of the character it came from (the span map of a view).

Without the extension both run in Python; a test holds the two equal.
"""

from __future__ import annotations

try:
    from ._grams import CharTable
except ImportError:  # pragma: no cover - exercised where no compiler was found
    CharTable = None

__all__ = ["Folding", "python_origins"]


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


class Folding:
    __slots__ = ("mapping", "translate", "origins")

    def __init__(self, mapping: dict[int, str], fast: bool = True):
        self.mapping = mapping
        if fast and CharTable is not None:
            table = CharTable(mapping)
            self.translate = table.translate
            self.origins = table.origins
        else:
            self.translate = lambda text: text.translate(mapping)
            self.origins = lambda text: python_origins(mapping, text)
