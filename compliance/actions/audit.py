"""The audit log every auditor and admin action writes to."""

from compliance.models import AuditLog


def do_record_audit(actor, action: str, target, before, after) -> AuditLog:
    """Record that `actor` did `action` to `target`, with JSON states before/after.

    `target` is a model instance (or None for platform-wide changes); `before` and
    `after` are JSON-serialisable dicts (datetimes and decimals are fine) or None.
    """
    return AuditLog.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action[:64],
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_repr=str(target)[:200] if target is not None else "",
        before=before,
        after=after,
    )


def do_record_audits(actor, action: str, changes) -> list[AuditLog]:
    """`do_record_audit` for many targets at once: `changes` yields
    ``(target, before, after)``."""
    actor = actor if actor is not None and actor.is_authenticated else None
    return AuditLog.objects.bulk_create(
        [
            AuditLog(
                actor=actor,
                action=action[:64],
                target_type=target._meta.label_lower,
                target_id=str(target.pk),
                target_repr=str(target)[:200],
                before=before,
                after=after,
            )
            for target, before, after in changes
        ]
    )
