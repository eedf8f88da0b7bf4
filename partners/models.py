"""Which Wagtail group and collection belong to which partner organisation.

Wagtail knows groups, page permissions and collections, but not that a group "is" an
organisation's editors; this row says so, so that onboarding is safe to run again and
offboarding finds everything the onboarding gave.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection

from cms.models import Submission, submission_panels
from opportunities.models import OrganisationPage


class PartnerAccess(models.Model):
    organisation = models.OneToOneField(
        "opportunities.OrganisationPage",
        verbose_name="Organisation",
        on_delete=models.CASCADE,
        related_name="partner_access",
    )
    group = models.OneToOneField(
        Group,
        verbose_name="Redaktionsgruppe",
        on_delete=models.PROTECT,
        related_name="partner_access",
    )
    collection = models.OneToOneField(
        Collection, verbose_name="Sammlung", on_delete=models.PROTECT, related_name="+"
    )
    active = models.BooleanField("aktiv", default=True)
    onboarded_at = models.DateTimeField("aufgenommen am", auto_now_add=True)
    offboarded_at = models.DateTimeField("Zugang entzogen am", null=True, blank=True)

    class Meta:
        verbose_name = "Partnerzugang"
        verbose_name_plural = "Partnerzugänge"
        permissions = [("onboard_partner", "Can onboard and offboard partner organisations")]

    def __str__(self) -> str:
        return str(self.group)


class PartnerApplication(Submission):
    """An organisation's application for a partner account (SPEC §6), from the public form
    or the API; staff approve it — which runs the onboarding — or decline it."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    organisation_name = models.CharField(_("name of the organisation"), max_length=200)
    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=OrganisationPage.Kind.choices,
        default=OrganisationPage.Kind.CLUB,
    )
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    web_address = models.URLField(_("website"), blank=True)
    fields_of_activity = models.ManyToManyField(
        "cms.FieldOfActivity", verbose_name=_("fields of activity"), blank=True
    )
    message = models.TextField(_("message"), max_length=5000, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    staff_note = models.TextField(_("internal note"), blank=True)
    organisation = models.ForeignKey(
        "opportunities.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = submission_panels(
        [
            "organisation_name",
            "kind",
            "contact_name",
            "email",
            "phone",
            "web_address",
            "fields_of_activity",
            "message",
        ],
        heading=_("partner application"),
    )

    # Retention (cms/retention.py): counted from the decision, while none from receipt.
    retention_anchor_text = _("after the decision")

    @classmethod
    def retention_anchor(cls):
        return Coalesce(
            models.F("decided_at"), models.F("created_at"), output_field=models.DateTimeField()
        )

    class Meta(Submission.Meta):
        verbose_name = _("partner application")
        verbose_name_plural = _("partner applications")

    def __str__(self) -> str:
        return self.organisation_name
