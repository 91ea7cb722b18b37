import datetime as dt
import random

import pytest
from django.db import IntegrityError
from django.utils import timezone

from chat.models import QuickPhrase, Rating, Session
from compliance.actions import check_decide_review_item, check_score_sample
from compliance.errors import ComplianceError
from compliance.models import AuditLog, PenaltyEntry, ReviewItem, SanctionPolicy
from compliance.sampling import (
    choose_sample,
    day_bounds,
    draw_daily_samples,
    prefill_checklist,
    strata_of,
)
from compliance.tasks import draw_daily_samples_task
from tests import factories

DAY = dt.date(2026, 11, 20)
ALL_PASS = {
    "greeting": True,
    "answered": True,
    "courteous": True,
    "no_curt": True,
    "no_forbidden": True,
    "closing": True,
}


def session_on(store, buyer, agent, day=DAY, hour=10, wait=10, rating=None):
    start = day_bounds(day)[0] + dt.timedelta(hours=hour)
    session = factories.make_session(store, buyer, agent, state=Session.State.CLOSED)
    Session.objects.filter(pk=session.pk).update(
        created_at=start,
        human_started_at=start,
        closed_at=start + dt.timedelta(hours=1),
    )
    factories.make_message(session, "buyer", buyer, "在吗", created_at=start)
    factories.make_message(
        session,
        "agent",
        agent,
        "您好",
        created_at=start + dt.timedelta(seconds=wait),
    )
    if rating:
        Rating.objects.create(session=session, score=rating, created_at=start)
    return session


@pytest.fixture
def day_of_sessions(store, agent):
    buyers = [factories.make_user(username=f"sb{n}") for n in range(12)]
    sessions = {
        "low": [
            session_on(store, buyers[0], agent, rating=1),
            session_on(store, buyers[1], agent, rating=2),
        ],
        "long": [session_on(store, buyers[2], agent, wait=600)],
        "flagged": [],
        "plain": [session_on(store, b, agent) for b in buyers[4:10]],
    }
    flagged = session_on(store, buyers[3], agent)
    factories.make_message(flagged, "agent", agent, "加微信", verdict="flag")
    sessions["flagged"].append(flagged)
    session_on(store, buyers[10], agent, day=DAY - dt.timedelta(days=1))
    session_on(store, buyers[11], agent, day=DAY + dt.timedelta(days=1))
    return sessions


def drawn(store):
    return sorted(
        ReviewItem.objects.filter(store=store, kind="sample").values_list(
            "session_id", "stratum", "sample_date"
        )
    )


def test_draw_takes_one_per_stratum_from_that_day_only(store, day_of_sessions):
    items = draw_daily_samples(DAY)
    assert len(items) == 4
    by_stratum = {item.stratum: item.session_id for item in items}
    assert set(by_stratum) == {"low_rating", "long_wait", "flagged", "random"}
    assert by_stratum["low_rating"] in {s.pk for s in day_of_sessions["low"]}
    assert by_stratum["long_wait"] == day_of_sessions["long"][0].pk
    assert by_stratum["flagged"] == day_of_sessions["flagged"][0].pk
    day_ids = {s.pk for group in day_of_sessions.values() for s in group}
    assert by_stratum["random"] in day_ids
    assert {item.sample_date for item in items} == {DAY}


def test_draw_is_reproducible_and_never_draws_a_session_twice(store, day_of_sessions):
    first = drawn(store) if draw_daily_samples(DAY) else []
    assert draw_daily_samples(DAY) == []
    assert drawn(store) == first
    ReviewItem.objects.all().delete()
    draw_daily_samples(DAY)
    assert drawn(store) == first
    policy = SanctionPolicy.current()
    policy.daily_samples = 6
    policy.save()
    more = draw_daily_samples(DAY)
    assert len(more) == 2
    sessions = [row[0] for row in drawn(store)]
    assert len(sessions) == len(set(sessions)) == 6
    with pytest.raises(IntegrityError):
        ReviewItem.objects.create(
            kind="sample", store=store, session_id=sessions[0], sample_date=DAY
        )


