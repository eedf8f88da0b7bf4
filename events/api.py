"""API v2 endpoints of the events app: events with the listing filters, and registration
and cancellation sharing the HTML form's rules."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.utils import BadRequestError

from cms.api import PublicPagesAPIViewSet, form_errors

from .filters import EventFilter
from .forms import EventRegistrationForm
from .models import EventPage, Occurrence, with_confirmed_count
from .services import cancel, register


class EventsAPIViewSet(PublicPagesAPIViewSet):
    """/api/v2/events/: upcoming events by default (`?past=true` for the archive), filtered
    by date range, campaign, category, district, target group and price."""

    model = EventPage
    name = "events"
    filter_backends = PublicPagesAPIViewSet.filtered_endpoint_backends
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
                Prefetch(
                    "occurrences",
                    queryset=Occurrence.objects.filter(end__gte=now).order_by("start"),
                    to_attr="_upcoming",
                ),
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


class EventRegistrationAPIView(APIView):
    """POST /api/v2/events/<id>/registrations/ — the HTML form's rules: 201 with the status
    ("confirmed" or "waiting") and the cancellation token, 200 when already registered,
    400 with field errors (code "closed" or "full" when no place can be given)."""

    authentication_classes: list = []
    permission_classes: list = []

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


class EventRegistrationCancelAPIView(APIView):
    """POST /api/v2/event-registrations/<token>/cancel/ — the link of the confirmation
    e-mail as an API call."""

    authentication_classes: list = []
    permission_classes: list = []

    def post(self, request, token):
        registration = cancel(token)
        if registration is None:
            return Response({"detail": "unknown registration"}, status=404)
        return Response({"id": registration.pk, "status": registration.status})
