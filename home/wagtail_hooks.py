from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.permissions import SubmissionPermissionPolicy

from .models import CounsellingRequest


class CounsellingRequestFilterSet(WagtailFilterSet):
    class Meta:
        model = CounsellingRequest
        fields = ["status", "topic", "preferred_language"]


class CounsellingRequestViewSet(SnippetViewSet):
    """Staff handle counselling requests here: read them, set the status, add a note."""

    model = CounsellingRequest
    icon = "help"
    menu_label = _("Counselling requests")
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "name",
        "topic",
        "contact_channel",
        "preferred_language",
        "status",
        "created_at",
    ]
    filterset_class = CounsellingRequestFilterSet
    list_export = [
        "created_at",
        "name",
        "email",
        "phone",
        "topic",
        "contact_channel",
        "preferred_language",
        "status",
    ]
    search_fields = ["name", "email", "message"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return SubmissionPermissionPolicy(self.model)


register_snippet(CounsellingRequestViewSet)
