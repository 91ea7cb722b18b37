"""Team pages: who sees which agents, sorting, the agent page, CSV export."""

import csv
import datetime as dt
import io

import pytest

from chat.models import Membership, User
from metrics.actions import do_compute_period
from metrics.periods import make_span
from tests import factories
from tests.factories import chatlog_event as ev

MONDAY = "2026-03-02"
WEEK = make_span("week", dt.date(2026, 3, 2))


def team_log():
    """store-a: ann answers in 10 s; bob takes 5 minutes, then a transfer."""
    t = f"{MONDAY} 09:00:00"
    return [
        ev(t, "assigned", "fast", "store-a", "b1", agent="ann"),
        ev(f"{t}+10", "buyer_message", "fast", "store-a", "b1"),
        ev(f"{t}+20", "agent_message", "fast", "store-a", "b1", agent="ann"),
        ev(t, "assigned", "slow", "store-a", "b2", agent="bob"),
        ev(f"{t}+10", "buyer_message", "slow", "store-a", "b2"),
        ev(f"{t}+310", "agent_message", "slow", "store-a", "b2", agent="bob"),
        ev(f"{t}+320", "closed", "slow", "store-a", "b2"),
        ev(f"{t}+330", "rating", "slow", "store-a", "b2", score=1),
        ev(t, "assigned", "elsewhere", "store-b", "b3", agent="cat"),
        ev(f"{t}+10", "buyer_message", "elsewhere", "store-b", "b3"),
    ]


@pytest.fixture
def team(import_events, store, other_store):
    import_events(team_log())
    do_compute_period(WEEK)


def names(response):
    return [r.agent.username for r in response.context["rows"]]


def test_supervisor_sees_every_agent_of_the_store_with_stored_figures(
    login, supervisor, team
):
    response = login(supervisor).get(f"/console/metrics/team/?start={MONDAY}")

    assert response.status_code == 200
    assert names(response) == ["ann", "bob", "super-a"]
    ann, bob, own = response.context["rows"]
    assert (ann.rounds, ann.avg_response_seconds, ann.passed) == (1, 10, True)
    assert (bob.rounds, bob.avg_response_seconds) == (1, 300)
    assert (bob.dissatisfaction_rate, bob.passed) == (1, False)
    assert bob.failed_metrics() == ["reply_3min", "avg_response", "dissatisfaction"]
    assert (own.rounds, own.human_sessions, own.no_service_rate) == (0, 0, None)
    assert b"cat" not in response.content


def test_team_sorts_by_any_column_with_empty_values_last(login, supervisor, team):
    client = login(supervisor)

    slowest = client.get(
        f"/console/metrics/team/?start={MONDAY}&sort=-avg_response_seconds"
    )
    fastest = client.get(
        f"/console/metrics/team/?start={MONDAY}&sort=avg_response_seconds"
    )
    unknown = client.get(f"/console/metrics/team/?start={MONDAY}&sort=password")

    assert names(slowest) == ["bob", "ann", "super-a"]
    assert names(fastest) == ["ann", "bob", "super-a"]
    assert names(unknown) == ["ann", "bob", "super-a"]


def test_an_agent_sees_only_their_own_row_and_page(login, team, store):
    ann = User.objects.get(username="ann")
    bob = User.objects.get(username="bob")
    client = login(ann)

    response = client.get(f"/console/metrics/team/?start={MONDAY}")
    own = client.get(f"/console/metrics/team/{ann.pk}/?start={MONDAY}")
    other = client.get(f"/console/metrics/team/{bob.pk}/?start={MONDAY}")

    assert names(response) == ["ann"]
    assert own.status_code == 200
    assert other.status_code == 404


def test_agent_page_shows_trend_and_only_their_slow_rounds(login, supervisor, team):
    bob = User.objects.get(username="bob")
    ann = User.objects.get(username="ann")
    client = login(supervisor)

    slow = client.get(f"/console/metrics/team/{bob.pk}/?start={MONDAY}")
    quick = client.get(f"/console/metrics/team/{ann.pk}/?start={MONDAY}")

    assert [r.wait_seconds for r in slow.context["rounds"]] == [300]
    assert quick.context["rounds"] == []
    assert len(slow.context["chart"]["daily"]) == 14
    assert [c["code"] for c in slow.context["cards"]][:1] == ["no_service"]


def test_another_stores_agent_is_not_found(login, supervisor, team):
    cat = User.objects.get(username="cat")
    response = login(supervisor).get(f"/console/metrics/team/{cat.pk}/")
    assert response.status_code == 404


def test_a_running_week_is_computed_live_for_the_team(login, supervisor, store):
    agent = factories.make_member(store, username="live-ann")
    response = login(supervisor).get("/console/metrics/team/")

    assert response.status_code == 200
    assert response.context["running"] is True
    assert agent.username in names(response)


def test_admin_sees_any_stores_team_and_others_cannot(
    login, platform_admin, auditor, buyer, team, client
):
    response = login(platform_admin).get(
        f"/platform/stores/store-b/team/?start={MONDAY}"
    )
    assert names(response) == ["cat"]
    assert login(platform_admin).get("/platform/stores/nope/team/").status_code == 404
    for user in (auditor, buyer):
        client.force_login(user)
        assert client.get("/console/metrics/team/").status_code in (302, 403, 404)
        assert client.get("/platform/stores/store-a/team/").status_code in (302, 403)


def test_team_csv_has_every_count_for_the_week(login, supervisor, team):
    response = login(supervisor).get(f"/console/metrics/team/export.csv?start={MONDAY}")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["agent"] for r in rows] == ["ann", "bob", "super-a"]
    bob = rows[1]
    assert (bob["rounds"], bob["total_wait_seconds"], bob["avg_response_seconds"]) == (
        "1",
        "300.000",
        "300.00",
    )
    assert bob["failed"] == "reply_3min avg_response dissatisfaction"
    # From the assignment (the start) at 09:00:00 to the reply at 09:05:10.
    assert bob["first_response_seconds"] == "310.00"


def test_a_bad_week_start_is_not_found(login, supervisor, store):
    client = login(supervisor)
    assert client.get("/console/metrics/team/?start=2026-03-03").status_code == 404
    assert client.get("/console/metrics/team/?start=nonsense").status_code == 404


def test_supervisor_role_is_a_membership(supervisor):
    assert supervisor.membership.role == Membership.MemberRole.SUPERVISOR
