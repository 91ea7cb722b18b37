"""Violation categories' labels in the reader's language."""

from django.utils.translation import gettext_lazy as _

CATEGORY_LABELS = {
    "contact": _("联系方式"),
    "payment": _("支付信息"),
    "link": _("外部链接"),
    "platform": _("其他平台"),
    "address": _("地址"),
    "abuse": _("辱骂"),
    "obscene": _("低俗"),
    "fraud": _("欺诈"),
    "spam": _("垃圾信息"),
    "political": _("政治敏感"),
    "forbidden": _("违禁内容"),
}

# What a buyer may report a message or a session for (举报); stored as the review
# item's category, so the screening categories keep their own codes here.
REPORT_REASONS = {
    "contact": _("引导加联系方式或站外交易"),
    "payment": _("要求私下付款"),
    "fraud": _("欺诈或虚假承诺"),
    "abuse": _("辱骂、骚扰或威胁"),
    "obscene": _("低俗内容"),
    "spam": _("垃圾广告"),
    "service": _("敷衍或拒绝服务"),
    "other": _("其他"),
}


def category_label(code: str) -> str:
    """A category's (or a buyer's report reason's) label; the code when unknown."""
    label = CATEGORY_LABELS.get(code) or REPORT_REASONS.get(code)
    return str(label) if label else (code or "")


def report_reason_label(code: str) -> str:
    """A buyer's report reason as the buyer chose it."""
    label = REPORT_REASONS.get(code)
    return str(label) if label else category_label(code)
