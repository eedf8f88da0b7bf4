"""iCalendar (RFC 5545) for single events and subscribable feeds, built with `icalendar`.

A recurring event is one VEVENT with an RRULE and EXDATEs for cancelled dates, anchored in
Europe/Berlin with the zone's VTIMEZONE included, so a phone shows 18:00 for the walking
group in winter and in summer.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from urllib.parse import urlparse

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from . import recurrence
from .models import EventPage

RRULE_FREQUENCIES = {
    "weekly": {"freq": "weekly"},
    "biweekly": {"freq": "weekly", "interval": 2},
    "monthly": {"freq": "monthly"},
}


# A feed carries at most this many events (the earliest first): a calendar app refreshes
# the whole file twice a day, and a listing of a large site's year would run to megabytes.
FEED_LIMIT = 500


def uid_domain() -> str:
    return urlparse(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def event_component(event: EventPage, request=None) -> icalendar.Event:
    zone = recurrence.local_zone()
    start = event.start.astimezone(zone)
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{uid_domain()}")
    component.add("dtstamp", timezone.now())
    component.add("last-modified", event.last_published_at or event.latest_revision_created_at)
    component.add("dtstart", start)
    component.add("dtend", event.end.astimezone(zone))
    component.add("summary", event.title)
    component.add("description", f"{event.summary}\n\n{strip_tags(event.description)}".strip())
    location = ", ".join(part for part in [event.venue, event.address] if part)
    if location:
        component.add("location", location)
    url = event.get_full_url(request)
    if url:
        component.add("url", url)
    if event.category_id:
        component.add("categories", [event.category.name])
    if event.organiser_label:
        component.add(
            "organizer",
            f"mailto:{settings.DEFAULT_FROM_EMAIL}",
            parameters={"CN": event.organiser_label},
        )
    if event.recurrence:
        rule = dict(RRULE_FREQUENCIES.get(event.recurrence, {"freq": "monthly"}))
        if event.recurrence == "monthly_weekday":
            nth = (start.day - 1) // 7 + 1
            rule["byday"] = f"{nth}{('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')[start.weekday()]}"
        # With a zoned DTSTART, UNTIL must be in UTC (RFC 5545 3.3.10).
        last = datetime.datetime.combine(event.repeat_until, datetime.time.max, tzinfo=zone)
        rule["until"] = last.astimezone(datetime.UTC).replace(microsecond=0)
        component.add("rrule", rule)
        cancelled = [
            datetime.datetime.combine(c.date, start.timetz().replace(tzinfo=None), tzinfo=zone)
            for c in event.cancellations.all()
        ]
        if cancelled:
            component.add("exdate", cancelled)
    return component


def calendar_bytes(events: Iterable[EventPage], *, name: str, request=None) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Stadt Bitburg//Ehrenamt//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    # Subscribed feeds are refreshed about twice a day.
    cal.add("refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    for event in events:
        cal.add_component(event_component(event, request))
    cal.add_missing_timezones()
    return cal.to_ical()


def calendar_response(events, *, name: str, filename: str, request=None) -> HttpResponse:
    if hasattr(events, "select_related"):
        events = (
            events.select_related("category", "organiser")
            .prefetch_related("cancellations")
            .order_by("start", "pk")[:FEED_LIMIT]
        )
    response = HttpResponse(
        calendar_bytes(events, name=name, request=request),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    response["Cache-Control"] = "public, max-age=900"
    return response
