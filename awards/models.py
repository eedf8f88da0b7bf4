"""The town's award rounds (Ehrenamtsmedaille), nominations and their jury, and the calls
(Ausschreibungen) the agency passes on.

Tree: home → "Anerkennung" (RecognitionIndexPage) → one AwardRoundPage per year and a
CallIndexPage with its CallPages. Nominations are submissions, never pages: only staff and
the round's own jury see them (SPEC §2 Awards).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api_fields import RichTextSerializer
from cms.blocks import RICH_TEXT_FEATURES
from cms.models import BasePage, BasePageQuerySet, Submission, submission_panels
from cms.storage import private_storage

from . import clock, rules


class RecognitionIndexPage(BasePage):
    """The section "Anerkennung": the award rounds, the calls and the other ways the town
    says thank you."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["awards.AwardRoundPage", "awards.CallIndexPage", "awards.EhrenamtskartePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("recognition section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rounds"] = (
            AwardRoundPage.objects.child_of(self).live().public().order_by("-year", "-pk")
        )
        context["call_index"] = CallIndexPage.objects.child_of(self).live().public().first()
        return context


class NominationState(models.TextChoices):
    NOT_YET_OPEN = "not_yet_open", _("Not yet open")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class NominationStateField(serializers.Field):
    """The round's nomination state now, for API clients."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        return page.nomination_state()


class OrderableTextSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    description = serializers.CharField()


class JuryMemberSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()


class WinnerSerializer(serializers.Serializer):
    name = serializers.CharField()
    category = serializers.CharField()
    text = serializers.CharField()
    honour = serializers.CharField()


class AwardRoundPage(BasePage):
    """One round of the town's award: its call, nomination window, jury and, afterwards, its
    winners (DOMAIN.md: dates, medal count and theme are per round, not fixed in code)."""

    year = models.PositiveSmallIntegerField(_("year"))
    intro = models.TextField(_("introduction"))
    theme = models.CharField(
        _("theme"),
        max_length=200,
        blank=True,
        help_text=_("Optional: a round may be limited to one theme."),
    )
    body = RichTextField(_("call text"), features=RICH_TEXT_FEATURES, blank=True)
    jury_description = models.TextField(_("about the jury"), blank=True)
    nomination_opens = models.DateTimeField(
        _("nominations open"), help_text=_("Date and time in Europe/Berlin.")
    )
    nomination_closes = models.DateTimeField(
        _("nominations close"),
        help_text=_("The last moment a nomination is accepted, in Europe/Berlin."),
    )
    max_medals = models.PositiveSmallIntegerField(
        _("maximum number of medals"), default=rules.DEFAULT_MAX_MEDALS
    )
    reason_guidance_length = models.PositiveSmallIntegerField(
        _("guidance length of the reason"),
        default=rules.DEFAULT_REASON_GUIDANCE,
        help_text=_("Shown to nominators as a guide, in characters; longer texts are allowed."),
    )
    ceremony = models.TextField(
        _("award ceremony"),
        blank=True,
        help_text=_("When and where the honours are presented, once known."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("year"),
        FieldPanel("intro"),
        FieldPanel("theme"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("nomination_opens"), FieldPanel("nomination_closes")]),
                FieldRowPanel([FieldPanel("max_medals"), FieldPanel("reason_guidance_length")]),
            ],
            heading=_("Nomination window and rules"),
        ),
        InlinePanel("categories", label=_("categories"), min_num=1),
        InlinePanel("criteria", label=_("criteria the jury scores")),
        MultiFieldPanel(
            [FieldPanel("jury_description"), InlinePanel("jury_members", label=_("jury"))],
            heading=_("Jury"),
        ),
        MultiFieldPanel(
            [FieldPanel("ceremony"), InlinePanel("winners", label=_("winners"))],
            heading=_("After the round"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("theme"),
        index.SearchField("body"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("year"),
        APIField("intro"),
        APIField("theme"),
        APIField("body", serializer=RichTextSerializer()),
        APIField("nomination_opens"),
        APIField("nomination_closes"),
        APIField("nomination_state", serializer=NominationStateField()),
        APIField("max_medals"),
        APIField("reason_guidance_length"),
        APIField("categories", serializer=OrderableTextSerializer(many=True)),
        APIField("criteria", serializer=OrderableTextSerializer(many=True)),
        APIField("jury_description"),
        APIField("jury_members", serializer=JuryMemberSerializer(many=True)),
        APIField("ceremony"),
        APIField("winners", serializer=WinnerSerializer(many=True)),
    ]
    parent_page_types = ["awards.RecognitionIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("award round")
        verbose_name_plural = _("award rounds")

    def clean(self):
        super().clean()
        if (
            self.nomination_opens
            and self.nomination_closes
            and self.nomination_closes <= self.nomination_opens
        ):
            raise ValidationError(
                {"nomination_closes": _("Nominations must close after they open.")}
            )

    def nomination_state(self, now: datetime.datetime | None = None) -> str:
        """Whether nominations are accepted at `now` (both ends of the window included)."""
        now = now or clock.now()
        if now < self.nomination_opens:
            return NominationState.NOT_YET_OPEN
        if now > self.nomination_closes:
            return NominationState.CLOSED
        return NominationState.OPEN

    def source_round(self) -> AwardRoundPage:
        """The round in the source language. A translated round page is the same round:
        its nominations, jury and winners belong to the German original."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = AwardRoundPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        return source or self

    def previous_round(self) -> AwardRoundPage | None:
        return AwardRoundPage.objects.filter(year=self.year - 1, locale_id=self.locale_id).first()

    def honoured_keys(self) -> set[str]:
        """The nominee keys of everyone this round honoured: awarded nominations and the
        winners staff entered on the page (for rounds run before the platform)."""
        keys = set(
            self.nominations.filter(status=Nomination.Status.AWARDED).values_list(
                "nominee_key", flat=True
            )
        )
        keys.update(rules.nominee_key(w.name) for w in self.winners.all())
        return keys

    def serve(self, request, *args, **kwargs):
        from .views import serve_round

        return serve_round(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["state"] = self.nomination_state()
        context["categories"] = self.categories.all()
        context["criteria"] = self.criteria.all()
        context["jury_members"] = self.jury_members.all()
        context["winners"] = self.winners.select_related("portrait").prefetch_related(
            "portrait__renditions"
        )
        return context


class AwardCategory(TranslatableMixin, Orderable):
    page = ParentalKey(AwardRoundPage, on_delete=models.CASCADE, related_name="categories")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        unique_together = [("translation_key", "locale")]

    def __str__(self) -> str:
        return self.name


class AwardCriterion(TranslatableMixin, Orderable):
    page = ParentalKey(AwardRoundPage, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        unique_together = [("translation_key", "locale")]

    def __str__(self) -> str:
        return self.name


class JuryMember(TranslatableMixin, Orderable):
    """A jury member as the public page names them; access rights are JuryMembership."""

    page = ParentalKey(AwardRoundPage, on_delete=models.CASCADE, related_name="jury_members")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)

    # A person's name is the same in every language; translators see only the role.
    override_translatable_fields = [SynchronizedField("name")]

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("jury member")
        verbose_name_plural = _("jury members")
        unique_together = [("translation_key", "locale")]


class Winner(TranslatableMixin, Orderable):
    class Honour(models.TextChoices):
        MEDAL = "medal", _("Medal")
        LETTER = "letter", _("Letter of thanks from the mayor")

    page = ParentalKey(AwardRoundPage, on_delete=models.CASCADE, related_name="winners")
    name = models.CharField(_("name"), max_length=200)
    category = models.CharField(_("category"), max_length=120, blank=True)
    text = models.TextField(_("short text"), max_length=600, blank=True)
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    honour = models.CharField(
        _("honour"), max_length=8, choices=Honour.choices, default=Honour.MEDAL
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("text"),
        FieldPanel("portrait"),
        FieldPanel("honour"),
    ]

    override_translatable_fields = [SynchronizedField("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("winner")
        verbose_name_plural = _("winners")
        unique_together = [("translation_key", "locale")]


class CallIndexPage(BasePage):
    """Ausschreibungen: state prizes, state events and funding programmes, by deadline."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    parent_page_types = ["awards.RecognitionIndexPage"]
    subpage_types = ["awards.CallPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("calls listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        calls = CallPage.objects.child_of(self).live().public()
        archive = request.GET.get("archive") == "1"
        context["archive"] = archive
        if archive:
            context["calls"] = calls.past().order_by("-deadline", "title")
        else:
            context["calls"] = calls.current().order_by("deadline", "title")
        return context


class CallPageQuerySet(BasePageQuerySet):
    """Current and past calls; a deadline day ends at midnight in Europe/Berlin."""

    def current(self):
        return self.filter(deadline__gte=timezone.localdate())

    def past(self):
        return self.filter(deadline__lt=timezone.localdate())


class CallPage(BasePage):
    class Kind(models.TextChoices):
        STATE_PRIZE = "state_prize", _("State prize")
        STATE_EVENT = "state_event", _("State event")
        FUNDING = "funding", _("Funding programme")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    deadline = models.DateField(_("deadline"), db_index=True)
    link = models.URLField(_("link"), blank=True)
    summary = models.TextField(_("summary"), max_length=400)
    body = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("deadline")]),
        FieldPanel("link"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("deadline"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("deadline"),
        APIField("link"),
        APIField("summary"),
        APIField("body", serializer=RichTextSerializer()),
    ]
    parent_page_types = ["awards.CallIndexPage"]
    subpage_types: list[str] = []

    objects = PageManager.from_queryset(CallPageQuerySet)()

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")

    @property
    def is_past(self) -> bool:
        return self.deadline < timezone.localdate()

    def search_sort_date(self):
        return self.deadline


class Nomination(Submission):
    """Someone nominating a person or group for a round of the town's award (SPEC §2)."""

    class NomineeKind(models.TextChoices):
        PERSON = "person", _("A person")
        GROUP = "group", _("A group or club")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        AWARDED = "awarded", _("Awarded")
        NOT_SELECTED = "not_selected", _("Not selected")

    round = models.ForeignKey(
        AwardRoundPage,
        verbose_name=_("award round"),
        on_delete=models.PROTECT,
        related_name="nominations",
    )
    category = models.ForeignKey(
        AwardCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nominations",
    )
    nominee_kind = models.CharField(
        _("who is nominated"),
        max_length=8,
        choices=NomineeKind.choices,
        default=NomineeKind.PERSON,
    )
    nominee_name = models.CharField(_("name of the person or group"), max_length=200)
    nominee_contact = models.TextField(
        _("how to reach them"),
        max_length=500,
        help_text=_("E-mail address, phone number or postal address."),
    )
    nominee_organisation = models.CharField(_("club or organisation"), max_length=200, blank=True)
    engagement = models.TextField(
        _("what they do"),
        max_length=2000,
        help_text=_("The kind of volunteering and how much of it, e.g. hours a week."),
    )
    engaged_since = models.CharField(
        _("volunteering since"), max_length=20, help_text=_("A year, e.g. 2012, or a date.")
    )
    reason = models.TextField(_("why they deserve the honour"), max_length=rules.REASON_MAX_LENGTH)
    nominator_name = models.CharField(_("your name"), max_length=200)
    nominator_email = models.EmailField(_("your e-mail address"))
    nominator_phone = models.CharField(_("your phone number"), max_length=50, blank=True)
    relationship = models.CharField(
        _("how you know them"),
        max_length=200,
        help_text=_("For example: we are in the same club; she is my neighbour."),
    )
    personal_email_fields = ("nominator_email",)
    # A nominee who asks for their data is found by the contact the nominator gave.
    personal_text_fields = ("nominee_contact",)

    nominee_may_be_contacted = models.BooleanField(
        _("The agency may contact the nominee about this nomination"), default=False
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    staff_note = models.TextField(_("internal note"), blank=True)
    nominee_key = models.CharField(
        _("nominee key"), max_length=200, db_index=True, editable=False, blank=True
    )
    rule_flags = models.JSONField(_("rule flags"), default=list, blank=True, editable=False)
    carried_over_from = models.ForeignKey(
        "self",
        verbose_name=_("carried over from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="carried_over_to",
        editable=False,
    )

    panels = submission_panels(
        [
            "round",
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
        ],
        heading=_("Nomination"),
    )

    # Retention (cms/retention.py): counted from the close of the round's nominations.
    retention_anchor_text = _("after the round's nominations closed")

    @classmethod
    def retention_anchor(cls):
        return Coalesce(
            models.F("round__nomination_closes"),
            models.F("created_at"),
            output_field=models.DateTimeField(),
        )

    class Meta(Submission.Meta):
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        indexes = [models.Index(fields=["round", "nominee_key"])]

    def __str__(self) -> str:
        return f"{self.nominee_name} ({self.round.year if self.round_id else '?'})"

    def save(self, *args, **kwargs):
        self.nominee_key = rules.nominee_key(self.nominee_name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.status == self.Status.AWARDED and self.round_id:
            awarded = (
                Nomination.objects.filter(round_id=self.round_id, status=self.Status.AWARDED)
                .exclude(pk=self.pk)
                .count()
            )
            if awarded >= self.round.max_medals:
                raise ValidationError(
                    {
                        "status": _(
                            "This round already has %(count)s awarded nominations, its maximum."
                        )
                        % {"count": self.round.max_medals}
                    }
                )

    def compute_rule_flags(self) -> list[str]:
        """Rules that staff must weigh but that do not refuse a nomination on their own."""
        flags = []
        previous = self.round.previous_round()
        key = rules.nominee_key(self.nominee_name)
        if previous is not None and key in previous.honoured_keys():
            flags.append(rules.FLAG_HONOURED_LAST_YEAR)
        return flags

    @property
    def rule_flag_labels(self) -> list[str]:
        labels = {rules.FLAG_HONOURED_LAST_YEAR: _("Honoured in the previous year")}
        return [str(labels.get(flag, flag)) for flag in self.rule_flags]

    def flags_display(self) -> str:
        return "; ".join(self.rule_flag_labels)

    flags_display.short_description = _("rule flags")


class NominationAttachment(models.Model):
    """A photo or document sent with a nomination; stored without any URL."""

    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="nominations/%Y/%m/", storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name


class JuryMembership(models.Model):
    """Who may read and rate the nominations of a round."""

    round = models.ForeignKey(
        AwardRoundPage, on_delete=models.CASCADE, related_name="jury_memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jury_memberships"
    )

    class Meta:
        verbose_name = _("jury membership")
        verbose_name_plural = _("jury memberships")
        constraints = [
            models.UniqueConstraint(fields=["round", "user"], name="unique_jury_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.round}"


class JuryRating(models.Model):
    """One jury member's scores for one nomination: {criterion id: 1–5} plus a note."""

    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="ratings")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jury_ratings"
    )
    scores = models.JSONField(_("scores"), default=dict)
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("jury rating")
        verbose_name_plural = _("jury ratings")
        constraints = [
            models.UniqueConstraint(fields=["nomination", "member"], name="unique_jury_rating")
        ]

    def __str__(self) -> str:
        return f"{self.member} – {self.nomination}"

    def score_for(self, criterion_id: int) -> int | None:
        return self.scores.get(str(criterion_id))


# The Ehrenamtskarte and letters of thanks live in their own modules.
from .card import *  # noqa: E402, F403
from .letters import *  # noqa: E402, F403
