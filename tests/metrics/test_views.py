"""Metrics pages: who sees what, the drill-down, transcripts and CSV export."""

import csv
import io

from chat.models import Session
from metrics.models import ImportedSession
from tests import factories
from tests.factories import chatlog_event as ev

MONDAY = "2026-03-02"


def slow_store_log(store="store-a"):
    return [
        ev(f"{MONDAY} 09:00:00", "assigned", "slow", store, "b1", agent=f"{store}-x"),
        ev(
            f"{MONDAY} 09:00:10",
            "buyer_message",
            "slow",
            store,
            "b1",
            text="<b>在吗</b>",
        ),
        ev(
            f"{MONDAY} 09:05:10",
            "agent_message",
            "slow",
            store,
            "b1",
            agent=f"{store}-x",
        ),
        ev(f"{MONDAY} 10:00:00", "queued", "lost", store, "b2"),
    ]


def test_merchant_sees_own_store_metrics(login, agent, import_events):
    import_events(slow_store_log())

    response = login(agent).get("/console/metrics/")

    assert response.status_code == 200
    assert response.context["store"].slug == "store-a"
    assert [c["code"] for c in response.context["cards"]] == [
        "no_service",
        "reply_3min",
        "avg_response",
        "dissatisfaction",
    ]
    assert b"chart.umd.min.js" in response.content


def test_live_json_is_scoped_to_the_merchants_store(login, supervisor):
    response = login(supervisor).get("/console/metrics/live.json")

    assert response.status_code == 200
    assert response.json()["period"] == "week"
    assert len(response.json()["cards"]) == 4


def test_buyers_auditors_and_anonymous_cannot_open_merchant_metrics(
    client, login, buyer, auditor
):
    assert client.get("/console/metrics/").status_code == 302
    assert login(buyer).get("/console/metrics/").status_code == 403
    assert login(auditor).get("/console/metrics/").status_code == 403


def test_merchant_drilldown_lists_slow_rounds_and_no_service(
    login, agent, import_events
):
    import_events(slow_store_log())
    session = ImportedSession.objects.get(external_id="slow").session
    lost = ImportedSession.objects.get(external_id="lost").session

    response = login(agent).get(f"/console/metrics/week/{MONDAY}/")

    assert response.status_code == 200
    assert [(r.session_id, r.wait_seconds) for r in response.context["rounds"]] == [
        (session.pk, 300)
    ]
    assert [s.session_id for s in response.context["sessions"]] == [lost.pk]
    assert f"/console/metrics/sessions/{session.pk}/".encode() in response.content


def test_drilldown_with_a_bad_period_is_404(login, agent):
    assert login(agent).get("/console/metrics/week/2026-03-03/").status_code == 404
    assert login(agent).get("/console/metrics/month/2026-03-02/").status_code == 404


def test_transcript_of_own_store_renders_text_escaped(login, agent, import_events):
    import_events(slow_store_log())
    session = ImportedSession.objects.get(external_id="slow").session

    response = login(agent).get(f"/console/metrics/sessions/{session.pk}/")

    assert response.status_code == 200
    assert b"&lt;b&gt;\xe5\x9c\xa8\xe5\x90\x97&lt;/b&gt;" in response.content


def test_other_stores_transcript_answers_like_a_missing_one(
    login, other_agent, import_events
):
    import_events(slow_store_log())
    session = ImportedSession.objects.get(external_id="slow").session
    missing = Session.objects.order_by("-pk").first().pk + 100

    client = login(other_agent)

    assert client.get(f"/console/metrics/sessions/{session.pk}/").status_code == 404
    assert client.get(f"/console/metrics/sessions/{missing}/").status_code == 404


def test_platform_staff_can_read_any_transcript(login, auditor, import_events):
    import_events(slow_store_log())
    session = ImportedSession.objects.get(external_id="slow").session

    assert (
        login(auditor).get(f"/console/metrics/sessions/{session.pk}/").status_code
        == 200
    )


def test_dashboard_is_admin_only(client, login, agent, auditor, platform_admin):
    assert login(agent).get("/platform/").status_code == 403
    assert login(auditor).get("/platform/").status_code == 403
    assert login(platform_admin).get("/platform/").status_code == 200


def test_dashboard_ranks_failing_stores_first(
    login, platform_admin, import_events, store
):
    import_events(slow_store_log("store-z"))
    import_events(
        [
            ev(
                f"{MONDAY} 09:00:00",
                "assigned",
                "good",
                "store-a",
                "b9",
                agent="store-a-x",
            ),
            ev(f"{MONDAY} 09:00:10", "buyer_message", "good", "store-a", "b9"),
            ev(
                f"{MONDAY} 09:00:20",
                "agent_message",
                "good",
                "store-a",
                "b9",
                agent="store-a-x",
            ),
        ]
    )

    response = login(platform_admin).get(f"/platform/?period=week&start={MONDAY}")

    assert [r.store.slug for r in response.context["overall"]] == ["store-z", "store-a"]
    avg = next(t for t in response.context["tables"] if t["code"] == "avg_response")
    assert [(r.store.slug, r.avg_response_seconds) for r in avg["rows"]] == [
        ("store-z", 300),
        ("store-a", 10),
    ]
    assert response.context["failing"] == 1


