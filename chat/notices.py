"""Notices to a store's merchant console (metrics results, sanctions, points…).

Outside chat.actions because compliance and metrics post them too and may
not import chat's actions (tests/csc/test_layering.py)."""

from chat.events import notice_event, send_event_on_commit, store_group
from chat.models import Notice, Store


def do_post_notice(store: Store, level: str, source: str, text: str) -> Notice:
    """Post one notice; `source` names what posted it (≤ 32 characters). The
    store's open consoles show it at once (chat.notice), reloaded ones too."""
    notice = Notice.objects.create(store=store, level=level, source=source, text=text)
    send_event_on_commit(store_group(store.pk), notice_event(notice))
    return notice
