"""Lexicon entries as CSV: the columns, reading an upload, and what it would change.

Reads only. `plan_lexicon_import` checks a whole file first (any bad row
rejects the file, naming each problem, and nothing changes) and then says
exactly what importing it adds, changes and disables; the admin shows that
plan and `compliance.actions.rules.do_import_lexicon` applies it.

Rule entries: ``rule,kind,value,enabled,origin``; allow words:
``value,note,enabled,origin``. ``rule`` and ``value`` are required, the rest
optional: ``kind`` is ``term`` or ``pattern`` (default term), ``enabled`` is
``true``/``false`` (also 1/0, yes/no, 是/否; default true), ``origin`` is
written on export and ignored on import. With ``mirror``, the enabled
entries the file leaves out (of the rules it names, or every allow word) are
disabled.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from compliance.csv_safe import restore_cell
from compliance.models import AllowEntry, Rule, RuleEntry, lexicon_value_problem

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_PROBLEMS = 50
TRUE = {"", "1", "true", "yes", "y", "是", "启用"}
FALSE = {"0", "false", "no", "n", "否", "停用"}


class CsvRejected(Exception):
    """The file cannot be imported; `problems` says why, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def _enabled(text: str) -> bool:
    lowered = text.lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise ValueError(
        _("enabled 应为 true 或 false，而不是“%(value)s”") % {"value": text}
    )


def _value(row: dict, kind: str, max_length: int) -> str:
    value = row["value"]
    if not value:
        raise ValueError(_("value 为空"))
    if len(value) > max_length:
        raise ValueError(_("value 超过 %(limit)s 个字符") % {"limit": max_length})
    problem = lexicon_value_problem(kind, value)
    if problem:
        raise ValueError(problem)
    return value


class RuleEntryCsv:
    model = RuleEntry
    columns = ("rule", "kind", "value", "enabled", "origin")
    required = ("rule", "value")
    filename = "lexicon-entries.csv"
    preview_header = (
        gettext_lazy("规则"),
        gettext_lazy("类型"),
        gettext_lazy("内容"),
        gettext_lazy("启用"),
    )

    def export_rows(self, queryset: QuerySet):
        for entry in queryset.select_related("rule").iterator(chunk_size=2000):
            yield [
                entry.rule.code,
                entry.kind,
                entry.value,
                str(entry.enabled).lower(),
                entry.origin,
            ]

    def context(self) -> dict[str, Rule]:
        return {rule.code: rule for rule in Rule.objects.all()}

    def read_row(self, row: dict, rules: dict[str, Rule]):
        code = row["rule"]
        if code not in rules:
            raise ValueError(_("没有编码为“%(code)s”的规则") % {"code": code})
        kind = row.get("kind") or RuleEntry.Kind.TERM
        if kind not in RuleEntry.Kind.values:
            raise ValueError(
                _("kind 应为 term 或 pattern，而不是“%(kind)s”") % {"kind": kind}
            )
        value = _value(row, kind, 500)
        return (code, kind, value), {"enabled": _enabled(row.get("enabled", ""))}

    def existing(self, keys) -> dict[tuple, RuleEntry]:
        codes = {key[0] for key in keys}
        return {
            self.entry_key(e): e
            for e in RuleEntry.objects.filter(rule__code__in=codes).select_related(
                "rule"
            )
        }

    def mirrored(self, keys) -> list[RuleEntry]:
        codes = {key[0] for key in keys}
        return [
            entry
            for entry in RuleEntry.objects.filter(
                rule__code__in=codes, enabled=True
            ).select_related("rule")
            if self.entry_key(entry) not in keys
        ]

    def entry_key(self, entry: RuleEntry) -> tuple:
        return (entry.rule.code, entry.kind, entry.value)

    def new_entry(self, key, fields, rules) -> RuleEntry:
        code, kind, value = key
        return RuleEntry(rule=rules[code], kind=kind, value=value, **fields)

    def cells(self, key, fields) -> list:
        return [*key, fields.get("enabled", True)]


