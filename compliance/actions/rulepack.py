"""Sync a shipped rule pack into the database, leaving admins' work alone.

`plan_rule_pack_sync()` decides everything and writes nothing (the dry run
prints it); `do_sync_rule_pack()` applies that same plan. What it decides:

- **Entries** (terms, patterns, allow words) the pack ships and the database
  lacks are added as the pack's; pack entries a later pack drops are retired
  (disabled, `retired_in` set) and restored if a pack ships them again. An
  entry an admin added is never touched; a pack entry an admin disabled stays
  disabled, and one whose value an admin edited is the admin's (it is neither
  retired nor added again).
- **Rules and categories** the database lacks are created. A field of an
  existing one takes the pack's new value only when it still holds what the
  last sync wrote (`shipped`); a value an admin changed is kept. A field the
  last sync did not record (a database older than provenance, a field added
  since) counts as unedited only while it holds the field's default. A rule
  the pack drops is disabled unless an admin changed that.
- **Rows from before provenance** (origin unsynced) are classified once: the
  pack's if the pack ships them, the admins' otherwise.
- **Platform domains** belong to the deployment: the pack's list only seeds an
  empty table.

An applied sync that writes anything adds one rule-set revision (every
process reloads within seconds) and one audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import F

from compliance.actions.audit import do_record_audit
from compliance.engine import load_default_spec
from compliance.models import (
    AllowEntry,
    Origin,
    PlatformDomain,
    Rule,
    RuleCategory,
    RuleEntry,
)
from compliance.rulesets import do_bump_revision

ALLOW = "allow"  # the kind of an allow-list entry in a lexicon diff
AUDITED_VALUES = 50  # per list and rule in the audit entry; counts are complete


def category_values(data: dict) -> dict[str, Any]:
    return {
        "name": data["name"],
        "buyer_action": data["actions"]["buyer"],
        "agent_action": data["actions"]["agent"],
        "points": data["points"],
    }


def rule_values(data: dict) -> dict[str, Any]:
    actions = data.get("actions") or {}
    return {
        "category": data["category"],
        "name": data["name"],
        "buyer_action": actions.get("buyer", ""),
        "agent_action": actions.get("agent", ""),
        "points": data.get("points"),
        "suggestion": data.get("suggestion") or "",
        "detector": data.get("detector") or "",
        "enabled": data.get("enabled", True),
        "sounds_like": data.get("sounds_like") or {},
    }


def _current(row, fields) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in fields}
    if "category" in values:
        values["category"] = row.category.code
    return values


def _base(row, name: str) -> Any:
    """What the last sync wrote to `name`, or the field's default if unrecorded."""
    if name in row.shipped:
        return row.shipped[name]
    model_field = row._meta.get_field(name)
    return model_field.get_default() if model_field.has_default() else None


@dataclass
class RecordDiff:
    """A category or a rule: created, or its fields merged with the pack's."""

    code: str
    name: str
    pack: dict[str, Any] | None  # the pack's values; None for a rule it dropped
    row: Any = None  # None: created by this sync
    adopted: str = ""  # the origin an unsynced or admin's rule takes
    updated: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    kept: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def created(self) -> bool:
        return self.row is None

    @property
    def retired(self) -> bool:
        return self.pack is None and "enabled" in self.updated

    @property
    def writes(self) -> bool:
        if self.created or self.adopted or self.updated:
            return True
        snapshot = self.pack if self.pack is not None else {"enabled": False}
        return any(self.row.shipped.get(k) != v for k, v in snapshot.items())


@dataclass
class EntryChange:
    kind: str  # term, pattern or allow
    value: str
    pk: int | None = None
    reason: str = ""  # why a kept entry differs from the pack


@dataclass
class LexiconDiff:
    """The entries of one rule, or the allow list."""

    added: list[EntryChange] = field(default_factory=list)
    restored: list[EntryChange] = field(default_factory=list)
    retired: list[EntryChange] = field(default_factory=list)
    kept: list[EntryChange] = field(default_factory=list)
    adopted_by_pack: list[EntryChange] = field(default_factory=list)
    adopted_by_admin: list[EntryChange] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return any(
            (
                self.added,
                self.restored,
                self.retired,
                self.adopted_by_pack,
                self.adopted_by_admin,
            )
        )

    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name))
            for name in ("added", "restored", "retired", "kept")
            if getattr(self, name)
        }


@dataclass
class RuleDiff:
    record: RecordDiff
    entries: LexiconDiff


