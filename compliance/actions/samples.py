"""Scoring a daily sample; a failed fatal item becomes a violation to confirm."""

from django.db import transaction
from django.utils import timezone

from chat.models import Role
from compliance.actions.audit import do_record_audit
from compliance.errors import ComplianceError, parse_id
from compliance.models import ReviewItem
from compliance.sampling import CHECK_KEYS, CHECKLIST

Kind = ReviewItem.Kind


def do_score_sample(
    actor, item_id: int, answers: dict, note: str = ""
) -> tuple[ReviewItem, ReviewItem | None]:
    """Store the checklist answers; returns (sample, finding or None).

    Each failed fatal item (forbidden content, abusive language) goes into one new
    review item of kind `finding` against the store, for an auditor to confirm.
    """
    with transaction.atomic():
        item = (
            ReviewItem.objects.select_for_update()
            .filter(pk=item_id, kind=Kind.SAMPLE)
            .first()
        )
        if item is None:
            raise ComplianceError("not_found")
        if item.state != ReviewItem.State.PENDING:
            raise ComplianceError("already_decided")
        before = {"state": item.state, "checklist": item.checklist}
        item.checklist = {key: bool(answers[key]) for key in CHECK_KEYS}
        item.state = ReviewItem.State.SCORED
        item.decision_reason = note
        item.decided_by = actor
        item.decided_at = timezone.now()
        item.save()
        failed = [c for c in CHECKLIST if c.fatal and not item.checklist[c.key]]
        finding = None
        if failed:
            finding = ReviewItem.objects.create(
                kind=Kind.FINDING,
                store=item.store,
                session=item.session,
                parent=item,
                category=failed[0].category,
                violations=[
                    {
                        "category": c.category,
                        "rule": f"sample.{c.key}",
                        "match": str(c.label),
                        "suggestion": "",
                    }
                    for c in failed
                ],
                raised_by=actor,
                note=note,
            )
        do_record_audit(
            actor,
            "sample.score",
            item,
            before,
            {
                "state": item.state,
                "checklist": item.checklist,
                "finding": finding.pk if finding else None,
            },
        )
    return item, finding


def check_score_sample(user, item_id, answers: dict, note: str = ""):
    """Validate an auditor's checklist: every item answered True or False."""
    if not user.is_authenticated or user.role not in (Role.AUDITOR, Role.ADMIN):
        raise ComplianceError("forbidden")
    if not isinstance(answers, dict) or any(
        not isinstance(answers.get(key), bool) for key in CHECK_KEYS
    ):
        raise ComplianceError("bad_input")
    note = (note or "").strip()
    if len(note) > 500:
        raise ComplianceError("too_long")
    return do_score_sample(user, parse_id(item_id), answers, note)
