from django import template

from compliance.labels import CATEGORY_LABELS
from compliance.rule_texts import localize
from compliance.rulesets import rule_name

register = template.Library()


@register.filter
def rule_label(code: str) -> str:
    """A rule's human name (as the admin named it); its code when unknown."""
    return rule_name(code or "")


@register.filter
def category_label(code: str) -> str:
    """A violation category's label in the reader's language; the code when unknown."""
    return str(CATEGORY_LABELS.get(code, code or ""))


@register.filter
def rule_text(text: str) -> str:
    """A shipped suggestion in the reader's language; an admin's as written."""
    return localize(text or "")
