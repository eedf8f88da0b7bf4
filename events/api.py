"""API v2 endpoints of the events app: events with the listing filters, and registration
and cancellation sharing the HTML form's rules."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from cms.api import PublicPagesAPIViewSet, SubmissionAPIView, form_errors
from cms.api_schema import (
    INVALID,
    NOT_FOUND,
    THROTTLED,
    created,
    form_request,
    survey_request,
)

from .filters import EventFilter
from .forms import EventRegistrationForm
from .models import EventPage, Occurrence, SurveyPage, with_confirmed_count
from .services import cancel, register


class EventsAPIViewSet(PublicPagesAPIViewSet):
    """/api/v2/events/: upcoming events by default (`?past=true` for the archive), filtered
    by date range, campaign, category, district, target group and price."""

    model = EventPage
    name = "events"
    filter_backends = PublicPagesAPIViewSet.filtered_endpoint_backends
    filterset_class = EventFilter  # applied in get_queryset; read by cms/api_schema.py
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(
        EventFilter.base_filters.keys(), {"past"}
    )
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "summary",
        "start",
        "end",
        "upcoming_occurrences",
        "category",
        "district",
        "registration_required",
    ]

    def get_queryset(self):
        now = timezone.now()
        queryset = with_confirmed_count(
            EventPage.objects.live()
            .public()
            .filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale", "category", "district", "campaign", "organiser")
            .prefetch_related(
                "languages",
                "target_groups",
                EventPage.upcoming_prefetch(),
            )
        )
        if self.action != "listing_view":
            return queryset
        current = Occurrence.objects.filter(end__gte=now).values("event_id")
        if self.request.GET.get("past") in ("true", "1"):
            queryset = queryset.exclude(pk__in=current).order_by("-start", "pk")
        else:
            queryset = queryset.filter(pk__in=current).order_by("start", "pk")
        event_filter = EventFilter(self.request.GET, queryset=queryset, request=self.request)
        if not event_filter.is_valid():
            raise BadRequestError(event_filter.errors.as_json())
        return event_filter.qs


REGISTRATION_FIELDS = {
    "status": serializers.CharField(),
    "duplicate": serializers.BooleanField(),
    "cancel_token": serializers.UUIDField(allow_null=True),
}


class EventRegistrationAPIView(SubmissionAPIView):
    """POST /api/v2/events/<id>/registrations/ — the HTML form's rules: 201 with the status
    ("confirmed" or "waiting") and the cancellation token, 200 when already registered,
    400 with field errors (code "closed" or "full" when no place can be given)."""

    @extend_schema(
        tags=["events"],
        request=form_request(EventRegistrationForm, "EventRegistrationBody"),
        responses={
            201: created("RegistrationCreated", **REGISTRATION_FIELDS),
            200: created("RegistrationDuplicate", **REGISTRATION_FIELDS),
            400: INVALID,
            404: NOT_FOUND,
            429: THROTTLED,
        },
    )
    def post(self, request, pk: int):
        event = get_object_or_404(EventPage.objects.live().public(), pk=pk)
        form = EventRegistrationForm(request.data, event=event)
        if form.is_valid():
            try:
                result = register(form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                registration = result.registration
                return Response(
                    {
                        "id": registration.pk,
                        "status": registration.status,
                        "duplicate": result.duplicate,
                        "cancel_token": None if result.duplicate else str(registration.token),
                    },
                    status=200 if result.duplicate else 201,
                )
        return Response(form_errors(form), status=400)


class EventRegistrationCancelAPIView(SubmissionAPIView):
    """POST /api/v2/event-registrations/<token>/cancel/ — the link of the confirmation
    e-mail as an API call."""

    @extend_schema(
        tags=["events"],
        request=None,
        responses={
            200: created("RegistrationCancelled", status=serializers.CharField()),
            404: NOT_FOUND,
            429: THROTTLED,
        },
    )
    def post(self, request, token):
        registration = cancel(token)
        if registration is None:
            return Response({"detail": "unknown registration"}, status=404)
        return Response({"id": registration.pk, "status": registration.status})


class SurveySubmissionAPIView(SubmissionAPIView):
    """POST /api/v2/surveys/<id>/submissions/ — a campaign survey answered from another
    front end: the form Wagtail's form builder makes for the page (its fields are in the
    page's API detail under `form_fields`, keyed by `clean_name`), with consent (purpose
    "survey") and the honeypot; 201 with the new id, 400 with field errors."""

    @extend_schema(
        tags=["surveys"],
        request=survey_request(),
        responses={
            201: created("SurveyAnswerCreated"),
            400: INVALID,
            404: NOT_FOUND,
            429: THROTTLED,
        },
    )
    def post(self, request, pk: int):
        survey = get_object_or_404(SurveyPage.objects.live().public(), pk=pk)
        form = survey.get_form(request.data, page=survey, user=AnonymousUser())
        if not form.is_valid():
            return Response(form_errors(form), status=400)
        with transaction.atomic():
            submission = survey.process_form_submission(form)
        return Response({"id": submission.pk}, status=201)
