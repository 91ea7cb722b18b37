"""python manage.py compute_metrics --period day|week --start YYYY-MM-DD."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from chat.models import Store
from metrics.actions import do_compute_period
from metrics.periods import PeriodError, parse_span
from metrics.selectors import agent_results


def _number(value):
    return None if value is None else float(value)


def _figures(result) -> dict:
    """The fields a store row and an agent row share, in print order."""
    return {
        "period": result.period,
        "period_start": result.period_start.isoformat(),
        "period_end": result.period_end.isoformat(),
        "human_sessions": result.human_sessions,
        "no_service_sessions": result.no_service_sessions,
        "no_service_rate": _number(result.no_service_rate),
        "rounds": result.rounds,
        "rounds_within_3min": result.rounds_within_3min,
        "rounds_within_30s": result.rounds_within_30s,
        "total_wait_seconds": _number(result.total_wait_seconds),
        "reply_3min_rate": _number(result.reply_3min_rate),
        "reply_30s_rate": _number(result.reply_30s_rate),
        "avg_response_seconds": _number(result.avg_response_seconds),
        "answered_sessions": result.answered_sessions,
        "total_first_response_seconds": _number(result.total_first_response_seconds),
        "first_response_seconds": _number(result.first_response_seconds),
        "rated_sessions": result.rated_sessions,
        "dissatisfied_sessions": result.dissatisfied_sessions,
        "dissatisfaction_rate": _number(result.dissatisfaction_rate),
        "failed": result.failed_metrics(),
        "passed": result.passed,
    }


def result_json(result) -> dict:
    return {"store": result.store.slug, **_figures(result)}


def agent_result_json(result) -> dict:
    """`agent` is the agent's username: the identifier of the chat log."""
    return {
        "store": result.store.slug,
        "agent": result.agent.username,
        **_figures(result),
    }


class Command(BaseCommand):
    help = "Compute and store the service metrics of one day or week."

    def add_arguments(self, parser):
        parser.add_argument("--period", choices=["day", "week"], required=True)
        parser.add_argument("--start", required=True, help="YYYY-MM-DD")
        parser.add_argument("--store", help="store slug (default: every store)")
        parser.add_argument(
            "--by",
            choices=["store", "agent"],
            default="store",
            help="print one row per store (default) or per store and agent",
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, period, start, store, by, json, **options):
        try:
            span = parse_span(period, start)
        except PeriodError as error:
            raise CommandError(str(error)) from error
        store_ids = None
        if store:
            found = Store.objects.filter(slug=store).values_list("pk", flat=True)
            if not found:
                raise CommandError(_("没有标识为 %(slug)s 的店铺。") % {"slug": store})
            store_ids = list(found)
        results = do_compute_period(span, store_ids)
        if by == "agent":
            results = agent_results(span, [r.store_id for r in results])
            if json:
                self.stdout.write(dumps([agent_result_json(r) for r in results]))
                return
            for r in results:
                self.stdout.write(
                    f"{r.store.slug}\t{r.agent.username}\t{r.period_start}\t"
                    + ("PASS" if r.passed else "FAIL " + ",".join(r.failed_metrics()))
                )
            return
        if json:
            self.stdout.write(dumps([result_json(r) for r in results]))
            return
        for r in results:
            self.stdout.write(
                f"{r.store.slug}\t{r.period_start}\t"
                + ("PASS" if r.passed else "FAIL " + ",".join(r.failed_metrics()))
            )


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
