"""The one place a store's status changes: the row, its log line and a notice."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from chat.actions.notices import do_post_notice
from chat.models import Notice, Store, StoreStatusChange

STATUS_NOTICES = {
    Store.Status.ACTIVE: _("店铺已恢复正常状态。"),
    Store.Status.RESTRICTED: _("店铺已受限：机器人辅助接待已强制开启。"),
    Store.Status.SUSPENDED: _("店铺已暂停客服：客服暂时无法发送消息。"),
    Store.Status.BLOCKED: _("店铺已被封禁。"),
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
        do_post_notice(
            locked,
            Notice.Level.INFO
            if status == Store.Status.ACTIVE
            else Notice.Level.WARNING,
            "compliance",
            str(STATUS_NOTICES[status]),
        )
    store.status = status
    return change
