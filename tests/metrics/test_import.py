"""import_chatlog: validation, idempotence, ordering; compute_metrics errors;
the same numbers from SQLite as from PostgreSQL."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from chat.models import Membership, Message, Rating, Session, Store, User
from metrics.models import ImportedSession
from tests.factories import chatlog_event as ev
from tests.factories import write_chatlog
from tests.metrics.sqlite import run_on_sqlite

DAY = "2026-03-02"


def test_import_creates_stores_people_and_keeps_file_order_on_equal_times(
    import_events,
):
    out = import_events(
        [
            ev(f"{DAY} 09:00:00", "queued", "k1", store="new-shop", buyer="nb"),
            ev(
                f"{DAY} 09:00:05",
                "assigned",
                "k1",
                store="new-shop",
                buyer="nb",
                agent="na",
            ),
            ev(
                f"{DAY} 09:00:10",
                "buyer_message",
                "k1",
                store="new-shop",
                buyer="nb",
                text="第一",
            ),
            ev(
                f"{DAY} 09:00:10",
                "agent_message",
                "k1",
                store="new-shop",
                buyer="nb",
                agent="na",
                text="第二",
            ),
            ev(
                f"{DAY} 09:00:10",
                "buyer_message",
                "k1",
                store="new-shop",
                buyer="nb",
                text="第三",
            ),
            ev(
                f"{DAY} 09:05:00", "rating", "k1", store="new-shop", buyer="nb", score=4
            ),
            ev(f"{DAY} 09:06:00", "closed", "k1", store="new-shop", buyer="nb"),
        ]
    )

    assert "已导入 1 个会话" in out
    store = Store.objects.get(slug="new-shop")
    agent = User.objects.get(username="na")
    assert Membership.objects.get(user=agent).store == store
    assert User.objects.get(username="nb").kind == User.Kind.BUYER
    session = ImportedSession.objects.get(external_id="k1").session
    assert list(session.messages.order_by("seq").values_list("body", flat=True)) == [
        "第一",
        "第二",
        "第三",
    ]
    assert session.agent == agent
    assert session.human_started_at.isoformat() == "2026-03-02T01:00:00+00:00"
    assert session.assigned_at.isoformat() == "2026-03-02T01:00:05+00:00"
    assert session.closed_at.isoformat() == "2026-03-02T01:06:00+00:00"
    assert session.last_seq == 3


def test_reimporting_the_same_file_changes_nothing(import_events, tmp_path):
    events = [
        ev(f"{DAY} 09:00:00", "assigned", "k1", agent="a1"),
        ev(f"{DAY} 09:00:10", "buyer_message", "k1"),
        ev(f"{DAY} 09:00:20", "agent_message", "k1", agent="a1"),
        ev(f"{DAY} 09:01:00", "rating", "k1", score=2),
    ]
    import_events(events)
    stored = Message.objects.order_by("session_id", "seq")
    first = list(stored.values_list("session_id", "seq", "body"))

    out = import_events(events)

    assert "更新 1" in out
    assert Session.objects.count() == 1
    assert list(stored.values_list("session_id", "seq", "body")) == first
    assert Rating.objects.count() == 1


def test_bad_lines_are_reported_by_number_and_nothing_is_imported(db, tmp_path):
    good = ev(f"{DAY} 09:00:00", "assigned", "k1", agent="a1")
    path = tmp_path / "bad.jsonl"
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "type": "teleport"}),
        json.dumps({**good, "at": "2026-03-02T09:00:00"}),
        json.dumps(ev(f"{DAY} 09:01:00", "rating", "k1", score=6)),
        json.dumps(ev(f"{DAY} 09:01:00", "agent_message", "k1")),
        json.dumps(ev(f"{DAY} 09:01:00", "invalid", "k1", reason="boring")),
        json.dumps(ev(f"{DAY} 09:01:00", "closed", "k1", store="other")),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        call_command("import_chatlog", str(path), stdout=io.StringIO())

    message = str(raised.value)
    reported = [line.split("：")[0] for line in message.splitlines()[1:]]
    assert reported == [f"第 {number} 行" for number in range(2, 9)]
    assert "7 处错误" in message
    assert Session.objects.count() == 0
    assert not Store.objects.filter(slug="shop").exists()


def test_an_existing_user_of_another_kind_is_refused(import_events, agent):
    with pytest.raises(CommandError, match="agent-a 已存在且不是买家"):
        import_events([ev(f"{DAY} 09:00:00", "queued", "k1", buyer="agent-a")])
    assert Session.objects.count() == 0


def test_week_start_must_be_a_monday(db):
    with pytest.raises(CommandError, match="必须是星期一"):
        call_command("compute_metrics", "--period", "week", "--start", "2026-03-03")


def test_unknown_store_is_refused(db):
    with pytest.raises(CommandError, match="没有标识为 nope 的店铺"):
        call_command(
            "compute_metrics", "--period", "day", "--start", DAY, "--store", "nope"
        )


def scenario_events():
    """A mixed week over two stores touching every clause."""
    events = []
    for store in ("alpha", "beta"):
        for n, (start, waits) in enumerate(
            [
                ("2026-03-02 08:00:00", [30, 31, 180]),
                ("2026-03-03 22:50:00", [181, None]),
                ("2026-03-04 12:00:00", [600, 601]),
                ("2026-03-08 23:59:00", [5]),
            ]
        ):
            s, b = f"{store}-{n}", f"{store}-b{n}"
            events += [
                ev(start, "queued", s, store, b),
                ev(
                    f"{start}+{900 if n % 2 else 901}",
                    "assigned",
                    s,
                    store,
                    b,
                    agent=f"{store}-a",
                ),
            ]
            for k, wait in enumerate(waits):
                asked = f"{start}+{1000 + k * 700}"
                events.append(ev(asked, "buyer_message", s, store, b))
                if wait is not None:
                    events.append(
                        ev(
                            f"{asked}+{wait}",
                            "agent_message",
                            s,
                            store,
                            b,
                            agent=f"{store}-a",
                        )
                    )
            events.append(ev(f"{start}+5000", "rating", s, store, b, score=n + 1))
        events.append(
            ev("2026-03-05 10:00:00", "queued", f"{store}-x", store, f"{store}-bx")
        )
        events.append(
            ev(
                "2026-03-05 10:00:01",
                "invalid",
                f"{store}-x",
                store,
                f"{store}-bx",
                reason="risk",
            )
        )
    return events


@pytest.mark.process
def test_sqlite_gives_the_same_numbers_as_postgresql(import_events, compute, tmp_path):
    events = scenario_events()
    import_events(events)
    postgres = compute("week", DAY)

    log = write_chatlog(tmp_path / "scenario.jsonl", events)
    script = (
        "call_command('import_chatlog', sys.argv[1]);"
        "call_command('compute_metrics', '--period', 'week', '--start', sys.argv[2],"
        " '--json')"
    )
    stdout = run_on_sqlite(script, str(log), DAY, database=tmp_path / "m.sqlite3")
    output = stdout[stdout.index("[") :]
    sqlite = {row["store"]: row for row in json.loads(output)}

    assert sqlite == postgres
    # Hand-worked: rounds of Mon 08:16:40.. (30, 31, 180) and Wed (600, 601->600)
    # count; Tue 23:06 and next Monday 00:15 are outside. Sessions Mon 08:00,
    # Tue 22:50, Wed 12:00 count; all three are no-service: (a) 901 s, (c)
    # last round unanswered, (a) 901 s. Last ratings 1, 2, 3, 4.
    alpha = postgres["alpha"]
    assert (alpha["rounds"], alpha["total_wait_seconds"]) == (5, 1441.0)
    assert alpha["avg_response_seconds"] == 288.2
    assert (alpha["reply_3min_rate"], alpha["reply_30s_rate"]) == (0.6, 0.2)
    assert (alpha["human_sessions"], alpha["no_service_sessions"]) == (3, 3)
    assert alpha["no_service_rate"] == 1.0
    assert (alpha["rated_sessions"], alpha["dissatisfied_sessions"]) == (4, 2)
    assert alpha["passed"] is False
    assert postgres["beta"] == {**alpha, "store": "beta"}
