"""Changing quick phrases rings the consoles that show them (chat.phrases)."""

from chat.actions.store_settings import (
    check_create_quick_phrase,
    check_delete_quick_phrase,
    check_update_quick_phrase,
)
from chat.events import store_group, user_group


def test_shared_phrase_changes_ring_the_stores_consoles(
    store, supervisor, agent, committed, listener
):
    listener.join(store_group(store.pk))
    with committed():
        shared = check_create_quick_phrase(
            supervisor,
            store,
            owner=None,
            text="稍等",
            shortcut="wait",
            purpose="general",
        )
    with committed():
        check_update_quick_phrase(
            supervisor, shared, text="请稍等", shortcut="wait", purpose="general"
        )
    with committed():
        check_delete_quick_phrase(supervisor, shared)

    # An agent's own phrase is not the store's business.
    with committed():
        check_create_quick_phrase(
            agent, store, owner=agent, text="亲", shortcut="q", purpose="general"
        )
    assert listener.types() == ["chat.phrases"] * 3


def test_an_own_phrase_rings_its_owners_sockets(store, agent, committed, listener):
    listener.join(user_group(agent.pk))
    with committed():
        check_create_quick_phrase(
            agent, store, owner=agent, text="亲", shortcut="q", purpose="general"
        )
    assert listener.types() == ["chat.phrases"]


def test_an_unchanged_phrase_rings_nobody(store, supervisor, committed, listener):
    with committed():
        shared = check_create_quick_phrase(
            supervisor, store, owner=None, text="稍等", shortcut="", purpose="general"
        )
    listener.join(store_group(store.pk))
    with committed():
        check_update_quick_phrase(
            supervisor, shared, text="稍等", shortcut="", purpose="general"
        )
    assert listener.types() == []
