"""CSV that a spreadsheet opens as text, never as formulas.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is run as a formula by Excel, LibreOffice and Google Sheets (CSV injection,
CWE-1236; OWASP's advice is a leading apostrophe). Every CSV download goes
through `csv_download`, and a CSV read back restores such cells with
`restore_cell`.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore_cell(cell: str) -> str:
    """The value `neutralise_cell` was given."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def csv_download(filename: str, header: Iterable, rows: Iterable[Iterable]):
    """A UTF-8 CSV attachment (with a BOM, so Excel reads the encoding)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([neutralise_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return response
