"""A buyer rates a closed session, or changes the rating, for RATING_CHANGE_DAYS
after it closed (from the chat or the transcript); the last rating counts."""

import datetime as dt

import pytest
from django.utils import timezone

from chat.actions.errors import ChatError
from chat.actions.ratings import check_rate_session, rating_deadline
from chat.history import latest_rating
from chat.models import Rating, Session
from tests import factories


@pytest.fixture
def closed(store, buyer, agent):
    return factories.make_session(
        store,
        buyer,
        agent=agent,
        state=Session.State.CLOSED,
        closed_at=timezone.now() - dt.timedelta(days=2),
    )


def test_a_rating_changed_within_the_period_is_the_one_that_counts(
    closed, buyer, settings
):
    settings.RATING_CHANGE_DAYS = 7
    check_rate_session(buyer, closed.pk, 2, "回复太慢")
    check_rate_session(buyer, closed.pk, 5, "后来解决了")
    last = latest_rating(Session.objects.get(pk=closed.pk))
    assert (last.score, last.comment) == (5, "后来解决了")
    assert rating_deadline(closed) == closed.closed_at + dt.timedelta(days=7)


def test_after_the_period_a_rating_is_refused_and_nothing_changes(
    closed, buyer, settings
):
    check_rate_session(buyer, closed.pk, 4)
    settings.RATING_CHANGE_DAYS = 1
    with pytest.raises(ChatError) as refused:
        check_rate_session(buyer, closed.pk, 1)
    assert refused.value.code == "rating_closed"
    assert list(Rating.objects.values_list("score", flat=True)) == [4]


def test_the_transcript_lets_the_buyer_change_the_rating(
    closed, buyer, login, settings
):
    settings.RATING_CHANGE_DAYS = 7
    client = login(buyer)
    page = client.get(f"/sessions/{closed.pk}/").content.decode()
    assert 'id="transcript-rating"' in page
    response = client.post(
        f"/sessions/{closed.pk}/rate/", {"score": "1", "comment": "没解决"}
    )
    assert response.status_code == 302
    response = client.post(f"/sessions/{closed.pk}/rate/", {"score": "3"})
    assert [(r.score, r.comment) for r in Rating.objects.order_by("pk")] == [
        (1, "没解决"),
        (3, ""),
    ]
    page = client.get(f"/sessions/{closed.pk}/").content.decode()
    assert 'value="3" required checked' in page


def test_the_transcript_has_no_rating_form_after_the_period(
    closed, buyer, login, settings
):
    settings.RATING_CHANGE_DAYS = 1
    client = login(buyer)
    page = client.get(f"/sessions/{closed.pk}/").content.decode()
    assert 'id="transcript-rating"' not in page
    response = client.post(f"/sessions/{closed.pk}/rate/", {"score": "5"}, follow=True)
    assert "评价期已过" in response.content.decode()
    assert Rating.objects.count() == 0


def test_merchants_and_other_buyers_cannot_rate(closed, agent, login):
    stranger = factories.make_user(username="buyer-9")
    assert (
        login(stranger).post(f"/sessions/{closed.pk}/rate/", {"score": "1"}).status_code
        == 404
    )
    assert (
        login(agent).post(f"/sessions/{closed.pk}/rate/", {"score": "1"}).status_code
        == 403
    )
    assert Rating.objects.count() == 0
