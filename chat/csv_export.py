"""CSV files the app writes, with every text cell safe to open in a spreadsheet.

A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return
before one) is read by Excel, LibreOffice and Google Sheets as a formula: a
store named `=HYPERLINK(...)` would run in the admin's spreadsheet. Such text
cells get a leading apostrophe, which spreadsheets show as text and hide
(OWASP's "CSV injection" advice). Numbers are written as numbers.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """csv.writer whose rows pass through `safe_cell`."""

    def __init__(self, stream, **options):
        self._writer = csv.writer(stream, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(stream, **options) -> SafeWriter:
    """The one way the app writes CSV."""
    return SafeWriter(stream, **options)
