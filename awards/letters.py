"""Letters of thanks from the mayor: proposed by partner organisations, approved by staff,
produced as a PDF that only staff can download (SPEC §2 Thank-you letters)."""

from __future__ import annotations

from django import forms
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cms.permissions import OwnedByPagePermissionPolicy
from cms.storage import private_storage

__all__ = ["LetterPermissionPolicy", "ThankYouLetterProposal"]


class LetterPermissionPolicy(OwnedByPagePermissionPolicy):
    """Staff (model permissions) see and decide every proposal; a partner organisation's
    editors propose for their own organisation and see only its proposals."""

    owner_field = "organisation"
    page_editor_actions = ("add", "view", "change")

    @property
    def owner_model(self):
        from opportunities.models import OrganisationPage

        return OrganisationPage

    def user_has_permission(self, user, action):
        if action == "add" and not self.has_model_permission(user, "add"):
            return self.owner_pages(user).exists()
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        # Once staff decided, the proposal is no longer the organisation's to edit.
        if (
            action == "change"
            and not self.has_model_permission(user, "change")
            and instance.status != ThankYouLetterProposal.Status.PROPOSED
        ):
            return False
        return super().user_has_permission_for_instance(user, action, instance)


class ThankYouLetterProposalForm(WagtailAdminModelForm):
    """Partner editors can only choose an organisation they edit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("organisation")
        user = getattr(self, "for_user", None)
        if field is None or user is None:
            return
        policy = LetterPermissionPolicy(ThankYouLetterProposal)
        if not policy.has_model_permission(user, "change"):
            field.queryset = policy.owner_model.objects.filter(pk__in=policy.owner_pages(user))
            field.required = True
            if field.queryset.count() == 1:
                field.initial = field.queryset.get().pk


class ThankYouLetterProposal(models.Model):
    """An organisation proposes a volunteer for a letter of thanks from the mayor."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        APPROVED = "approved", _("Approved")
        LETTER_READY = "letter_ready", _("Letter ready")
        DECLINED = "declined", _("Declined")

    class FormOfAddress(models.TextChoices):
        MS = "ms", _("Ms")
        MR = "mr", _("Mr")
        NEUTRAL = "neutral", _("Without Ms or Mr")

    organisation = models.ForeignKey(
        "opportunities.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="thank_you_proposals",
    )
    form_of_address = models.CharField(
        _("form of address"),
        max_length=8,
        choices=FormOfAddress.choices,
        default=FormOfAddress.NEUTRAL,
    )
    person_name = models.CharField(_("name of the volunteer"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    town = models.CharField(_("town"), max_length=100, default="Bitburg")
    engagement = models.TextField(
        _("engagement"),
        max_length=2000,
        help_text=_(
            "What the person does, in a sentence the letter can use, e.g. “trains the "
            "youth team of TuS Erdorf”."
        ),
    )
    engaged_since = models.PositiveSmallIntegerField(_("volunteering since (year)"))
    proposer_name = models.CharField(_("proposed by"), max_length=200)
    proposer_email = models.EmailField(_("e-mail of the proposer"))
    personal_email_fields = ("proposer_email",)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PROPOSED, db_index=True
    )
    staff_note = models.TextField(_("internal note"), blank=True)
    letter = models.FileField(
        _("letter"), storage=private_storage, upload_to="letters/", blank=True, editable=False
    )
    letter_created_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = ThankYouLetterProposalForm
    panels = [
        FieldPanel("organisation", widget=forms.Select),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("form_of_address"), FieldPanel("person_name")]),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
            ],
            heading=_("Address for the letter"),
        ),
        FieldPanel("engagement"),
        FieldPanel("engaged_since"),
        FieldRowPanel([FieldPanel("proposer_name"), FieldPanel("proposer_email")]),
        MultiFieldPanel(
            [
                FieldPanel("status", permission="awards.change_thankyouletterproposal"),
                FieldPanel("staff_note", permission="awards.change_thankyouletterproposal"),
            ],
            heading=_("Decision"),
        ),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("letter of thanks")
        verbose_name_plural = _("letters of thanks")

    @classmethod
    def erase_personal_data(cls, queryset) -> None:
        """Erasure of a proposer (cms.privacy): the letter for the volunteer stays, the
        proposer's name and address go."""
        queryset.update(proposer_name="", proposer_email="")

    def __str__(self) -> str:
        return self.person_name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    def save(self, *args, **kwargs):
        approved_now = self.status == self.Status.APPROVED and (
            getattr(self, "_loaded_status", None) != self.Status.APPROVED
        )
        super().save(*args, **kwargs)
        self._loaded_status = self.status
        if approved_now:
            from .letters_tasks import create_thank_you_letter

            transaction.on_commit(lambda: create_thank_you_letter.enqueue(self.pk), robust=True)

    def delete(self, *args, **kwargs):
        # The letter holds a private address: it goes with the proposal, once that is final.
        storage, name = self.letter.storage, self.letter.name
        result = super().delete(*args, **kwargs)
        if name:
            transaction.on_commit(lambda: storage.delete(name), robust=True)
        return result