class AllowEntryCsv:
    model = AllowEntry
    columns = ("value", "note", "enabled", "origin")
    required = ("value",)
    filename = "allow-list.csv"
    preview_header = (
        gettext_lazy("白名单词"),
        gettext_lazy("备注"),
        gettext_lazy("启用"),
    )

    def export_rows(self, queryset: QuerySet):
        for entry in queryset.iterator(chunk_size=2000):
            yield [entry.value, entry.note, str(entry.enabled).lower(), entry.origin]

    def context(self) -> None:
        return None

    def read_row(self, row: dict, _context):
        value = _value(row, "term", 200)
        fields: dict[str, Any] = {"enabled": _enabled(row.get("enabled", ""))}
        if "note" in row:
            if len(row["note"]) > 200:
                raise ValueError(_("note 超过 %(limit)s 个字符") % {"limit": 200})
            fields["note"] = row["note"]
        return (value,), fields

    def existing(self, keys) -> dict[tuple, AllowEntry]:
        values = [key[0] for key in keys]
        entries = AllowEntry.objects.filter(value__in=values)
        return {self.entry_key(e): e for e in entries}

    def mirrored(self, keys) -> list[AllowEntry]:
        return [
            entry
            for entry in AllowEntry.objects.filter(enabled=True)
            if self.entry_key(entry) not in keys
        ]

    def entry_key(self, entry: AllowEntry) -> tuple:
        return (entry.value,)

    def new_entry(self, key, fields, _context) -> AllowEntry:
        return AllowEntry(value=key[0], **fields)

    def cells(self, key, fields) -> list:
        return [*key, fields.get("note", ""), fields.get("enabled", True)]


LEXICONS = {"ruleentry": RuleEntryCsv(), "allowentry": AllowEntryCsv()}


@dataclass
class Addition:
    key: tuple
    fields: dict[str, Any]


@dataclass
class Change:
    entry: Model
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class ImportPlan:
    lexicon: Any
    context: Any
    added: list[Addition] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    disabled: list[Model] = field(default_factory=list)
    unchanged: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.disabled)

    def fingerprint(self) -> str:
        """Equal for equal plans: the confirmation applies what was previewed."""
        payload = json.dumps(
            [
                [[list(a.key), a.fields] for a in self.added],
                [[c.entry.pk, c.after] for c in self.changed],
                [entry.pk for entry in self.disabled],
            ],
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode()).hexdigest()


def read_upload(upload) -> str:
    """The text of an uploaded CSV; CsvRejected if too large or not UTF-8."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise CsvRejected(
            [
                _("文件超过 %(limit)s MB，请分批导入。")
                % {"limit": MAX_UPLOAD_BYTES // (1024 * 1024)}
            ]
        )
    raw = upload.read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvRejected(
            [_("文件不是 UTF-8 编码：请在表格软件中另存为“CSV UTF-8”。")]
        ) from None


def _header(lexicon, header: list[str]) -> list[str]:
    names = [name.strip().lower() for name in header]
    problems = []
    missing = [c for c in lexicon.required if c not in names]
    if missing:
        problems.append(_("缺少列：%(columns)s") % {"columns": ", ".join(missing)})
    unknown = [n for n in names if n not in lexicon.columns]
    if unknown:
        problems.append(
            _("未知的列：%(columns)s（可用的列：%(known)s）")
            % {"columns": ", ".join(unknown), "known": ", ".join(lexicon.columns)}
        )
    if len(set(names)) != len(names):
        problems.append(_("列名重复"))
    if problems:
        raise CsvRejected(problems)
    return names


def _read_line(lexicon, names: list[str], cells: list[str], context):
    if len(cells) != len(names):
        raise ValueError(
            _("应有 %(expected)s 列，实有 %(found)s 列")
            % {"expected": len(names), "found": len(cells)}
        )
    row = {n: restore_cell(c.strip()) for n, c in zip(names, cells, strict=True)}
    return lexicon.read_row(row, context)


def plan_lexicon_import(lexicon, text: str, *, mirror: bool) -> ImportPlan:
    """What importing `text` would change; CsvRejected naming every problem."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header:
            raise CsvRejected([_("文件为空。")])
        names = _header(lexicon, header)
        context = lexicon.context()
        problems: list[str] = []
        rows: dict[tuple, tuple[int, dict]] = {}
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            try:
                key, fields = _read_line(lexicon, names, cells, context)
                if key in rows:
                    raise ValueError(_("与第 %(line)s 行重复") % {"line": rows[key][0]})
            except ValueError as error:
                problems.append(
                    _("第 %(line)s 行：%(problem)s") % {"line": line, "problem": error}
                )
                continue
            rows[key] = (line, fields)
    except csv.Error as error:
        raise CsvRejected([_("不是有效的 CSV：%(error)s") % {"error": error}]) from None
    if problems:
        raise CsvRejected(problems[:MAX_PROBLEMS])
    if not rows:
        raise CsvRejected([_("文件中没有词条。")])
    existing = lexicon.existing(rows)
    plan = ImportPlan(lexicon, context)
    for key, (_line, fields) in rows.items():
        entry = existing.get(key)
        if entry is None:
            plan.added.append(Addition(key, fields))
            continue
        before = {name: getattr(entry, name) for name in fields}
        if before == fields:
            plan.unchanged += 1
        else:
            changed = [name for name in fields if before[name] != fields[name]]
            plan.changed.append(
                Change(
                    entry,
                    {name: before[name] for name in changed},
                    {name: fields[name] for name in changed},
                )
            )
    if mirror:
        plan.disabled = lexicon.mirrored(rows)
    return plan
