from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from cms.permissions import OwnedByPagePermissionPolicy, scoped_views
from opportunities.models import OrganisationPage

from .models import EventRegistration


class RegistrationPermissionPolicy(OwnedByPagePermissionPolicy):
    owner_field = "organiser"
    owner_model = OrganisationPage


class RegistrationFilterSet(WagtailFilterSet):
    class Meta:
        model = EventRegistration
        fields = ["status", "event"]


class RegistrationEditView(EditView):
    def save_instance(self):
        from .services import cancelled_by_staff

        previous = EventRegistration.objects.values_list("status", flat=True).get(pk=self.object.pk)
        instance = super().save_instance()
        if previous != instance.status == EventRegistration.Status.CANCELLED:
            cancelled_by_staff(instance, previous)
        return instance


@scoped_views
class EventRegistrationViewSet(SnippetViewSet):
    """Moderators see every registration; an organisation's editors see those for its own
    events. Setting one to "cancelled" frees the place for the waiting list."""

    model = EventRegistration
    icon = "date"
    menu_label = _("Event registrations")
    menu_order = 206
    add_to_admin_menu = True
    edit_view_class = RegistrationEditView
    list_display = ["name", "event", "status", "created_at"]
    filterset_class = RegistrationFilterSet
    list_export = ["created_at", "name", "email", "phone", "event", "status", "note"]
    search_fields = ["name", "email"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return RegistrationPermissionPolicy(self.model)

    def get_queryset(self, request):
        queryset = EventRegistration.objects.select_related("event")
        return self.permission_policy.scope(request.user, queryset)


register_snippet(EventRegistrationViewSet)
