"""Notices to a store's merchant console (metrics results, automatic switches…)."""

from chat.models import Notice, Store


def do_post_notice(store: Store, level: str, source: str, text: str) -> Notice:
    """Post one notice; `source` names what posted it (≤ 32 characters)."""
    return Notice.objects.create(store=store, level=level, source=source, text=text)
