import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import pagecache
from .models import ConsentText, District, FieldOfActivity, TargetGroup
from .outbox import OutboxMessage
from .outbox_views import RETRY_PERMISSION, OutboxPermissionPolicy, RetryView
from .webhooks import Webhook, WebhookDelivery


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"


class FieldOfActivityViewSet(SnippetViewSet):
    model = FieldOfActivity
    icon = "tag"


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 250
    items = (DistrictViewSet, FieldOfActivityViewSet, TargetGroupViewSet)


class ConsentTextViewSet(SnippetViewSet):
    model = ConsentText
    icon = "doc-full"
    list_display = ["purpose", "version", "locale", "created_at"]
    list_filter = ["purpose", "locale"]


register_snippet(TaxonomyGroup)
register_snippet(ConsentTextViewSet)


class WebhookViewSet(SnippetViewSet):
    model = Webhook
    icon = "link-external"
    list_display = ["name", "url", "active", "on_published", "on_unpublished", "on_deleted"]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The delivery log is written by the system only; staff read it."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


class WebhookDeliveryViewSet(SnippetViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    inspect_view_enabled = True
    list_display = ["created_at", "webhook", "event", "page_id", "status", "attempts"]
    list_filter = ["status", "event", "webhook"]

    @property
    def permission_policy(self):
        return ReadOnlyPolicy(self.model)


class WebhookGroup(SnippetViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link-external"
    menu_order = 900
    items = (WebhookViewSet, WebhookDeliveryViewSet)


register_snippet(WebhookGroup)


class DeadLetterViewSet(SnippetViewSet):
    """E-mails and webhook deliveries that failed for good, with their last error."""

    model = OutboxMessage
    icon = "warning"
    menu_label = _("Undeliverable messages")
    add_to_settings_menu = True
    inspect_view_enabled = True
    inspect_view_fields = [
        "kind",
        "recipient",
        "subject",
        "template",
        "language",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "key",
    ]
    list_display = ["created_at", "kind", "recipient", "subject", "attempts", "last_error"]
    list_filter = ["kind"]

    def get_queryset(self, request):
        return OutboxMessage.objects.filter(status=OutboxMessage.Status.DEAD)

    @property
    def permission_policy(self):
        return OutboxPermissionPolicy(self.model)


register_snippet(DeadLetterViewSet)


@hooks.register("register_snippet_listing_buttons")
def outbox_retry_button(snippet, user, next_url=None):
    from django.urls import reverse
    from wagtail.admin.widgets.button import ListingButton

    if isinstance(snippet, OutboxMessage) and user.has_perm(RETRY_PERMISSION):
        yield ListingButton(
            _("Retry"), reverse("outbox_retry", args=[snippet.pk]), icon_name="repeat", priority=5
        )


@hooks.register("register_admin_urls")
def outbox_urls():
    from django.urls import path

    return [path("outbox/<int:pk>/retry/", RetryView.as_view(), name="outbox_retry")]


@hooks.register("insert_editor_js")
def right_to_left_translation_editor():
    """wagtail-localize's translation editor shows every field left-to-right
    (wagtail-localize#197). When the target language is written right-to-left, give the
    editor's text fields `dir="rtl"` and `lang`, including the ones React adds later."""
    return format_html(
        '<script type="application/json" id="rtl-languages">{}</script>'
        '<script src="{}" defer></script>',
        # Language codes from settings, not user input; JSON must stay unescaped.
        mark_safe(json.dumps(sorted(settings.RTL_LANGUAGES))),  # noqa: S308
        versioned_static("cms/js/rtl-translation-editor.js"),
    )


@hooks.register("register_admin_urls")
def headless_preview_urls():
    from django.urls import path

    from .preview import preview_token_view

    return [path("api-preview/<int:page_id>/", preview_token_view, name="api_preview")]


@hooks.register("register_admin_urls")
def two_factor_urls():
    """Setting up and giving the second factor (cms/two_factor.py), inside the admin."""
    from django.urls import path

    from . import two_factor

    return [
        path("zwei-faktor/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
        path("zwei-faktor/einrichten/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
    ]


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    """'Preview in front end' for editors of the page (a signed, expiring API token)."""
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    if page.pk and not page.is_root() and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Preview in front end"),
            reverse("api_preview", args=[page.pk]),
            icon_name="view",
            priority=90,
        )


# The full-page cache (cms/pagecache.py) stores only what Wagtail serves as a page.
hooks.register("before_serve_page", pagecache.mark_cacheable)
