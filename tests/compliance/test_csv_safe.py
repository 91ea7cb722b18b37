"""CSV downloads never hand a spreadsheet a formula."""

import pytest

from compliance.csv_safe import csv_download, neutralise_cell, restore_cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+v加我", "'+v加我"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("微信", "微信"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
        (None, ""),
        (3, "3"),
    ],
)
def test_a_cell_that_starts_a_formula_gets_an_apostrophe(value, cell):
    assert neutralise_cell(value) == cell


@pytest.mark.parametrize("value", ["=1+1", "+v", "-x", "@a", "微信", "'quoted", ""])
def test_a_neutralised_cell_reads_back_as_its_value(value):
    assert restore_cell(neutralise_cell(value)) == value


def test_a_download_neutralises_every_cell_and_names_the_file():
    response = csv_download("x.csv", ["=head"], [["=1", "ok"], ["-2", None]])
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
    assert response.content.decode("utf-8") == ("\ufeff'=head\r\n'=1,ok\r\n'-2,\r\n")
