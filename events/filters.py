"""The event filters of SPEC §2/§3, shared by the HTML listings (over occurrences) and the
API (over events): one declaration, two starting points."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from wagtail.models import Locale

from cms.filters import TermsFilter
from cms.models import District, TargetGroup

from .models import CampaignPage, EventCategory, EventPage, Occurrence

EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(9999, 12, 30)


def active_campaigns(request):
    return CampaignPage.objects.live().public().filter(locale=Locale.get_active()).order_by("title")


class DateInput(forms.DateInput):
    input_type = "date"


class EventFilterBase(filters.FilterSet):
    """`event` is the path from the filtered model to the event ("" or "event__")."""

    event = ""

    campaign = filters.ModelChoiceFilter(
        label=_("Campaign"),
        queryset=active_campaigns,
        to_field_name="slug",
        method="filter_campaign",
        empty_label=_("All campaigns"),
    )
    category = TermsFilter(
        EventCategory,
        label=_("Category"),
        method="filter_category",
        widget=forms.CheckboxSelectMultiple,
    )
    district = TermsFilter(
        District,
        label=_("District"),
        method="filter_district",
        widget=forms.CheckboxSelectMultiple,
    )
    target_group = TermsFilter(
        TargetGroup,
        label=_("Target group"),
        method="filter_target_group",
        widget=forms.CheckboxSelectMultiple,
    )
    free = filters.BooleanFilter(
        label=_("Free of charge"), widget=forms.CheckboxInput, method="filter_free"
    )
    date_from = filters.DateFilter(label=_("From"), method="filter_date_from", widget=DateInput)
    date_to = filters.DateFilter(label=_("Until"), method="filter_date_to", widget=DateInput)

    def lookup(self, name: str) -> str:
        return f"{self.event}{name}"

    def filter_campaign(self, queryset, name, value):
        return queryset.filter(**{self.lookup("campaign"): value}) if value else queryset

    def filter_category(self, queryset, name, values):
        if not values:
            return queryset
        return queryset.filter(**{self.lookup("category__slug__in"): [v.slug for v in values]})

    def filter_district(self, queryset, name, values):
        if not values:
            return queryset
        return queryset.filter(**{self.lookup("district__slug__in"): [v.slug for v in values]})

    def filter_target_group(self, queryset, name, values):
        if not values:
            return queryset
        slugs = [v.slug for v in values]
        with_group = EventPage.objects.filter(target_groups__slug__in=slugs).values("pk")
        return queryset.filter(**{self.lookup("pk__in"): with_group})

    def filter_free(self, queryset, name, value):
        return queryset.filter(**{self.lookup("price"): 0}) if value else queryset

    def filter_date_from(self, queryset, name, value):
        return self.in_range(queryset, first=value)

    def filter_date_to(self, queryset, name, value):
        return self.in_range(queryset, last=value)


class OccurrenceFilter(EventFilterBase):
    """What the HTML listings filter: one row per date."""

    event = "event__"

    class Meta:
        model = Occurrence
        fields: list[str] = []

    def in_range(self, queryset, first=None, last=None):
        return queryset.between(first or EARLIEST, last or LATEST)


class EventFilter(EventFilterBase):
    """What the API filters: events that have a date in the range."""

    class Meta:
        model = EventPage
        fields: list[str] = []

    def in_range(self, queryset, first=None, last=None):
        dates = Occurrence.objects.between(first or EARLIEST, last or LATEST).filter(
            cancelled=False
        )
        return queryset.filter(pk__in=dates.values("event_id"))
