"""The Ehrenamtskarte RLP and the Jubiläums-Ehrenamtskarte: information page and applications.

Process (DOMAIN.md): the volunteer applies → the organisation confirms since when and how
many hours (through a signed link, without an account) → the town checks and forwards the
application to the Leitstelle in the state chancellery → the card is issued and handed over.
"""

from __future__ import annotations

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.api_fields import StreamFieldSerializer
from cms.blocks import BaseStreamBlock
from cms.form_pages import serve_form_page
from cms.models import BasePage, Submission, submission_panels

from .eligibility import (
    CARD_RULES,
    FLAG_LABELS,
    Answers,
    CardKind,
    Compensation,
    HoursPeriod,
)

__all__ = ["EhrenamtskarteApplication", "EhrenamtskartePage"]


class EhrenamtskartePage(BasePage):
    """Information about the cards, the eligibility check (GET, nothing stored) and the
    application form (POST)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    application_intro = models.TextField(_("text above the application form"), blank=True)
    thank_you = models.TextField(_("text after sending"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("application_intro"), FieldPanel("thank_you")],
            heading=_("Application form"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("body", serializer=StreamFieldSerializer()),
    ]
    # The lead adds the recognition section as a parent once it exists.
    parent_page_types = ["home.HomePage", "awards.RecognitionIndexPage"]
    subpage_types: list = []
    max_count_per_parent = 1
    template = "awards/card/ehrenamtskarte_page.html"

    class Meta:
        verbose_name = _("Ehrenamtskarte page")

    def get_context(self, request, *args, **kwargs):
        from .card_forms import EligibilityCheckForm

        context = super().get_context(request, *args, **kwargs)
        # The check is a GET form: bookmarkable, works without JavaScript, stores nothing.
        if "check" in request.GET:
            check_form = EligibilityCheckForm(request.GET, prefix="check")
            if check_form.is_valid():
                context["eligibility"] = check_form.result(timezone.localdate())
        else:
            check_form = EligibilityCheckForm(prefix="check")
        context["check_form"] = check_form
        context["collective_applications"] = settings.EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS
        return context

    def serve(self, request, *args, **kwargs):
        from .card_forms import EhrenamtskarteApplicationForm
        from .card_services import submit_application

        return serve_form_page(
            self,
            request,
            make_form=EhrenamtskarteApplicationForm,
            submit=lambda form: {"application": submit_application(form)},
            sent_template="awards/card/ehrenamtskarte_page_sent.html",
        )


class EhrenamtskarteApplication(Submission):
    """A citizen's application for one of the two cards."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        CONFIRMED_BY_ORGANISATION = "confirmed_by_organisation", _("Confirmed by the organisation")
        DECLINED_BY_ORGANISATION = "declined_by_organisation", _("Declined by the organisation")
        CHECKED_BY_TOWN = "checked_by_town", _("Checked by the town")
        FORWARDED_TO_LEITSTELLE = "forwarded_to_leitstelle", _("Forwarded to the Leitstelle")
        ISSUED = "issued", _("Card issued")
        REJECTED = "rejected", _("Rejected")

    card_kind = models.CharField(
        _("card"), max_length=16, choices=CardKind.choices, default=CardKind.STANDARD
    )
    name = models.CharField(_("name"), max_length=200)
    date_of_birth = models.DateField(_("date of birth"))
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    town = models.CharField(_("town"), max_length=100)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_email = models.EmailField(
        _("e-mail address of the organisation"),
        help_text=_("The organisation receives a link to confirm your volunteering."),
    )
    engaged_since = models.DateField(_("volunteering since"))
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1, null=True, blank=True)
    hours_period = models.CharField(
        _("period"), max_length=8, choices=HoursPeriod.choices, default=HoursPeriod.WEEK
    )
    activity = models.TextField(_("what you do"), max_length=3000)
    compensation = models.CharField(
        _("payment"), max_length=16, choices=Compensation.choices, default=Compensation.NONE
    )
    in_participating_municipality = models.BooleanField(
        _("volunteering in a participating municipality"), default=True
    )
    membership_only = models.BooleanField(_("membership or on-call time only"), default=False)
    #: Cases for staff to decide, found by the eligibility check at submission.
    eligibility_flags = models.JSONField(_("points to check"), default=list, blank=True)

    status = models.CharField(
        _("status"),
        max_length=32,
        choices=Status.choices,
        default=Status.SUBMITTED,
        db_index=True,
    )
    staff_note = models.TextField(_("internal note"), blank=True)

    # What the organisation confirmed through its link; the nonce makes each link single-use.
    confirmation_nonce = models.CharField(max_length=32, blank=True, editable=False)
    organisation_answered_at = models.DateTimeField(
        _("answered by the organisation"), null=True, blank=True
    )
    confirmed_by_name = models.CharField(_("confirmed by"), max_length=200, blank=True)
    confirmed_since = models.DateField(_("confirmed volunteering since"), null=True, blank=True)
    confirmed_hours = models.DecimalField(
        _("confirmed hours"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    confirmed_hours_period = models.CharField(
        _("confirmed period"), max_length=8, choices=HoursPeriod.choices, blank=True
    )
    organisation_note = models.TextField(_("note from the organisation"), blank=True)

    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Empty: valid for life.")
    )
    renewal_reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = submission_panels(
        [
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
            "eligibility_flags",
        ],
        heading=_("Application"),
    ) + [
        MultiFieldPanel(
            [
                FieldPanel("organisation_answered_at", read_only=True),
                FieldPanel("confirmed_by_name", read_only=True),
                FieldPanel("confirmed_since", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("confirmed_hours", read_only=True),
                        FieldPanel("confirmed_hours_period", read_only=True),
                    ]
                ),
                FieldPanel("organisation_note", read_only=True),
            ],
            heading=_("Confirmation by the organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("issued_on", read_only=True), FieldPanel("valid_until", read_only=True)],
            heading=_("Card"),
        ),
    ]

    # Retention (cms/retention.py): counted from the day the card runs out; from the
    # application itself when no card was issued or the card is for life.
    retention_anchor_text = _("after the card ran out")

    @classmethod
    def retention_anchor(cls):
        return Coalesce(
            Cast("valid_until", models.DateTimeField()),
            models.F("created_at"),
            output_field=models.DateTimeField(),
        )

    class Meta(Submission.Meta):
        verbose_name = _("Ehrenamtskarte application")
        verbose_name_plural = _("Ehrenamtskarte applications")

    def __str__(self) -> str:
        return f"{self.name} – {self.get_card_kind_display()}"

    @admin.display(description=_("points to check"))
    def points_to_check(self) -> str:
        return ", ".join(str(FLAG_LABELS.get(flag, flag)) for flag in self.eligibility_flags)

    def answers(self) -> Answers:
        return Answers(
            kind=self.card_kind,
            date_of_birth=self.date_of_birth,
            engaged_since=self.engaged_since,
            hours=self.hours,
            hours_period=self.hours_period,
            compensation=self.compensation,
            in_participating_municipality=self.in_participating_municipality,
            membership_only=self.membership_only,
        )

    def card_valid_until(self, issued_on: datetime.date) -> datetime.date | None:
        valid_years = CARD_RULES[self.card_kind].valid_years
        return None if valid_years is None else issued_on + relativedelta(years=valid_years)

    def save(self, *args, **kwargs):
        # Issuing dates the card, however the status was set (admin, shell, a later API).
        if self.status == self.Status.ISSUED and self.issued_on is None:
            self.issued_on = timezone.localdate()
            self.valid_until = self.card_valid_until(self.issued_on)
        super().save(*args, **kwargs)
