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
