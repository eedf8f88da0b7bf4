"""POST /api/v2/ehrenamtskarte/applications/: the application form's rules and service."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.response import Response

from cms.api import SubmissionAPIView, form_errors
from cms.api_schema import THROTTLED, form_request

from .card_forms import EhrenamtskarteApplicationForm
from .card_services import submit_application, submit_collective_application

__all__ = ["EhrenamtskarteApplicationAPIView"]


def eligibility_body(form: EhrenamtskarteApplicationForm) -> dict | None:
    if form.eligibility is None:
        return None
    return {
        "eligible": form.eligibility.eligible,
        "card_kind": form.eligibility.kind,
        "reasons": form.eligibility.reasons,
        "flags": form.eligibility.flags,
    }


class EhrenamtskarteApplicationAPIView(SubmissionAPIView):
    """201 with the new id when stored; 400 with field errors, or with the plain-language
    reasons why the applicant is not eligible (error code "not_eligible")."""

    @extend_schema(
        tags=["ehrenamtskarte"],
        request=form_request(EhrenamtskarteApplicationForm, "EhrenamtskarteApplicationBody"),
        responses={
            201: OpenApiResponse(
                OpenApiTypes.OBJECT,
                description="Stored: `id`, `status`, `eligibility` (or `ids` for a collective "
                "application).",
            ),
            400: OpenApiResponse(
                OpenApiTypes.OBJECT,
                description="Field errors (`errors`), with `eligibility` reasons, or per "
                "applicant (`applicants`).",
            ),
            429: THROTTLED,
        },
    )
    def post(self, request):
        if not isinstance(request.data, dict):
            return Response({"detail": _("Please send a JSON object.")}, status=400)
        if "applicants" in request.data:
            return self.post_collective(request)
        form = EhrenamtskarteApplicationForm(request.data)
        if not form.is_valid():
            body = form_errors(form)
            body["eligibility"] = eligibility_body(form)
            return Response(body, status=400)
        application = submit_application(form)
        return Response(
            {
                "id": application.pk,
                "status": application.status,
                "eligibility": eligibility_body(form),
            },
            status=201,
        )

    def post_collective(self, request):
        """One organisation files for several volunteers, if the town allows it
        (EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS): shared fields once, then one entry per
        person; all are stored or none."""
        if not settings.EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS:
            message = _(
                "Collective applications by an organisation are not accepted. "
                "Each volunteer applies for their own card."
            )
            return Response(
                {"errors": {"applicants": [{"message": message, "code": "collective_disabled"}]}},
                status=400,
            )
        shared = {key: value for key, value in request.data.items() if key != "applicants"}
        applicants = request.data.get("applicants")
        if not isinstance(applicants, list) or not applicants:
            return Response({"detail": _("Please send a list of applicants.")}, status=400)
        forms = [
            EhrenamtskarteApplicationForm({**shared, **entry})
            for entry in applicants
            if isinstance(entry, dict)
        ]
        if len(forms) != len(applicants) or not all(form.is_valid() for form in forms):
            return Response({"applicants": [form_errors(form) for form in forms]}, status=400)
        applications = submit_collective_application(forms)
        return Response({"ids": [application.pk for application in applications]}, status=201)
