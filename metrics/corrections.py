"""Past figures that change: exempt days, upheld rating appeals, and what
follows them: the affected periods computed again and weekly penalties that
no longer hold reversed (or, when a failure appears, added) in the ledger.

docs/metrics.md, "Exempt days and rating appeals".
"""

import datetime as dt

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.models import Notice, Rating, Role, Store
from chat.notices import do_post_notice
from compliance.actions.audit import do_record_audit
from compliance.actions.penalties import do_reverse_penalty_entry
from compliance.errors import ComplianceError, parse_id
from compliance.models import PenaltyEntry
from metrics.actions import (
    TotalsChange,
    add_metric_penalty,
    day_is_complete,
    do_compute_period,
    penalty_key,
    refresh_last_ratings,
)
from metrics.models import ExemptDay, Metric, MetricResult, RatingAppeal
from metrics.periods import SHANGHAI, make_span, week_of
from metrics.queries import in_ids, lock_stored_totals

REASON_LIMIT = 500
STATEMENT_LIMIT = 2000


def _text(value, limit: int, *, required: bool = True) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        raise ComplianceError("reason_required")
    if len(text) > limit:
        raise ComplianceError("too_long")
    return text


def _require(user, *roles):
    if not user.is_authenticated or user.role not in roles:
        raise ComplianceError("forbidden")


# Weekly penalties -------------------------------------------------------


def _standing_entries(result: MetricResult, metric: str) -> list[PenaltyEntry]:
    """The week's penalty entries for `metric` not reversed."""
    key = penalty_key(result, metric)
    entries = PenaltyEntry.objects.filter(
        store_id=result.store_id, source=PenaltyEntry.Source.METRIC, metric=metric
    ).filter(dedupe_key__startswith=key)
    return [
        e
        for e in entries.order_by("id")
        if (e.dedupe_key == key or e.dedupe_key.startswith(f"{key}:again:"))
        and not PenaltyEntry.objects.filter(reverses=e).exists()
    ]


def do_correct_weekly_penalties(result: MetricResult, actor, reason: str) -> dict:
    """Make the ledger match a week computed again: a penalty whose metric
    now passes is reversed (a reversing entry, audited); a metric that now
    fails without a standing penalty gets one. Returns {"reversed": [...],
    "added": [...]} entries."""
    changes = {"reversed": [], "added": []}
    failed = set(result.failed_metrics())
    for metric in Metric.values:
        standing = _standing_entries(result, metric)
        if metric not in failed:
            for entry in standing:
                reversal = do_reverse_penalty_entry(actor, entry, reason)
                changes["reversed"].append(reversal)
                do_post_notice(
                    result.store,
                    Notice.Level.INFO,
                    "metrics",
                    # The reason is what the person correcting wrote.
                    lambda entry=entry: (
                        _("扣分 #%(id)s 已冲正：%(reason)s")
                        % {"id": entry.pk, "reason": reason}
                    ),
                )
        elif not standing:
            key = penalty_key(result, metric)
            taken = PenaltyEntry.objects.filter(dedupe_key__startswith=key).count()
            dedupe_key = key if not taken else f"{key}:again:{taken}"
            entry = add_metric_penalty(result, metric, dedupe_key)
            if entry is not None:
                changes["added"].append(entry)
    return changes


def do_recompute_days(days, store_ids, actor, reason: str) -> list[MetricResult]:
    """The periods containing `days` that were computed already (and are
    complete) are computed again for these stores (None: all); weeks get
    their penalties corrected. Returns the new results."""
    spans = set()
    for day in days:
        spans.add(make_span("day", day))
        spans.add(week_of(day))
    results = []
    for span in sorted(spans, key=lambda s: (s.first_day, s.period)):
        if not day_is_complete(span.days()[-1]):
            continue
        computed = MetricResult.objects.filter(
            period=span.period, period_start=span.first_day
        )
        if store_ids is not None:
            computed = computed.filter(store_id__in=store_ids)
        if not computed.exists():
            continue
        computed_stores = list(computed.values_list("store_id", flat=True))
        for result in do_compute_period(span, computed_stores):
            results.append(result)
            if span.period == "week":
                do_correct_weekly_penalties(result, actor, reason)
    return results


# Exempt days ------------------------------------------------------------


def _exempt_snapshot(exempt: ExemptDay) -> dict:
    return {
        "day": exempt.day.isoformat(),
        "store": exempt.store.slug if exempt.store_id else None,
        "reason": exempt.reason,
    }


def _after_commit_recompute(days, store_ids, actor, reason):
    """Once the change is committed (visible to the jobs' own transactions),
    compute the affected periods again; in the request: for one store or from
    stored days it takes a moment."""
    transaction.on_commit(lambda: do_recompute_days(days, store_ids, actor, reason))


def do_set_exempt_day(actor, day: dt.date, store: Store | None, reason: str):
    """Exempt a day (for one store, or None: the platform); the periods
    already computed that contain it are computed again after commit."""
    try:
        with transaction.atomic():
            exempt = ExemptDay.objects.create(
                day=day, store=store, reason=reason, created_by=actor
            )
            do_record_audit(
                actor, "metrics.exempt_day", exempt, None, _exempt_snapshot(exempt)
            )
    except IntegrityError:
        raise ComplianceError("already_decided", _("这一天已经免考核。")) from None
    _after_commit_recompute(
        {day}, None if store is None else [store.pk], actor, _exempt_reason(exempt)
    )
    return exempt


