"""Switching a store's robot-assisted reception on and off, with who did it.

Every switch posts a Notice whose source is ``robot_assist:<source>``; the
latest such notice tells who made the current choice (see `last_switch`).
"""

from collections.abc import Callable

from django.db import transaction
from django.utils.translation import gettext_lazy

from chat.models import Notice, Store
from chat.notices import do_post_notice

SOURCE_PREFIX = "robot_assist:"
SOURCE_METRICS = "metrics"
SOURCE_SUPERVISOR = "supervisor"


def do_set_robot_assist(
    store: Store, enabled: bool, *, source: str, reason: str | Callable[[], str]
) -> bool:
    """Set the flag; returns False (and posts nothing) when it already had it.
    `reason` is what a person wrote, or a function writing the product's
    reason in the active language (the notice is shown in its reader's)."""
    with transaction.atomic():
        locked = Store.objects.select_for_update().get(pk=store.pk)
        if locked.robot_assist == enabled:
            store.robot_assist = enabled
            return False
        Store.objects.filter(pk=store.pk).update(robot_assist=enabled)
        store.robot_assist = enabled
        if enabled:
            text = gettext_lazy("机器人辅助接待已开启：%(reason)s")
        else:
            text = gettext_lazy("机器人辅助接待已关闭：%(reason)s")
        do_post_notice(
            store,
            Notice.Level.WARNING if enabled else Notice.Level.INFO,
            f"{SOURCE_PREFIX}{source}",
            lambda: str(text) % {"reason": reason() if callable(reason) else reason},
        )
    return True


def last_switch(store: Store) -> Notice | None:
    """The notice of the latest robot-assist switch of this store, if any."""
    return (
        Notice.objects.filter(store=store, source__startswith=SOURCE_PREFIX)
        .order_by("-created_at", "-id")
        .first()
    )


def switch_source(notice: Notice | None) -> str:
    return notice.source.removeprefix(SOURCE_PREFIX) if notice else ""
