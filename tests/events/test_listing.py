"""Upcoming list, month view, archive and API: filters, visibility and fixed query counts."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import EventPageFactory, in_days

pytestmark = pytest.mark.django_db


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def make_events(parent, n, categories, districts, campaign=None):
    for i in range(n):
        EventPageFactory(
            parent=parent,
            start=in_days(3 + i % 20, 10),
            end=in_days(3 + i % 20, 12),
            category=categories["fest"],
            district=districts["stahl"],
            campaign=campaign,
        )


def test_upcoming_list_shows_live_future_events_only(client, event_index):
    EventPageFactory(parent=event_index, title="Kommt noch", start=in_days(2))
    EventPageFactory(parent=event_index, title="War schon", start=in_days(-3), end=in_days(-3, 20))
    EventPageFactory(parent=event_index, title="Geheimer Entwurf", live=False)
    html = client.get(event_index.url).content.decode()
    assert "Kommt noch" in html
    assert "War schon" not in html and "Geheimer Entwurf" not in html
    archive = client.get(event_index.url + "archiv/").content.decode()
    assert "War schon" in archive and "Kommt noch" not in archive


def test_a_private_events_dates_appear_in_no_listing(client, event_index, home_page):
    """An event behind a view restriction (or below a private section) shows in no list of
    dates: the upcoming list, the month, the day, the calendar feed, the home page."""
    from wagtail.models import PageViewRestriction

    start = in_days(2, 10)
    EventPageFactory(parent=event_index, title="Offener Abend", start=start)
    private = EventPageFactory(parent=event_index, title="Internes Treffen", start=start)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    day = timezone.localtime(start).date()
    urls = [
        event_index.url,
        f"{event_index.url}monat/{day.year}/{day.month}/",
        f"{event_index.url}?date_from={day.isoformat()}&date_to={day.isoformat()}",
        f"{event_index.url}kalender/",
        home_page.url,
        "/api/v2/events/?limit=100",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "Offener Abend" in body, url
        assert "Internes Treffen" not in body, url


def test_filters_by_category_district_free_and_dates(client, event_index, categories, districts):
    EventPageFactory(
        parent=event_index,
        title="Fest in Stahl",
        category=categories["fest"],
        district=districts["stahl"],
        start=in_days(5),
    )
    EventPageFactory(
        parent=event_index,
        title="Kurs in Mötsch",
        category=categories["schulung"],
        district=districts["mötsch"],
        price=5,
        start=in_days(40),
    )

    def titles(query):
        html = client.get(event_index.url + "?" + query).content.decode()
        return {t for t in ["Fest in Stahl", "Kurs in Mötsch"] if t in html}

    assert titles("category=fest") == {"Fest in Stahl"}
    assert titles("district=mötsch") == {"Kurs in Mötsch"}
    assert titles("free=on") == {"Fest in Stahl"}
    later = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    assert titles(f"date_from={later}") == {"Kurs in Mötsch"}
    assert titles(f"date_to={later}") == {"Fest in Stahl"}


def test_bad_filter_value_is_a_400_not_a_500(client, event_index):
    assert client.get(event_index.url + "?date_from=gestern").status_code == 400


def test_month_view_places_events_on_their_local_day(client, event_index):
    EventPageFactory(
        parent=event_index,
        title="Spätes Konzert",
        # 23:30 in Bitburg is 22:30 UTC: it belongs to the 15th locally.
        start=timezone.make_aware(datetime.datetime(2027, 6, 15, 23, 30)),
        end=timezone.make_aware(datetime.datetime(2027, 6, 16, 0, 30)),
    )
    response = client.get(event_index.url + "monat/2027/6/")
    assert response.status_code == 200
    weeks = response.context["weeks"]
    days = {d["date"]: d["occurrences"] for week in weeks for d in week}
    assert [o.event.title for o in days[datetime.date(2027, 6, 15)]] == ["Spätes Konzert"]
    assert client.get(event_index.url + "monat/2027/13/").status_code == 404


def test_listing_and_month_view_use_a_fixed_number_of_queries(
    client, event_index, campaign, categories, districts, no_page_cache
):
    month = timezone.localdate() + datetime.timedelta(days=10)
    urls = [event_index.url, f"{event_index.url}monat/{month.year}/{month.month}/", campaign.url]
    make_events(event_index, 3, categories, districts, campaign)
    for url in urls:  # warm the per-process caches (site root paths, locales)
        client.get(url)
    few = [queries_for(client, url) for url in urls]
    make_events(event_index, 30, categories, districts, campaign)
    for url in urls:  # the header and footer are built again once after a change
        client.get(url)
    many = [queries_for(client, url) for url in urls]
    assert many == few
    assert max(many) <= 30


def test_month_view_shows_four_dates_a_day_and_links_to_the_rest(client, event_index):
    day = timezone.localdate() + datetime.timedelta(days=3)
    for hour in range(8, 15):  # seven dates on one day, in this order
        EventPageFactory(
            parent=event_index,
            title=f"Termin um {hour} Uhr",
            start=in_days(3, hour),
            end=in_days(3, hour) + datetime.timedelta(minutes=30),
        )
    html = client.get(f"{event_index.url}monat/{day.year}/{day.month}/").content.decode()
    shown = [hour for hour in range(8, 15) if f"Termin um {hour} Uhr" in html]
    assert shown == [8, 9, 10, 11]
    link = re.search(r'<a class="month__more" href="([^"]+)">3 weitere Termine', html)
    assert link, "no link to the day's other dates"
    day_list = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert all(f"Termin um {hour} Uhr" in day_list for hour in range(8, 15))


def test_api_lists_upcoming_events_with_filters(
    client, event_index, campaign, categories, districts
):
    EventPageFactory(
        parent=campaign,
        title="Walking",
        category=categories["fest"],
        district=districts["stahl"],
        start=in_days(4),
    )
    EventPageFactory(
        parent=event_index, title="Schulung", category=categories["schulung"], start=in_days(50)
    )
    EventPageFactory(parent=event_index, title="Vorbei", start=in_days(-5), end=in_days(-5, 20))

    def titles(query=""):
        response = client.get("/api/v2/events/?fields=title" + query)
        assert response.status_code == 200, response.content
        return [item["title"] for item in response.json()["items"]]

    assert titles() == ["Walking", "Schulung"]
    assert titles("&category=schulung") == ["Schulung"]
    assert titles("&district=stahl") == ["Walking"]
    assert titles(f"&campaign={campaign.slug}") == ["Walking"]
    later = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    assert titles(f"&date_from={later}") == ["Schulung"]
    assert titles("&past=true") == ["Vorbei"]
    assert client.get("/api/v2/events/?date_from=kaputt").status_code == 400


def test_api_event_detail_has_occurrences_and_places(client, course):
    body = client.get(f"/api/v2/events/{course.pk}/").json()
    assert body["registration_required"] is True
    assert body["places_left"] == 10
    assert len(body["upcoming_occurrences"]) == 1
    assert body["upcoming_occurrences"][0]["cancelled"] is False


def test_german_event_on_the_arabic_listing_is_marked_as_german(client, event_index):
    EventPageFactory(parent=event_index, title="Sitztanz", summary="Tanzen im Sitzen.")
    html = client.get("/ar/" + event_index.url.split("/", 2)[2]).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<p lang="de" dir="ltr">Tanzen im Sitzen.</p>' in html
    assert 'lang="de"' not in client.get(event_index.url).content.decode().split("<main")[1]


def test_an_empty_month_says_so_and_points_to_the_next_dates(client, event_index):
    """A month without dates is not a bare grid: it says so and links to the next month
    that has dates."""
    later = timezone.localdate() + datetime.timedelta(days=70)
    EventPageFactory(parent=event_index, title="Neujahrsempfang", start=in_days(70))
    this_month = timezone.localdate()
    html = client.get(f"{event_index.url}monat/{this_month.year}/{this_month.month}/")
    text = html.content.decode()
    assert "gibt es keine Termine" in text
    link = re.search(r'<a class="button" href="([^"]+)">Nächste Termine: ([^<]+)</a>', text)
    assert link and link.group(1).endswith(f"monat/{later.year}/{later.month}/")
    assert "Neujahrsempfang" in client.get(link.group(1)).content.decode()
    # With a month that has dates, no such message.
    assert "keine Termine" not in client.get(link.group(1)).content.decode()