def test_csv_export_has_every_count_and_ranks_rows(
    login, platform_admin, import_events
):
    import_events(slow_store_log("store-z"))

    response = login(platform_admin).get(
        f"/platform/export.csv?period=week&start={MONDAY}&metric=reply_3min"
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["store"] == "store-z"
    assert (row["rounds"], row["rounds_within_3min"], row["reply_3min_rate"]) == (
        "1",
        "0",
        "0.0000",
    )
    assert (row["human_sessions"], row["no_service_sessions"]) == ("2", "1")
    assert row["passed"] == "no"


def test_csv_export_is_admin_only_and_rejects_unknown_metrics(
    login, agent, platform_admin
):
    assert login(agent).get("/platform/export.csv").status_code == 403
    admin = login(platform_admin)
    assert admin.get("/platform/export.csv?metric=nope").status_code == 404


def test_admin_store_page_and_unknown_store(login, platform_admin, store):
    admin = login(platform_admin)

    assert admin.get("/platform/stores/store-a/").status_code == 200
    assert admin.get("/platform/stores/nope/").status_code == 404


def test_thresholds_changed_in_django_admin_are_audited(login, platform_admin):
    from metrics.models import ThresholdChange
    from metrics.selectors import get_thresholds

    thresholds = get_thresholds()
    admin = login(platform_admin)

    response = admin.post(
        f"/admin/metrics/thresholds/{thresholds.pk}/change/",
        {
            "no_service_max": "0.2000",
            "reply_3min_min": "0.7500",
            "avg_response_max_seconds": "90.00",
            "dissatisfaction_max": "0.3000",
            "points_per_failure": "3",
        },
    )

    assert response.status_code == 302
    thresholds.refresh_from_db()
    assert (str(thresholds.reply_3min_min), thresholds.points_per_failure) == (
        "0.7500",
        3,
    )
    change = ThresholdChange.objects.get()
    assert change.changed_by == platform_admin
    assert (
        change.before["points_per_failure"],
        change.after["points_per_failure"],
    ) == (2, 3)


def test_threshold_changes_appear_in_the_platform_audit_log(login, platform_admin):
    from compliance.models import AuditLog
    from metrics.actions import do_update_thresholds

    do_update_thresholds({"points_per_failure": 4}, actor=platform_admin)
    entry = AuditLog.objects.get(action="metrics.thresholds")
    assert entry.actor == platform_admin
    assert (entry.before["points_per_failure"], entry.after["points_per_failure"]) == (
        2,
        4,
    )
    page = login(platform_admin).get("/review/audit/").content.decode()
    assert "metrics.thresholds" in page


def test_drilldown_shows_question_and_reply_times_in_local_time(
    login, agent, import_events
):
    """Both columns in Beijing time (the question's was 8 hours off, in UTC)."""
    import_events(slow_store_log())

    response = login(agent).get(f"/console/metrics/week/{MONDAY}/")

    (row,) = response.context["rounds"]
    assert row.started_at.tzinfo is not None
    page = response.content.decode()
    assert "<td>03-02 09:00:10</td>" in page
    assert "<td>03-02 09:05:10</td>" in page
    assert "<td>03-02 10:00:00</td>" in page


def test_metrics_transcript_shows_messages_in_the_transcript_not_as_flashes(
    login, agent, import_events
):
    import_events(slow_store_log())
    session = ImportedSession.objects.get(external_id="slow").session

    page = login(agent).get(f"/console/metrics/sessions/{session.pk}/").content

    assert b'class="flash"' not in page
    assert page.count(b'<li class="msg ') == session.messages.count()


def test_metrics_transcript_says_which_messages_the_reader_reads_masked(
    login, agent, auditor, buyer, store
):
    """A merchant reads a buyer's masked message masked, with a word that part
    of it is hidden; the platform reads the original and needs none."""
    session = factories.make_session(store, buyer, agent, state=Session.State.CLOSED)
    factories.make_message(
        session,
        "buyer",
        buyer,
        "加我微信 abc123",
        verdict="mask",
        masked_body="＊＊＊＊＊＊＊＊＊＊＊",
    )
    url = f"/console/metrics/sessions/{session.pk}/"
    note = "部分内容违反平台规则，已隐藏"

    merchant = login(agent).get(url).content.decode()
    assert "＊＊＊＊＊＊＊＊＊＊＊" in merchant and note in merchant
    assert "abc123" not in merchant
    platform = login(auditor).get(url).content.decode()
    assert "abc123" in platform and note not in platform
