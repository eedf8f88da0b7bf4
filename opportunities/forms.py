from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.forms import SubmissionForm
from cms.models import ConsentText

from .models import ExpressionOfInterest, OpportunityPage


class ExpressionOfInterestForm(SubmissionForm):
    consent_purpose = ConsentText.Purpose.INTEREST

    class Meta:
        model = ExpressionOfInterest
        fields = ["name", "email", "phone", "preferred_language", "availability", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "phone": _("Optional."),
            "availability": _("For example: Saturdays, or two evenings a week."),
        }

    age_confirmed = forms.BooleanField(label=_("I meet the minimum age"), required=False)

    def __init__(self, *args, opportunity: OpportunityPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.opportunity = opportunity
        self.fields["preferred_language"].initial = translation.get_language()
        if opportunity.minimum_age:
            field = self.fields["age_confirmed"]
            field.required = True
            field.label = _("I am at least %(age)s years old") % {"age": opportunity.minimum_age}
        else:
            del self.fields["age_confirmed"]

    def rendering_key(self) -> str:
        if self.is_bound:
            return ""
        return f"interest:{self.opportunity.minimum_age or 0}:{self.consent_key()}"

    def clean(self):
        cleaned = super().clean()
        if not self.opportunity.is_open:
            raise forms.ValidationError(
                _("This opportunity is no longer open, so we cannot pass on your message."),
                code="closed",
            )
        return cleaned
