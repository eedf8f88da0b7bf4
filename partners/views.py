"""Staff views: onboard an organisation (one form, one step) and take its access away."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.validators import validate_email
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from opportunities.models import OrganisationPage

from .models import PartnerAccess, PartnerApplication
from .onboarding import OnboardingError, decide_application, offboard, onboard


def may_onboard(user) -> bool:
    return user.is_active and user.has_perm("partners.onboard_partner")


def require_onboarding_permission(user) -> None:
    if not may_onboard(user):
        raise PermissionDenied


class OnboardingForm(forms.Form):
    name = forms.CharField(label="Name der Organisation", max_length=255)
    kind = forms.ChoiceField(
        label="Art", choices=OrganisationPage.Kind.choices, initial=OrganisationPage.Kind.CLUB
    )
    editors = forms.CharField(
        label="E-Mail-Adressen der ersten Redakteurinnen und Redakteure (eine je Zeile)",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def clean_editors(self) -> list[str]:
        emails = [line.strip() for line in self.cleaned_data["editors"].splitlines()]
        emails = [email for email in emails if email]
        for email in emails:
            validate_email(email)
        return emails


def index(request):
    require_onboarding_permission(request.user)
    accesses = PartnerAccess.objects.select_related("organisation", "group").order_by(
        "organisation__title"
    )
    return TemplateResponse(
        request,
        "partners/admin/index.html",
        {"accesses": accesses, "form": OnboardingForm()},
    )


def onboard_view(request):
    require_onboarding_permission(request.user)
    form = OnboardingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = onboard(
                form.cleaned_data["name"],
                kind=form.cleaned_data["kind"],
                editors=form.cleaned_data["editors"],
                user=request.user,
            )
        except OnboardingError as error:
            form.add_error("name", str(error))
        else:
            messages.success(
                request,
                f"„{result.organisation.title}“ ist aufgenommen; "
                f"{len(result.invited)} Einladung(en) verschickt.",
            )
            return redirect("partners_admin:index")
    return TemplateResponse(request, "partners/admin/onboard.html", {"form": form}, status=200)


@require_POST
def offboard_view(request, page_id: int):
    require_onboarding_permission(request.user)
    organisation = get_object_or_404(OrganisationPage, pk=page_id, partner_access__isnull=False)
    offboard(organisation, user=request.user)
    messages.success(request, f"Der Zugang von „{organisation.title}“ ist entzogen.")
    return redirect("partners_admin:index")


def decide_view(request, pk: int):
    """Approve (which onboards the organisation and invites its contact) or decline."""
    require_onboarding_permission(request.user)
    application = get_object_or_404(PartnerApplication, pk=pk)
    if request.method == "POST" and application.status == PartnerApplication.Status.NEW:
        decision = request.POST.get("decision")
        if decision in ("approve", "decline"):
            try:
                decide_application(application, approve=decision == "approve", user=request.user)
            except OnboardingError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, f"Antrag von „{application}“: {decision}.")
                return redirect("wagtailsnippets_partners_partnerapplication:list")
    return TemplateResponse(request, "partners/admin/decide.html", {"application": application})
