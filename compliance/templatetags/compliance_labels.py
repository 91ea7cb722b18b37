from django import template

from compliance import labels
from compliance.ledger import entry_reason as _entry_reason
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
    return labels.category_label(code)


@register.filter
def rule_text(text: str) -> str:
    """A shipped suggestion in the reader's language; an admin's as written."""
    return localize(text or "")


@register.filter
def report_reason(code: str) -> str:
    """A buyer's report reason (举报原因) in the reader's language."""
    return labels.report_reason_label(code)


@register.filter
def entry_reason(entry) -> str:
    """A ledger entry's reason in the reader's language (compliance.ledger)."""
    return _entry_reason(entry)
