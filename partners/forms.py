from django import forms
from django.utils.translation import gettext_lazy as _

from cms.forms import SubmissionForm
from cms.models import ConsentText, FieldOfActivity

from .models import PartnerApplication


class PartnerApplicationForm(SubmissionForm):
    """The public application for a partner account; the API uses the same form."""

    consent_purpose = ConsentText.Purpose.PARTNER
    web_address = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = PartnerApplication
        fields = [
            "organisation_name",
            "kind",
            "contact_name",
            "email",
            "phone",
            "web_address",
            "fields_of_activity",
            "message",
        ]
        widgets = {
            "fields_of_activity": forms.CheckboxSelectMultiple,
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The German terms are the source; translated ones point to the same meaning.
        from django.conf import settings

        self.fields["fields_of_activity"].queryset = FieldOfActivity.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
