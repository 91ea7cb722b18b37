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


def _related(field):
    """The model a foreign key points to, or None."""
    return field.related_model if getattr(field, "many_to_one", False) else None


def _value(field, value, names=None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(_("是") if value else _("否"))
    choices = dict(getattr(field, "flatchoices", None) or ())
    if choices and value in choices:
        return str(choices[value])
    if isinstance(value, int) and _related(field) is not None:
        # another row: by name where it has one (a store, a person), else #id
        return (names or {}).get((_related(field), value)) or f"#{value}"
    if isinstance(value, dict) and "id" in value and "points" in value:
        # A ledger entry's snapshot: the entry, not its reason's words.
        return f"#{value['id']} ({value['points']:+d})"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_nested(v)}" for k, v in value.items())
    return str(value)


def _nested(value) -> str:
    """A value inside a changed field's JSON: a dict as "(key value, …)"."""
    if isinstance(value, dict):
        return "(" + ", ".join(f"{k} {_nested(v)}" for k, v in value.items()) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
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


# Rows named in the log by their names: stores and people.
NAMED = ("chat.Store", "chat.User")


def _fields_and_values(log):
    """``(name, field, before, after)`` of each field the entry changed; not
    the target's own id (the target column names it)."""
    model = _model(log.target_type)
    before = log.before if isinstance(log.before, dict) else {}
    after = log.after if isinstance(log.after, dict) else {}
    for name in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(name), after.get(name)
        if name in before and name in after and old == new:
            continue
        if old in (None, "") and new in (None, ""):
            continue  # nothing before and nothing after: "— → —"
        if name == "id" and str(new if new is not None else old) == str(log.target_id):
            continue
        yield name, _field(model, name), old, new


def audit_rows(logs) -> list[AuditRow]:
    """``audit_row`` of each entry, the stores and people they name looked up
    once for all of them (one query per kind)."""
    changed = [(log, list(_fields_and_values(log))) for log in logs]
    wanted: dict = {}
    for _log, fields in changed:
        for _name, field, old, new in fields:
            related = _related(field)
            if related is not None and related._meta.label in NAMED:
                ids = wanted.setdefault(related, set())
                ids.update(v for v in (old, new) if isinstance(v, int))
    names = {
        (related, pk): str(row)
        for related, ids in wanted.items()
        for pk, row in related.objects.in_bulk(ids).items()
    }
    return [audit_row(log, names, fields) for log, fields in changed]


def audit_row(log, names=None, fields=None) -> AuditRow:
    """One entry as people read it; ``fields``: its ``_fields_and_values``,
    when already worked out."""
    model = _model(log.target_type)
    if fields is None:
        fields = _fields_and_values(log)
    changes = [
        Change(
            _label(field, name), _value(field, old, names), _value(field, new, names)
        )
        for name, field, old, new in fields
    ]
    if model is not None:
        target = f"{model._meta.verbose_name} #{log.target_id}"
    else:
        target = str(_("全平台"))
    return AuditRow(log, action_label(log.action), target, changes)
