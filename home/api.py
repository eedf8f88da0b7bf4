"""API v2 write endpoint of the home app: the counselling request of the contact page."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from cms.api import SubmissionAPIView, form_errors
from cms.api_schema import INVALID, THROTTLED, created, form_request

from .forms import CounsellingRequestForm
from .services import submit_counselling_request


class CounsellingRequestAPIView(SubmissionAPIView):
    """POST /api/v2/counselling-requests/ — the contact page's form, consent (purpose
    "counselling") and service: 201 with the new id, 400 with field errors in the
    `Accept-Language` language."""

    @extend_schema(
        tags=["counselling"],
        request=form_request(CounsellingRequestForm, "CounsellingRequestBody"),
        responses={201: created("CounsellingRequestCreated"), 400: INVALID, 429: THROTTLED},
    )
    def post(self, request):
        form = CounsellingRequestForm(request.data)
        if not form.is_valid():
            return Response(form_errors(form), status=400)
        counselling_request = submit_counselling_request(form)
        return Response({"id": counselling_request.pk}, status=201)
