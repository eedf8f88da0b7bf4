"""Form pieces every public submission form shares: consent and the honeypot."""

from __future__ import annotations

import hashlib

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.translation import gettext_lazy as _

from .models import ConsentText


class ConsentFields(forms.Form):
    """Consent to the current consent text, and the honeypot, for any citizen form.

    The consent text shown travels with the form (`consent_shown`, its id) so that the
    submission stores the version the citizen actually read, even if staff publish a new
    version while the form is open.
    """

    consent_purpose: str = ""
    meta_fields = ("website", "consent_shown", "consent_given")

    # Invisible to people (hidden by CSS and aria-hidden); bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    consent_shown = forms.IntegerField(widget=forms.HiddenInput)
    consent_given = forms.BooleanField(label=_("I agree"), required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent_text = ConsentText.current(self.consent_purpose)
        if self.consent_text is not None:
            self.fields["consent_shown"].initial = self.consent_text.pk
            self.fields["consent_given"].help_text = consent_help_text(self.consent_text)

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This field must be left empty."))
        return ""

    def clean_consent_shown(self) -> ConsentText:
        consent = ConsentText.objects.filter(
            pk=self.cleaned_data["consent_shown"], purpose=self.consent_purpose
        ).first()
        if consent is None:
            raise forms.ValidationError(
                _("The consent text could not be found. Please read it again and confirm.")
            )
        return consent


def consent_help_text(consent: ConsentText) -> str:
    """The consent text, escaped (Django renders help texts unescaped) and marked with its
    own language: a German text stands in where no translation of the newest version exists."""
    language = consent.locale.language_code
    if language == translation.get_language():
        return escape(consent.text)
    return format_html(
        '<span lang="{}" dir="{}">{}</span>',
        language,
        "rtl" if language in settings.RTL_LANGUAGES else "ltr",
        consent.text,
    )


class SubmissionForm(ConsentFields, forms.ModelForm):
    """A citizen-facing ModelForm that asks for consent; see cms.submissions."""

    def rendering_key(self) -> str:
        """What the rendering of this form, still empty, depends on besides its class, the
        language and the site's shared content: includes/form.html keeps that rendering
        ({% keep %}) when a form names it. Empty for a bound form (the visitor's own input
        and errors are never shared) and by default."""
        return ""

    def consent_key(self) -> str:
        consent = self.consent_text
        if consent is None:
            return "-"
        return f"{consent.pk}:{hashlib.sha256(consent.text.encode()).hexdigest()[:16]}"
