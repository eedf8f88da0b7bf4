"""The nomination form (HTML page and API) and the jury's rating form."""

from __future__ import annotations

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from cms.forms import SubmissionForm
from cms.models import ConsentText

from . import rules
from .models import AwardRoundPage, Nomination


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to a few photos or PDFs; each is judged by its content, not by its name."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": rules.ATTACHMENT_ACCEPT}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        files = [f for f in files if f]
        if len(files) > rules.attachment_max_files():
            raise forms.ValidationError(
                _("Please attach at most %(count)s files.")
                % {"count": rules.attachment_max_files()},
                code="too_many_files",
            )
        return [self.clean_one(f) for f in files]

    def clean_one(self, upload: UploadedFile) -> UploadedFile:
        upload = super().clean(upload)
        if upload.size > rules.attachment_max_bytes():
            raise forms.ValidationError(
                _("“%(name)s” is too large; each file may have at most %(size)s.")
                % {"name": upload.name, "size": filesizeformat(rules.attachment_max_bytes())},
                code="file_too_large",
            )
        content_type = sniff_content_type(upload)
        if content_type is None:
            raise forms.ValidationError(
                _("“%(name)s” is not a JPEG or PNG image or a PDF document.")
                % {"name": upload.name},
                code="file_type",
            )
        upload.sniffed_content_type = content_type
        return upload


def sniff_content_type(upload: UploadedFile) -> str | None:
    """The attachment's real type from its first bytes; images must also open in Pillow."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    content_type = next(
        (kind for magic, kind in rules.ATTACHMENT_SIGNATURES.items() if head.startswith(magic)),
        None,
    )
    if content_type and content_type.startswith("image/"):
        from PIL import Image

        try:
            with Image.open(upload) as image:
                image.verify()
        except Exception:  # Pillow raises many kinds of errors for broken images
            content_type = None
        finally:
            upload.seek(0)
    return content_type


NOMINEE_FIELDS = [
    "category",
    "nominee_kind",
    "nominee_name",
    "nominee_contact",
    "nominee_organisation",
    "engagement",
    "engaged_since",
    "reason",
    "attachments",
]
NOMINATOR_FIELDS = ["nominator_name", "nominator_email", "nominator_phone", "relationship"]


class NominationForm(SubmissionForm):
    consent_purpose = ConsentText.Purpose.NOMINATION

    class Meta:
        model = Nomination
        fields = [
            "category",
            "nominee_kind",
            "nominee_name",
            "nominee_contact",
            "nominee_organisation",
            "engagement",
            "engaged_since",
            "reason",
            "nominator_name",
            "nominator_email",
            "nominator_phone",
            "relationship",
            "nominee_may_be_contacted",
        ]
        widgets = {
            "nominee_kind": forms.RadioSelect,
            "nominee_contact": forms.Textarea(attrs={"rows": 3}),
            "engagement": forms.Textarea(attrs={"rows": 4}),
            "reason": forms.Textarea(attrs={"rows": 8}),
        }

    attachments = AttachmentsField(label=_("Photos or documents"), required=False)
    nominee_may_be_contacted = forms.BooleanField(
        label=_("The agency may contact the person or group I nominate about this nomination."),
        required=True,
    )

    def __init__(self, *args, round: AwardRoundPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.round = round
        category = self.fields["category"]
        category.queryset = round.categories.all()
        category.empty_label = _("No particular category")
        category.required = False
        self.fields["reason"].help_text = _(
            "About %(count)s characters are enough; you may write more."
        ) % {"count": round.reason_guidance_length}
        self.fields["reason"].widget.attrs["data-guidance"] = round.reason_guidance_length
        # static/js/reason-counter.js shows the count with this (translated) text.
        self.fields["reason"].widget.attrs["data-counter"] = _("%(count)s characters written") % {
            "count": "__COUNT__"
        }
        self.fields["attachments"].help_text = _(
            "Optional: up to %(count)s JPEG or PNG photos or PDF documents, at most %(size)s each."
        ) % {
            "count": rules.attachment_max_files(),
            "size": filesizeformat(rules.attachment_max_bytes()),
        }
        self.fields["nominator_phone"].help_text = _("Optional.")

    @property
    def fieldsets(self) -> list[tuple[str, list]]:
        """The visible fields in the order and groups the page shows them."""
        return [
            (_("Whom do you nominate?"), [self[name] for name in NOMINEE_FIELDS]),
            (_("About you"), [self[name] for name in NOMINATOR_FIELDS]),
            (_("Consent"), [self["nominee_may_be_contacted"], self["consent_given"]]),
        ]

    def clean(self):
        cleaned = super().clean()
        nominee = rules.nominee_key(cleaned.get("nominee_name", ""))
        nominator = rules.nominee_key(cleaned.get("nominator_name", ""))
        email = (cleaned.get("nominator_email") or "").casefold()
        contact = (cleaned.get("nominee_contact") or "").casefold()
        if (nominee and nominee == nominator) or (email and email in contact):
            raise forms.ValidationError(
                _(
                    "You cannot nominate yourself. Please ask someone who knows your "
                    "volunteering to nominate you."
                ),
                code="self_nomination",
            )
        return cleaned


class RatingForm(forms.Form):
    """A jury member's scores, 1 (weak) to 5 (outstanding), per criterion of the round."""

    SCORES = [(n, str(n)) for n in range(1, 6)]

    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, criteria: list, rating=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"criterion_{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.name,
                help_text=criterion.description,
                choices=self.SCORES,
                coerce=int,
                widget=forms.RadioSelect,
                initial=rating.score_for(criterion.pk) if rating else None,
            )
        if rating is not None:
            self.fields["note"].initial = rating.note
        # The note comes last, after the scores.
        self.order_fields([f"criterion_{c.pk}" for c in criteria] + ["note"])

    def scores(self) -> dict[str, int]:
        return {str(c.pk): self.cleaned_data[f"criterion_{c.pk}"] for c in self.criteria}
