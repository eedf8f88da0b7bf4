"""The news filters, shared by the HTML listing (`NewsIndexPage`) and the API
(`/api/v2/news/`): one declaration, so both accept the same query parameters."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from .models import NewsArticlePage


class DateInput(forms.DateInput):
    input_type = "date"


class NewsFilter(filters.FilterSet):
    """Articles by their date: `date_from` and `date_to` (both included)."""

    date_from = filters.DateFilter(
        label=_("From"), field_name="date", lookup_expr="gte", widget=DateInput
    )
    date_to = filters.DateFilter(
        label=_("Until"), field_name="date", lookup_expr="lte", widget=DateInput
    )

    class Meta:
        model = NewsArticlePage
        fields: list[str] = []