def _exempt_reason(exempt: ExemptDay) -> str:
    return _("%(day)s 免考核：%(reason)s") % {
        "day": exempt.day.isoformat(),
        "reason": exempt.reason,
    }


def check_set_exempt_day(user, day, store_slug, reason) -> ExemptDay:
    _require(user, Role.ADMIN)
    reason = _text(reason, REASON_LIMIT)
    if not isinstance(day, dt.date):
        try:
            day = dt.date.fromisoformat(str(day))
        except ValueError:
            raise ComplianceError("bad_input", _("日期格式应为 YYYY-MM-DD。")) from None
    store = None
    if store_slug:
        store = Store.objects.filter(slug=store_slug).first()
        if store is None:
            raise ComplianceError("not_found")
    return do_set_exempt_day(user, day, store, reason)


def do_remove_exempt_day(actor, exempt: ExemptDay) -> None:
    """The day counts again; the periods containing it are computed again."""
    with transaction.atomic():
        before = _exempt_snapshot(exempt)
        store_ids = None if exempt.store_id is None else [exempt.store_id]
        do_record_audit(actor, "metrics.exempt_day_removed", exempt, before, None)
        exempt.delete()
    _after_commit_recompute(
        {exempt.day},
        store_ids,
        actor,
        _("%(day)s 恢复考核") % {"day": exempt.day.isoformat()},
    )


# Rating appeals ---------------------------------------------------------


def _appeal_snapshot(appeal: RatingAppeal) -> dict:
    return {
        "rating": appeal.rating_id,
        "score": appeal.rating.score,
        "ground": appeal.ground,
        "statement": appeal.statement,
        "evidence": appeal.evidence,
        "state": appeal.state,
        "decision_reason": appeal.decision_reason,
    }


def check_file_rating_appeal(user, rating_id, ground, statement, evidence=""):
    """A supervisor appeals a dissatisfied rating of their store, once."""
    _require(user, Role.SUPERVISOR)
    if ground not in RatingAppeal.Ground.values:
        raise ComplianceError("bad_input", _("请选择申诉理由。"))
    statement = _text(statement, STATEMENT_LIMIT)
    evidence = _text(evidence, STATEMENT_LIMIT, required=False)
    rating = (
        Rating.objects.select_related("session")
        .filter(pk=parse_id(rating_id), session__store_id=user.membership.store_id)
        .first()
    )
    if rating is None:
        raise ComplianceError("not_found")
    if rating.score > 2:
        raise ComplianceError(
            "not_appealable", _("只有不满意的评价（1、2 分）可以申诉。")
        )
    try:
        with transaction.atomic():
            appeal = RatingAppeal.objects.create(
                rating=rating,
                store_id=rating.session.store_id,
                ground=ground,
                statement=statement,
                evidence=evidence,
                filed_by=user,
            )
            do_record_audit(
                user, "metrics.rating_appeal", appeal, None, _appeal_snapshot(appeal)
            )
    except IntegrityError:
        raise ComplianceError("already_appealed", _("该评价已申诉过。")) from None
    return appeal


def do_refresh_session_ratings(session_ids) -> None:
    """The stored facts of these sessions take their last rating again (a
    rating left out by an upheld appeal); the day totals move by the
    difference. Rows not final are computed again before every sum anyway."""
    with transaction.atomic(), connection.cursor() as cursor:
        lock_stored_totals()
        change = TotalsChange(cursor)
        params: dict = {}
        refresh_last_ratings(
            change, in_ids("r.session_id", session_ids, params), params
        )
        change.write()


def do_decide_rating_appeal(actor, appeal: RatingAppeal, uphold: bool, reason: str):
    """Uphold or reject a pending appeal, once, audited. Upheld: the rating
    leaves the session's figures, and the periods of the session's start are
    computed again (and their weekly penalties corrected) after commit."""
    with transaction.atomic():
        appeal = (
            RatingAppeal.objects.select_for_update()
            .select_related("rating__session")
            .get(pk=appeal.pk)
        )
        if appeal.state != RatingAppeal.State.PENDING:
            raise ComplianceError("already_decided")
        before = _appeal_snapshot(appeal)
        appeal.state = (
            RatingAppeal.State.UPHELD if uphold else RatingAppeal.State.REJECTED
        )
        appeal.decision_reason = reason
        appeal.decided_by = actor
        appeal.decided_at = timezone.now()
        appeal.save()
        do_record_audit(
            actor,
            "metrics.rating_appeal_decide",
            appeal,
            before,
            _appeal_snapshot(appeal),
        )
        if uphold:
            session = appeal.rating.session
            do_refresh_session_ratings([session.pk])
            start = session.human_started_at
            if start is not None:
                _after_commit_recompute(
                    {start.astimezone(SHANGHAI).date()},
                    [session.store_id],
                    actor,
                    _("评价申诉 #%(id)s 成立：%(reason)s")
                    % {"id": appeal.pk, "reason": reason},
                )
    return appeal


def check_decide_rating_appeal(user, appeal_id, uphold, reason) -> RatingAppeal:
    _require(user, Role.AUDITOR, Role.ADMIN)
    reason = _text(reason, REASON_LIMIT)
    appeal = RatingAppeal.objects.filter(pk=parse_id(appeal_id)).first()
    if appeal is None:
        raise ComplianceError("not_found")
    return do_decide_rating_appeal(user, appeal, bool(uphold), reason)
