"""The organisation's confirmation page: reached through a signed link, no login. Its POST
shares the public forms' per-client limit (`cms.form_pages.refuse_when_rate_limited`), so
the answer is refused with a translated 429 before the token or the form is read."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from cms.form_pages import refuse_when_rate_limited

from .card_forms import OrganisationConfirmationForm
from .card_services import ConfirmationLinkError, answer_confirmation, application_for_token
from .eligibility import plain_decimal

# A forged link is a bad request; an expired or used one is gone for good.
LINK_ERROR_STATUS = {"invalid": 400, "expired": 410, "used": 410}


def link_error(request: HttpRequest, error: ConfirmationLinkError) -> TemplateResponse:
    return TemplateResponse(
        request,
        "awards/card/confirmation_link_error.html",
        {"reason": error.reason},
        status=LINK_ERROR_STATUS[error.reason],
    )


@never_cache
def confirm_application(request: HttpRequest, token: str) -> TemplateResponse:
    refused = refuse_when_rate_limited(request)
    if refused is not None:
        return refused
    try:
        application = application_for_token(token)
    except ConfirmationLinkError as error:
        return link_error(request, error)
    status = 200
    if request.method == "POST":
        form = OrganisationConfirmationForm(request.POST)
        if form.is_valid():
            try:
                outcome = answer_confirmation(token, form)
            except ConfirmationLinkError as error:
                return link_error(request, error)
            return TemplateResponse(
                request,
                "awards/card/confirmation_done.html",
                {"application": outcome.application, "confirmed": outcome.confirmed},
            )
        status = 400
    else:
        form = OrganisationConfirmationForm(
            initial={
                "confirmed_since": application.engaged_since,
                "confirmed_hours": application.hours and plain_decimal(application.hours),
                "confirmed_hours_period": application.hours_period,
            }
        )
    return TemplateResponse(
        request,
        "awards/card/confirmation.html",
        {"application": application, "form": form},
        status=status,
    )
