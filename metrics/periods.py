"""Periods and the assessment window, in Asia/Shanghai time (docs/metrics.md)."""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

SHANGHAI = ZoneInfo("Asia/Shanghai")
# The assessment window (08:00:00–22:59:59, local hours 8–22) is applied in SQL:
# metrics.queries.in_window.
PERIOD_DAYS = {"day": 1, "week": 7}


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class PeriodSpan:
    period: str
    first_day: dt.date
    # The day after the last day: the period is [first_day, end_day).
    end_day: dt.date

    @property
    def start(self) -> dt.datetime:
        return local_midnight(self.first_day)

    @property
    def end(self) -> dt.datetime:
        return local_midnight(self.end_day)

    def days(self) -> list[dt.date]:
        count = (self.end_day - self.first_day).days
        return [self.first_day + dt.timedelta(days=n) for n in range(count)]

    def previous(self) -> "PeriodSpan":
        return make_span(
            self.period, self.first_day - dt.timedelta(days=PERIOD_DAYS[self.period])
        )


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=SHANGHAI)


def local_today(now: dt.datetime | None = None) -> dt.date:
    return (now or timezone.now()).astimezone(SHANGHAI).date()


def make_span(period: str, first_day: dt.date) -> PeriodSpan:
    if period not in PERIOD_DAYS:
        raise PeriodError(_("周期必须是 day 或 week。"))
    if period == "week" and first_day.weekday() != 0:
        raise PeriodError(
            _("周指标的开始日期必须是星期一：%(day)s 是星期%(weekday)s。")
            % {
                "day": first_day.isoformat(),
                "weekday": "一二三四五六日"[first_day.weekday()],
            }
        )
    return PeriodSpan(
        period, first_day, first_day + dt.timedelta(days=PERIOD_DAYS[period])
    )


def parse_span(period: str, start: str) -> PeriodSpan:
    try:
        first_day = dt.date.fromisoformat(start)
    except (TypeError, ValueError):
        raise PeriodError(
            _("开始日期格式应为 YYYY-MM-DD：%(value)s") % {"value": start}
        ) from None
    if not FIRST_PARSED_DAY <= first_day <= LAST_PARSED_DAY:
        # A period near the ends of the calendar has no previous or next one
        # (pages link to both), and no chat ever happened there.
        raise PeriodError(
            _("开始日期超出范围：%(value)s") % {"value": first_day.isoformat()}
        )
    return make_span(period, first_day)


FIRST_PARSED_DAY = dt.date(1970, 1, 1)
LAST_PARSED_DAY = dt.date(9000, 12, 31)


def week_of(day: dt.date) -> PeriodSpan:
    return make_span("week", day - dt.timedelta(days=day.weekday()))


def last_completed_day(now: dt.datetime | None = None) -> PeriodSpan:
    return make_span("day", local_today(now) - dt.timedelta(days=1))


def last_completed_week(now: dt.datetime | None = None) -> PeriodSpan:
    return week_of(local_today(now)).previous()
