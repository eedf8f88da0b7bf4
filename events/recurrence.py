"""Expanding an event's recurrence into dated occurrences, in the town's wall-clock time.

A weekly walking group meets at 18:00 in Bitburg in March and in April alike, although the
UTC instant moves by an hour when daylight-saving time starts. So the rule is expanded on
naive local times (dateutil's rrule) and each result is then placed in Europe/Berlin;
the duration is wall-clock time too (18:00–19:30 stays 18:00–19:30 on the change day).
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateutil import rrule
from django.conf import settings

# Cap so a mistyped end date cannot create thousands of rows.
MAX_OCCURRENCES = 260


@dataclass(frozen=True)
class Slot:
    start: datetime.datetime
    end: datetime.datetime
    cancelled: bool = False


def local_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def rrule_kwargs(frequency: str, start_local: datetime.datetime) -> dict:
    """dateutil arguments for one of EventPage.Recurrence's values."""
    if frequency == "weekly":
        return {"freq": rrule.WEEKLY, "interval": 1}
    if frequency == "biweekly":
        return {"freq": rrule.WEEKLY, "interval": 2}
    if frequency == "monthly":
        return {"freq": rrule.MONTHLY, "interval": 1}
    if frequency == "monthly_weekday":
        # "every second Tuesday": the same weekday in the same week of the month.
        nth = (start_local.day - 1) // 7 + 1
        return {
            "freq": rrule.MONTHLY,
            "interval": 1,
            "byweekday": rrule.weekday(start_local.weekday(), nth),
        }
    raise ValueError(f"unknown recurrence {frequency!r}")


def expand(
    start: datetime.datetime,
    end: datetime.datetime,
    frequency: str = "",
    until: datetime.date | None = None,
    cancelled_dates: Iterable[datetime.date] = (),
) -> Iterator[Slot]:
    """Every occurrence of an event; dates in `cancelled_dates` come out as cancelled."""
    zone = local_zone()
    first = start.astimezone(zone).replace(tzinfo=None)
    duration = end.astimezone(zone).replace(tzinfo=None) - first
    cancelled = set(cancelled_dates)
    if not frequency or until is None:
        starts: Iterable[datetime.datetime] = [first]
    else:
        last = datetime.datetime.combine(until, datetime.time.max)
        starts = rrule.rrule(
            dtstart=first, until=last, count=None, **rrule_kwargs(frequency, first)
        )
    for index, naive in enumerate(starts):
        if index >= MAX_OCCURRENCES:
            break
        yield Slot(
            start=naive.replace(tzinfo=zone),
            end=(naive + duration).replace(tzinfo=zone),
            cancelled=naive.date() in cancelled,
        )
