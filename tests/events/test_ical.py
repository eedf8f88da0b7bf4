"""iCalendar feeds parse, carry the zone, and give the right instants across DST."""

import datetime

import icalendar
import pytest
import recurring_ical_events

from events.factories import EventPageFactory
from events.models import EventCancellation

from .conftest import berlin

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


@pytest.fixture
def walk(campaign):
    return EventPageFactory(
        parent=campaign,
        title="Bewegungstreff",
        slug="bewegungstreff",
        start=berlin(2027, 3, 16, 18, 0),
        end=berlin(2027, 3, 16, 19, 30),
        recurrence="weekly",
        repeat_until=datetime.date(2027, 11, 30),
        cancellations=[EventCancellation(date=datetime.date(2027, 4, 6), reason="Ostern")],
    )


def test_event_file_has_the_zone_and_the_right_utc_instant(client, event_index):
    winter = EventPageFactory(
        parent=event_index,
        slug="winter",
        start=berlin(2027, 3, 27, 10, 0),
        end=berlin(2027, 3, 27, 12, 0),
    )
    summer = EventPageFactory(
        parent=event_index,
        slug="sommer",
        start=berlin(2027, 3, 28, 10, 0),
        end=berlin(2027, 3, 28, 12, 0),
    )
    for page, utc_hour in [(winter, 9), (summer, 8)]:
        cal = parse(client.get(page.url + "kalender/"))
        assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
        [event] = cal.walk("VEVENT")
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        start = event.decoded("DTSTART")
        assert start.astimezone(UTC) == datetime.datetime(
            2027, 3, 27 + (page == summer), utc_hour, tzinfo=UTC
        )


def test_campaign_feed_expands_to_the_right_instants_on_both_sides_of_dst(
    client, campaign, walk, event_index
):
    EventPageFactory(
        parent=event_index, title="Nicht in der Kampagne", start=berlin(2027, 3, 20, 9)
    )
    cal = parse(client.get(campaign.url + "kalender/"))
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Bewegungstreff"]
    # An independent RRULE/EXDATE implementation reads our feed as a phone would.
    dates = recurring_ical_events.of(cal).between(
        datetime.datetime(2027, 3, 1, tzinfo=UTC), datetime.datetime(2027, 4, 14, tzinfo=UTC)
    )
    starts = [e.decoded("DTSTART").astimezone(UTC) for e in dates]
    assert starts == [
        datetime.datetime(2027, 3, 16, 17, 0, tzinfo=UTC),  # CET: 18:00 local
        datetime.datetime(2027, 3, 23, 17, 0, tzinfo=UTC),
        datetime.datetime(2027, 3, 30, 16, 0, tzinfo=UTC),  # CEST: 18:00 local
        datetime.datetime(2027, 4, 13, 16, 0, tzinfo=UTC),  # 6 April cancelled
    ]
    autumn = recurring_ical_events.of(cal).between(
        datetime.datetime(2027, 10, 25, tzinfo=UTC), datetime.datetime(2027, 11, 3, tzinfo=UTC)
    )
    assert [e.decoded("DTSTART").astimezone(UTC).hour for e in autumn] == [16, 17]


def test_feeds_for_everything_and_per_category(client, event_index, categories):
    EventPageFactory(parent=event_index, title="Vereinsfest", category=categories["fest"])
    EventPageFactory(
        parent=event_index, title="Datenschutz im Verein", category=categories["schulung"]
    )
    EventPageFactory(parent=event_index, title="Entwurf", live=False)
    everything = parse(client.get(event_index.url + "kalender/"))
    assert sorted(str(e["SUMMARY"]) for e in everything.walk("VEVENT")) == [
        "Datenschutz im Verein",
        "Vereinsfest",
    ]
    trainings = parse(client.get(event_index.url + "kategorie/schulung/kalender/"))
    assert [str(e["SUMMARY"]) for e in trainings.walk("VEVENT")] == ["Datenschutz im Verein"]
    assert client.get(event_index.url + "kategorie/gibt-es-nicht/kalender/").status_code == 404


def test_feed_carries_a_year_ahead_and_at_most_its_limit(
    client, event_index, monkeypatch, no_page_cache
):
    from events import ical
    from events.factories import in_days

    for days in (2, 5, 9, 300):
        EventPageFactory(parent=event_index, title=f"In {days} Tagen", start=in_days(days))
    EventPageFactory(parent=event_index, title="In 400 Tagen", start=in_days(400))

    def summaries() -> list[str]:
        feed = parse(client.get(event_index.url + "kalender/"))
        return [str(event["SUMMARY"]) for event in feed.walk("VEVENT")]

    assert summaries() == ["In 2 Tagen", "In 5 Tagen", "In 9 Tagen", "In 300 Tagen"]

    monkeypatch.setattr(ical, "FEED_LIMIT", 2)
    assert summaries() == ["In 2 Tagen", "In 5 Tagen"]


def test_feed_query_count_does_not_grow(
    client, event_index, categories, django_assert_max_num_queries, no_page_cache
):
    from cms import pagecache

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            parse(client.get(event_index.url + "kalender/"))
        return len(queries)

    def counts() -> tuple[int, int]:
        """With nothing kept, then with the kept parts (the routed page) read."""
        pagecache.clear()
        return count(), count()

    EventPageFactory.create_batch(2, parent=event_index, category=categories["fest"])
    count()  # warm the per-process caches
    few = counts()
    assert few[1] < few[0], few
    EventPageFactory.create_batch(8, parent=event_index, category=categories["fest"])
    assert counts() == few
