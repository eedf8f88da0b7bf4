"""Campaigns (event series), events with recurrence, and registrations with a waiting list.

Tree: home → "Veranstaltungen" (EventIndexPage) → CampaignPages and EventPages; an event
may also sit below its campaign or below an organisation's page (so that the organisation's
editors manage it, SPEC §6). Each event's dates are expanded into `Occurrence` rows when
the page is saved, so listings, the month view and feeds filter and sort in SQL with a
fixed number of queries however many events there are.
"""

from __future__ import annotations

import calendar
import datetime
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch, functions  # noqa: F401 (models.functions below)
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms import pagecache
from cms.api_fields import RichTextSerializer, TermSerializer
from cms.blocks import RICH_TEXT_FEATURES
from cms.form_pages import refuse_when_rate_limited
from cms.models import (
    BasePage,
    ConsentText,
    Submission,
    Taxonomy,
    private_pages_q,
    submission_panels,
)

from . import recurrence


@register_snippet
class EventCategory(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class RefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class OccurrenceSerializer(serializers.Serializer):
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    cancelled = serializers.BooleanField()


def live_events():
    return EventPage.objects.live().public()


def _page_title(column: str):
    return models.Subquery(Page.objects.filter(pk=models.OuterRef(column)).values("title")[:1])


class OccurrenceQuerySet(models.QuerySet):
    def public(self, locale=None):
        """Occurrences of live, public events (of one language), with what a card shows."""
        # Live and public as conditions on the event's page row, which the language (and a
        # card) joins anyway: as `event IN (live public events)` the database hashed every
        # event of the site for a month's thousand dates (26 ms at 10,000 events).
        queryset = self.filter(event__live=True).exclude(private_pages_q("event__"))
        if locale is not None:
            queryset = queryset.filter(event__locale=locale)
        # What a card shows of the campaign and the organiser (both pages) as subqueries.
        # Joined, the query took 50 ms to plan and 2 ms to run; prefetched, they were two
        # queries that Django skips when no row has either, so a page's query count
        # depended on what it showed.
        return queryset.select_related("event", "event__category", "event__district").annotate(
            organiser_title=_page_title("event__organiser_id"),
            campaign_title=_page_title("event__campaign_id"),
        )

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now()).order_by("start", "event_id")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-event_id")

    def between(self, first: datetime.date, last: datetime.date):
        """Occurrences that touch the local days first..last (inclusive)."""
        zone = recurrence.local_zone()
        since = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
        until = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min)
        return self.filter(start__lt=until.replace(tzinfo=zone), end__gte=since)


class Occurrence(models.Model):
    """One dated instance of an event; rebuilt from the event whenever the page is saved."""

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="occurrences"
    )
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(db_index=True)
    cancelled = models.BooleanField(default=False)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        indexes = [models.Index(fields=["event", "start"])]

    @property
    def card_cache_key(self) -> int:
        return self.pk

    def card_cache_tags(self) -> list[str]:
        """What a card (components/event_card.html) shows: the date (rebuilt when the
        event is saved), the event, its organiser's and campaign's titles and the site's
        category and district names (`cards` in cms_tags)."""
        from cms.pagecache import SITE_TAG

        event = self.event
        related = (self.event_id, event.organiser_id, event.campaign_id)
        return [SITE_TAG, *(f"page:{pk}" for pk in related if pk is not None)]

    def __str__(self) -> str:
        return f"{self.event_id} @ {self.start.isoformat()}"


class EventListingMixin(RoutablePageMixin):
    """Pages that list events and offer them as an iCalendar feed."""

    per_page = 20

    def occurrences(self):
        """This page's occurrences: all events of its language (overridden by campaigns)."""
        return Occurrence.objects.public(self.locale_id)

    def feed_events(self):
        """Events with a date from a month ago to a year ahead: what a subscribed calendar
        shows; older and later ones are on the site (events/ical.py caps the number)."""
        now = timezone.now()
        return EventPage.objects.filter(
            pk__in=self.occurrences()
            .filter(end__gte=now - datetime.timedelta(days=31))
            .filter(start__lte=now + datetime.timedelta(days=366))
            .values("event_id")
        )

    @path("kalender/", name="ical")
    def ical_feed(self, request):
        from .ical import calendar_response

        return calendar_response(
            self.feed_events(), name=self.title, filename=self.slug, request=request
        )


