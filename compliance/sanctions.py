"""Store sanctions derived from the ledger: points in the window decide the status."""

import datetime as dt

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.actions.store_status import do_set_store_status
from chat.models import Store, StoreStatusChange
from compliance.models import PenaltyEntry, SanctionPolicy


def store_points(store: Store, *, now=None, policy: SanctionPolicy | None = None):
    """Points counting against the store: the window's entries, reversed ones out.

    A reversal cancels its original wherever the original sits, so the pair ages
    out of the window together instead of leaving a negative balance behind.
    """
    policy = policy or SanctionPolicy.current()
    since = (now or timezone.now()) - dt.timedelta(days=policy.window_days)
    total = (
        PenaltyEntry.objects.filter(store=store, created_at__gte=since)
        .exclude(source=PenaltyEntry.Source.REVERSAL)
        .filter(reversal__isnull=True)
        .aggregate(total=Sum("points"))["total"]
    )
    return total or 0


def derive_status(points: int, policy: SanctionPolicy) -> str:
    if points >= policy.block_at:
        return Store.Status.BLOCKED
    if points >= policy.suspend_at:
        return Store.Status.SUSPENDED
    if points >= policy.restrict_at:
        return Store.Status.RESTRICTED
    return Store.Status.ACTIVE


def do_apply_sanctions(store_id: int, *, now=None) -> StoreStatusChange | None:
    """Set the status the store's points call for; log it when it changes."""
    store = Store.objects.get(pk=store_id)
    policy = SanctionPolicy.current()
    points = store_points(store, now=now, policy=policy)
    status = derive_status(points, policy)
    reason = _("近%(days)s天累计扣分%(points)s分") % {
        "days": policy.window_days,
        "points": points,
    }
    return do_set_store_status(store, status, reason=reason)


def do_reevaluate_sanctions(*, now=None) -> list[StoreStatusChange]:
    """Re-derive every store's status; points age out of the window daily."""
    changes = []
    for store_id in Store.objects.order_by("pk").values_list("pk", flat=True):
        change = do_apply_sanctions(store_id, now=now)
        if change is not None:
            changes.append(change)
    return changes
