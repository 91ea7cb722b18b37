"""Admins' changes to rule data: each one audited, each one a new revision.

Categories, rules, lexicon entries, allow words and platform domains are
edited in Django admin; the admin pages call these and never save themselves.
A new revision makes every process reload the rules within seconds.
"""

from django.db import transaction

from compliance.actions.audit import do_record_audit, do_record_audits
from compliance.models import Origin, ShippedEntry
from compliance.rulesets import do_bump_revision


def _take_over_if_revived(entry) -> None:
    """An entry the rule pack retired and an admin enables is the admin's from
    then on: no later sync retires it again."""
    if isinstance(entry, ShippedEntry) and entry.enabled and entry.retired_in:
        entry.origin = Origin.ADMIN
        entry.retired_in = ""


def do_save_rule_data(actor, obj, before: dict | None, after: dict) -> None:
    """Save `obj` as an admin changed it; `before` is None for a new object,
    else the changed fields' old values, `after` their new ones."""
    verb = "added" if before is None else "changed"
    with transaction.atomic():
        _take_over_if_revived(obj)
        obj.save()
        do_bump_revision(f"{verb} {obj._meta.model_name} {obj}", actor)
        do_record_audit(actor, f"rule.{verb}", obj, before, after)


def do_delete_rule_data(actor, objects) -> int:
    """Delete `objects` (one model's instances) for an admin."""
    objects = list(objects)
    if not objects:
        return 0
    model_name = objects[0]._meta.model_name
    with transaction.atomic():
        do_record_audits(
            actor, "rule.deleted", ((o, {"repr": str(o)}, None) for o in objects)
        )
        for obj in objects:
            obj.delete()
        do_bump_revision(f"deleted {len(objects)} {model_name}", actor)
    return len(objects)


def do_set_entries_enabled(actor, queryset, enabled: bool) -> int:
    """Enable or disable lexicon entries (rule entries or allow words);
    returns how many changed."""
    model = queryset.model
    with transaction.atomic():
        pks = list(queryset.exclude(enabled=enabled).values_list("pk", flat=True))
        entries = list(model.objects.select_for_update().filter(pk__in=pks))
        if not entries:
            return 0
        for entry in entries:
            entry.enabled = enabled
            _take_over_if_revived(entry)
        model.objects.bulk_update(entries, ["enabled", "origin", "retired_in"])
        do_record_audits(
            actor,
            "rule.changed",
            ((e, {"enabled": not enabled}, {"enabled": enabled}) for e in entries),
        )
        verb = "enabled" if enabled else "disabled"
        do_bump_revision(f"{verb} {len(entries)} {model._meta.model_name}", actor)
    return len(entries)


def _snapshot(entry) -> dict:
    fields = ("kind", "value", "enabled", "note")
    snapshot = {name: getattr(entry, name) for name in fields if hasattr(entry, name)}
    if hasattr(entry, "rule_id"):
        snapshot["rule"] = entry.rule.code
    return snapshot


def do_import_lexicon(actor, plan) -> None:
    """Apply a CSV import plan (compliance.lexicon_csv): add its entries as
    the admin's, change and disable the ones it names."""
    lexicon = plan.lexicon
    model = lexicon.model
    with transaction.atomic():
        added = model.objects.bulk_create(
            [lexicon.new_entry(a.key, a.fields, plan.context) for a in plan.added]
        )
        changed = []
        for change in plan.changed:
            entry = change.entry
            for name, value in change.after.items():
                setattr(entry, name, value)
            _take_over_if_revived(entry)
            changed.append(entry)
        if changed:
            fields = {name for change in plan.changed for name in change.after}
            model.objects.bulk_update(changed, [*fields, "origin", "retired_in"])
        model.objects.filter(pk__in=[e.pk for e in plan.disabled]).update(enabled=False)
        do_record_audits(actor, "rule.added", ((e, None, _snapshot(e)) for e in added))
        do_record_audits(
            actor,
            "rule.changed",
            [(c.entry, c.before, c.after) for c in plan.changed]
            + [(e, {"enabled": True}, {"enabled": False}) for e in plan.disabled],
        )
        do_bump_revision(
            f"imported {model._meta.model_name} CSV: {len(added)} added, "
            f"{len(changed)} changed, {len(plan.disabled)} disabled",
            actor,
        )
