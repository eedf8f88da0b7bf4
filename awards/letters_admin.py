"""Letters of thanks in the admin: partner editors propose for their own organisation,
staff decide and download the generated letter."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.permissions import scoped_views

from .letters import LetterPermissionPolicy, ThankYouLetterProposal


class ThankYouLetterProposalFilterSet(WagtailFilterSet):
    class Meta:
        model = ThankYouLetterProposal
        fields = ["status"]


@scoped_views
class ThankYouLetterProposalViewSet(SnippetViewSet):
    model = ThankYouLetterProposal
    icon = "mail"
    menu_label = _("Letters of thanks")
    menu_order = 216
    add_to_admin_menu = True
    list_display = ["person_name", "organisation", "status", "created_at"]
    filterset_class = ThankYouLetterProposalFilterSet
    search_fields = ["person_name", "proposer_name"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return LetterPermissionPolicy(self.model)

    def get_queryset(self, request):
        queryset = ThankYouLetterProposal.objects.select_related("organisation")
        return self.permission_policy.scope(request.user, queryset)


letters_viewset = ThankYouLetterProposalViewSet()
register_snippet(letters_viewset)


def user_may_download(user) -> bool:
    """Only staff with the model permission: the letter holds a private address."""
    return letters_viewset.permission_policy.has_model_permission(user, "view")


def letter_download_view(request, pk: int):
    if not user_may_download(request.user):
        raise PermissionDenied
    proposal = get_object_or_404(ThankYouLetterProposal, pk=pk)
    if not proposal.letter:
        raise Http404
    return FileResponse(
        proposal.letter.open("rb"),
        as_attachment=True,
        filename=f"dankschreiben-{proposal.pk}.pdf",
        content_type="application/pdf",
    )


@hooks.register("register_admin_urls")
def register_letter_download_url():
    return [
        path(
            "awards/letters/<int:pk>/download/",
            letter_download_view,
            name="awards_letter_download",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def letter_download_button(snippet, user, next_url=None):
    if isinstance(snippet, ThankYouLetterProposal) and snippet.letter and user_may_download(user):
        yield Button(
            _("Download letter"),
            reverse("awards_letter_download", args=[snippet.pk]),
            icon_name="download",
            priority=30,
        )
