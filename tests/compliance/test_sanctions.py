import datetime as dt

import pytest
from django.utils import timezone

from chat.events import collecting_events, notice_event, store_group
from chat.models import Message, Notice, Store, StoreStatusChange
from compliance.actions import (
    check_add_manual_penalty,
    check_decide_appeal,
    check_decide_review_item,
    check_file_appeal,
    check_reverse_penalty_entry,
    do_record_screened_message,
    do_save_sanction_policy,
)
from compliance.errors import ComplianceError
from compliance.ledger import do_add_penalty_entry, verify_chain
from compliance.models import Appeal, AuditLog, PenaltyEntry, SanctionPolicy
from compliance.sanctions import (
    do_reevaluate_sanctions,
    do_set_store_status,
    store_points,
)
from compliance.tasks import reevaluate_sanctions_task
from tests import factories


def statuses(store):
    return list(
        StoreStatusChange.objects.filter(store=store)
        .order_by("id")
        .values_list("old_status", "new_status")
    )


def confirm_blocked(chat, auditor, points=2):
    message = factories.make_message(
        chat,
        Message.SenderKind.AGENT,
        chat.agent,
        "加我微信",
        verdict=Message.Verdict.BLOCK,
        violations=[
            {"category": "contact", "rule": "contact.wechat", "points": points}
        ],
    )
    item = do_record_screened_message(message)
    return check_decide_review_item(auditor, item.pk, "confirm", "站外联系方式")


def test_store_status_change_is_logged_with_a_notice(
    store, platform_admin, django_capture_on_commit_callbacks
):
    with (
        collecting_events() as sent,
        django_capture_on_commit_callbacks(execute=True),
    ):
        change = do_set_store_status(
            store, "suspended", reason="人工处理", actor=platform_admin
        )
        assert do_set_store_status(store, "suspended", reason="again") is None
    notice = Notice.objects.get(store=store)
    assert notice.text == "店铺已暂停客服：客服暂时无法发送消息。"
    assert sent == [(store_group(store.pk), notice_event(notice))]
    assert (change.old_status, change.new_status, change.reason, change.actor) == (
        "active",
        "suspended",
        "人工处理",
        platform_admin,
    )
    assert Store.objects.get(pk=store.pk).status == "suspended"
    assert store.status == "suspended"
    notice = Notice.objects.get()
    assert (notice.level, notice.source) == ("warning", "compliance")
    assert statuses(store) == [("active", "suspended")]


def test_assist_is_forced_while_restricted(store):
    assert (store.assist_forced, store.assist_active) == (False, False)
    store.status = Store.Status.RESTRICTED
    assert (store.assist_forced, store.assist_active) == (True, True)
    store.status = Store.Status.ACTIVE
    store.robot_assist = True
    assert (store.assist_forced, store.assist_active) == (False, True)


