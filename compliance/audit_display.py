"""The audit log as people read it: actions and objects by name, and each
changed field as "label: before → after", in the reader's language.

The log itself keeps codes and raw JSON (what happened, exactly); only its
display is translated here, so an entry written in one language reads in any."""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "appeal.decide": _("处理申诉"),
    "ledger.manual": _("手动扣分"),
    "ledger.reversal": _("冲正扣分"),
    "metrics.thresholds": _("修改指标阈值"),
    "model.activate": _("启用筛查模型"),
    "model.register": _("登记筛查模型"),
    "policy.change": _("修改处罚与抽检设置"),
    "review.decide": _("审核决定"),
    "rule.added": _("新增规则"),
    "rule.changed": _("修改规则"),
    "rule.deleted": _("删除规则"),
    "rule.enabled": _("启用规则条目"),
    "rule.disabled": _("停用规则条目"),
    "rulepack.synced": _("同步规则包"),
    "sample.score": _("抽检评分"),
    "session.validity": _("标记会话有效性"),
}

# Values that are codes of a field without choices on the model.
FIELD_LABELS = {
    "active": _("启用的版本"),
    "state": _("状态"),
    "decision_reason": _("理由"),
    "penalty_entry": _("扣分记录"),
}


def action_label(code: str) -> str:
    return str(ACTIONS.get(code, code))


def _model(target_type: str):
    try:
        return apps.get_model(target_type) if target_type else None
    except (LookupError, ValueError):
        return None


def _field(model, name):
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _value(field, value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(_("是") if value else _("否"))
    choices = dict(getattr(field, "flatchoices", None) or ())
    if choices and value in choices:
        return str(choices[value])
    if isinstance(value, dict) and "id" in value and "points" in value:
        # A ledger entry's snapshot: the entry, not its reason's words.
        return f"#{value['id']} ({value['points']:+d})"
    if isinstance(value, (list, dict)):
        return (
            ", ".join(str(v) for v in value)
            if isinstance(value, list)
            else ("; ".join(f"{k}: {v}" for k, v in value.items()))
        )
    return str(value)


def _label(field, name: str) -> str:
    if name in FIELD_LABELS:
        return str(FIELD_LABELS[name])
    if field is not None and getattr(field, "verbose_name", None):
        verbose = str(field.verbose_name)
        if verbose != name.replace("_", " "):
            return verbose
    return name.replace("_", " ")


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditRow:
    log: object
    action: str
    target: str
    changes: list


def audit_row(log) -> AuditRow:
    model = _model(log.target_type)
    before = log.before if isinstance(log.before, dict) else {}
    after = log.after if isinstance(log.after, dict) else {}
    changes = []
    for name in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(name), after.get(name)
        if name in before and name in after and old == new:
            continue
        field = _field(model, name)
        changes.append(
            Change(_label(field, name), _value(field, old), _value(field, new))
        )
    if model is not None:
        target = f"{model._meta.verbose_name} #{log.target_id}"
    else:
        target = str(_("全平台"))
    return AuditRow(log, action_label(log.action), target, changes)
