from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.forms import ConsentFields, SubmissionForm
from cms.models import ConsentText

from .models import EventPage, EventRegistration


class EventRegistrationForm(SubmissionForm):
    consent_purpose = ConsentText.Purpose.REGISTRATION

    class Meta:
        model = EventRegistration
        fields = ["name", "email", "phone", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "phone": _("Optional. Only used if the event has to be moved at short notice.")
        }

    def __init__(self, *args, event: EventPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event

    def clean(self):
        cleaned = super().clean()
        if not self.event.registration_required:
            raise forms.ValidationError(
                _("This event needs no registration. Just come along!"), code="not_required"
            )
        if not self.event.registration_open():
            raise forms.ValidationError(
                _("Registration for this event closed on %(date)s.")
                % {
                    "date": timezone.localtime(self.event.registration_closes_at()).strftime(
                        "%d.%m.%Y %H:%M"
                    )
                },
                code="closed",
            )
        return cleaned


def survey_form_class(builder_form_class: type[forms.Form]) -> type[forms.Form]:
    """The form Wagtail's form builder made for a survey, plus consent and the honeypot."""
    return type(
        "SurveyForm",
        (ConsentFields, builder_form_class),
        {"consent_purpose": ConsentText.Purpose.SURVEY},
    )
