"""Partner organisations, their volunteering opportunities and expressions of interest.

Tree: home → "Organisationen" (OrganisationIndexPage) → one OrganisationPage per partner →
its OpportunityPages. Everything an organisation publishes sits below its own page, so its
editor group can be given rights on exactly that subtree (SPEC §6). The listing
(OpportunityIndexPage) gathers open opportunities from all organisations.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.search import index

from cms import pagecache
from cms.api_fields import RichTextSerializer, TermSerializer
from cms.blocks import RICH_TEXT_FEATURES
from cms.filters import chosen_filters_key
from cms.form_pages import serve_form_page
from cms.models import BasePage, BasePageQuerySet, Submission, submission_panels


class OrganisationRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class OrganisationIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    subpage_types = ["opportunities.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("district")
            .prefetch_related("fields_of_activity")
            .order_by("title")
        )
        return context


class OrganisationPage(BasePage):
    """A partner organisation's public profile (SPEC §2 Organisations)."""

    class Kind(models.TextChoices):
        CLUB = "club", _("Club or association")
        INITIATIVE = "initiative", _("Initiative")
        CHURCH = "church", _("Church or religious community")
        WELFARE = "welfare", _("Welfare organisation")
        PUBLIC = "public", _("Public body or school")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.CLUB)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fields_of_activity = ParentalManyToManyField(
        "cms.FieldOfActivity", verbose_name=_("fields of activity"), blank=True
    )
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True, default="54634")
    town = models.CharField(_("town"), max_length=100, blank=True, default="Bitburg")
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(
        _("public contact"),
        max_length=200,
        blank=True,
        help_text=_("A role or a name that may be shown publicly, e.g. “Jugendwartin”."),
    )
    phone = models.CharField(_("public phone"), max_length=50, blank=True)
    notification_email = models.EmailField(
        _("e-mail for expressions of interest"),
        blank=True,
        help_text=_("Never shown on the site. Without it the agency receives them."),
    )
    languages = ParentalManyToManyField(
        "cms.Language", verbose_name=_("languages spoken"), blank=True
    )
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility = models.TextField(_("accessibility"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("fields_of_activity", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("district"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_name"),
                FieldPanel("phone"),
                FieldPanel("notification_email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("wheelchair_accessible"), FieldPanel("accessibility")],
            heading=_("Accessibility"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.RelatedFields("fields_of_activity", [index.SearchField("name")]),
        index.FilterField("district_id"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("description", serializer=RichTextSerializer()),
        APIField("logo"),
        APIField("fields_of_activity", serializer=TermSerializer(many=True)),
        APIField("district", serializer=TermSerializer()),
        APIField("street"),
        APIField("postcode"),
        APIField("town"),
        APIField("website"),
        APIField("contact_name"),
        APIField("phone"),
        APIField("languages", serializer=TermSerializer(many=True)),
        APIField("wheelchair_accessible"),
        APIField("accessibility"),
    ]
    parent_page_types = ["opportunities.OrganisationIndexPage"]
    subpage_types = ["opportunities.OpportunityPage", "events.EventPage"]
    # Opportunity and event cards everywhere name their organisation.
    page_cache_section = ("opportunities", "events")

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["open_opportunities"] = (
            OpportunityPage.objects.child_of(self)
            .live()
            .public()
            .open()
            .select_related("organisation", "district")
            .prefetch_related("languages")
            .order_by("title")
        )
        return context


class OpportunityQuerySet(BasePageQuerySet):
    def open(self):
        """Open and not expired: what the listings, the API and search show."""
        return self.filter(status=OpportunityPage.Status.OPEN, expires_on__gte=timezone.localdate())

    def expired(self):
        return self.filter(OpportunityPage.hidden_from_api_q())

    def listing(self, locale):
        """Open opportunities of a language (a locale or its id), with what a result card
        shows (components/opportunity_card.html), in few queries."""
        return (
            self.live()
            .public()
            .open()
            .filter(locale=locale)
            .select_related("organisation", "district")
            .prefetch_related("languages")
            .order_by("expires_on", "title")
        )


class OpportunityPage(BasePage):
    """A way to volunteer that an organisation offers (SPEC §2 Opportunities)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        FILLED = "filled", _("Filled")
        PAUSED = "paused", _("Paused")

    class Commitment(models.TextChoices):
        ONE_OFF = "one-off", _("One-off")
        OCCASIONAL = "occasional", _("Occasional")
        REGULAR = "regular", _("Regular")

    class GermanLevel(models.TextChoices):
        NONE = "none", _("No German needed")
        BASIC = "basic", _("A little German")
        GOOD = "good", _("Good German")

    class HoursPeriod(models.TextChoices):
        WEEK = "week", _("per week")
        MONTH = "month", _("per month")

    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="opportunities",
        help_text=_("Set from the page's place in the tree."),
    )
    summary = models.TextField(_("summary"), max_length=300)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    tasks = RichTextField(_("tasks"), features=RICH_TEXT_FEATURES, blank=True)
    skills = models.TextField(_("skills wanted"), blank=True)
    fields_of_activity = ParentalManyToManyField(
        "cms.FieldOfActivity", verbose_name=_("fields of activity"), blank=True
    )
    target_groups = ParentalManyToManyField(
        "cms.TargetGroup", verbose_name=_("target groups"), blank=True
    )
    languages = ParentalManyToManyField(
        "cms.Language", verbose_name=_("languages spoken in the team"), blank=True
    )
    german_level = models.CharField(
        _("German needed"), max_length=8, choices=GermanLevel.choices, default=GermanLevel.BASIC
    )
    commitment = models.CharField(
        _("commitment"), max_length=16, choices=Commitment.choices, default=Commitment.REGULAR
    )
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, null=True, blank=True)
    hours_period = models.CharField(
        _("period"), max_length=8, choices=HoursPeriod.choices, blank=True
    )
    weekdays = models.BooleanField(_("on weekdays"), default=False)
    weekends = models.BooleanField(_("at weekends"), default=False)
    evenings = models.BooleanField(_("in the evening"), default=False)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    from_home = models.BooleanField(_("possible from home"), default=False)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), default=0)
    offers_training = models.BooleanField(_("training"), default=False)
    offers_insurance = models.BooleanField(_("insurance"), default=False)
    offers_expenses = models.BooleanField(_("expense allowance"), default=False)
    offers_certificate = models.BooleanField(_("certificate"), default=False)
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    expires_on = models.DateField(
        _("expires on"),
        db_index=True,
        help_text=_(
            "After this day the opportunity leaves the listings; you are reminded a week before."
        ),
    )
    expiry_reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("tasks"),
        FieldPanel("skills"),
        MultiFieldPanel(
            [
                FieldPanel("fields_of_activity", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Topics"),
        ),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("german_level")],
            heading=_("Languages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("commitment"),
                FieldRowPanel([FieldPanel("hours"), FieldPanel("hours_period")]),
                FieldRowPanel(
                    [FieldPanel("weekdays"), FieldPanel("weekends"), FieldPanel("evenings")]
                ),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Commitment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("district"),
                FieldPanel("address"),
                FieldPanel("from_home"),
                FieldPanel("wheelchair_accessible"),
                FieldPanel("minimum_age"),
            ],
            heading=_("Place and access"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("offers_training"),
                        FieldPanel("offers_insurance"),
                        FieldPanel("offers_expenses"),
                        FieldPanel("offers_certificate"),
                    ]
                ),
            ],
            heading=_("What volunteers get"),
        ),
        MultiFieldPanel(
            [FieldPanel("places"), FieldPanel("status"), FieldPanel("expires_on")],
            heading=_("Availability"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("tasks"),
        index.SearchField("skills"),
        index.AutocompleteField("summary"),
        index.RelatedFields("fields_of_activity", [index.SearchField("name")]),
        index.RelatedFields("organisation", [index.SearchField("title")]),
        index.FilterField("status"),
        index.FilterField("expires_on"),
        index.FilterField("district_id"),
        index.FilterField("german_level"),
        index.FilterField("commitment"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("organisation", serializer=OrganisationRefSerializer()),
        APIField("summary"),
        APIField("description", serializer=RichTextSerializer()),
        APIField("tasks", serializer=RichTextSerializer()),
        APIField("skills"),
        APIField("fields_of_activity", serializer=TermSerializer(many=True)),
        APIField("target_groups", serializer=TermSerializer(many=True)),
        APIField("languages", serializer=TermSerializer(many=True)),
        APIField("german_level"),
        APIField("commitment"),
        APIField("hours"),
        APIField("hours_period"),
        APIField("weekdays"),
        APIField("weekends"),
        APIField("evenings"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("district", serializer=TermSerializer()),
        APIField("address"),
        APIField("from_home"),
        APIField("wheelchair_accessible"),
        APIField("minimum_age"),
        APIField("offers_training"),
        APIField("offers_insurance"),
        APIField("offers_expenses"),
        APIField("offers_certificate"),
        APIField("places"),
        APIField("status"),
        APIField("expires_on"),
    ]
    parent_page_types = ["opportunities.OrganisationPage"]
    subpage_types = []

    objects = PageManager.from_queryset(OpportunityQuerySet)()

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None and parent.specific_class is OrganisationPage:
            self.organisation_id = parent.pk
        super().save(*args, **kwargs)
        if not self.is_open:
            # Wagtail only adds and updates documents on save; a closed opportunity must
            # leave the search index, in whichever way it was closed.
            transaction.on_commit(lambda: index.remove_object(self))

    @classmethod
    def hidden_from_api_q(cls) -> Q:
        """Expired opportunities stay reachable by URL (with a note) but leave the API."""
        return Q(expires_on__lt=timezone.localdate())

    @classmethod
    def get_indexed_objects(cls):
        return (
            super()
            .get_indexed_objects()
            .filter(status=cls.Status.OPEN, expires_on__gte=timezone.localdate())
        )

    search_select_related = ("district",)
    search_prefetch_related = ("fields_of_activity", "target_groups", "languages")

    def facet_terms(self) -> list[tuple[str, str]]:
        terms = [("field", term.slug) for term in self.fields_of_activity.all()]
        terms += [("target_group", term.slug) for term in self.target_groups.all()]
        terms += [("language", language.code) for language in self.languages.all()]
        if self.district_id:
            terms.append(("district", self.district.slug))
        return terms + [("commitment", self.commitment), ("german", self.german_level)]

    @property
    def is_expired(self) -> bool:
        return self.expires_on < timezone.localdate()

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN and not self.is_expired

    @property
    def card_cache_key(self) -> int:
        return self.pk

    # The page header links the organisation (cms/routing.py).
    route_select_related = ("organisation",)

    def card_cache_tags(self) -> list[str]:
        return self.card_tags(*(getattr(self, name) for name in self.card_key_fields))

    # A listing reads only these per result and keeps each result's card (or API item)
    # under `card_tags(*row)`: the listing below, cms/api.py.
    card_key_fields = ("pk", "organisation_id")

    @staticmethod
    def card_tags(pk, organisation_id) -> list[str]:
        """What a card (components/opportunity_card.html) shows: the page, its
        organisation's title and the site's taxonomy names (`cards` in cms_tags)."""
        from cms.pagecache import SITE_TAG

        return [SITE_TAG, f"page:{pk}", f"page:{organisation_id}"]

    @classmethod
    def cards_by_pk(cls, pks) -> dict:
        """The opportunities of `pks` with what their cards show, for the cards a
        listing does not have kept (`pagecache.card_keys`)."""
        found = cls.objects.filter(pk__in=pks).select_related("organisation", "district")
        return {page.pk: page for page in found.prefetch_related("languages")}

    def serve(self, request, *args, **kwargs):
        from .forms import ExpressionOfInterestForm
        from .services import submit_interest

        def submit(form):
            result = submit_interest(form)
            return {"interest": result.interest, "duplicate": result.duplicate}

        return serve_form_page(
            self,
            request,
            make_form=lambda data=None: ExpressionOfInterestForm(data, opportunity=self),
            submit=submit,
            sent_template="opportunities/opportunity_page_sent.html",
        )

    page_cache_section = ("opportunities",)

    def page_cache_sections_shown(self, request) -> tuple[str, ...]:
        # A closed opportunity's page suggests similar open ones from anywhere.
        return () if self.is_open else ("opportunities",)

    def page_cache_related_pages(self) -> list:
        return list(OpportunityIndexPage.objects.all())

    def page_cache_pages_shown(self) -> list[int]:
        return [self.organisation_id] if self.organisation_id else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.is_open:
            context["similar_opportunities"] = self.similar()
        return context

    def similar(self, count: int = 3):
        """Open opportunities that share a field of activity, for a closed one's page."""
        return (
            OpportunityPage.objects.listing(self.locale_id)
            .filter(fields_of_activity__in=self.fields_of_activity.all())
            .exclude(pk=self.pk)
            .distinct()[:count]
        )

    @property
    def benefits(self) -> list[str]:
        return [
            str(label)
            for flag, label in [
                (self.offers_training, _("Training")),
                (self.offers_insurance, _("Insurance")),
                (self.offers_expenses, _("Expense allowance")),
                (self.offers_certificate, _("Certificate")),
            ]
            if flag
        ]


class OpportunityIndexPage(BasePage):
    """The opportunities listing with filters kept in the URL (SPEC §3)."""

    intro = models.TextField(_("introduction"), blank=True)
    per_page = 20
    page_cache_shows = ("opportunities",)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("opportunities listing")

    def get_context(self, request, *args, **kwargs):

        from .filters import OpportunityFilter

        context = super().get_context(request, *args, **kwargs)
        opportunity_filter = OpportunityFilter(
            request.GET, queryset=OpportunityPage.objects.listing(self.locale_id)
        )
        opportunity_filter.is_valid()  # an invalid filter is shown with its error, not applied

        def keys():
            # The results as the keys of their cards: whole pages only for cards not kept.
            found = opportunity_filter.qs.select_related(None).prefetch_related(None)
            return found.values_list(*OpportunityPage.card_key_fields)

        chosen = chosen_filters_key(opportunity_filter)
        rows = pagecache.KeptRows(f"opportunities:{self.pk}:{timezone.localdate()}:{chosen}", keys)
        results = Paginator(rows, self.per_page).get_page(request.GET.get("page"))
        pagecache.card_keys(results, OpportunityPage.card_tags, OpportunityPage.cards_by_pk)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter=opportunity_filter,
            opportunities=results,
            filter_query=query.urlencode(),
        )
        return context


class ExpressionOfInterest(Submission):
    """A citizen's message to an organisation about one opportunity (SPEC §2)."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        PLACED = "placed", _("Placed")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    opportunity = models.ForeignKey(
        OpportunityPage,
        verbose_name=_("opportunity"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="expressions_of_interest",
    )
    # Kept on the record so that access stays scoped even if the page moves or goes.
    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="expressions_of_interest",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES
    )
    availability = models.CharField(_("when you have time"), max_length=300, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    age_confirmed = models.BooleanField(_("I meet the minimum age"), default=False)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    staff_note = models.TextField(_("internal note"), blank=True)

    panels = submission_panels(
        [
            "opportunity",
            "name",
            "email",
            "phone",
            "preferred_language",
            "availability",
            "message",
        ],
        heading=_("Message"),
    )

    class Meta(Submission.Meta):
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        indexes = [models.Index(fields=["opportunity", "email", "created_at"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.opportunity.title if self.opportunity else '?'}"
