"""The public partner application: an HTML form and an API endpoint, one service."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from cms.api import SubmissionAPIView, form_errors
from cms.api_schema import INVALID, THROTTLED, created, form_request
from cms.form_pages import refuse_when_rate_limited
from cms.submissions import store_submission

from .forms import PartnerApplicationForm
from .models import PartnerApplication
from .tasks import notify_agency_of_application


def submit_application(form: PartnerApplicationForm) -> PartnerApplication:
    return store_submission(form, notify=[notify_agency_of_application])


@never_cache
def apply(request: HttpRequest) -> TemplateResponse:
    refused = refuse_when_rate_limited(request)
    if refused is not None:
        return refused
    status = 200
    if request.method == "POST":
        form = PartnerApplicationForm(request.POST)
        if form.is_valid():
            application = submit_application(form)
            return TemplateResponse(
                request, "partners/application_sent.html", {"application": application}
            )
        status = 400
    else:
        form = PartnerApplicationForm()
    return TemplateResponse(request, "partners/application.html", {"form": form}, status=status)


class PartnerApplicationAPIView(SubmissionAPIView):
    """POST /api/v2/partner-applications/ — 201 stored, 400 with field errors (consent
    purpose "partner"), rate-limited per client like every write endpoint."""

    @extend_schema(
        tags=["partners"],
        request=form_request(PartnerApplicationForm, "PartnerApplicationBody"),
        responses={201: created("PartnerApplicationCreated"), 400: INVALID, 429: THROTTLED},
    )
    def post(self, request):
        form = PartnerApplicationForm(request.data)
        if not form.is_valid():
            return Response(form_errors(form), status=400)
        application = submit_application(form)
        return Response({"id": application.pk}, status=201)
