"""Admin of partner access: onboarding/offboarding views, audit-log actions, dashboard."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.permissions import SubmissionPermissionPolicy

from . import views
from .models import PartnerApplication


@hooks.register("register_log_actions")
def register_partner_log_actions(actions):
    actions.register_action(
        "partners.onboard", "Partnerzugang eingerichtet", "Partnerzugang eingerichtet"
    )
    actions.register_action("partners.offboard", "Partnerzugang entzogen", "Partnerzugang entzogen")
    actions.register_action(
        "partners.roles_applied", "Rollenrechte gesetzt", "Rollenrechte aus dem Code gesetzt"
    )


urlpatterns = [
    path("", views.index, name="index"),
    path("onboard/", views.onboard_view, name="onboard"),
    path("<int:page_id>/offboard/", views.offboard_view, name="offboard"),
    path("applications/<int:pk>/decide/", views.decide_view, name="decide"),
]


@hooks.register("register_admin_urls")
def register_partner_urls():
    return [path("partners/", include((urlpatterns, "partners_admin"), namespace="partners_admin"))]


class PartnerMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_onboard(request.user)


@hooks.register("register_admin_menu_item")
def register_partner_menu_item():
    return PartnerMenuItem(
        "Partnerzugänge", reverse("partners_admin:index"), icon_name="group", order=207
    )


class PartnerApplicationFilterSet(WagtailFilterSet):
    class Meta:
        model = PartnerApplication
        fields = ["status", "kind"]


class PartnerApplicationViewSet(SnippetViewSet):
    """Staff read applications for a partner account and approve or decline them."""

    model = PartnerApplication
    icon = "group"
    menu_label = "Partneranträge"
    menu_order = 208
    add_to_admin_menu = True
    list_display = ["organisation_name", "kind", "contact_name", "status", "created_at"]
    filterset_class = PartnerApplicationFilterSet
    search_fields = ["organisation_name", "contact_name", "email"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return SubmissionPermissionPolicy(self.model)


register_snippet(PartnerApplicationViewSet)


@hooks.register("register_snippet_listing_buttons")
def decide_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, PartnerApplication)
        and snippet.status == PartnerApplication.Status.NEW
        and views.may_onboard(user)
    ):
        yield Button(
            "Annehmen oder ablehnen",
            reverse("partners_admin:decide", args=[snippet.pk]),
            icon_name="tasks",
            priority=20,
        )


@hooks.register("construct_homepage_panels")
def add_waiting_panel(request, panels):
    from .dashboard import WaitingForYouPanel

    panels.append(WaitingForYouPanel(request.user))
