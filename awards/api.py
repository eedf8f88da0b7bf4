"""API v2 endpoints of the awards app: award rounds and calls to read, and the nomination as
a write endpoint sharing the HTML form's rules and service."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils import translation
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from cms.api import PublicPagesAPIViewSet, SubmissionAPIView, form_errors
from cms.api_schema import FORM_ERRORS, INVALID, NOT_FOUND, THROTTLED, created, form_request

from .forms import NominationForm
from .models import AwardRoundPage, CallPage
from .services import NominationWindowClosed, submit_nomination


class AwardRoundsAPIViewSet(PublicPagesAPIViewSet):
    """/api/v2/awards/: award rounds, newest first, with their nomination state."""

    model = AwardRoundPage
    name = "awards"
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "year",
        "theme",
        "nomination_opens",
        "nomination_closes",
        "nomination_state",
    ]

    def get_queryset(self):
        return (
            AwardRoundPage.objects.live()
            .public()
            .filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale")
            .prefetch_related("categories", "criteria", "jury_members", "winners")
            .order_by("-year", "pk")
        )


class CallsAPIViewSet(PublicPagesAPIViewSet):
    """/api/v2/calls/: calls by deadline; ?state=open (deadline today or later, the default
    order) or ?state=past (newest deadline first)."""

    model = CallPage
    name = "calls"
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union({"state"})
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "kind",
        "deadline",
        "link",
        "summary",
    ]

    def get_queryset(self):
        queryset = (
            CallPage.objects.live()
            .public()
            .filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale")
        )
        state = self.request.GET.get("state", "")
        if state == "open":
            return queryset.current().order_by("deadline", "pk")
        if state == "past":
            return queryset.past().order_by("-deadline", "pk")
        if state:
            raise BadRequestError("state must be 'open' or 'past'")
        return queryset.order_by("deadline", "pk")


NOMINATION_FIELDS = {
    "attachments": serializers.IntegerField(),
    "duplicate": serializers.BooleanField(),
}


class NominationAPIView(SubmissionAPIView):
    """POST /api/v2/awards/<id>/nominations/ (multipart for attachments, or JSON without):
    the same form, consent and service as the round's page.

    201 when stored; 200 when the same nominator sent the same nominee within a day (nothing
    stored twice); 400 with field errors (`cms.api.form_errors`); 409 Conflict with the
    same error shape (code "window_closed" under "__all__") when the round does not accept
    nominations at that moment — the request was fine, the round's state forbids it.
    """

    parser_classes = [MultiPartParser, FormParser, JSONParser]

    @extend_schema(
        tags=["awards"],
        request=form_request(NominationForm, "NominationBody"),
        responses={
            201: created("NominationCreated", **NOMINATION_FIELDS),
            200: created("NominationDuplicate", **NOMINATION_FIELDS),
            400: INVALID,
            404: NOT_FOUND,
            409: OpenApiResponse(FORM_ERRORS, description="The round takes no nominations now."),
            429: THROTTLED,
        },
    )
    def post(self, request, pk: int):
        round = get_object_or_404(AwardRoundPage.objects.live().public(), pk=pk)
        form = NominationForm(request.data, request.FILES, round=round)
        if not form.is_valid():
            return Response(form_errors(form), status=400)
        try:
            result = submit_nomination(form)
        except NominationWindowClosed as refused:
            return Response(
                {
                    "errors": {
                        "__all__": [{"message": str(refused.message), "code": "window_closed"}]
                    },
                    "state": refused.state,
                    "language": translation.get_language(),
                },
                status=409,
            )
        nomination = result.nomination
        return Response(
            {
                "id": nomination.pk,
                "attachments": nomination.attachments.count(),
                "duplicate": result.duplicate,
            },
            status=200 if result.duplicate else 201,
        )