class EventIndexPage(EventListingMixin, BasePage):
    """ "Veranstaltungen": upcoming events with filters, a month view, the archive, feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    subpage_types = ["events.CampaignPage", "events.EventPage"]
    max_count_per_parent = 1
    # It lists events from anywhere: below organisations and campaigns too.
    page_cache_shows = ("events",)

    class Meta:
        verbose_name = _("events listing")

    def filtered(self, request, queryset):
        from .filters import OccurrenceFilter

        event_filter = OccurrenceFilter(request.GET, queryset=queryset, request=request)
        return event_filter, event_filter.qs

    def render_listing(self, request, queryset, view: str):
        event_filter, queryset = self.filtered(request, queryset)
        page = pagecache.Paginator(queryset, self.per_page).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        status = 200 if event_filter.is_valid() else 400
        response = self.render(
            request,
            context_overrides={
                "filter": event_filter,
                "occurrences": page,
                "filter_query": query.urlencode(),
                "view": view,
                "this_month": timezone.localdate(),
            },
        )
        response.status_code = status
        return response

    @path("")
    def upcoming_view(self, request):
        return self.render_listing(request, self.occurrences().upcoming(), "upcoming")

    @path("archiv/", name="archive")
    def archive_view(self, request):
        return self.render_listing(request, self.occurrences().past(), "archive")

    @path("monat/<int:year>/<int:month>/", name="month")
    def month_view(self, request, year: int, month: int):
        from django.http import Http404

        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise Http404
        first = datetime.date(year, month, 1)
        last = first.replace(day=calendar.monthrange(year, month)[1])
        occurrences = self.occurrences()
        event_filter, queryset = self.filtered(
            request, occurrences.between(first, last).order_by("start", "event_id")
        )
        shown, per_day = first_of_each_day(queryset, MONTH_DAY_LIMIT)
        next_date = None
        if not shown:  # an empty month points to the next one with dates (same filters)
            _filter, later = self.filtered(
                request, occurrences.filter(start__date__gt=last).order_by("start")
            )
            next_date = later.values_list("start", flat=True).first()
        query = request.GET.copy()
        for name in ("date_from", "date_to", "page"):
            query.pop(name, None)
        return self.render(
            request,
            template="events/event_month.html",
            context_overrides={
                "filter": event_filter,
                "month": first,
                "weeks": month_grid(first, shown, per_day),
                "has_dates": bool(shown),
                "next_date": next_date and timezone.localtime(next_date).date(),
                "day_query": query.urlencode(),
                "today": timezone.localdate(),
                "previous_month": (first - datetime.timedelta(days=1)).replace(day=1),
                "next_month": last + datetime.timedelta(days=1),
                "filter_query": request.GET.urlencode(),
                "view": "month",
            },
        )

    @path("kategorie/<slug:slug>/kalender/", name="category_ical")
    def category_feed(self, request, slug: str):
        from .ical import calendar_response

        category = EventCategory.objects.filter(slug=slug, locale_id=self.locale_id).first()
        if category is None:
            from django.http import Http404

            raise Http404
        events = self.feed_events().filter(category=category)
        return calendar_response(
            events, name=f"{self.title}: {category.name}", filename=slug, request=request
        )


# The month view shows this many dates a day and links to the day's full list for more:
# a busy month of a large site has hundreds of dates, which no one reads in a grid.
MONTH_DAY_LIMIT = 4


def first_of_each_day(queryset, limit: int) -> tuple[list[Occurrence], dict]:
    """The first `limit` occurrences starting on each local day (ranked in SQL, so a month
    with thousands of dates still reads a bounded number of rows) and how many start on
    each day."""
    day = functions.TruncDate("start", tzinfo=recurrence.local_zone())
    rank = models.Window(
        functions.RowNumber(), partition_by=[day], order_by=[models.F("start"), "event_id"]
    )
    shown = list(queryset.annotate(day_rank=rank).filter(day_rank__lte=limit))
    per_day = dict(
        queryset.order_by()
        .annotate(local_day=day)
        .values("local_day")
        .annotate(total=models.Count("pk"))
        .values_list("local_day", "total")
    )
    return shown, per_day


def month_grid(
    first: datetime.date, occurrences: list[Occurrence], per_day: dict | None = None
) -> list[list[dict]]:
    """Weeks of a month as lists of days ({date, in_month, occurrences, more}); the week
    starts on the locale's first weekday. Each occurrence is shown on every local day it
    touches; `more` counts the dates starting that day beyond those shown (`per_day`)."""
    first_weekday = formats.get_format("FIRST_DAY_OF_WEEK")
    # Python counts Monday as 0, Django's format Sunday as 0.
    weeks = calendar.Calendar((first_weekday - 1) % 7).monthdatescalendar(first.year, first.month)
    by_day: dict[datetime.date, list[Occurrence]] = {}
    zone = recurrence.local_zone()
    for occurrence in occurrences:
        day = occurrence.start.astimezone(zone).date()
        last = (occurrence.end - datetime.timedelta(seconds=1)).astimezone(zone).date()
        while day <= last:
            by_day.setdefault(day, []).append(occurrence)
            day += datetime.timedelta(days=1)
    starting: dict[datetime.date, int] = {}
    for occurrence in occurrences:
        start_day = occurrence.start.astimezone(zone).date()
        starting[start_day] = starting.get(start_day, 0) + 1
    per_day = per_day or {}
    return [
        [
            {
                "date": day,
                "in_month": day.month == first.month,
                "occurrences": by_day.get(day, []),
                "more": per_day.get(day, 0) - starting.get(day, 0),
            }
            for day in week
        ]
        for week in weeks
    ]


class CampaignPartner(Orderable):
    campaign = ParentalKey("events.CampaignPage", related_name="partners")
    organisation = models.ForeignKey(
        "opportunities.OrganisationPage",
        verbose_name=_("partner organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(
        _("name"), max_length=200, blank=True, help_text=_("For partners without a page here.")
    )

    panels = [PageChooserPanel("organisation"), FieldPanel("name")]

    def __str__(self) -> str:
        return self.organisation.title if self.organisation else self.name


class CampaignPage(EventListingMixin, BasePage):
    """A campaign or event series (SPEC §2): goals, partners, its events, an optional survey."""

    page_cache_shows = ("events",)
    page_cache_section = ("events",)

    summary = models.TextField(_("summary"), max_length=300)
    goals = RichTextField(_("goals"), features=RICH_TEXT_FEATURES)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("goals"),
        FieldPanel("description"),
        FieldPanel("image"),
        InlinePanel("partners", label=_("Partners")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("goals"),
        index.SearchField("description"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("summary"),
        APIField("goals", serializer=RichTextSerializer()),
        APIField("description", serializer=RichTextSerializer()),
        APIField("image"),
        APIField("partner_names"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage", "events.SurveyPage"]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def occurrences(self):
        return Occurrence.objects.public().filter(event__campaign=self)

    @property
    def partner_names(self) -> list[str]:
        return [str(partner) for partner in self.partners.all()]

    @path("")
    def campaign_view(self, request):
        upcoming = list(self.occurrences().upcoming()[: self.per_page])
        survey = SurveyPage.objects.child_of(self).live().public().first()
        context = {"upcoming": upcoming, "survey": survey}
        if survey is not None:
            context["survey_form"] = survey.get_form(page=survey, user=request.user)
        return self.render(request, context_overrides=context)


class EventPage(RoutablePageMixin, BasePage):
    """An event (SPEC §2 Events): one date or a recurring series of dates."""

    class Recurrence(models.TextChoices):
        NONE = "", _("Does not repeat")
        WEEKLY = "weekly", _("Every week")
        BIWEEKLY = "biweekly", _("Every two weeks")
        MONTHLY = "monthly", _("Every month on the same day")
        MONTHLY_WEEKDAY = "monthly_weekday", _("Every month on the same weekday")

    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set automatically when the event sits below a campaign."),
    )
    organiser = models.ForeignKey(
        "opportunities.OrganisationPage",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set automatically when the event sits below an organisation."),
    )
    organiser_name = models.CharField(
        _("organiser (text)"),
        max_length=200,
        blank=True,
        help_text=_("Shown when the organiser has no page here, e.g. “Stadt Bitburg”."),
    )
    category = models.ForeignKey(
        EventCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=300)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start = models.DateTimeField(_("start"), help_text=_("Local time in Bitburg."))
    end = models.DateTimeField(_("end"))
    recurrence = models.CharField(
        _("repeats"), max_length=16, choices=Recurrence.choices, blank=True, default=""
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    price = models.DecimalField(
        _("price in euros"),
        max_digits=7,
        decimal_places=2,
        default=0,
        help_text=_("0 means free of charge."),
    )
    price_note = models.CharField(
        _("price note"), max_length=200, blank=True, help_text=_("e.g. “reduced 3 €”.")
    )
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility = models.TextField(_("accessibility"), blank=True)
    languages = ParentalManyToManyField(
        "cms.Language", verbose_name=_("languages spoken"), blank=True
    )
    target_groups = ParentalManyToManyField(
        "cms.TargetGroup", verbose_name=_("target groups"), blank=True
    )
    registration_required = models.BooleanField(_("registration required"), default=False)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty means no limit.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When all places are taken, further people join a waiting list."),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Empty means until the event starts."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                PageChooserPanel("campaign"),
                PageChooserPanel("organiser"),
                FieldPanel("organiser_name"),
            ],
            heading=_("Context"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("recurrence"), FieldPanel("repeat_until")]),
                InlinePanel("cancellations", label=_("Cancelled dates")),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("district"),
                FieldPanel("wheelchair_accessible"),
                FieldPanel("accessibility"),
            ],
            heading=_("Place and access"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")]),
                FieldPanel("languages"),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("For whom"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_required"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Registration"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("venue"),
        index.AutocompleteField("summary"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("category_id"),
        index.FilterField("district_id"),
        index.FilterField("campaign_id"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("summary"),
        APIField("description", serializer=RichTextSerializer()),
        APIField("image"),
        APIField("category", serializer=TermSerializer()),
        APIField("campaign", serializer=RefSerializer()),
        APIField("organiser", serializer=RefSerializer()),
        APIField("organiser_name"),
        APIField("start"),
        APIField("end"),
        APIField("recurrence"),
        APIField("repeat_until"),
        APIField("upcoming_occurrences", serializer=OccurrenceSerializer(many=True)),
        APIField("venue"),
        APIField("address"),
        APIField("district", serializer=TermSerializer()),
        APIField("price"),
        APIField("price_note"),
        APIField("wheelchair_accessible"),
        APIField("accessibility"),
        APIField("languages", serializer=TermSerializer(many=True)),
        APIField("target_groups", serializer=TermSerializer(many=True)),
        APIField("registration_required"),
        APIField("capacity"),
        APIField("waiting_list"),
        APIField("registration_deadline"),
        APIField("places_left"),
    ]
    parent_page_types = [
        "events.EventIndexPage",
        "events.CampaignPage",
        "opportunities.OrganisationPage",
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if self.recurrence and not self.repeat_until:
            errors["repeat_until"] = _("A repeating event needs a last date.")
        if self.repeat_until and self.start:
            if self.repeat_until < timezone.localtime(self.start).date():
                errors["repeat_until"] = _("The last date cannot be before the first.")
            elif self.repeat_until > timezone.localtime(self.start).date() + datetime.timedelta(
                days=3 * 366
            ):
                errors["repeat_until"] = _("A series can run for at most three years.")
        if self.capacity is not None and not self.registration_required:
            errors["registration_required"] = _(
                "A limited number of places needs registration; tick “registration required”."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None:
            parent_class = parent.specific_class
            if parent_class is CampaignPage:
                self.campaign_id = parent.pk
            elif parent_class._meta.label == "opportunities.OrganisationPage":
                self.organiser_id = parent.pk
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"start", "end", "recurrence", "repeat_until"} & set(
            update_fields
        ):
            self.rebuild_occurrences()

    @classmethod
    def get_indexed_objects(cls):
        """Search finds events with dates still to come; the archive is browsed, not searched."""
        current = Occurrence.objects.filter(end__gte=timezone.now()).values("event_id")
        return (
            super()
            .get_indexed_objects()
            .filter(pk__in=current)
            .prefetch_related(cls.upcoming_prefetch())
        )

    @staticmethod
    def upcoming_prefetch() -> Prefetch:
        """Each event's occurrences still to come, read by `upcoming_occurrences`."""
        return Prefetch(
            "occurrences",
            queryset=Occurrence.objects.filter(end__gte=timezone.now()).order_by("start"),
            to_attr="_upcoming",
        )

    def rebuild_occurrences(self) -> None:
        """Replace this event's occurrences by a fresh expansion of its dates."""
        slots = recurrence.expand(
            self.start,
            self.end,
            self.recurrence,
            self.repeat_until,
            [cancellation.date for cancellation in self.cancellations.all()],
        )
        with transaction.atomic():
            Occurrence.objects.filter(event=self).delete()
            Occurrence.objects.bulk_create(
                Occurrence(event=self, start=s.start, end=s.end, cancelled=s.cancelled)
                for s in slots
            )

    # --- what templates and the API read --------------------------------------------------
    @property
    def is_free(self) -> bool:
        return not self.price

    @property
    def organiser_label(self) -> str:
        return self.organiser.title if self.organiser_id else self.organiser_name

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)

    def occurrence_list(self):
        return list(Occurrence.objects.filter(event=self).order_by("start"))

    @property
    def upcoming_occurrences(self):
        cached = getattr(self, "_upcoming", None)
        if cached is None:
            cached = list(
                Occurrence.objects.filter(event=self, end__gte=timezone.now()).order_by("start")
            )
            self._upcoming = cached
        return cached[:20]

    search_select_related = ("district",)
    search_prefetch_related = ("target_groups", "languages")

    def facet_terms(self) -> list[tuple[str, str]]:
        terms = [("target_group", term.slug) for term in self.target_groups.all()]
        terms += [("language", language.code) for language in self.languages.all()]
        if self.district_id:
            terms.append(("district", self.district.slug))
        return terms

    def facet_dates(self) -> list:
        return sorted(
            {
                timezone.localtime(o.start).date()
                for o in self.upcoming_occurrences
                if not o.cancelled
            }
        )

    def search_sort_date(self):
        """The next date; a past event's first."""
        upcoming = self.facet_dates()
        return upcoming[0] if upcoming else timezone.localtime(self.start).date()

    @property
    def next_occurrence(self):
        upcoming = [o for o in self.upcoming_occurrences if not o.cancelled]
        return upcoming[0] if upcoming else None

    @property
    def is_past(self) -> bool:
        return not self.upcoming_occurrences

    def registration_closes_at(self) -> datetime.datetime:
        return self.registration_deadline or self.start

    def registration_open(self, now=None) -> bool:
        return self.registration_required and (now or timezone.now()) < (
            self.registration_closes_at()
        )

    def confirmed_count(self) -> int:
        annotated = getattr(self, "confirmed_registrations", None)  # see with_confirmed_count
        if annotated is not None:
            return annotated
        return self.registrations.filter(status=EventRegistration.Status.CONFIRMED).count()

    def next_dates(self, count: int = 8) -> list[dict]:
        """The next dates with the reason where one is cancelled."""
        reasons = {c.date: c.reason for c in self.cancellations.all()}
        zone = recurrence.local_zone()
        return [
            {"occurrence": o, "reason": reasons.get(o.start.astimezone(zone).date(), "")}
            for o in self.upcoming_occurrences[:count]
        ]

    @property
    def places_left(self) -> int | None:
        if not self.registration_required or self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count(), 0)

    # --- full-page cache (cms/pagecache.py) -------------------------------------------------
    page_cache_section = ("events",)

    def page_cache_related_pages(self) -> list:
        """Its organiser's and campaign's pages list it, wherever it sits in the tree."""
        related = [page for page in (self.organiser, self.campaign) if page is not None]
        return related + list(EventIndexPage.objects.all())

    def page_cache_pages_shown(self) -> list[int]:
        """The header names its campaign, the facts its organiser."""
        return [pk for pk in (self.campaign_id, self.organiser_id) if pk is not None]

    # --- serving ----------------------------------------------------------------------------
    @path("")
    def event_view(self, request):
        from cms.form_pages import serve_form_page

        from .forms import EventRegistrationForm
        from .services import register

        if request.method == "POST" and not self.registration_required:
            from django.http import HttpResponseNotAllowed

            return HttpResponseNotAllowed(["GET"])

        def submit(form):
            result = register(form)
            return {"registration": result.registration, "duplicate": result.duplicate}

        return serve_form_page(
            self,
            request,
            make_form=lambda data=None: EventRegistrationForm(data, event=self),
            submit=submit,
            sent_template="events/event_page_registered.html",
        )

    @path("kalender/", name="ical")
    def ical_view(self, request):
        from .ical import calendar_response

        return calendar_response([self], name=self.title, filename=self.slug, request=request)


