"""Concurrent decisions on PostgreSQL: a confirmation counts once."""

import threading

import pytest
from django.db import connection

from chat.models import Message
from compliance.actions import (
    check_dispute_block,
    do_decide_review_item,
    do_record_screened_message,
)
from compliance.errors import ComplianceError
from compliance.models import PenaltyEntry, ReviewItem
from tests import factories


def race(calls):
    """Run the calls at once in threads (own connections); return their outcomes."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            outcomes[index] = call()
        except ComplianceError as error:
            outcomes[index] = error.code
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.fixture
def blocked_item(transactional_db, store, buyer, agent):
    chat = factories.make_session(store, buyer, agent)
    message = factories.make_message(
        chat,
        Message.SenderKind.AGENT,
        agent,
        "加我微信",
        verdict=Message.Verdict.BLOCK,
        violations=[{"category": "contact", "rule": "contact.wechat", "points": 2}],
    )
    return do_record_screened_message(message)


@pytest.mark.parametrize("threads", [2, 4])
def test_concurrent_confirmations_of_one_item_count_once(
    blocked_item, auditor, platform_admin, threads
):
    actors = [auditor, platform_admin] * (threads // 2)
    outcomes = race(
        [
            lambda actor=actor: (
                do_decide_review_item(actor, blocked_item.pk, True, "确认").state
            )
            for actor in actors
        ]
    )
    assert sorted(outcomes) == ["already_decided"] * (threads - 1) + ["confirmed"]
    entry = PenaltyEntry.objects.get()
    assert (entry.points, entry.dedupe_key) == (2, f"review:{blocked_item.pk}")
    assert ReviewItem.objects.get().state == "confirmed"


def test_concurrent_confirmations_of_a_block_and_its_dispute_count_once(
    blocked_item, agent, auditor, platform_admin
):
    dispute, _ = check_dispute_block(agent, blocked_item.message_id)
    outcomes = race(
        [
            lambda: do_decide_review_item(auditor, blocked_item.pk, True, "a").state,
            lambda: do_decide_review_item(platform_admin, dispute.pk, True, "b").state,
        ]
    )
    assert sorted(outcomes) == ["already_decided", "confirmed"]
    assert PenaltyEntry.objects.count() == 1
    assert set(ReviewItem.objects.values_list("state", flat=True)) == {"confirmed"}
