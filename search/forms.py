"""The search request, validated once for the page and the API."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .engine import FACETS, KINDS, SearchParams

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, max_length=200)
    type = forms.MultipleChoiceField(
        required=False, choices=[(kind, kind) for kind in KINDS.values()]
    )
    field = forms.MultipleChoiceField(required=False)
    district = forms.MultipleChoiceField(required=False)
    target_group = forms.MultipleChoiceField(required=False)
    commitment = forms.MultipleChoiceField(required=False)
    language = forms.MultipleChoiceField(required=False)
    german = forms.MultipleChoiceField(required=False)
    date_from = forms.DateField(required=False)
    date_to = forms.DateField(required=False)
    sort = forms.ChoiceField(
        required=False, choices=[("relevance", _("Relevance")), ("date", _("Date"))]
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def __init__(self, data=None):
        super().__init__(data)
        # Facet values are slugs and codes; any well-formed value may be asked for (an
        # unknown one simply finds nothing), so only their shape is checked.
        for name in FACETS:
            self.fields[name].validators = []
            self.fields[name].valid_value = lambda value: value.replace("-", "").isalnum()

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and last < first:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned

    def params(self, language: str, per_page: int) -> SearchParams:
        data = self.cleaned_data
        return SearchParams(
            query=data["q"].strip(),
            language=language,
            kinds=data["type"],
            facets={name: data[name] for name in FACETS if data[name]},
            date_from=data["date_from"],
            date_to=data["date_to"],
            sort=data["sort"] or "relevance",
            page=data["page"] or 1,
            per_page=per_page,
        )