def with_confirmed_count(queryset):
    """Annotate events with their number of confirmed registrations in the same query."""
    confirmed = (
        EventRegistration.objects.filter(
            event=models.OuterRef("pk"), status=EventRegistration.Status.CONFIRMED
        )
        .order_by()
        .values("event")
        .annotate(n=models.Count("pk"))
        .values("n")
    )
    return queryset.annotate(
        confirmed_registrations=models.functions.Coalesce(models.Subquery(confirmed), 0)
    )


class EventCancellation(Orderable):
    """A date on which a recurring event does not take place (a cancelled week)."""

    event = ParentalKey(EventPage, related_name="cancellations")
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("reason")])]


class EventRegistration(Submission):
    """A person's registration for an event: confirmed, on the waiting list, or cancelled."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    # Kept on the record so that access stays scoped even if the page moves.
    organiser = models.ForeignKey(
        "opportunities.OrganisationPage",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    note = models.TextField(
        _("anything we should know?"),
        max_length=2000,
        blank=True,
        help_text=_("For example: I use a wheelchair, or I bring my child."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, db_index=True)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    staff_note = models.TextField(_("internal note"), blank=True)

    panels = submission_panels(
        ["event", "name", "email", "phone", "note", "created_at"], heading=_("Registration")
    )

    class Meta(Submission.Meta):
        ordering = ["created_at", "pk"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.event.title if self.event else '?'}"

    # Retention (cms/retention.py): counted from the event's last date.
    retention_anchor_text = _("after the event's last date")

    @classmethod
    def retention_anchor(cls):
        last_date = (
            Occurrence.objects.filter(event=models.OuterRef("event"))
            .order_by()
            .values("event")
            .annotate(last=models.Max("end"))
            .values("last")
        )
        return models.functions.Coalesce(
            models.Subquery(last_date),
            models.F("event__end"),
            models.F("created_at"),
            output_field=models.DateTimeField(),
        )

    def cancel_url(self) -> str:
        from django.urls import reverse

        path_ = reverse("event-registration-cancel", kwargs={"token": self.token})
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path_

    @classmethod
    def erase_personal_data(cls, queryset) -> None:
        """Erasure (cms.privacy): a place the person held goes to the first one waiting."""
        from .services import lock_event, promote_from_waiting_list

        events = set(queryset.filter(status=cls.Status.CONFIRMED).values_list("event", flat=True))
        queryset.delete()
        for event in EventPage.objects.filter(pk__in=events, start__gt=timezone.now()):
            with transaction.atomic():
                promote_from_waiting_list(lock_event(event.pk))


class SurveyField(AbstractFormField):
    page = ParentalKey("events.SurveyPage", on_delete=models.CASCADE, related_name="form_fields")


class SurveySubmission(AbstractFormSubmission):
    """A survey answer with the consent version shown and the language used."""

    consent = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="+")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)

    # An e-mail field of the survey, if it has one, is somewhere in the answers; an
    # answer that is exactly an address was given by that person (the self-service page).
    personal_text_fields = ("form_data",)
    personal_text_is_own = True

    def get_data(self):
        return {**super().get_data(), "consent": str(self.consent), "language": self.language}


class SurveyPage(AbstractForm):
    """A participation form or survey built with Wagtail's form builder, shown on its
    campaign's page; staff read and export the answers under Forms in the admin."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(_("thank-you text"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = AbstractForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["events.CampaignPage"]
    subpage_types: list[str] = []
    # What a headless front end needs to render the form; answers go to
    # POST /api/v2/surveys/<id>/submissions/ (events/api.py).
    api_fields = [
        APIField("intro", serializer=RichTextSerializer()),
        APIField("thank_you_text", serializer=RichTextSerializer()),
        APIField("form_fields"),
    ]

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def get_form_class(self):
        from .forms import survey_form_class

        return survey_form_class(super().get_form_class())

    def get_submission_class(self):
        return SurveySubmission

    def get_data_fields(self):
        return super().get_data_fields() + [
            ("consent", _("Consent text shown")),
            ("language", _("Language")),
        ]

    def process_form_submission(self, form):
        from django.utils import translation

        data = {k: v for k, v in form.cleaned_data.items() if k not in form.meta_fields}
        return SurveySubmission.objects.create(
            form_data=data,
            page=self,
            consent=form.cleaned_data["consent_shown"],
            language=translation.get_language(),
        )

    def serve(self, request, *args, **kwargs):
        refused = refuse_when_rate_limited(request)
        if refused is not None:
            return refused
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("form")
        if request.method == "POST" and form is not None and form.errors:
            response.status_code = 400
        return response