def test_points_to_sanctions_and_back_end_to_end(
    chat,
    store,
    auditor,
    platform_admin,
    supervisor,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        items = [confirm_blocked(chat, auditor) for _ in range(6)]
    store.refresh_from_db()
    assert (store_points(store), store.status) == (12, "restricted")
    with django_capture_on_commit_callbacks(execute=True):
        manual = check_add_manual_penalty(platform_admin, store.pk, 12, "屡次违规")
    store.refresh_from_db()
    assert (store_points(store), store.status) == (24, "suspended")
    with django_capture_on_commit_callbacks(execute=True):
        heavy = check_add_manual_penalty(platform_admin, store.pk, 24, "场外交易")
    store.refresh_from_db()
    assert (store_points(store), store.status) == (48, "blocked")
    with django_capture_on_commit_callbacks(execute=True):
        check_reverse_penalty_entry(platform_admin, heavy.pk, "证据不足")
    assert Store.objects.get(pk=store.pk).status == "suspended"
    with django_capture_on_commit_callbacks(execute=True):
        check_reverse_penalty_entry(platform_admin, manual.pk, "重复扣分")
    store.refresh_from_db()
    assert (store_points(store), store.status) == (12, "restricted")
    first_entry = items[0].penalty_entry
    with django_capture_on_commit_callbacks(execute=True):
        appeal = check_file_appeal(
            supervisor, first_entry.pk, "这是商品编码，不是微信号"
        )
        check_decide_appeal(auditor, appeal.pk, "uphold", "申诉属实")
    store.refresh_from_db()
    assert (store_points(store), store.status) == (10, "active")
    assert statuses(store) == [
        ("active", "restricted"),
        ("restricted", "suspended"),
        ("suspended", "blocked"),
        ("blocked", "suspended"),
        ("suspended", "restricted"),
        ("restricted", "active"),
    ]
    reversal = PenaltyEntry.objects.get(reverses=first_entry)
    assert (reversal.points, reversal.source, reversal.issued_by) == (
        -2,
        "reversal",
        auditor,
    )
    assert Appeal.objects.get().state == "upheld"
    assert verify_chain() == []
    assert list(AuditLog.objects.order_by("id").values_list("action", flat=True)) == [
        *["review.decide"] * 6,
        "ledger.manual",
        "ledger.manual",
        "ledger.reversal",
        "ledger.reversal",
        "ledger.reversal",
        "appeal.decide",
    ]


def test_points_age_out_of_the_window_and_the_daily_task_lifts_it(
    store, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        do_add_penalty_entry(store, 12, "指标", PenaltyEntry.Source.METRIC)
    assert Store.objects.get(pk=store.pk).status == "restricted"
    later = timezone.now() + dt.timedelta(days=366)
    assert [c.new_status for c in do_reevaluate_sanctions(now=later)] == ["active"]
    assert Store.objects.get(pk=store.pk).status == "active"
    assert reevaluate_sanctions_task() == 1
    assert Store.objects.get(pk=store.pk).status == "restricted"


def test_reversal_happens_once_per_entry(store, platform_admin):
    entry, _ = do_add_penalty_entry(store, 2, "违规", PenaltyEntry.Source.VIOLATION)
    check_reverse_penalty_entry(platform_admin, entry.pk, "误判")
    with pytest.raises(ComplianceError) as error:
        check_reverse_penalty_entry(platform_admin, entry.pk, "再次")
    assert error.value.code == "already_reversed"
    reversal = PenaltyEntry.objects.get(reverses=entry)
    with pytest.raises(ComplianceError) as error:
        check_reverse_penalty_entry(platform_admin, reversal.pk, "冲正冲正")
    assert error.value.code == "not_appealable"
    assert PenaltyEntry.objects.count() == 2


def test_only_admins_issue_manual_points_and_reversals(
    store, auditor, supervisor, buyer
):
    entry, _ = do_add_penalty_entry(store, 2, "违规", PenaltyEntry.Source.VIOLATION)
    for user in (auditor, supervisor, buyer):
        for call in (
            lambda u: check_add_manual_penalty(u, store.pk, 2, "x"),
            lambda u: check_reverse_penalty_entry(u, entry.pk, "x"),
        ):
            with pytest.raises(ComplianceError) as error:
                call(user)
            assert error.value.code == "forbidden"
    assert PenaltyEntry.objects.count() == 1
    assert AuditLog.objects.count() == 0


@pytest.mark.parametrize(
    ("points", "reason", "code"),
    [
        (0, "x", "bad_input"),
        (49, "x", "bad_input"),
        ("a", "x", "bad_input"),
        (2, "", "reason_required"),
    ],
)
def test_manual_points_are_validated(store, platform_admin, points, reason, code):
    with pytest.raises(ComplianceError) as error:
        check_add_manual_penalty(platform_admin, store.pk, points, reason)
    assert error.value.code == code
    assert PenaltyEntry.objects.count() == 0


def test_appeal_once_own_store_only(store, other_store, supervisor, agent, auditor):
    own, _ = do_add_penalty_entry(store, 2, "违规", PenaltyEntry.Source.VIOLATION)
    foreign, _ = do_add_penalty_entry(
        other_store, 2, "违规", PenaltyEntry.Source.VIOLATION
    )
    cases = [
        (supervisor, foreign.pk, "申诉", "not_found"),
        (supervisor, 99999, "申诉", "not_found"),
        (agent, own.pk, "申诉", "forbidden"),
        (auditor, own.pk, "申诉", "forbidden"),
        (supervisor, own.pk, "", "reason_required"),
    ]
    for user, entry_id, statement, code in cases:
        with pytest.raises(ComplianceError) as error:
            check_file_appeal(user, entry_id, statement)
        assert error.value.code == code
    assert Appeal.objects.count() == 0
    appeal = check_file_appeal(supervisor, own.pk, "申诉说明")
    with pytest.raises(ComplianceError) as error:
        check_file_appeal(supervisor, own.pk, "再次申诉")
    assert error.value.code == "already_appealed"
    check_decide_appeal(auditor, appeal.pk, "reject", "证据确凿")
    with pytest.raises(ComplianceError) as error:
        check_decide_appeal(auditor, appeal.pk, "uphold", "改判")
    assert error.value.code == "already_decided"
    appeal.refresh_from_db()
    assert (appeal.state, appeal.decided_by) == ("rejected", auditor)
    assert PenaltyEntry.objects.count() == 2


def test_policy_change_is_audited_and_rederives_statuses(
    store, platform_admin, django_capture_on_commit_callbacks
):
    do_add_penalty_entry(store, 6, "指标", PenaltyEntry.Source.METRIC)
    policy = SanctionPolicy.current()
    policy.restrict_at = 6
    with django_capture_on_commit_callbacks(execute=True):
        do_save_sanction_policy(platform_admin, policy)
    assert Store.objects.get(pk=store.pk).status == "restricted"
    log = AuditLog.objects.get()
    assert (log.action, log.before["restrict_at"], log.after["restrict_at"]) == (
        "policy.change",
        12,
        6,
    )
