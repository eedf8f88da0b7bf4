from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.permissions import OwnedByPagePermissionPolicy, scoped_views

from .models import ExpressionOfInterest, OrganisationPage


class InterestPermissionPolicy(OwnedByPagePermissionPolicy):
    owner_field = "organisation"
    owner_model = OrganisationPage


class ExpressionOfInterestFilterSet(WagtailFilterSet):
    class Meta:
        model = ExpressionOfInterest
        fields = ["status", "preferred_language"]


@scoped_views
class ExpressionOfInterestViewSet(SnippetViewSet):
    """Moderators see every expression of interest; a partner organisation's editors see
    (and set the status of) only those for their own organisation."""

    model = ExpressionOfInterest
    icon = "mail"
    menu_label = _("Expressions of interest")
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["name", "opportunity", "organisation", "status", "created_at"]
    filterset_class = ExpressionOfInterestFilterSet
    list_export = ["created_at", "name", "email", "phone", "opportunity", "status"]
    search_fields = ["name", "email", "message"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return InterestPermissionPolicy(self.model)

    def get_queryset(self, request):
        queryset = ExpressionOfInterest.objects.select_related("opportunity", "organisation")
        return self.permission_policy.scope(request.user, queryset)


register_snippet(ExpressionOfInterestViewSet)
