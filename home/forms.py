from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.forms import SubmissionForm
from cms.models import ConsentText

from .models import CounsellingRequest


class CounsellingRequestForm(SubmissionForm):
    consent_purpose = ConsentText.Purpose.COUNSELLING

    class Meta:
        model = CounsellingRequest
        fields = [
            "topic",
            "name",
            "email",
            "phone",
            "contact_channel",
            "preferred_language",
            "availability",
            "message",
        ]
        widgets = {
            "contact_channel": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "availability": _("For example: weekday mornings, Tuesday after 5 pm."),
            "phone": _("Optional. Only needed if we should call you."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Most people want to talk in the language they are reading the site in.
        self.fields["preferred_language"].initial = translation.get_language()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_channel") == CounsellingRequest.Channel.PHONE and not cleaned.get(
            "phone"
        ):
            self.add_error("phone", _("Please give a phone number so that we can call you."))
        return cleaned
