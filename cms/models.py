"""Building blocks that several apps share: taxonomies, consent texts, base classes."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, Page, PageManager, PageViewRestriction, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from .api_fields import TranslationLinksField


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term (district, field of activity, target group) used as a filter."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class District(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class FieldOfActivity(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("field of activity")
        verbose_name_plural = _("fields of activity")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class ConsentText(TranslatableMixin, models.Model):
    """A version of the consent text a form shows; each submission keeps the one it showed.

    Texts are never edited in place once used: a change is a new version, so what a citizen
    agreed to can always be shown later (DSGVO Art. 7(1)).
    """

    class Purpose(models.TextChoices):
        COUNSELLING = "counselling", _("Counselling request")
        INTEREST = "interest", _("Expression of interest")
        REGISTRATION = "registration", _("Event registration")
        NOMINATION = "nomination", _("Nomination")
        EHRENAMTSKARTE = "ehrenamtskarte", _("Ehrenamtskarte application")
        PARTNER = "partner", _("Partner application")
        SURVEY = "survey", _("Campaign survey")

    purpose = models.CharField(_("purpose"), max_length=32, choices=Purpose.choices)
    version = models.PositiveIntegerField(_("version"))
    text = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    panels = [FieldPanel("purpose"), FieldPanel("version"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        unique_together = [("translation_key", "locale"), ("purpose", "version", "locale")]
        ordering = ["purpose", "-version"]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} v{self.version} ({self.locale_id})"

    @classmethod
    def current(cls, purpose: str) -> ConsentText | None:
        """The newest text of a purpose in the visitor's language (below), kept per
        generation of the site's shared content: saving a consent text renews it."""
        from cms import pagecache

        language = translation.get_language() or settings.LANGUAGE_CODE
        return pagecache.fragment(
            f"consent:{purpose}:{language}",
            [pagecache.SITE_TAG],
            lambda: cls._current_in_database(purpose),
        )

    @classmethod
    def _current_in_database(cls, purpose: str) -> ConsentText | None:
        """The newest German version, in the active language where it has been translated.

        A translation of an older version is never shown: until the translators catch up
        with a changed text, citizens see (and agree to) the newest German one.
        """
        source = (
            cls.objects.filter(purpose=purpose, locale__language_code=settings.LANGUAGE_CODE)
            .select_related("locale")
            .order_by("-version")
            .first()
        )
        language = translation.get_language() or settings.LANGUAGE_CODE
        if source is None or language == settings.LANGUAGE_CODE:
            return source
        translated = (
            cls.objects.filter(
                translation_key=source.translation_key, locale__language_code=language
            )
            .select_related("locale")
            .first()
        )
        return translated or source


class Submission(models.Model):
    """What every citizen submission shares: when, in which language, under which consent."""

    # Where the citizen's e-mail address is kept (cms.privacy exports and erases by it).
    personal_email_fields: tuple[str, ...] = ("email",)

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    consent = models.ForeignKey(
        ConsentText,
        verbose_name=_("consent text shown"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        abstract = True
        ordering = ["-created_at"]


def submission_panels(submitted: list[str], heading) -> list:
    """Admin panels of a submission: what the citizen sent, read-only (staff must not change
    someone's words), then what staff handle: status and an internal note."""
    return [
        MultiFieldPanel([FieldPanel(name, read_only=True) for name in submitted], heading=heading),
        FieldPanel("status"),
        FieldPanel("staff_note"),
    ]


def restricted_paths() -> list[str]:
    """The tree paths of the private sections (a page with a view restriction and every
    page below it), kept until a restriction is added or removed: that renews the site's
    generation (cms/pagecache.py). Wagtail's `.public()` reads them on every call."""
    from cms import pagecache

    return pagecache.fragment(RESTRICTED_PATHS, [pagecache.SITE_TAG], read_restricted_paths)


RESTRICTED_PATHS = "restricted-paths"


def read_restricted_paths() -> list[str]:
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))


def private_pages_q(prefix: str = "") -> Q:
    """The pages inside a private section, from the kept paths; with `prefix` (say
    "event__") as a condition on a related page."""
    condition = Q()
    for path in restricted_paths():
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition if condition else Q(**{f"{prefix}pk__in": []})


class BasePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's condition for `public()`, `not_public()` and `private()` (inside a
        private section) from the kept paths instead of a query of the restrictions."""
        return private_pages_q()


class BasePage(Page):
    """Fields every public content page carries (SPEC §2)."""

    objects = PageManager.from_queryset(BasePageQuerySet)()

    plain_language_summary = models.TextField(
        _("plain-language summary"),
        blank=True,
        help_text=_("Optional: the page's content in simple language (Einfache Sprache)."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("plain_language_summary"),
        # Facets of the site search (search/), one keyword list and one date list for all
        # page types, so that one aggregation counts them across types.
        index.FilterField("search_facets"),
        index.FilterField("search_dates", type="DateField"),
        index.FilterField("search_sort_date", type="DateField"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("plain_language_summary")]
    api_fields = [
        APIField("plain_language_summary"),
        APIField("translations", serializer=TranslationLinksField()),
    ]
    # What the search's result loader prefetches for facet_terms() (search/results.py).
    search_select_related: tuple[str, ...] = ()
    search_prefetch_related: tuple[str, ...] = ()
    # The full-page cache (cms/pagecache.py) drops a page's renderings when the page, a page
    # below it or a translation of either changes. Beyond that: the sections whose change
    # alters this page too (it lists pages from elsewhere in the tree) …
    page_cache_shows: tuple[str, ...] = ()
    # … and the sections a change of this page alters.
    page_cache_section: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors (two queries), asked only
        when the page lies in a private section by the kept paths (or is an alias, whose
        source's restrictions apply): on every other page, none, without a query."""
        if self.alias_of_id is None and not self.path.startswith(tuple(restricted_paths())):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @classmethod
    def get_indexed_objects(cls):
        """What is indexed, with what `search_facets()` reads fetched once per chunk of an
        index rebuild (`update_index` lists a chunk at a time) instead of once per page."""
        queryset = super().get_indexed_objects()
        if cls.search_select_related:
            queryset = queryset.select_related(*cls.search_select_related)
        return queryset.prefetch_related(*cls.search_prefetch_related)

    def search_facets(self) -> list[str]:
        return [f"{name}:{value}" for name, value in self.facet_terms()]

    def search_dates(self) -> list:
        return self.facet_dates()

    def search_sort_date(self) -> datetime.date | None:
        """The date "sort by date" orders by: when the page first appeared. Pages that are
        about a date (an event, a news article, a call's deadline) return that date."""
        published = self.first_published_at or self.last_published_at
        return timezone.localtime(published).date() if published else None

    def facet_terms(self) -> list[tuple[str, str]]:
        """(facet, value) pairs the site search filters and counts by; none by default."""
        return []

    def facet_dates(self) -> list:
        """Dates the search's date range filter matches (events: their coming dates)."""
        return []

    def page_cache_sections_shown(self, request) -> tuple[str, ...]:
        """Sections this rendering lists from elsewhere in the tree (cms/pagecache.py)."""
        return self.page_cache_shows

    def page_cache_related_pages(self) -> list[Page]:
        """Pages outside this page's ancestors that show it: purged with it, at a CDN too."""
        return []

    def page_cache_pages_shown(self) -> list[int]:
        """The ids of other pages whose title or URL this page's rendering shows (an
        opportunity's organisation): publishing one of them renews the rendering."""
        return []


@register_setting(icon="site")
class SiteLinks(BaseSiteSetting):
    """The pages every page links to (footer, contact), chosen by staff, not hard-coded."""

    contact_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imprint_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accessibility_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency_name = models.CharField(max_length=200, default="Ehrenamts- und Freiwilligenagentur")
    agency_address = models.TextField(
        default="Stadtverwaltung Bitburg\nRathausplatz 3\n54634 Bitburg"
    )
    agency_phone = models.CharField(max_length=50, default="06561 6001-0")

    panels = [
        MultiFieldPanel(
            [
                PageChooserPanel("contact_page"),
                PageChooserPanel("imprint_page"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("accessibility_page"),
            ],
            heading=_("Linked pages"),
        ),
        MultiFieldPanel(
            [FieldPanel("agency_name"), FieldPanel("agency_address"), FieldPanel("agency_phone")],
            heading=_("Agency contact"),
        ),
    ]

    class Meta:
        verbose_name = _("site links")


def default_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class Language(models.Model):
    """A language people speak in a team or at an event; rows are seeded by a migration.

    Not limited to the site languages: a team may speak Kurdish or Tigrinya, and a newcomer
    filters for exactly that. Names are endonyms, so they need no translation.
    """

    code = models.CharField(_("code"), max_length=8, primary_key=True)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return self.name


class PersonalDataRequest(models.Model):
    """The record that someone's data was exported, erased or changed by themselves
    (cms.privacy, cms.selfservice) or went at the end of its retention period
    (cms.retention), without the address itself: a keyed digest shows that the same address
    was handled again (empty for the retention job, which handles no one address)."""

    class Kind(models.TextChoices):
        EXPORT = "export", _("Export")
        ERASURE = "erasure", _("Erasure")
        # The nightly job of cms/retention.py (no address: counts only).
        RETENTION = "retention", _("Retention period over")
        # Through the self-service page (cms/selfservice.py).
        WITHDRAWAL = "withdrawal", _("Expression of interest withdrawn")
        CANCELLATION = "cancellation", _("Event registration cancelled")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    email_digest = models.CharField(_("digest of the e-mail address"), max_length=64, blank=True)
    counts = models.JSONField(_("records per kind"), default=dict)
    by = models.CharField(_("performed by"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d %H:%M}"


# Webhooks (models and signal handlers live in cms/webhooks.py).
# The outbox of e-mails and webhook deliveries (cms/outbox.py).
from .outbox import OutboxMessage  # noqa: E402, F401
from .webhooks import Webhook, WebhookDelivery  # noqa: E402, F401