@dataclass
class SyncPlan:
    version: str
    categories: list[RecordDiff]
    rules: list[RuleDiff]
    allow: LexiconDiff
    domains: list[str]

    @property
    def writes(self) -> bool:
        return (
            bool(self.domains)
            or self.allow.writes
            or any(c.writes for c in self.categories)
            or any(r.record.writes or r.entries.writes for r in self.rules)
        )

    def totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for diff in [r.entries for r in self.rules] + [self.allow]:
            for name, count in diff.counts().items():
                totals[name] = totals.get(name, 0) + count
        return totals

    def headline(self) -> str:
        """One line: the entry counts, and the rules and categories changed."""
        parts = [f"{count} {name}" for name, count in self.totals().items()]
        records = [r.record for r in self.rules] + self.categories
        touched = sum(1 for r in records if r.created or r.updated)
        if touched:
            parts.append(f"{touched} rules or categories created or updated")
        return ", ".join(parts) or "provenance recorded"

    def summary(self) -> dict:
        """The plan as JSON for the audit log: counts, and the values changed."""

        def values(changes):
            return [c.value for c in changes[:AUDITED_VALUES]]

        def lexicon(diff: LexiconDiff, listed: bool) -> dict:
            out: dict[str, Any] = diff.counts()
            if listed:
                for name in ("added", "restored", "retired"):
                    if getattr(diff, name):
                        out[f"{name}_values"] = values(getattr(diff, name))
            return out

        rules = {}
        for rule in self.rules:
            record = rule.record
            entry = lexicon(rule.entries, listed=not record.created)
            if record.created:
                entry["rule"] = "created"
            elif record.retired:
                entry["rule"] = "retired"
            if record.updated:
                entry["updated"] = sorted(record.updated)
            if entry:
                rules[record.code] = entry
        return {
            "version": self.version,
            "totals": self.totals(),
            "categories": {
                c.code: "created" if c.created else sorted(c.updated)
                for c in self.categories
                if c.created or c.updated
            },
            "rules": rules,
            "allow": lexicon(self.allow, listed=True),
            "platform_domains": self.domains,
        }


def _merge(diff: RecordDiff, pack: dict[str, Any]) -> None:
    here = _current(diff.row, pack)
    for name, new in pack.items():
        old = here[name]
        if old == new:
            continue
        if old == _base(diff.row, name):
            diff.updated[name] = (old, new)
        else:
            diff.kept[name] = (old, new)


def _plan_categories(spec: dict) -> list[RecordDiff]:
    rows = {c.code: c for c in RuleCategory.objects.all()}
    diffs = []
    for code, data in spec["categories"].items():
        values = category_values(data)
        diff = RecordDiff(code, data["name"], values, rows.get(code))
        if diff.row is not None:
            _merge(diff, values)
        diffs.append(diff)
    return diffs


def _plan_rules(spec: dict) -> list[RecordDiff]:
    rows = {r.code: r for r in Rule.objects.select_related("category")}
    diffs = []
    for data in spec["rules"]:
        values = rule_values(data)
        diff = RecordDiff(
            data["code"], data["name"], values, rows.pop(data["code"], None)
        )
        if diff.row is not None:
            if diff.row.origin != Origin.PACK:
                diff.adopted = Origin.PACK
            _merge(diff, values)
        diffs.append(diff)
    for row in rows.values():  # rules the pack does not ship
        diff = RecordDiff(row.code, row.name, None, row)
        if row.origin == Origin.UNSYNCED:
            diff.adopted = Origin.ADMIN
        elif row.origin == Origin.PACK:
            _merge(diff, {"enabled": False})
        if diff.adopted or diff.updated or diff.kept:
            diffs.append(diff)
    return diffs


def _plan_lexicon(shipped: list[tuple[str, str]], rows: list[dict]) -> LexiconDiff:
    def change(row, reason=""):
        return EntryChange(row["kind"], row["value"], row["id"], reason)

    diff = LexiconDiff()
    pack_rows = {
        (r["kind"], r["shipped_value"]): r for r in rows if r["origin"] == Origin.PACK
    }
    by_value = {(r["kind"], r["value"]): r for r in rows}
    wanted = set(shipped)
    for key in shipped:
        row = pack_rows.get(key)
        if row is None:
            row = by_value.get(key)
            if row is None:
                diff.added.append(EntryChange(*key))
            elif row["origin"] == Origin.UNSYNCED:
                diff.adopted_by_pack.append(change(row))
            # else an admin's entry holds the value: theirs, left alone
        elif row["retired_in"]:
            diff.restored.append(change(row))
        elif row["value"] != row["shipped_value"]:
            diff.kept.append(change(row, f"edited from {row['shipped_value']}"))
        elif not row["enabled"]:
            diff.kept.append(change(row, "disabled by an admin"))
    for row in rows:
        if row["origin"] == Origin.UNSYNCED:
            if (row["kind"], row["value"]) not in wanted:
                diff.adopted_by_admin.append(change(row))
        elif row["origin"] == Origin.PACK and not row["retired_in"]:
            if (row["kind"], row["shipped_value"]) in wanted:
                continue
            if row["value"] != row["shipped_value"]:
                reason = f"edited from {row['shipped_value']}; no longer shipped"
                diff.kept.append(change(row, reason))
            elif row["enabled"]:
                diff.retired.append(change(row))
    return diff


