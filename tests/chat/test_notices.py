"""Notices reach a store's open consoles (chat.notice) the moment they are posted:
metrics results, sanction changes and every penalty entry."""

from chat.events import store_group
from chat.models import Notice, Store
from chat.notices import do_post_notice
from compliance.ledger import do_add_penalty_entry
from compliance.sanctions import do_set_store_status


def notices(events):
    return [e for e in events if e["type"] == "chat.notice"]


def test_a_posted_notice_is_sent_to_the_stores_consoles(
    store, other_store, committed, listener
):
    listener.join(store_group(store.pk))
    with committed():
        notice = do_post_notice(store, "warning", "metrics", "本周未达标")
    sent = notices(listener.drain())
    assert sent == [
        {
            "type": "chat.notice",
            "id": notice.pk,
            "level": "warning",
            "text": "本周未达标",
            "created_at": notice.created_at.isoformat(),
        }
    ]


def test_a_notice_for_another_store_is_not_heard(
    store, other_store, committed, listener
):
    listener.join(store_group(store.pk))
    with committed():
        do_post_notice(other_store, "info", "metrics", "别家的通知")
    assert notices(listener.drain()) == []


def test_a_sanction_change_is_told_to_the_store_live(store, committed, listener):
    listener.join(store_group(store.pk))
    with committed():
        do_set_store_status(store, Store.Status.SUSPENDED, reason="测试")
    sent = notices(listener.drain())
    assert [(e["level"], e["text"]) for e in sent] == [
        ("warning", "店铺已暂停客服：客服暂时无法发送消息。")
    ]
    assert Notice.objects.get().source == "compliance"


def test_every_penalty_entry_is_told_to_the_store_live(store, committed, listener):
    listener.join(store_group(store.pk))
    with committed():
        entry, _ = do_add_penalty_entry(store, 3, "态度恶劣", "manual")
    sent = notices(listener.drain())
    assert [(e["level"], e["text"]) for e in sent] == [("warning", "扣 3 分：态度恶劣")]
    assert Notice.objects.filter(source="ledger").count() == 1
    assert entry.points == 3
