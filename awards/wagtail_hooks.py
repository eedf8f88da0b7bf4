"""Admin for the award: staff handle nominations (status, carry-over, ratings export) and
jury memberships; jury members read and rate the nominations of their own rounds only."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.permissions import SubmissionPermissionPolicy

from . import card_admin, letters_admin, views  # noqa: F401 (card and letters admin register themselves)
from .access import rounds_for
from .models import JuryMembership, Nomination


class NominationFilterSet(WagtailFilterSet):
    class Meta:
        model = Nomination
        fields = ["round", "status", "nominee_kind"]


class NominationViewSet(SnippetViewSet):
    """Staff with the nomination permissions only (a jury member or a partner editor has
    none): set the status, which the model refuses beyond the round's maximum of medals."""

    model = Nomination
    icon = "success"
    menu_label = _("Nominations")
    list_display = ["nominee_name", "round", "category", "status", "flags_display", "created_at"]
    filterset_class = NominationFilterSet
    list_export = [
        "created_at",
        "round",
        "nominee_name",
        "nominee_kind",
        "category",
        "nominator_name",
        "nominator_email",
        "status",
    ]
    search_fields = ["nominee_name", "nominator_name", "reason"]
    ordering = ["round", "nominee_key", "-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return SubmissionPermissionPolicy(self.model)

    def get_queryset(self, request):
        return Nomination.objects.select_related("round", "category")


class JuryMembershipViewSet(SnippetViewSet):
    model = JuryMembership
    icon = "group"
    menu_label = _("Jury memberships")
    list_display = ["user", "round"]

    def get_queryset(self, request):
        return JuryMembership.objects.select_related("user", "round")


class AwardsGroup(SnippetViewSetGroup):
    menu_label = _("Awards")
    menu_icon = "success"
    menu_order = 210
    items = (NominationViewSet, JuryMembershipViewSet)


register_snippet(AwardsGroup)


urlpatterns = [
    path("", views.jury_index, name="index"),
    path("rounds/<int:round_id>/", views.round_nominations, name="round"),
    path("rounds/<int:round_id>/ratings.csv", views.ratings_csv, name="ratings_csv"),
    path("nominations/<int:pk>/", views.nomination_detail, name="nomination"),
    path("nominations/<int:pk>/rate/", views.rate_nomination, name="rate"),
    path("nominations/<int:pk>/carry-over/", views.carry_over_view, name="carry_over"),
    path("attachments/<int:pk>/", views.attachment_download, name="attachment"),
]


@hooks.register("register_admin_urls")
def register_award_urls():
    return [path("awards/", include((urlpatterns, "awards_admin"), namespace="awards_admin"))]


class JuryMenuItem(MenuItem):
    def is_shown(self, request):
        return rounds_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_jury_menu_item():
    return JuryMenuItem(_("Jury"), reverse("awards_admin:index"), icon_name="success", order=211)
