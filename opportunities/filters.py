"""The listing filters of SPEC §3, shared by the HTML listing and the API (django-filter)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from cms.filters import TermsFilter
from cms.models import District, FieldOfActivity, Language, TargetGroup

from .models import OpportunityPage

GERMAN_LEVELS_UP_TO = {
    OpportunityPage.GermanLevel.NONE: [OpportunityPage.GermanLevel.NONE],
    OpportunityPage.GermanLevel.BASIC: [
        OpportunityPage.GermanLevel.NONE,
        OpportunityPage.GermanLevel.BASIC,
    ],
    OpportunityPage.GermanLevel.GOOD: list(OpportunityPage.GermanLevel),
}

TIME_CHOICES = [
    ("weekdays", _("On weekdays")),
    ("weekends", _("At weekends")),
    ("evenings", _("In the evening")),
]


# Filter name: the many-to-many field and its through table's column for the term.
TERM_RELATIONS = {
    "field": ("fields_of_activity", "fieldofactivity"),
    "target_group": ("target_groups", "targetgroup"),
}


class OpportunityFilter(filters.FilterSet):
    # The many-to-many filters are subqueries, not joins: a join needs DISTINCT over whole
    # page rows, which made the listing's count and page sort 10,000 wide rows.
    field = TermsFilter(
        FieldOfActivity,
        label=_("Field of activity"),
        widget=forms.CheckboxSelectMultiple,
        method="filter_terms",
    )
    district = TermsFilter(
        District,
        label=_("District"),
        field_name="district__slug",
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # a foreign key: one row per page anyway
    )
    target_group = TermsFilter(
        TargetGroup,
        label=_("Target group"),
        widget=forms.CheckboxSelectMultiple,
        method="filter_terms",
    )
    commitment = filters.MultipleChoiceFilter(
        label=_("Commitment"),
        choices=OpportunityPage.Commitment.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
    )
    time = filters.MultipleChoiceFilter(
        label=_("When"),
        choices=TIME_CHOICES,
        method="filter_time",
        widget=forms.CheckboxSelectMultiple,
    )
    language = filters.ModelChoiceFilter(
        label=_("Language spoken in the team"),
        field_name="languages",
        queryset=Language.objects.all(),
        empty_label=_("Any language"),
    )
    german = filters.ChoiceFilter(
        label=_("My German"),
        choices=OpportunityPage.GermanLevel.choices,
        method="filter_german",
        empty_label=_("Any level"),
    )
    wheelchair = filters.BooleanFilter(
        label=_("Wheelchair accessible"),
        field_name="wheelchair_accessible",
        widget=forms.CheckboxInput,
        method="filter_wheelchair",
    )
    from_home = filters.BooleanFilter(
        label=_("Possible from home"), widget=forms.CheckboxInput, method="filter_from_home"
    )
    age = filters.NumberFilter(label=_("My age"), method="filter_age", min_value=0, max_value=120)

    class Meta:
        model = OpportunityPage
        fields = []

    def filter_terms(self, queryset, name, terms):
        """Pages with any of the chosen terms (`field` or `target_group`)."""
        if not terms:
            return queryset
        relation, term_column = TERM_RELATIONS[name]
        through = getattr(OpportunityPage, relation).through
        tagged = through.objects.filter(**{f"{term_column}__in": terms})
        return queryset.filter(pk__in=tagged.values("opportunitypage_id"))

    def filter_time(self, queryset, name, values):
        condition = Q()
        for value in values:
            condition |= Q(**{value: True})
        return queryset.filter(condition)

    def filter_german(self, queryset, name, value):
        # "My German is a little" finds what needs none or a little.
        return queryset.filter(german_level__in=GERMAN_LEVELS_UP_TO[value])

    def filter_wheelchair(self, queryset, name, value):
        return queryset.filter(wheelchair_accessible=True) if value else queryset

    def filter_from_home(self, queryset, name, value):
        return queryset.filter(from_home=True) if value else queryset

    def filter_age(self, queryset, name, value):
        return queryset.filter(minimum_age__lte=value)
