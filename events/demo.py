"""Demo content of the events app: campaigns, a survey, events a year ahead and a few past.

Dates are computed from today in Bitburg's time zone, so the demo always shows the coming
twelve months. Like the other loaders it only adds what is missing: existing pages, terms
and consent texts are left as editors changed them.
"""

from __future__ import annotations

import datetime
import zoneinfo
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from cms.demo import ensure_page, german
from cms.models import ConsentText, District, Language, TargetGroup
from home.models import HomePage
from opportunities.models import OrganisationPage

from . import demo_data as data
from .models import (
    CampaignPage,
    CampaignPartner,
    EventCancellation,
    EventCategory,
    EventIndexPage,
    EventPage,
    Occurrence,
    SurveyField,
    SurveyPage,
)

TIME_ZONE = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def load(command) -> None:
    locale = german()
    home = HomePage.objects.get(locale=locale)
    for purpose, text in data.CONSENT_TEXTS.items():
        ConsentText.objects.get_or_create(
            purpose=purpose, version=1, locale=locale, defaults={"text": text}
        )
    categories = {
        slug: EventCategory.objects.get_or_create(
            slug=slug, locale=locale, defaults={"name": name}
        )[0]
        for slug, name in data.CATEGORIES
    }
    index, _ = ensure_page(
        home,
        EventIndexPage,
        data.INDEX["slug"],
        title=data.INDEX["title"],
        intro=data.INDEX["intro"],
        show_in_menus=True,
    )
    context = Context(locale, categories, timezone.localdate())
    for spec in data.CAMPAIGNS:
        campaign = ensure_campaign(index, spec, context)
        for event_spec in spec["events"]:
            ensure_event(campaign, event_spec, context)
    for event_spec in data.EVENTS:
        ensure_event(index, event_spec, context)
    events = EventPage.objects.descendant_of(index)
    command.stdout.write(
        f"events: {CampaignPage.objects.child_of(index).count()} campaigns, "
        f"{events.count()} events, "
        f"{Occurrence.objects.filter(event__in=events).count()} dates, "
        f"{SurveyPage.objects.descendant_of(index).count()} surveys"
    )


class Context:
    """What every event needs to resolve its references: terms, organisations, today."""

    def __init__(self, locale, categories, today: datetime.date):
        self.locale = locale
        self.categories = categories
        self.today = today
        self.organisations = {
            page.slug: page for page in OrganisationPage.objects.filter(locale=locale)
        }

    def district(self, name: str):
        return District.objects.filter(
            slug=slugify(name.replace("ö", "oe")), locale=self.locale
        ).first()


def ensure_campaign(index, spec, context: Context) -> CampaignPage:
    partners = [
        CampaignPartner(organisation=context.organisations[slug])
        for slug in spec["partners"]
        if slug in context.organisations
    ] + [CampaignPartner(name=name) for name in spec["partner_names"]]
    campaign, _ = ensure_page(
        index,
        CampaignPage,
        spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        goals=spec["goals"],
        description=spec["description"],
        partners=partners,
    )
    survey = spec["survey"]
    if survey is not None:
        ensure_page(
            campaign,
            SurveyPage,
            survey["slug"],
            title=survey["title"],
            intro=survey["intro"],
            thank_you_text=survey["thank_you_text"],
            form_fields=[SurveyField(**field) for field in survey["fields"]],
        )
    return campaign


def ensure_event(parent, spec, context: Context) -> EventPage:
    day = event_date(spec["when"], context.today)
    start = at(day, spec["time"][0])
    end = at(day, spec["time"][1])
    recurrence = spec.get("recurrence", "")
    repeat_until = day + datetime.timedelta(days=spec["repeat_days"]) if recurrence else None
    registration = spec["registration"] or {}
    deadline = None
    if registration:
        deadline = at(day - datetime.timedelta(days=registration["deadline_days"]), "23:59")
    cancellations = []
    if recurrence:
        series = series_dates(start, end, recurrence, repeat_until)
        for which, reason in spec.get("cancel", []):
            cancelled = holiday_date(series, which)
            if cancelled is not None:
                cancellations.append(EventCancellation(date=cancelled, reason=reason))
    organiser = context.organisations.get(spec.get("organiser", ""))
    page, _ = ensure_page(
        parent,
        EventPage,
        spec["slug"],
        title=spec["title"],
        category=context.categories[spec["category"]],
        organiser=organiser,
        organiser_name=spec.get("organiser_name", ""),
        summary=spec["summary"],
        description=spec["description"],
        start=start,
        end=end,
        recurrence=recurrence,
        repeat_until=repeat_until,
        cancellations=cancellations,
        venue=spec["venue"],
        address=spec["address"],
        district=context.district(spec["district"]),
        price=Decimal(spec["price"]),
        price_note=spec["price_note"],
        wheelchair_accessible=spec["wheelchair_accessible"],
        accessibility=spec["accessibility"],
        languages=list(Language.objects.filter(code__in=spec["languages"])),
        target_groups=list(
            TargetGroup.objects.filter(slug__in=spec["target_groups"], locale=context.locale)
        ),
        registration_required=bool(registration),
        capacity=registration.get("capacity"),
        waiting_list=registration.get("waiting_list", True),
        registration_deadline=deadline,
    )
    return page


# --- dates -------------------------------------------------------------------------------


def at(day: datetime.date, clock: str) -> datetime.datetime:
    """An aware datetime at a wall-clock time in Bitburg."""
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=TIME_ZONE)


def add_months(day: datetime.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def nth_weekday(year: int, month: int, n: int, weekday: int) -> datetime.date:
    """The n-th given weekday (Monday = 0) of a month; n is 1..4 so it always exists."""
    first = datetime.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + datetime.timedelta(days=offset + 7 * (n - 1))


def on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def event_date(when: dict, today: datetime.date) -> datetime.date:
    rule = when["rule"]
    if rule == "weekday":
        return on_or_after(today + datetime.timedelta(days=when["days"]), when["weekday"])
    if rule == "nth_weekday":
        return nth_weekday(*add_months(today, when["months"]), when["n"], when["weekday"])
    if rule == "next_nth_weekday":
        day = nth_weekday(today.year, today.month, when["n"], when["weekday"])
        if day < today:
            day = nth_weekday(*add_months(today, 1), when["n"], when["weekday"])
        return day
    if rule == "month_of_year":
        earliest = today + datetime.timedelta(days=14)
        for year in (today.year, today.year + 1):
            day = nth_weekday(year, when["month"], when["n"], when["weekday"])
            if day >= earliest:
                return day
    raise ValueError(f"unknown date rule {when!r}")


def series_dates(start, end, recurrence, repeat_until) -> list[datetime.date]:
    from .recurrence import expand

    return [slot.start.date() for slot in expand(start, end, recurrence, repeat_until)]


def holiday_date(dates: list[datetime.date], which: str) -> datetime.date | None:
    """The series' date in the week around Christmas (22–28 Dec) or New Year (29 Dec–4 Jan)."""
    for day in dates:
        if which == "christmas" and day.month == 12 and 22 <= day.day <= 28:
            return day
        if which == "new_year" and (
            (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 4)
        ):
            return day
    return None
