"""Notices reach a store's open consoles (chat.notice) the moment they are posted:
metrics results, sanction changes and every penalty entry."""

from django.utils.html import escape
from django.utils.translation import override

from chat.events import store_group
from chat.models import Notice, Store
from chat.notices import do_post_notice
from compliance.ledger import do_add_penalty_entry
from compliance.sanctions import STATUS_NOTICES, do_set_store_status


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
            "texts": {},
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


def test_a_product_notice_is_written_in_every_language_and_a_persons_as_written(
    store,
):
    blocked = do_post_notice(store, "warning", "compliance", STATUS_NOTICES["blocked"])
    assert blocked.texts == {
        "zh-hans": "店铺已被封禁。",
        "en": "The store has been blocked.",
    }
    assert blocked.text == "店铺已被封禁。"  # the platform's default language
    typed = do_post_notice(store, "info", "admin", "周末仓库盘点，发货顺延")
    assert (typed.texts, typed.text) == ({}, "周末仓库盘点，发货顺延")
    for language in ("zh-hans", "en"):
        with override(language):
            assert typed.shown_text == "周末仓库盘点，发货顺延"
    with override("en"):
        assert blocked.shown_text == "The store has been blocked."


def test_a_penalty_notice_reads_in_english_whoever_posted_it(
    store, committed, listener
):
    listener.join(store_group(store.pk))
    with committed(), override("zh-hans"):  # an auditor working in Chinese
        do_add_penalty_entry(store, 3, "态度恶劣", "manual")
    (sent,) = notices(listener.drain())
    # The reason is what the auditor wrote; the product's words are translated.
    assert sent["text"] == "扣 3 分：态度恶劣"
    assert sent["texts"] == {
        "zh-hans": "扣 3 分：态度恶劣",
        "en": "3 points deducted: 态度恶劣",
    }


def test_the_console_shows_notices_in_its_readers_language(store, agent, login):
    do_set_store_status(store, Store.Status.SUSPENDED, reason="测试")
    client = login(agent)
    client.cookies["django_language"] = "en"
    page = client.get("/console/").content.decode()
    with override("en"):
        english = str(STATUS_NOTICES[Store.Status.SUSPENDED])
    assert english != "店铺已暂停客服：客服暂时无法发送消息。"
    assert f'<span class="notice-text">{escape(english)}</span>' in page
    client.cookies["django_language"] = "zh-hans"
    page = client.get("/console/").content.decode()
    assert (
        '<span class="notice-text">店铺已暂停客服：客服暂时无法发送消息。</span>'
        in page
    )
