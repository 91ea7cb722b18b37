"""The metrics CSV exports' columns, rows and response, in one place.

A store's week (`views.export_csv`) and an agent's (`team_views`) share the
counts behind every rate and the rates themselves; the agent rows add the
first-response figures. Cells are the result's attributes of the same name
(an empty cell for an empty denominator) unless a row gives its own value;
the period's first day, the failed metrics and the verdict are the same
for both.
"""

from django.http import HttpResponse

from chat import csv_export

COUNT_COLUMNS = (
    "human_sessions",
    "no_service_sessions",
    "no_service_rate",
    "rounds",
    "rounds_within_3min",
    "rounds_within_30s",
    "total_wait_seconds",
    "reply_3min_rate",
    "reply_30s_rate",
    "avg_response_seconds",
)
FIRST_RESPONSE_COLUMNS = (
    "answered_sessions",
    "total_first_response_seconds",
    "first_response_seconds",
)
RATING_COLUMNS = ("rated_sessions", "dissatisfied_sessions", "dissatisfaction_rate")


def figure_columns(*, first_response: bool) -> list[str]:
    """The figure columns, with or without the first-response ones."""
    extra = FIRST_RESPONSE_COLUMNS if first_response else ()
    return [*COUNT_COLUMNS, *extra, *RATING_COLUMNS]


def cell(value):
    return "" if value is None else value


def row(result, columns, values: dict) -> list:
    """One CSV row: ``values`` where given, else the result's attribute."""
    values = {
        "period_start": result.period_start.isoformat(),
        "failed": " ".join(result.failed_metrics()),
        "passed": "yes" if result.passed else "no",
        **values,
    }
    return [values[c] if c in values else cell(getattr(result, c)) for c in columns]


def response(filename: str, columns) -> tuple[HttpResponse, csv_export.SafeWriter]:
    """A CSV attachment named ``filename`` with its header row, and its writer."""
    reply = HttpResponse(content_type="text/csv; charset=utf-8")
    reply["Content-Disposition"] = f'attachment; filename="{filename}"'
    reply.write("\ufeff")  # Excel opens UTF-8 Chinese names correctly
    writer = csv_export.writer(reply)
    writer.writerow(columns)
    return reply, writer
