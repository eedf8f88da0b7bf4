"""Staff handle Ehrenamtskarte applications in the admin and export one as a PDF for the
Leitstelle."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.permissions import SubmissionPermissionPolicy

from .card import EhrenamtskarteApplication
from .pdf import application_pdf


class EhrenamtskarteApplicationFilterSet(WagtailFilterSet):
    class Meta:
        model = EhrenamtskarteApplication
        fields = ["status", "card_kind"]


class EhrenamtskarteApplicationViewSet(SnippetViewSet):
    model = EhrenamtskarteApplication
    icon = "user"
    menu_label = _("Ehrenamtskarte applications")
    menu_order = 215
    add_to_admin_menu = True
    list_display = [
        "name",
        "card_kind",
        "organisation_name",
        "points_to_check",
        "status",
        "created_at",
    ]
    filterset_class = EhrenamtskarteApplicationFilterSet
    list_export = [
        "created_at",
        "card_kind",
        "name",
        "email",
        "organisation_name",
        "status",
        "issued_on",
        "valid_until",
    ]
    search_fields = ["name", "email", "organisation_name"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return SubmissionPermissionPolicy(self.model)


application_viewset = EhrenamtskarteApplicationViewSet()
register_snippet(application_viewset)


def application_pdf_view(request, pk: int):
    """The application as a PDF, for staff who may view applications."""
    if not application_viewset.permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    application = get_object_or_404(EhrenamtskarteApplication, pk=pk)
    response = HttpResponse(application_pdf(application), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="ehrenamtskarte-antrag-{application.pk}.pdf"'
    )
    return response


@hooks.register("register_admin_urls")
def register_application_pdf_url():
    return [
        path(
            "awards/ehrenamtskarte/<int:pk>/pdf/",
            application_pdf_view,
            name="awards_ehrenamtskarte_application_pdf",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def application_pdf_button(snippet, user, next_url=None):
    if isinstance(snippet, EhrenamtskarteApplication):
        yield Button(
            _("Export as PDF"),
            reverse("awards_ehrenamtskarte_application_pdf", args=[snippet.pk]),
            icon_name="download",
            priority=30,
        )
