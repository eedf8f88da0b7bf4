"""API v2 endpoints of the opportunities app: listings with the site's filters, and the
expression of interest as a write endpoint sharing the HTML form's rules."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from cms.api import PublicPagesAPIViewSet, SubmissionAPIView, form_errors
from cms.api_schema import INVALID, NOT_FOUND, THROTTLED, created, form_request

from .filters import OpportunityFilter
from .forms import ExpressionOfInterestForm
from .models import OpportunityPage, OrganisationPage
from .services import submit_interest


class OpportunitiesAPIViewSet(PublicPagesAPIViewSet):
    """/api/v2/opportunities/: open opportunities only, with the listing's filters."""

    model = OpportunityPage
    name = "opportunities"
    filter_backends = PublicPagesAPIViewSet.filtered_endpoint_backends
    filterset_class = OpportunityFilter  # applied in get_queryset; read by cms/api_schema.py
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(
        OpportunityFilter.base_filters.keys()
    )
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "summary",
        "organisation",
        "district",
        "commitment",
        "german_level",
    ]

    def get_queryset(self):
        queryset = (
            OpportunityPage.objects.live()
            .public()
            .open()
            .filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale", "organisation", "district")
            .prefetch_related("fields_of_activity", "target_groups", "languages")
            .order_by("expires_on", "pk")
        )
        if self.action == "listing_view":
            opportunity_filter = OpportunityFilter(
                self.request.GET, queryset=queryset, request=self.request
            )
            if not opportunity_filter.is_valid():
                raise BadRequestError(opportunity_filter.errors.as_json())
            return opportunity_filter.qs
        return queryset


class OrganisationsAPIViewSet(PublicPagesAPIViewSet):
    model = OrganisationPage
    name = "organisations"

    def get_queryset(self):
        return (
            OrganisationPage.objects.live()
            .public()
            .filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale", "district", "logo")
            .prefetch_related("fields_of_activity", "languages")
            .order_by("title", "pk")
        )


class ExpressionOfInterestAPIView(SubmissionAPIView):
    """POST /api/v2/opportunities/<id>/interest/ — the same form, consent and service as
    the opportunity page: 201 when stored, 200 when it was already received, 400 with
    field errors otherwise."""

    @extend_schema(
        tags=["opportunities"],
        request=form_request(ExpressionOfInterestForm, "ExpressionOfInterestBody"),
        responses={
            201: created("InterestCreated", duplicate=serializers.BooleanField()),
            200: created("InterestDuplicate", duplicate=serializers.BooleanField()),
            400: INVALID,
            404: NOT_FOUND,
            429: THROTTLED,
        },
    )
    def post(self, request, pk: int):
        opportunity = get_object_or_404(
            OpportunityPage.objects.live().public().select_related("organisation"), pk=pk
        )
        form = ExpressionOfInterestForm(request.data, opportunity=opportunity)
        if not form.is_valid():
            return Response(form_errors(form), status=400)
        result = submit_interest(form)
        return Response(
            {"id": result.interest.pk, "duplicate": result.duplicate},
            status=200 if result.duplicate else 201,
        )
