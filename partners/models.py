"""Which Wagtail group and collection belong to which partner organisation.

Wagtail knows groups, page permissions and collections, but not that a group "is" an
organisation's editors; this row says so, so that onboarding is safe to run again and
offboarding finds everything the onboarding gave.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Collection


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
