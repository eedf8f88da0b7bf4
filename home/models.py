"""Pages of the agency's own site: home, information pages, news, contact and counselling."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms import pagecache
from cms.api_fields import RichTextSerializer, StreamFieldSerializer
from cms.blocks import BaseStreamBlock
from cms.form_pages import serve_form_page
from cms.models import BasePage, Submission, submission_panels
from cms.routing import DirectRouteMixin


class EntryPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        template = "components/entry_point.html"


class HomePage(DirectRouteMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        blank=True,
        verbose_name=_("entry points"),
        help_text=_("The four ways in: help, seek volunteers, nominate, get advice."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("entry_points")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("entry_points", serializer=StreamFieldSerializer()),
    ]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")[:3]
        )
        return context


class InformationPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("body", serializer=StreamFieldSerializer()),
    ]

    class Meta:
        verbose_name = _("information page")


class NewsIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    subpage_types = ["home.NewsArticlePage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return (
            NewsArticlePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .select_related("locale")
        )

    @path("")
    def index_route(self, request):
        """The articles, filtered by date as `/api/v2/news/` is (one FilterSet for both);
        a filter the form cannot read is shown with its error and status 400."""
        from .filters import NewsFilter

        news_filter = NewsFilter(request.GET, queryset=self.articles(), request=request)
        page = pagecache.Paginator(news_filter.qs, self.per_page).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        response = self.render(
            request,
            context_overrides={
                "articles": page,
                "filter": news_filter,
                "filter_query": query.urlencode(),
            },
        )
        response.status_code = 200 if news_filter.is_valid() else 400
        return response

    @path("feed/rss/", name="rss")
    def rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsArticlePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("intro"),
        APIField("body", serializer=StreamFieldSerializer()),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")

    def search_sort_date(self):
        return self.date


class ContactPage(BasePage):
    """The agency's contact details and the counselling request form (SPEC §2 Beratung)."""

    intro = models.TextField(_("introduction"), blank=True)
    address = RichTextField(_("address and opening hours"), blank=True)
    thank_you = models.TextField(_("text after sending"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("address"),
        MultiFieldPanel([FieldPanel("thank_you")], heading=_("Counselling form")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("address", serializer=RichTextSerializer()),
    ]
    max_count_per_parent = 1
    subpage_types = []

    class Meta:
        verbose_name = _("contact page")

    def serve(self, request, *args, **kwargs):
        from .forms import CounsellingRequestForm
        from .services import submit_counselling_request

        return serve_form_page(
            self,
            request,
            make_form=CounsellingRequestForm,
            submit=lambda form: {"counselling_request": submit_counselling_request(form)},
            sent_template="home/contact_page_sent.html",
        )


class CounsellingRequest(Submission):
    """A citizen's request for personal advice, handled by agency staff."""

    class Topic(models.TextChoices):
        FIND_OPPORTUNITY = "find-opportunity", _("Finding a suitable way to volunteer")
        FRAMEWORK = "framework", _("Insurance, expenses and other conditions")
        EHRENAMTSKARTE = "ehrenamtskarte", _("Ehrenamtskarte")
        RECOGNITION = "recognition", _("Awards and recognition")
        CLUB_SUPPORT = "club-support", _("Support for clubs (members, press work)")
        INITIATIVE = "initiative", _("Starting an initiative or project")
        OTHER = "other", _("Something else")

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")
        IN_PERSON = "in-person", _("In person at the town hall")
        VIDEO = "video", _("Video call")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in-progress", _("In progress")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    topic = models.CharField(_("topic"), max_length=32, choices=Topic.choices)
    contact_channel = models.CharField(
        _("preferred way of contact"),
        max_length=16,
        choices=Channel.choices,
        default=Channel.EMAIL,
    )
    preferred_language = models.CharField(
        _("preferred language for the conversation"),
        max_length=8,
        choices=settings.LANGUAGES,
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    availability = models.CharField(_("when you can be reached"), max_length=300, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    staff_note = models.TextField(_("internal note"), blank=True)

    panels = submission_panels(
        [
            "topic",
            "contact_channel",
            "preferred_language",
            "name",
            "email",
            "phone",
            "availability",
            "message",
        ],
        heading=_("Request"),
    )

    class Meta(Submission.Meta):
        verbose_name = _("counselling request")
        verbose_name_plural = _("counselling requests")

    def __str__(self) -> str:
        return f"{self.name} – {self.get_topic_display()}"