def test_draw_is_seeded_by_date_and_store(store, day_of_sessions):
    policy = SanctionPolicy.current()
    groups = strata_of(store, DAY, policy)
    expected = choose_sample(groups, 4, random.Random(f"{DAY.isoformat()}:{store.pk}"))
    draw_daily_samples(DAY)
    assert drawn(store) == sorted((pk, stratum, DAY) for pk, stratum in expected)
    assert groups["random"] == sorted(
        s.pk for group in day_of_sessions.values() for s in group
    )


def test_beat_task_draws_yesterday(store, agent, buyer):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    session = session_on(store, buyer, agent, day=yesterday)
    assert draw_daily_samples_task() == 1
    assert drawn(store) == [(session.pk, "random", yesterday)]


def test_prefill_reads_greeting_closing_curt_and_flagged(store, buyer, agent):
    session = factories.make_session(store, buyer, agent)
    factories.make_message(session, "system", None, store.greeting)
    factories.make_message(session, "buyer", buyer, "能便宜点吗")
    factories.make_message(session, "agent", agent, "嗯。")
    factories.make_message(session, "agent", agent, "加我vx", verdict="block")
    assert prefill_checklist(session) == {
        "greeting": True,
        "answered": None,
        "courteous": None,
        "no_curt": False,
        "no_forbidden": False,
        "closing": False,
    }


def test_prefill_accepts_quick_phrase_closings_and_spots_abuse(store, buyer, agent):
    QuickPhrase.objects.create(
        store=store, text="祝您生活愉快，再见", purpose="closing"
    )
    session = factories.make_session(store, buyer, agent)
    factories.make_message(
        session,
        "agent",
        agent,
        "你有病吧",
        verdict="flag",
        violations=[{"category": "abuse", "rule": "abuse.insult"}],
    )
    factories.make_message(session, "agent", agent, "祝您生活愉快，再见！")
    assert prefill_checklist(session) == {
        "greeting": False,
        "answered": None,
        "courteous": False,
        "no_curt": True,
        "no_forbidden": False,
        "closing": True,
    }


def sample_item(store, buyer, agent):
    session = session_on(store, buyer, agent)
    return ReviewItem.objects.create(
        kind="sample", store=store, session=session, sample_date=DAY, stratum="random"
    )


def test_passing_checklist_scores_without_a_finding(store, buyer, agent, auditor):
    item = sample_item(store, buyer, agent)
    scored, finding = check_score_sample(auditor, item.pk, ALL_PASS, "服务良好")
    assert (scored.state, scored.checklist, finding) == ("scored", ALL_PASS, None)
    assert AuditLog.objects.get().action == "sample.score"


def test_failed_fatal_item_opens_a_violation_to_confirm(store, buyer, agent, auditor):
    item = sample_item(store, buyer, agent)
    answers = {**ALL_PASS, "courteous": False, "closing": False}
    _scored, finding = check_score_sample(auditor, item.pk, answers)
    assert (finding.kind, finding.state, finding.parent, finding.category) == (
        "finding",
        "pending",
        item,
        "abuse",
    )
    assert [v["rule"] for v in finding.violations] == ["sample.courteous"]
    check_decide_review_item(auditor, finding.pk, "confirm", "辱骂买家")
    entry = PenaltyEntry.objects.get()
    assert (entry.store, entry.points, entry.rule) == (store, 2, "sample.courteous")


def test_checklist_must_be_complete_and_from_an_auditor(
    store, buyer, agent, auditor, supervisor
):
    item = sample_item(store, buyer, agent)
    partial = {k: v for k, v in ALL_PASS.items() if k != "closing"}
    for user, answers, code in [
        (auditor, partial, "bad_input"),
        (auditor, {**ALL_PASS, "closing": "yes"}, "bad_input"),
        (supervisor, ALL_PASS, "forbidden"),
    ]:
        with pytest.raises(ComplianceError) as error:
            check_score_sample(user, item.pk, answers)
        assert error.value.code == code
    item.refresh_from_db()
    assert (item.state, item.checklist) == ("pending", {})
    check_score_sample(auditor, item.pk, ALL_PASS)
    with pytest.raises(ComplianceError) as error:
        check_score_sample(auditor, item.pk, ALL_PASS)
    assert error.value.code == "already_decided"
