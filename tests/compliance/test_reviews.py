import datetime as dt

import pytest
from django.utils import timezone

from chat.models import Session
from compliance.actions import (
    check_decide_review_item,
    check_dispute_block,
    check_report_message,
    check_report_session,
    check_set_session_validity,
    do_record_screened_message,
)
from compliance.errors import ComplianceError
from compliance.models import AuditLog, PenaltyEntry, Restriction, ReviewItem
from compliance.selectors import buyer_restriction
from tests import factories


def test_blocked_agent_message_lands_in_the_queue_once(blocked, store):
    item = do_record_screened_message(blocked)
    again = do_record_screened_message(blocked)
    assert again.pk == item.pk
    assert (item.kind, item.state, item.store_id) == ("blocked", "pending", store.pk)
    assert (item.sender_kind, item.category) == ("agent", "contact")
    assert item.violations == blocked.violations
    assert ReviewItem.objects.count() == 1


@pytest.mark.parametrize(
    ("sender_kind", "verdict", "kind"),
    [
        ("buyer", "flag", "flagged"),
        ("buyer", "block", "blocked"),
        ("buyer", "mask", None),
        ("agent", "mask", "masked"),
        ("agent", "allow", None),
    ],
)
def test_which_verdicts_need_a_human(chat, sender_kind, verdict, kind):
    message = factories.make_message(chat, sender_kind, body="x", verdict=verdict)
    item = do_record_screened_message(message)
    assert (item.kind if item else None) == kind
    assert ReviewItem.objects.count() == (1 if kind else 0)


def test_agent_disputes_own_blocked_message_once(agent, blocked):
    do_record_screened_message(blocked)
    item, created = check_dispute_block(agent, blocked.pk, "这是我们店铺的商品编码")
    again, created_again = check_dispute_block(agent, str(blocked.pk))
    assert (created, created_again, again.pk) == (True, False, item.pk)
    assert (item.kind, item.raised_by, item.note) == (
        "dispute",
        agent,
        "这是我们店铺的商品编码",
    )
    assert ReviewItem.objects.filter(kind="dispute").count() == 1


def test_dispute_refuses_others_and_unknown_ids_alike(
    blocked, other_agent, supervisor, buyer, auditor, chat
):
    allowed = factories.make_message(chat, "agent", chat.agent, "好的")
    cases = [
        (other_agent, blocked.pk, "not_found"),
        (supervisor, blocked.pk, "not_found"),
        (chat.agent, allowed.pk, "not_found"),
        (chat.agent, 999999, "not_found"),
        (chat.agent, "abc", "not_found"),
        (buyer, blocked.pk, "forbidden"),
        (auditor, blocked.pk, "forbidden"),
    ]
    for user, message_id, code in cases:
        with pytest.raises(ComplianceError) as error:
            check_dispute_block(user, message_id)
        assert error.value.code == code
    assert ReviewItem.objects.count() == 0


def test_dispute_after_the_decision_points_to_the_appeal(agent, blocked, auditor):
    item = do_record_screened_message(blocked)
    check_decide_review_item(auditor, item.pk, "dismiss", "误判")
    with pytest.raises(ComplianceError) as error:
        check_dispute_block(agent, blocked.pk)
    assert error.value.code == "already_reviewed"
    assert ReviewItem.objects.count() == 1


def test_buyer_reports_a_message_shown_in_their_session(buyer, chat, agent):
    rude = factories.make_message(chat, "agent", agent, "不知道")
    item, created = check_report_message(buyer, rude.pk, "态度很差")
    assert created is True
    assert (item.kind, item.message, item.raised_by, item.note) == (
        "report",
        rude,
        buyer,
        "态度很差",
    )


