"""Notices to a store's merchant console (metrics results, sanctions, points…).

Outside chat.actions because compliance and metrics post them too and may
not import chat's actions (tests/csc/test_layering.py).

A notice the product writes is shown in its reader's language, like a ledger
entry's reason (compliance.ledger.entry_reason) and the chat's system texts
(chat.system_texts): the poster hands over a lazy text or a function that
writes it in the active language, and it is written once in every language of
the site when posted (`Notice.texts`). A plain string is what a person wrote
and is shown as written."""

from collections.abc import Callable

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import override

from chat.events import notice_event, send_event_on_commit, store_group
from chat.models import Notice, Store

NoticeText = str | Promise | Callable[[], str]


def written_in_each_language(text: NoticeText) -> dict[str, str]:
    """`{language: text}` for every language of the site; {} for a plain
    string (a person's words, not translated)."""
    if isinstance(text, str):
        return {}
    write = text if callable(text) else lambda: str(text)
    texts = {}
    for language, _name in settings.LANGUAGES:
        with override(language):
            texts[language] = str(write())
    return texts


def do_post_notice(store: Store, level: str, source: str, text: NoticeText) -> Notice:
    """Post one notice; `source` names what posted it (≤ 32 characters). The
    store's open consoles show it at once (chat.notice), reloaded ones too,
    each in its reader's language."""
    texts = written_in_each_language(text)
    notice = Notice.objects.create(
        store=store,
        level=level,
        source=source,
        text=texts.get(settings.LANGUAGE_CODE, text),
        texts=texts,
    )
    send_event_on_commit(store_group(store.pk), notice_event(notice))
    return notice
