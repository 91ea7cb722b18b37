"""Every CSV the app writes neutralises cells a spreadsheet would run."""

import csv
import io

import pytest

from chat.csv_export import safe_cell, writer
from metrics.actions import do_compute_period
from metrics.periods import last_completed_week
from tests import factories


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("茶叶店", "茶叶店"),
        ("a=b", "a=b"),
        (-3, -3),
        (None, None),
    ],
)
def test_formula_starts_are_neutralised_and_other_cells_kept(value, written):
    assert safe_cell(value) == written


def test_the_writer_neutralises_every_text_cell():
    stream = io.StringIO()
    writer(stream).writerows([["=1", 2, "@x"], ["ok", -1.5, "-y"]])
    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    assert rows == [["'=1", "2", "'@x"], ["ok", "-1.5", "'-y"]]


def test_platform_export_neutralises_a_store_name_starting_with_equals(
    login, platform_admin
):
    factories.make_store("evil", name='=HYPERLINK("http://evil.example","点我")')
    span = last_completed_week()
    do_compute_period(span)
    response = login(platform_admin).get(
        f"/platform/export.csv?period=week&start={span.first_day}"
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [row["name"] for row in rows]
    assert names == ['\'=HYPERLINK("http://evil.example","点我")']
