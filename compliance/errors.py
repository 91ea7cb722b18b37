"""The one error type compliance's check_ functions raise for untrusted input."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "not_found": _("找不到该记录。"),
    "forbidden": _("您的角色无权执行此操作。"),
    "bad_input": _("输入无效。"),
    "too_long": _("内容过长。"),
    "reason_required": _("请填写理由。"),
    "bad_reason": _("请选择举报原因。"),
    "already_decided": _("该事项已处理。"),
    "already_reviewed": _("该消息已审核完毕，如有异议请由主管对扣分记录申诉。"),
    "already_appealed": _("该扣分记录已申诉过。"),
    "not_appealable": _("该记录不可申诉。"),
    "already_reversed": _("该记录已冲正。"),
    "model_worse": _("候选模型有指标变差，请逐项确认后再启用。"),
}

STATUS = {"not_found": 404, "forbidden": 403, "already_decided": 409}


class ComplianceError(Exception):
    """A refusal with a stable `code` and a readable, translated `message`."""

    def __init__(self, code: str, message=None, details=None):
        self.code = code
        self.message = str(message or MESSAGES.get(code, MESSAGES["bad_input"]))
        self.details = details or []
        super().__init__(code)

    @property
    def http_status(self) -> int:
        if self.code in STATUS:
            return STATUS[self.code]
        return 409 if self.code.startswith("already_") else 400


def parse_id(value) -> int:
    """A positive integer id, or `not_found` like any id the user cannot see."""
    if isinstance(value, bool):
        raise ComplianceError("not_found")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ComplianceError("not_found") from None
    if number <= 0:
        raise ComplianceError("not_found")
    return number