def test_report_refuses_other_buyers_hidden_and_own_messages(
    buyer, chat, agent, blocked, auditor
):
    stranger = factories.make_user(username="buyer-2")
    shown = factories.make_message(chat, "agent", agent, "好的")
    own = factories.make_message(chat, "buyer", buyer, "在吗")
    cases = [
        (stranger, shown.pk, "not_found"),
        (buyer, blocked.pk, "not_found"),
        (buyer, own.pk, "not_found"),
        (agent, shown.pk, "forbidden"),
        (auditor, shown.pk, "forbidden"),
    ]
    for user, message_id, code in cases:
        with pytest.raises(ComplianceError) as error:
            check_report_message(user, message_id)
        assert error.value.code == code
    with pytest.raises(ComplianceError) as error:
        check_report_message(buyer, shown.pk, "长" * 501)
    assert error.value.code == "too_long"
    assert ReviewItem.objects.count() == 0


def test_a_reports_reason_is_its_category(buyer, chat, agent):
    rude = factories.make_message(chat, "agent", agent, "爱买不买")
    item, _ = check_report_message(buyer, rude.pk, "", reason="service")
    assert (item.kind, item.category, item.note) == ("report", "service", "")


def test_a_report_needs_a_known_reason(buyer, chat, agent):
    shown = factories.make_message(chat, "agent", agent, "好的")
    for reason in ("", "nonsense", None, 3):
        with pytest.raises(ComplianceError) as error:
            check_report_message(buyer, shown.pk, "x", reason=reason)
        assert error.value.code == "bad_reason"
        with pytest.raises(ComplianceError) as error:
            check_report_session(buyer, chat.pk, reason)
        assert error.value.code == "bad_reason"
    assert ReviewItem.objects.count() == 0


def test_buyer_reports_their_session_once(buyer, chat, store):
    item, created = check_report_session(buyer, chat.pk, "service", "一直不回复")
    again, created_again = check_report_session(buyer, str(chat.pk), "abuse")
    assert (created, created_again, again.pk) == (True, False, item.pk)
    assert (item.kind, item.state, item.session, item.message) == (
        "report",
        "pending",
        chat,
        None,
    )
    assert (item.store, item.raised_by, item.category, item.note) == (
        store,
        buyer,
        "service",
        "一直不回复",
    )


def test_session_report_refuses_others_sessions_and_roles(buyer, chat, agent, auditor):
    stranger = factories.make_user(username="buyer-2")
    cases = [
        (stranger, chat.pk, "not_found"),
        (buyer, 999999, "not_found"),
        (buyer, "abc", "not_found"),
        (agent, chat.pk, "forbidden"),
        (auditor, chat.pk, "forbidden"),
    ]
    for user, session_id, code in cases:
        with pytest.raises(ComplianceError) as error:
            check_report_session(user, session_id, "other")
        assert error.value.code == code
    assert ReviewItem.objects.count() == 0


def test_confirming_a_session_report_charges_the_store(
    buyer, chat, auditor, store, django_capture_on_commit_callbacks
):
    item, _ = check_report_session(buyer, chat.pk, "service", "不回复")
    with django_capture_on_commit_callbacks(execute=True):
        decided = check_decide_review_item(auditor, item.pk, "confirm", "确实敷衍")
    assert (decided.state, decided.against) == ("confirmed", "store")
    assert PenaltyEntry.objects.filter(store=store).count() == 1


def test_confirming_a_store_violation_adds_its_rule_points_once(
    blocked, agent, auditor, store, django_capture_on_commit_callbacks
):
    item = do_record_screened_message(blocked)
    dispute, _ = check_dispute_block(agent, blocked.pk)
    with django_capture_on_commit_callbacks(execute=True):
        decided = check_decide_review_item(auditor, item.pk, "confirm", "站外联系方式")
    entry = PenaltyEntry.objects.get()
    assert (entry.store, entry.points, entry.source, entry.rule) == (
        store,
        3,
        "violation",
        "contact.wechat",
    )
    assert (entry.issued_by, entry.dedupe_key) == (auditor, f"review:{item.pk}")
    assert (decided.state, decided.against, decided.penalty_entry) == (
        "confirmed",
        "store",
        entry,
    )
    dispute.refresh_from_db()
    assert (dispute.state, dispute.penalty_entry) == ("confirmed", entry)
    with pytest.raises(ComplianceError) as error:
        check_decide_review_item(auditor, dispute.pk, "confirm", "again")
    assert error.value.code == "already_decided"
    assert PenaltyEntry.objects.count() == 1
    log = AuditLog.objects.get()
    assert (log.actor, log.action, log.target_id) == (
        auditor,
        "review.decide",
        str(item.pk),
    )
    assert log.before == {
        "state": "pending",
        "against": "",
        "decision_reason": "",
        "penalty_entry": None,
    }
    assert log.after == {
        "state": "confirmed",
        "against": "store",
        "decision_reason": "站外联系方式",
        "penalty_entry": entry.pk,
    }


