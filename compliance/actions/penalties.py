"""Admins' manual points and reversals, merchants' appeals, the sanction policy."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.models import Role, Store
from compliance.actions.audit import do_record_audit
from compliance.errors import ComplianceError, parse_id
from compliance.ledger import do_add_penalty_entry
from compliance.models import Appeal, PenaltyEntry, SanctionPolicy
from compliance.sanctions import do_reevaluate_sanctions

MAX_MANUAL_POINTS = 48
STATEMENT_LIMIT = 2000


def _entry_snapshot(entry: PenaltyEntry) -> dict:
    return {
        "id": entry.pk,
        "store": entry.store_id,
        "points": entry.points,
        "reason": entry.reason,
        "source": entry.source,
        "rule": entry.rule,
        "metric": entry.metric,
        "reverses": entry.reverses_id,
    }


def _reason(reason) -> str:
    reason = reason.strip() if isinstance(reason, str) else ""
    if not reason:
        raise ComplianceError("reason_required")
    if len(reason) > 500:
        raise ComplianceError("too_long")
    return reason


def _require(user, *roles):
    if not user.is_authenticated or user.role not in roles:
        raise ComplianceError("forbidden")


def do_add_manual_penalty(actor, store: Store, points: int, reason: str):
    """An admin's manual deduction: one ledger entry and its audit line."""
    with transaction.atomic():
        entry, _created = do_add_penalty_entry(
            store, points, reason, PenaltyEntry.Source.MANUAL, issued_by=actor
        )
        do_record_audit(actor, "ledger.manual", entry, None, _entry_snapshot(entry))
    return entry


def check_add_manual_penalty(user, store_id, points, reason) -> PenaltyEntry:
    _require(user, Role.ADMIN)
    reason = _reason(reason)
    try:
        points = int(points)
    except (TypeError, ValueError):
        raise ComplianceError("bad_input") from None
    if not 1 <= points <= MAX_MANUAL_POINTS:
        raise ComplianceError("bad_input")
    store = Store.objects.filter(pk=parse_id(store_id)).first()
    if store is None:
        raise ComplianceError("not_found")
    return do_add_manual_penalty(user, store, points, reason)


def do_reverse_penalty_entry(actor, entry: PenaltyEntry, reason: str) -> PenaltyEntry:
    """Cancel an entry with a reversing one (-points); at most once per entry."""
    if entry.source == PenaltyEntry.Source.REVERSAL:
        raise ComplianceError("not_appealable")
    with transaction.atomic():
        reversal, created = do_add_penalty_entry(
            entry.store,
            -entry.points,
            _("冲正 #%(id)s：%(reason)s") % {"id": entry.pk, "reason": reason},
            PenaltyEntry.Source.REVERSAL,
            rule=entry.rule,
            metric=entry.metric,
            issued_by=actor,
            dedupe_key=f"reversal:{entry.pk}",
            reverses=entry,
        )
        if not created:
            raise ComplianceError("already_reversed")
        do_record_audit(
            actor,
            "ledger.reversal",
            entry,
            _entry_snapshot(entry),
            {"reversal": _entry_snapshot(reversal), "reason": reason},
        )
    return reversal


def check_reverse_penalty_entry(user, entry_id, reason) -> PenaltyEntry:
    _require(user, Role.ADMIN)
    reason = _reason(reason)
    entry = PenaltyEntry.objects.filter(pk=parse_id(entry_id)).first()
    if entry is None:
        raise ComplianceError("not_found")
    if PenaltyEntry.objects.filter(reverses=entry).exists():
        raise ComplianceError("already_reversed")
    return do_reverse_penalty_entry(user, entry, reason)


def do_file_appeal(user, entry: PenaltyEntry, statement: str) -> Appeal:
    return Appeal.objects.create(
        entry=entry, store_id=entry.store_id, statement=statement, filed_by=user
    )


def check_file_appeal(user, entry_id, statement) -> Appeal:
    """A supervisor appeals one entry of their own store, once, with a statement."""
    _require(user, Role.SUPERVISOR)
    statement = statement.strip() if isinstance(statement, str) else ""
    if not statement:
        raise ComplianceError("reason_required")
    if len(statement) > STATEMENT_LIMIT:
        raise ComplianceError("too_long")
    entry = PenaltyEntry.objects.filter(
        pk=parse_id(entry_id), store_id=user.membership.store_id
    ).first()
    if entry is None:
        raise ComplianceError("not_found")
    if entry.points <= 0 or entry.source == PenaltyEntry.Source.REVERSAL:
        raise ComplianceError("not_appealable")
    if PenaltyEntry.objects.filter(reverses=entry).exists():
        raise ComplianceError("already_reversed")
    if Appeal.objects.filter(entry=entry).exists():
        raise ComplianceError("already_appealed")
    try:
        with transaction.atomic():
            return do_file_appeal(user, entry, statement)
    except IntegrityError:
        raise ComplianceError("already_appealed") from None


def do_decide_appeal(actor, appeal_id: int, uphold: bool, reason: str) -> Appeal:
    """Uphold (the entry is reversed) or reject a pending appeal, once."""
    with transaction.atomic():
        appeal = (
            Appeal.objects.select_for_update()
            .select_related("entry__store")
            .filter(pk=appeal_id)
            .first()
        )
        if appeal is None:
            raise ComplianceError("not_found")
        if appeal.state != Appeal.State.PENDING:
            raise ComplianceError("already_decided")
        before = {"state": appeal.state}
        appeal.state = Appeal.State.UPHELD if uphold else Appeal.State.REJECTED
        appeal.decision_reason = reason
        appeal.decided_by = actor
        appeal.decided_at = timezone.now()
        appeal.save()
        reversal = None
        already = PenaltyEntry.objects.filter(reverses=appeal.entry).first()
        if uphold and already is None:
            reversal = do_reverse_penalty_entry(actor, appeal.entry, reason)
        do_record_audit(
            actor,
            "appeal.decide",
            appeal,
            before,
            {
                "state": appeal.state,
                "reason": reason,
                "reversal": reversal.pk if reversal else None,
            },
        )
    return appeal


def check_decide_appeal(user, appeal_id, decision, reason) -> Appeal:
    _require(user, Role.AUDITOR, Role.ADMIN)
    if decision not in ("uphold", "reject"):
        raise ComplianceError("bad_input")
    reason = _reason(reason)
    return do_decide_appeal(user, parse_id(appeal_id), decision == "uphold", reason)


def do_save_sanction_policy(actor, policy: SanctionPolicy) -> SanctionPolicy:
    """Save edited thresholds, audit before/after, then re-derive every store."""
    with transaction.atomic():
        before = SanctionPolicy.current().snapshot()
        policy.pk = 1
        policy.save()
        do_record_audit(actor, "policy.change", policy, before, policy.snapshot())
        transaction.on_commit(do_reevaluate_sanctions)
    return policy
