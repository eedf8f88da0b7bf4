"""Recurring events keep their local wall-clock time across daylight-saving changes."""

import datetime

import pytest

from events.factories import EventPageFactory
from events.models import EventCancellation, Occurrence
from events.recurrence import expand

from .conftest import berlin

UTC = datetime.UTC


def test_weekly_walk_keeps_18_00_local_across_spring_change():
    # 2027-03-28 is the last Sunday of March: CET (+1) before, CEST (+2) after.
    slots = list(
        expand(
            berlin(2027, 3, 16, 18, 0),
            berlin(2027, 3, 16, 19, 30),
            "weekly",
            datetime.date(2027, 4, 6),
        )
    )
    assert [s.start.astimezone(UTC) for s in slots] == [
        datetime.datetime(2027, 3, 16, 17, 0, tzinfo=UTC),
        datetime.datetime(2027, 3, 23, 17, 0, tzinfo=UTC),
        datetime.datetime(2027, 3, 30, 16, 0, tzinfo=UTC),
        datetime.datetime(2027, 4, 6, 16, 0, tzinfo=UTC),
    ]
    assert all(s.end - s.start == datetime.timedelta(minutes=90) for s in slots)


def test_autumn_change_and_a_cancelled_week():
    # 2027-10-31 ends summer time.
    slots = list(
        expand(
            berlin(2027, 10, 26, 18, 0),
            berlin(2027, 10, 26, 19, 0),
            "weekly",
            datetime.date(2027, 11, 9),
            cancelled_dates=[datetime.date(2027, 11, 2)],
        )
    )
    assert [(s.start.astimezone(UTC).hour, s.cancelled) for s in slots] == [
        (16, False),
        (17, True),
        (17, False),
    ]


def test_event_over_the_change_night_lasts_its_wall_clock_time():
    # A night-long event: 20:00 to 08:00 local, although the night has 11 real hours.
    slot = next(expand(berlin(2027, 3, 27, 20, 0), berlin(2027, 3, 28, 8, 0)))
    assert slot.end.astimezone(UTC) == datetime.datetime(2027, 3, 28, 6, 0, tzinfo=UTC)


def test_monthly_on_the_same_weekday():
    # 2027-01-12 is the second Tuesday of January.
    slots = list(
        expand(
            berlin(2027, 1, 12, 19, 0),
            berlin(2027, 1, 12, 21, 0),
            "monthly_weekday",
            datetime.date(2027, 4, 30),
        )
    )
    assert [s.start.date() for s in slots] == [
        datetime.date(2027, 1, 12),
        datetime.date(2027, 2, 9),
        datetime.date(2027, 3, 9),
        datetime.date(2027, 4, 13),
    ]
    assert {s.start.weekday() for s in slots} == {1}


@pytest.mark.django_db
def test_occurrences_are_rebuilt_when_the_event_changes(event_index):
    event = EventPageFactory(
        parent=event_index,
        start=berlin(2027, 3, 16, 18, 0),
        end=berlin(2027, 3, 16, 19, 30),
        recurrence="weekly",
        repeat_until=datetime.date(2027, 3, 30),
        cancellations=[EventCancellation(date=datetime.date(2027, 3, 23), reason="Ostern")],
    )
    rows = Occurrence.objects.filter(event=event).order_by("start")
    assert [(o.start.date().day, o.cancelled) for o in rows] == [
        (16, False),
        (23, True),
        (30, False),
    ]
    event.repeat_until = datetime.date(2027, 4, 13)
    event.save_revision().publish()
    assert Occurrence.objects.filter(event=event).count() == 5


@pytest.mark.django_db
def test_a_series_needs_a_last_date_and_a_sane_length(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(
        start=berlin(2027, 3, 16, 18, 0),
        end=berlin(2027, 3, 16, 17, 0),
        recurrence="weekly",
        repeat_until=None,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) >= {"end", "repeat_until"}