LEXICON_FIELDS = ("id", "value", "enabled", "origin", "shipped_value", "retired_in")


def plan_rule_pack_sync(spec: dict | None = None) -> SyncPlan:
    """What syncing `spec` (the shipped pack by default) would change."""
    spec = spec if spec is not None else load_default_spec()
    records = _plan_rules(spec)
    entry_rows: dict[str, list[dict]] = {}
    for row in RuleEntry.objects.values(*LEXICON_FIELDS, "kind", "rule__code"):
        entry_rows.setdefault(row["rule__code"], []).append(row)
    shipped = {
        data["code"]: [("term", v) for v in data.get("terms", [])]
        + [("pattern", v) for v in data.get("patterns", [])]
        for data in spec["rules"]
    }
    rules = [
        RuleDiff(
            record,
            _plan_lexicon(
                shipped.get(record.code, []), entry_rows.get(record.code, [])
            ),
        )
        for record in records
    ]
    allow_rows = [
        {**row, "kind": ALLOW} for row in AllowEntry.objects.values(*LEXICON_FIELDS)
    ]
    allow = _plan_lexicon([(ALLOW, v) for v in spec["allow"]], allow_rows)
    domains = (
        []
        if PlatformDomain.objects.exists()
        else list(dict.fromkeys(spec.get("platform_domains", [])))
    )
    return SyncPlan(
        version=spec["version"],
        categories=_plan_categories(spec),
        rules=rules,
        allow=allow,
        domains=domains,
    )


def _apply_record(diff: RecordDiff, model, values: dict[str, Any], **extra) -> Any:
    if diff.created:
        return model.objects.create(
            code=diff.code, **values, shipped=diff.pack, **extra
        )
    row = diff.row
    if not diff.writes:
        return row
    for name, (_old, new) in diff.updated.items():
        setattr(row, name, values.get(name, new))
    if diff.adopted:
        row.origin = diff.adopted
        if diff.adopted == Origin.PACK:
            row.pack_version = extra.get("pack_version", "")
    if diff.pack is not None:
        row.shipped = diff.pack
    elif diff.updated or "enabled" in diff.kept:
        row.shipped = {**row.shipped, "enabled": False}
    row.save()
    return row


def _apply_lexicon(model, diff: LexiconDiff, version: str, **owner) -> None:
    """Write one lexicon's diff; `owner` is the rule of rule entries."""

    def pks(changes):
        return [c.pk for c in changes]

    model.objects.bulk_create(
        [
            model(
                **owner,
                **({} if change.kind == ALLOW else {"kind": change.kind}),
                value=change.value,
                origin=Origin.PACK,
                pack_version=version,
                shipped_value=change.value,
            )
            for change in diff.added
        ]
    )
    model.objects.filter(pk__in=pks(diff.restored)).update(enabled=True, retired_in="")
    model.objects.filter(pk__in=pks(diff.retired)).update(
        enabled=False, retired_in=version
    )
    model.objects.filter(pk__in=pks(diff.adopted_by_pack)).update(
        origin=Origin.PACK, pack_version=version, shipped_value=F("value")
    )
    model.objects.filter(pk__in=pks(diff.adopted_by_admin)).update(origin=Origin.ADMIN)


def do_sync_rule_pack(
    actor=None, *, dry_run: bool = False, spec: dict | None = None
) -> SyncPlan:
    """Plan the sync of `spec` (the shipped pack by default) and, unless
    `dry_run`, apply it; returns the plan either way."""
    with transaction.atomic():
        plan = plan_rule_pack_sync(spec)
        if dry_run or not plan.writes:
            return plan
        version = plan.version
        categories = {}
        for diff in plan.categories:
            categories[diff.code] = _apply_record(diff, RuleCategory, diff.pack or {})
        for rule in plan.rules:
            record = rule.record
            values = dict(record.pack or {})
            if "category" in values:
                values["category"] = categories[values["category"]]
            extra = {"origin": Origin.PACK} if record.created else {}
            row = _apply_record(record, Rule, values, pack_version=version, **extra)
            _apply_lexicon(RuleEntry, rule.entries, version, rule=row)
        _apply_lexicon(AllowEntry, plan.allow, version)
        PlatformDomain.objects.bulk_create(
            [PlatformDomain(domain=domain) for domain in plan.domains]
        )
        do_bump_revision(f"rule pack {version}: {plan.headline()}", actor)
        do_record_audit(actor, "rulepack.synced", None, None, plan.summary())
    return plan
