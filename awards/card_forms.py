"""Forms of the Ehrenamtskarte: the eligibility check, the application and the organisation's
confirmation. The check and the application read the same rules (awards.eligibility)."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.forms import SubmissionForm
from cms.models import ConsentText

from .card import EhrenamtskarteApplication
from .eligibility import (
    Answers,
    CardKind,
    Compensation,
    EligibilityResult,
    HoursPeriod,
    check_eligibility,
)

__all__ = [
    "EhrenamtskarteApplicationForm",
    "EligibilityCheckForm",
    "OrganisationConfirmationForm",
]

YES, NO = "yes", "no"
YES_NO_CHOICES = [(YES, _("Yes")), (NO, _("No"))]


class YesNoField(forms.ChoiceField):
    """A yes/no question that must be answered; JSON clients may send true/false."""

    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        super().__init__(choices=YES_NO_CHOICES, **kwargs)

    def to_python(self, value):
        if value is True or str(value).lower() in {"true", "1", "on"}:
            return YES
        if value is False or str(value).lower() in {"false", "0"}:
            return NO
        return super().to_python(value)

    def clean(self, value):
        return super().clean(value) == YES

    def prepare_value(self, value):
        if value is True:
            return YES
        if value is False:
            return NO
        return value


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


MUNICIPALITY_LABEL = _("Do you volunteer in Bitburg (a municipality that takes part)?")
MEMBERSHIP_LABEL = _("Is your volunteering only a membership or only time on call?")
MEMBERSHIP_HELP = _("For example: you pay a membership fee, or you are on call but rarely called.")


class EligibilityAnswersMixin:
    """Turns the answers of a check or an application into `Answers` for the rules."""

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            kind=data.get("card_kind") or CardKind.STANDARD,
            date_of_birth=data.get("date_of_birth"),
            engaged_since=data.get("engaged_since"),
            hours=data.get("hours"),
            hours_period=data.get("hours_period") or HoursPeriod.WEEK,
            compensation=data.get("compensation") or Compensation.NONE,
            in_participating_municipality=data.get("in_participating_municipality", True),
            membership_only=data.get("membership_only", False),
        )

    def result(self, today) -> EligibilityResult:
        return check_eligibility(self.answers(), today)


class EligibilityCheckForm(EligibilityAnswersMixin, forms.Form):
    """The check on the information page: sent with GET, stored nowhere."""

    check = forms.CharField(widget=forms.HiddenInput, initial="1", required=False)
    card_kind = forms.ChoiceField(
        label=_("Which card?"), choices=CardKind.choices, widget=forms.RadioSelect
    )
    date_of_birth = forms.DateField(label=_("Date of birth"), required=False, widget=date_input())
    engaged_since = forms.DateField(label=_("Since when do you volunteer?"), widget=date_input())
    hours = forms.DecimalField(
        label=_("How many hours?"),
        required=False,
        min_value=0,
        max_digits=6,
        decimal_places=1,
        help_text=_("Not needed for the Jubiläums-Ehrenamtskarte."),
    )
    hours_period = forms.ChoiceField(
        label=_("Counted per"),
        choices=HoursPeriod.choices,
        initial=HoursPeriod.WEEK,
        widget=forms.RadioSelect,
    )
    compensation = forms.ChoiceField(
        label=_("Do you get money for it?"),
        choices=Compensation.choices,
        initial=Compensation.NONE,
        widget=forms.RadioSelect,
    )
    in_participating_municipality = YesNoField(label=MUNICIPALITY_LABEL, initial=YES)
    membership_only = YesNoField(label=MEMBERSHIP_LABEL, help_text=MEMBERSHIP_HELP, initial=NO)


class FieldsetsMixin:
    """`fieldsets` groups the visible fields under legends for includes/form.html."""

    fieldset_layout: list[tuple[str, list[str]]] = []

    def fieldsets(self):
        return [
            (legend, [self[name] for name in names if name in self.fields])
            for legend, names in self.fieldset_layout
        ]


class EhrenamtskarteApplicationForm(EligibilityAnswersMixin, FieldsetsMixin, SubmissionForm):
    consent_purpose = ConsentText.Purpose.EHRENAMTSKARTE

    in_participating_municipality = YesNoField(label=MUNICIPALITY_LABEL)
    membership_only = YesNoField(label=MEMBERSHIP_LABEL, help_text=MEMBERSHIP_HELP)

    fieldset_layout = [
        (_("Which card"), ["card_kind"]),
        (
            _("About you"),
            ["name", "date_of_birth", "street", "postcode", "town", "email", "phone"],
        ),
        (
            _("Your volunteering"),
            [
                "organisation_name",
                "organisation_email",
                "engaged_since",
                "hours",
                "hours_period",
                "activity",
                "compensation",
                "in_participating_municipality",
                "membership_only",
            ],
        ),
        (_("Consent"), ["consent_given"]),
    ]

    class Meta:
        model = EhrenamtskarteApplication
        fields = [
            "card_kind",
            "name",
            "date_of_birth",
            "street",
            "postcode",
            "town",
            "email",
            "phone",
            "organisation_name",
            "organisation_email",
            "engaged_since",
            "hours",
            "hours_period",
            "activity",
            "compensation",
            "in_participating_municipality",
            "membership_only",
        ]
        widgets = {
            "card_kind": forms.RadioSelect,
            "hours_period": forms.RadioSelect,
            "compensation": forms.RadioSelect,
            "date_of_birth": date_input(),
            "engaged_since": date_input(),
            "activity": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "phone": _("Optional."),
            "hours": _(
                "As a number, e.g. 5 (a week) or 250 (a year). Not needed for the "
                "Jubiläums-Ehrenamtskarte."
            ),
            "engaged_since": _("Since when you volunteer, in one or several organisations."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["postcode"].initial = "54634"
        self.fields["town"].initial = "Bitburg"
        self.eligibility: EligibilityResult | None = None

    def clean_date_of_birth(self):
        value = self.cleaned_data["date_of_birth"]
        if value and value >= timezone.localdate():
            raise forms.ValidationError(_("Please check your date of birth."))
        return value

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if cleaned.get("card_kind") == CardKind.STANDARD and cleaned.get("hours") is None:
            self.add_error("hours", _("Please tell us how many hours you volunteer."))
            return cleaned
        self.eligibility = self.result(timezone.localdate())
        if not self.eligibility.eligible:
            for reason in self.eligibility.reasons:
                self.add_error(None, forms.ValidationError(reason, code="not_eligible"))
        return cleaned


class OrganisationConfirmationForm(forms.Form):
    """What the organisation answers through its link."""

    CONFIRM, DECLINE = "confirm", "decline"

    decision = forms.ChoiceField(
        label=_("Your answer"),
        choices=[
            (CONFIRM, _("We confirm this volunteering")),
            (DECLINE, _("We cannot confirm this volunteering")),
        ],
        widget=forms.RadioSelect,
    )
    confirmed_by_name = forms.CharField(label=_("Your name and role"), max_length=200)
    confirmed_since = forms.DateField(
        label=_("Volunteering with you since"), required=False, widget=date_input()
    )
    confirmed_hours = forms.DecimalField(
        label=_("Hours"), required=False, min_value=0, max_digits=6, decimal_places=1
    )
    confirmed_hours_period = forms.ChoiceField(
        label=_("Counted per"),
        choices=HoursPeriod.choices,
        initial=HoursPeriod.WEEK,
        required=False,
        widget=forms.RadioSelect,
    )
    organisation_note = forms.CharField(
        label=_("Note for the town (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == self.CONFIRM:
            if cleaned.get("confirmed_since") is None:
                self.add_error("confirmed_since", _("Please give the date."))
            if cleaned.get("confirmed_hours") is None:
                self.add_error("confirmed_hours", _("Please give the hours."))
            if not cleaned.get("confirmed_hours_period"):
                cleaned["confirmed_hours_period"] = HoursPeriod.WEEK
        return cleaned
