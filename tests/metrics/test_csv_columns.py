import datetime as dt
from types import SimpleNamespace

from metrics import csv_columns, team_views, views


def test_store_and_agent_exports_share_one_list_of_figures():
    store = csv_columns.figure_columns(first_response=False)
    agent = csv_columns.figure_columns(first_response=True)
    assert [c for c in agent if c not in csv_columns.FIRST_RESPONSE_COLUMNS] == store
    assert views.CSV_COLUMNS[4:-2] == store
    assert team_views.CSV_COLUMNS[5:-2] == agent


def test_a_row_takes_given_values_first_and_blanks_empty_rates():
    result = SimpleNamespace(
        rounds=3,
        reply_3min_rate=None,
        store="ignored",
        period_start=dt.date(2026, 11, 30),
        failed_metrics=lambda: ["reply_3min_rate", "no_service_rate"],
        passed=False,
    )
    columns = ["store", "period_start", "rounds", "reply_3min_rate", "failed", "passed"]
    row = csv_columns.row(result, columns, {"store": "tea"})
    assert row == [
        "tea",
        "2026-11-30",
        3,
        "",
        "reply_3min_rate no_service_rate",
        "no",
    ]


def test_the_response_is_an_attachment_with_a_bom_and_its_header():
    response, writer = csv_columns.response("w.csv", ["store", "rounds"])
    writer.writerow(["=cmd()", 1])
    assert response["Content-Disposition"] == 'attachment; filename="w.csv"'
    assert response.content.decode("utf-8") == "\ufeffstore,rounds\r\n'=cmd(),1\r\n"
