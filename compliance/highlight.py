"""Matched spans of message text wrapped in <mark>, built from escaped pieces."""

import re

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

_SAFE_CLASS = re.compile(r"[^a-z0-9_-]")


def _spans(text: str, violations) -> list[tuple[int, int, str, str]]:
    spans = []
    for violation in violations or []:
        if not isinstance(violation, dict):
            continue
        start, end = violation.get("start"), violation.get("end")
        match = violation.get("match")
        valid = (
            isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start < end <= len(text)
        )
        if not valid or (isinstance(match, str) and text[start:end] != match):
            found = text.find(match) if isinstance(match, str) and match else -1
            if found < 0:
                continue
            start, end = found, found + len(match)
        category = _SAFE_CLASS.sub("", str(violation.get("category", "")).lower())
        spans.append((start, end, category, str(violation.get("rule", ""))))
    spans.sort()
    merged = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], span[1]), last[2], last[3])
        else:
            merged.append(span)
    return merged


def highlight(text: str, violations) -> SafeString:
    """Escape `text` and wrap each violation's span (by offsets, else by match)."""
    text = text or ""
    pieces, position = [], 0
    for start, end, category, rule in _spans(text, violations):
        pieces.append(conditional_escape(text[position:start]))
        pieces.append(
            format_html(
                '<mark class="hit hit-{}" title="{}">{}</mark>',
                category or "other",
                rule,
                text[start:end],
            )
        )
        position = end
    pieces.append(conditional_escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
