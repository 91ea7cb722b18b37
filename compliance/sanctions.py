"""Store standing: points in the ledger's window decide a store's status, and
this is the one place that status changes (the row, its log line, a notice).
Chat only reads the status (`Store.chat_open`); it never sets it."""

import datetime as dt

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chat.models import Notice, Store, StoreStatusChange
from chat.notices import do_post_notice
from compliance.models import PenaltyEntry, SanctionPolicy

STATUS_NOTICES = {
    Store.Status.ACTIVE: gettext_lazy("店铺已恢复正常状态。"),
    Store.Status.RESTRICTED: gettext_lazy("店铺已受限：机器人辅助接待已强制开启。"),
    Store.Status.SUSPENDED: gettext_lazy("店铺已暂停客服：客服暂时无法发送消息。"),
    Store.Status.BLOCKED: gettext_lazy("店铺已被封禁。"),
}


def do_set_store_status(
    store: Store, status: str, *, reason: str, actor=None
) -> StoreStatusChange | None:
    """Set `store.status`, log the change and tell the store; None when unchanged.

    The row is locked so two callers deciding at once log one change, not two.
    """
    status = Store.Status(status)
    with transaction.atomic():
        locked = Store.objects.select_for_update().get(pk=store.pk)
        old_status = locked.status
        if old_status == status:
            store.status = old_status
            return None
        locked.status = status
        locked.save(update_fields=["status", "updated_at"])
        change = StoreStatusChange.objects.create(
            store=locked,
            old_status=old_status,
            new_status=status,
            reason=reason[:500],
            actor=actor,
        )
        # The store's open consoles are told at once, not at their next load.
        do_post_notice(
            locked,
            Notice.Level.INFO
            if status == Store.Status.ACTIVE
            else Notice.Level.WARNING,
            "compliance",
            STATUS_NOTICES[status],
        )
    store.status = status
    return change


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
