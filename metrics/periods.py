"""Periods and the assessment window, in Asia/Shanghai time (docs/metrics.md)."""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

SHANGHAI = ZoneInfo("Asia/Shanghai")
WINDOW_OPENS = dt.time(8, 0)
# The window is 08:00:00–22:59:59 inclusive, i.e. up to (not including) 23:00.
WINDOW_CLOSES = dt.time(23, 0)
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

    def windows(self) -> list[tuple[dt.datetime, dt.datetime]]:
        """Each day's assessment window as [opens, closes) aware datetimes."""
        return [
            (
                dt.datetime.combine(day, WINDOW_OPENS, tzinfo=SHANGHAI),
                dt.datetime.combine(day, WINDOW_CLOSES, tzinfo=SHANGHAI),
            )
            for day in self.days()
        ]

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
            % {"day": first_day.isoformat(), "weekday": "一二三四五六日"[first_day.weekday()]}
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
    return make_span(period, first_day)


def week_of(day: dt.date) -> PeriodSpan:
    return make_span("week", day - dt.timedelta(days=day.weekday()))


def last_completed_day(now: dt.datetime | None = None) -> PeriodSpan:
    return make_span("day", local_today(now) - dt.timedelta(days=1))


def last_completed_week(now: dt.datetime | None = None) -> PeriodSpan:
    return week_of(local_today(now)).previous()