def test_violation_without_points_uses_the_policy_default(chat, agent, auditor):
    message = factories.make_message(
        chat, "agent", agent, "滚", verdict="flag", violations=[{"category": "abuse"}]
    )
    item = do_record_screened_message(message)
    check_decide_review_item(auditor, item.pk, "confirm", "辱骂")
    assert PenaltyEntry.objects.get().points == 2
    assert PenaltyEntry.objects.get().rule == "abuse"


def test_confirmed_buyer_violation_restricts_the_buyer_for_seven_days(
    buyer_abuse, buyer, auditor
):
    item = do_record_screened_message(buyer_abuse)
    before = timezone.now()
    check_decide_review_item(auditor, item.pk, "confirm", "辱骂客服")
    restriction = Restriction.objects.get()
    assert (restriction.buyer, restriction.review_item) == (buyer, item)
    assert restriction.ends_at - restriction.starts_at == dt.timedelta(days=7)
    assert restriction.starts_at >= before
    assert buyer_restriction(buyer) == restriction
    assert PenaltyEntry.objects.count() == 0
    item.refresh_from_db()
    assert item.against == "buyer"


def test_ended_restriction_no_longer_applies(buyer):
    now = timezone.now()
    Restriction.objects.create(
        buyer=buyer,
        reason="x",
        starts_at=now - dt.timedelta(days=8),
        ends_at=now - dt.timedelta(seconds=1),
    )
    assert buyer_restriction(buyer) is None


def test_dismissal_needs_a_reason_and_changes_nothing_else(blocked, auditor, agent):
    item = do_record_screened_message(blocked)
    for decision, reason, code in [
        ("confirm", "  ", "reason_required"),
        ("maybe", "x", "bad_input"),
    ]:
        with pytest.raises(ComplianceError) as error:
            check_decide_review_item(auditor, item.pk, decision, reason)
        assert error.value.code == code
    with pytest.raises(ComplianceError) as error:
        check_decide_review_item(agent, item.pk, "dismiss", "x")
    assert error.value.code == "forbidden"
    item.refresh_from_db()
    assert item.state == "pending"
    check_decide_review_item(auditor, item.pk, "dismiss", "正常商品编码")
    item.refresh_from_db()
    assert (item.state, item.against, item.decision_reason) == (
        "dismissed",
        "",
        "正常商品编码",
    )
    assert PenaltyEntry.objects.count() == 0
    assert Restriction.objects.count() == 0


def test_marking_a_session_invalid_and_valid_again_is_audited(chat, auditor, agent):
    assert check_set_session_validity(auditor, chat.pk, "reported", "买家恶意") is True
    assert check_set_session_validity(auditor, chat.pk, "reported") is False
    assert check_set_session_validity(auditor, chat.pk, "") is True
    chat.refresh_from_db()
    assert chat.invalid_reason == Session.Invalid.NONE
    logs = list(
        AuditLog.objects.order_by("id").values_list("action", "before", "after")
    )
    assert logs == [
        (
            "session.validity",
            {"invalid_reason": ""},
            {"invalid_reason": "reported", "note": "买家恶意"},
        ),
        (
            "session.validity",
            {"invalid_reason": "reported"},
            {"invalid_reason": "", "note": ""},
        ),
    ]
    for user, value, code in [
        (agent, "risk", "forbidden"),
        (auditor, "bad", "bad_input"),
    ]:
        with pytest.raises(ComplianceError) as error:
            check_set_session_validity(user, chat.pk, value)
        assert error.value.code == code
    assert Session.objects.get(pk=chat.pk).invalid_reason == ""
    assert AuditLog.objects.count() == 2
