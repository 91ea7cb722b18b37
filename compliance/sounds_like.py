"""A rule's `sounds_like` as an admin writes it: one name per line.

``微信: 卫星 威信 维新`` keeps those ordinary words for 微信, as written; a
name alone on its line (``陌陌``) gets its ordinary homophones computed
(``compliance.engine.phonetic.ordinary_homophones``, from jieba's
dictionary). ``支付宝:`` stores a name with no ordinary homophones.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_NAME_SEPARATOR = re.compile(r"[:：]")
_WORD_SEPARATOR = re.compile(r"[\s,，、;；]+")


def homophones_of(name: str) -> list[str]:
    """The ordinary words that read like `name`.

    The phonetic module arrives with the learned screening stage (issue 17,
    item 2); it is imported here, not at the top, so that this module and the
    admin load where it is not installed yet. Raises ImportError there.
    """
    from compliance.engine.phonetic import ordinary_homophones

    return list(ordinary_homophones(name))


def format_sounds_like(value: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}: {' '.join(words)}" for name, words in value.items())


def parse_sounds_like(text: str) -> dict[str, list[str]]:
    """The mapping `text` describes, homophones computed for bare names."""
    mapping: dict[str, list[str]] = {}
    for line in text.splitlines():
        name, *words = _NAME_SEPARATOR.split(line, maxsplit=1)
        name = name.strip()
        if not name:
            continue
        if words:
            mapping[name] = [w for w in _WORD_SEPARATOR.split(words[0]) if w]
            continue
        try:
            mapping[name] = homophones_of(name)
        except ImportError:
            raise ValidationError(
                _("无法自动计算“%(name)s”的同音常用词，请写成“%(name)s: 词 词”。"),
                params={"name": name},
            ) from None
    return mapping


class SoundsLikeField(forms.CharField):
    """Edits a `sounds_like` dict as lines of text."""

    widget = forms.Textarea(attrs={"rows": 6, "cols": 80})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _(
                "每行一个需要防谐音的名称。“名称: 词 词”保留所写的同音常用词"
                "（不算违规）；只写名称则自动计算。"
            ),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return format_sounds_like(value) if isinstance(value, dict) else value

    def to_python(self, value):
        return parse_sounds_like(super().to_python(value) or "")

    def has_changed(self, initial, data):
        initial_text = format_sounds_like(initial or {})
        return initial_text.strip() != (data or "").replace("\r\n", "\n").strip()
