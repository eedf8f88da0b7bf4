import hashlib

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from cms.templatetags.cms_tags import json_ld, written_in

register = template.Library()

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REPEAT_FREQUENCY = {"weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "monthly_weekday": "P1M"}


@register.simple_tag(takes_context=True)
def event_jsonld(context, page) -> str:
    """schema.org Event for search engines; a series also carries its Schedule."""
    occurrence = page.next_occurrence
    start = occurrence.start if occurrence else page.start
    end = occurrence.end if occurrence else page.end
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(context.get("request")),
        "startDate": timezone.localtime(start).isoformat(),
        "endDate": timezone.localtime(end).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": written_in(page),
        "isAccessibleForFree": page.is_free,
        "location": {
            "@type": "Place",
            "name": page.venue or page.address or "Bitburg",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": page.address,
                "addressLocality": "Bitburg",
                "postalCode": "54634",
                "addressCountry": "DE",
            },
        },
        "offers": {
            "@type": "Offer",
            "price": f"{page.price:.2f}",
            "priceCurrency": "EUR",
            "url": page.get_full_url(context.get("request")),
        },
    }
    if page.organiser_label:
        data["organizer"] = {"@type": "Organization", "name": page.organiser_label}
    if page.recurrence:
        local_start = timezone.localtime(page.start)
        data["eventSchedule"] = {
            "@type": "Schedule",
            "repeatFrequency": REPEAT_FREQUENCY[page.recurrence],
            "byDay": f"https://schema.org/{SCHEMA_DAYS[local_start.weekday()]}",
            "startDate": local_start.date().isoformat(),
            "endDate": page.repeat_until.isoformat(),
            "startTime": local_start.strftime("%H:%M"),
            "endTime": timezone.localtime(page.end).strftime("%H:%M"),
            "scheduleTimezone": settings.TIME_ZONE,
            "exceptDate": [c.date.isoformat() for c in page.cancellations.all()],
        }
    return json_ld(data)


@register.simple_tag(takes_context=True)
def upcoming_events(context, heading, organiser=None, limit=3):
    """A section with the next dates, for pages of other apps (home, organisation) that
    should not import the events app: the dependency stays events → opportunities.

    Kept rendered per language and generation of the events (a published, changed or
    withdrawn event renews `section:events`) until the first of its dates has ended and
    leaves the list; the query behind it takes longer to plan than to run."""
    from wagtail.models import Locale

    from cms import pagecache
    from events.models import EventIndexPage, Occurrence

    page = context.get("page")
    locale = page.locale_id if page is not None else Locale.get_active().pk
    request = context.get("request")
    now = timezone.now()

    def build() -> tuple[float, str]:
        occurrences = Occurrence.objects.public(locale).upcoming(now)
        if organiser is not None:
            occurrences = occurrences.filter(event__organiser=organiser)
        occurrences = list(occurrences.filter(cancelled=False)[:limit])
        section = {
            "request": request,
            "heading": heading,
            "occurrences": occurrences,
            "listing": EventIndexPage.objects.live().filter(locale_id=locale).first(),
            "show_empty": organiser is None,
        }
        html = render_to_string("events/upcoming_section.html", section)
        # The list changes by itself only when one of its dates ends.
        ends = [occurrence.end.timestamp() for occurrence in occurrences]
        return min(ends, default=now.timestamp() + settings.PAGE_CACHE_TIMEOUT), html

    site = getattr(request, "_wagtail_site", None)
    tags = [pagecache.SITE_TAG, "section:events"]
    if organiser is not None:
        tags.append(f"page:{organiser.pk}")
    heading_digest = hashlib.sha256(str(heading).encode()).hexdigest()[:16]
    key = (
        f"upcoming:{getattr(site, 'pk', '-')}:{translation.get_language()}:{locale}:"
        f"{getattr(organiser, 'pk', '-')}:{limit}:{heading_digest}"
    )
    _, html = pagecache.fragment(key, tags, build, fresh=lambda kept: kept[0] > now.timestamp())
    return mark_safe(html)  # noqa: S308 (a rendered template)
