"""Rating appeal pages: filed from the transcript, decided on the queue."""

from chat.models import Rating, Session
from metrics.models import RatingAppeal
from tests.factories import chatlog_event as ev


def rated_session(import_events):
    t = "2026-03-03 10:00:00"
    import_events(
        [
            ev(t, "assigned", "s1", "store-a", "b1", agent="store-a-x"),
            ev(f"{t}+10", "buyer_message", "s1", "store-a", "b1"),
            ev(f"{t}+20", "agent_message", "s1", "store-a", "b1", agent="store-a-x"),
            ev(f"{t}+30", "rating", "s1", "store-a", "b1", score=1),
        ]
    )
    return Session.objects.get(), Rating.objects.get()


def test_supervisor_appeals_from_the_transcript_and_auditor_upholds(
    import_events, login, client, store, supervisor, auditor
):
    session, rating = rated_session(import_events)
    page = login(supervisor).get(f"/console/metrics/sessions/{session.pk}/")
    assert b'name="ground"' in page.content

    filed = client.post(
        f"/console/metrics/sessions/{session.pk}/appeal/",
        {"rating": rating.pk, "ground": "test_order", "statement": "测试单"},
    )
    assert filed.status_code == 302
    appeal = RatingAppeal.objects.get()
    assert (appeal.ground, appeal.filed_by) == ("test_order", supervisor)
    listed = client.get("/console/metrics/rating-appeals/")
    assert [a.pk for a in listed.context["appeals"]] == [appeal.pk]

    client.force_login(auditor)
    queue = client.get("/platform/rating-appeals/")
    assert [a.pk for a in queue.context["appeals"]] == [appeal.pk]
    decided = client.post(
        f"/platform/rating-appeals/{appeal.pk}/decide/",
        {"decision": "uphold", "reason": "确为测试单"},
    )
    assert decided.status_code == 302
    assert RatingAppeal.objects.get().state == "upheld"


def test_agents_cannot_appeal_and_see_no_form(
    import_events, login, store, agent, supervisor
):
    session, rating = rated_session(import_events)
    client = login(agent)
    page = client.get(f"/console/metrics/sessions/{session.pk}/")
    refused = client.post(
        f"/console/metrics/sessions/{session.pk}/appeal/",
        {"rating": rating.pk, "ground": "other", "statement": "x"},
    )

    assert b'name="ground"' not in page.content
    assert refused.status_code in (302, 403)
    assert not RatingAppeal.objects.exists()


def test_a_refused_appeal_says_why(import_events, login, store, supervisor):
    session, rating = rated_session(import_events)
    client = login(supervisor)
    response = client.post(
        f"/console/metrics/sessions/{session.pk}/appeal/",
        {"rating": rating.pk, "ground": "other", "statement": "  "},
        follow=True,
    )

    assert "请填写理由" in response.content.decode()
    assert not RatingAppeal.objects.exists()


def test_buyers_and_merchants_cannot_open_the_queue(login, client, supervisor, buyer):
    for user in (supervisor, buyer):
        client.force_login(user)
        assert client.get("/platform/rating-appeals/").status_code in (302, 403)
