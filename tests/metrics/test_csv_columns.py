from types import SimpleNamespace

from metrics import csv_columns, team_views, views


def test_store_and_agent_exports_share_one_list_of_figures():
    store = csv_columns.figure_columns(first_response=False)
    agent = csv_columns.figure_columns(first_response=True)
    assert [c for c in agent if c not in csv_columns.FIRST_RESPONSE_COLUMNS] == store
    assert views.CSV_COLUMNS[4:-2] == store
    assert team_views.CSV_COLUMNS[5:-2] == agent


def test_a_row_takes_given_values_first_and_blanks_empty_rates():
    result = SimpleNamespace(rounds=3, reply_3min_rate=None, store="ignored")
    row = csv_columns.row(
        result, ["store", "rounds", "reply_3min_rate"], {"store": "tea"}
    )
    assert row == ["tea", 3, ""]
