"""Supervisor actions on store settings, team, quick phrases and FAQ."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from chat.actions import store_settings as actions
from chat.models import FaqEntry, Membership, QuickPhrase, Store
from tests import factories

VALID = {
    "greeting": "  您好，欢迎！ ",
    "closing_phrase": "再见",
    "opens_at": dt.time(9, 0),
    "closes_at": dt.time(21, 30),
    "idle_close_minutes": 15,
    "assist_delay_seconds": 45,
    "robot_assist": True,
}


def test_supervisor_updates_settings_and_gets_the_diff(supervisor, store, caplog):
    caplog.set_level("INFO", logger="csc.audit")
    changed = actions.check_update_store_settings(supervisor, store, dict(VALID))
    store.refresh_from_db()
    assert (store.greeting, store.closing_phrase) == ("您好，欢迎！", "再见")
    assert (store.opens_at, store.closes_at) == (dt.time(9, 0), dt.time(21, 30))
    assert (store.idle_close_minutes, store.assist_delay_seconds) == (15, 45)
    assert store.robot_assist is True
    assert set(changed) == set(VALID)
    assert changed["idle_close_minutes"] == (30, 15)
    assert len(caplog.records) == 1
    assert "store_settings store=store-a actor=super-a" in caplog.records[0].message


def test_unchanged_settings_write_nothing(supervisor, store, caplog):
    caplog.set_level("INFO", logger="csc.audit")
    current = {f: getattr(store, f) for f in actions.SETTINGS_FIELDS}
    before = Store.objects.get(pk=store.pk).updated_at
    assert actions.check_update_store_settings(supervisor, store, current) == {}
    assert Store.objects.get(pk=store.pk).updated_at == before
    assert caplog.records == []


@pytest.mark.parametrize("who", ["agent", "other_agent", "buyer"])
def test_non_supervisors_cannot_change_settings(who, request, store):
    user = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        actions.check_update_store_settings(user, store, dict(VALID))
    store.refresh_from_db()
    assert store.idle_close_minutes == 30
    assert store.robot_assist is False


def test_supervisor_of_another_store_cannot_change_settings(store, other_store):
    other_super = factories.make_member(
        other_store, Membership.MemberRole.SUPERVISOR, "super-b"
    )
    with pytest.raises(PermissionDenied):
        actions.check_update_store_settings(other_super, store, dict(VALID))


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"greeting": "   "}, "greeting", "欢迎语不能为空。"),
        ({"closes_at": dt.time(9, 0)}, "closes_at", "营业结束时间不能与开始时间相同。"),
        (
            {"idle_close_minutes": 0},
            "idle_close_minutes",
            "无活动自动结束时间须在 1 到 1440 分钟之间。",
        ),
        (
            {"assist_delay_seconds": 4000},
            "assist_delay_seconds",
            "辅助回复等待时间须在 5 到 3600 秒之间。",
        ),
    ],
)
def test_invalid_settings_are_refused_with_a_clear_error(
    supervisor, store, change, field, message
):
    with pytest.raises(ValidationError) as caught:
        actions.check_update_store_settings(supervisor, store, {**VALID, **change})
    assert caught.value.message_dict == {field: [message]}
    store.refresh_from_db()
    assert store.idle_close_minutes == 30


def test_overnight_business_hours_are_allowed(supervisor, store):
    hours = {"opens_at": dt.time(20, 0), "closes_at": dt.time(2, 0)}
    actions.check_update_store_settings(supervisor, store, hours)
    store.refresh_from_db()
    assert (store.opens_at, store.closes_at) == (dt.time(20, 0), dt.time(2, 0))


def test_supervisor_changes_agent_capacity_and_role(supervisor, agent):
    membership = agent.membership
    changed = actions.check_update_membership(
        supervisor, membership, max_sessions=8, role="supervisor"
    )
    membership.refresh_from_db()
    assert (membership.max_sessions, membership.role) == (8, "supervisor")
    assert changed == {"max_sessions": (5, 8), "role": ("agent", "supervisor")}


def test_last_supervisor_cannot_be_demoted(supervisor):
    membership = supervisor.membership
    with pytest.raises(ValidationError) as caught:
        actions.check_update_membership(
            supervisor, membership, max_sessions=5, role="agent"
        )
    assert caught.value.message_dict == {"role": ["店铺至少需要保留一名主管。"]}
    membership.refresh_from_db()
    assert membership.role == "supervisor"


@pytest.mark.parametrize("capacity", [0, 51])
def test_capacity_out_of_range_is_refused(supervisor, agent, capacity):
    with pytest.raises(ValidationError) as caught:
        actions.check_update_membership(
            supervisor, agent.membership, max_sessions=capacity, role="agent"
        )
    assert caught.value.message_dict == {
        "max_sessions": ["最大接待量须在 1 到 50 之间。"]
    }
    agent.membership.refresh_from_db()
    assert agent.membership.max_sessions == 5


def test_agent_cannot_change_a_colleague(agent, supervisor):
    with pytest.raises(PermissionDenied):
        actions.check_update_membership(
            agent, supervisor.membership, max_sessions=1, role="agent"
        )
    supervisor.membership.refresh_from_db()
    assert supervisor.membership.max_sessions == 5


def test_supervisor_manages_shared_phrases(supervisor, store):
    first = actions.check_create_quick_phrase(
        supervisor, store, owner=None, text="您好", shortcut="/hi", purpose="greeting"
    )
    second = actions.check_create_quick_phrase(
        supervisor, store, owner=None, text="稍等", shortcut="wait", purpose="general"
    )
    assert (first.owner, first.shortcut, first.position) == (None, "hi", 1)
    assert second.position == 2
    actions.check_update_quick_phrase(
        supervisor, first, text="您好呀", shortcut="hi", purpose="greeting"
    )
    first.refresh_from_db()
    assert first.text == "您好呀"
    actions.check_delete_quick_phrase(supervisor, second)
    assert list(QuickPhrase.objects.values_list("text", flat=True)) == ["您好呀"]


def test_agent_manages_only_own_phrases(agent, supervisor, store):
    own = actions.check_create_quick_phrase(
        agent, store, owner=agent, text="我的短语", shortcut="m", purpose="general"
    )
    assert own.owner == agent
    with pytest.raises(PermissionDenied):
        actions.check_create_quick_phrase(
            agent, store, owner=None, text="共享", shortcut="", purpose="general"
        )
    with pytest.raises(PermissionDenied):
        actions.check_delete_quick_phrase(supervisor, own)
    assert list(QuickPhrase.objects.values_list("text", flat=True)) == ["我的短语"]


def test_phrase_shortcut_must_be_unique_within_its_list(agent, supervisor, store):
    actions.check_create_quick_phrase(
        supervisor, store, owner=None, text="A", shortcut="hi", purpose="general"
    )
    with pytest.raises(ValidationError) as caught:
        actions.check_create_quick_phrase(
            supervisor, store, owner=None, text="B", shortcut="hi", purpose="general"
        )
    assert caught.value.message_dict == {"shortcut": ["快捷码“hi”已被使用。"]}
    own = actions.check_create_quick_phrase(
        agent, store, owner=agent, text="C", shortcut="hi", purpose="general"
    )
    assert own.shortcut == "hi"


def test_phrase_longer_than_2000_characters_is_refused(supervisor, store):
    with pytest.raises(ValidationError) as caught:
        actions.check_create_quick_phrase(
            supervisor, store, owner=None, text="长" * 2001, purpose="general"
        )
    assert caught.value.message_dict == {"text": ["短语内容最多 2000 个字。"]}
    assert QuickPhrase.objects.count() == 0


def test_supervisor_manages_faq_with_normalised_keywords(supervisor, store):
    entry = actions.check_create_faq_entry(
        supervisor, store, keywords=" 发货，快递, 发货 ,", answer="48 小时内发货"
    )
    assert (entry.keywords, entry.position) == ("发货,快递", 1)
    actions.check_update_faq_entry(
        supervisor, entry, keywords="退货", answer="七天无理由"
    )
    entry.refresh_from_db()
    assert (entry.keywords, entry.answer) == ("退货", "七天无理由")
    actions.check_delete_faq_entry(supervisor, entry)
    assert FaqEntry.objects.count() == 0


def test_faq_needs_a_keyword_and_an_answer(supervisor, store):
    with pytest.raises(ValidationError) as caught:
        actions.check_create_faq_entry(supervisor, store, keywords=" ， ", answer=" ")
    assert caught.value.message_dict == {
        "keywords": ["请至少填写一个关键词，多个关键词用逗号分隔。"],
        "answer": ["回答不能为空。"],
    }


def test_agent_cannot_touch_faq(agent, store):
    with pytest.raises(PermissionDenied):
        actions.check_create_faq_entry(agent, store, keywords="a", answer="b")
    assert FaqEntry.objects.count() == 0


WECHAT_REFUSAL = (
    "“薇信 shop8888”违反了规则“微信号/微信引流”，建议：请在平台内沟通，勿引导添加微信"
)


def test_greeting_that_screening_blocks_is_refused_with_the_words_and_advice(
    supervisor, store, caplog
):
    caplog.set_level("INFO", logger="csc.audit")
    before = (store.greeting, Store.objects.get(pk=store.pk).updated_at)
    with pytest.raises(ValidationError) as caught:
        actions.check_update_store_settings(
            supervisor, store, {"greeting": "加我薇信 shop8888"}
        )
    assert caught.value.message_dict == {
        "greeting": [f"欢迎语包含违规内容：{WECHAT_REFUSAL}"]
    }
    fresh = Store.objects.get(pk=store.pk)
    assert (fresh.greeting, fresh.updated_at) == before
    assert caplog.records == []


def test_greeting_with_an_allow_listed_product_word_is_accepted(supervisor, store):
    changed = actions.check_update_store_settings(
        supervisor, store, {"greeting": "欢迎光临，QQ糖买二送一"}
    )
    assert changed == {
        "greeting": ("您好，欢迎光临，请问有什么可以帮您？", "欢迎光临，QQ糖买二送一")
    }
    assert Store.objects.get(pk=store.pk).greeting == "欢迎光临，QQ糖买二送一"


def test_closing_phrase_that_screening_blocks_is_refused(supervisor, store):
    with pytest.raises(ValidationError) as caught:
        actions.check_update_store_settings(
            supervisor, store, {"closing_phrase": "有事加我薇信 shop8888"}
        )
    assert caught.value.message_dict == {
        "closing_phrase": [f"结束语包含违规内容：{WECHAT_REFUSAL}"]
    }
    assert Store.objects.get(pk=store.pk).closing_phrase == store.closing_phrase


@pytest.mark.parametrize("shared", [True, False])
def test_quick_phrase_that_screening_blocks_is_refused(
    shared, supervisor, agent, store
):
    actor = supervisor if shared else agent
    owner = None if shared else agent
    with pytest.raises(ValidationError) as caught:
        actions.check_create_quick_phrase(
            actor, store, owner=owner, text="加我薇信 shop8888", purpose="general"
        )
    assert caught.value.message_dict == {
        "text": [f"短语内容包含违规内容：{WECHAT_REFUSAL}"]
    }
    assert QuickPhrase.objects.count() == 0


def test_quick_phrase_edit_that_screening_blocks_leaves_the_phrase(agent, store):
    phrase = actions.check_create_quick_phrase(
        agent, store, owner=agent, text="您好", purpose="general"
    )
    with pytest.raises(ValidationError):
        actions.check_update_quick_phrase(
            agent, phrase, text="加我薇信 shop8888", purpose="general"
        )
    phrase.refresh_from_db()
    assert phrase.text == "您好"


def test_faq_answer_and_keyword_that_screening_blocks_are_refused(supervisor, store):
    with pytest.raises(ValidationError) as caught:
        actions.check_create_faq_entry(
            supervisor,
            store,
            keywords="发货,薇信 shop8888",
            answer="售后加我薇信 shop8888",
        )
    assert caught.value.message_dict == {
        "keywords": [f"关键词包含违规内容：{WECHAT_REFUSAL}"],
        "answer": [f"回答包含违规内容：{WECHAT_REFUSAL}"],
    }
    assert FaqEntry.objects.count() == 0


def test_faq_update_that_screening_blocks_leaves_the_entry(supervisor, store):
    entry = actions.check_create_faq_entry(
        supervisor, store, keywords="发货", answer="48 小时内发货"
    )
    with pytest.raises(ValidationError):
        actions.check_update_faq_entry(
            supervisor, entry, keywords="发货", answer="加我薇信 shop8888 发货更快"
        )
    entry.refresh_from_db()
    assert entry.answer == "48 小时内发货"
