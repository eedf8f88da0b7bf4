"""What every API v2 endpoint shares (SPEC §7). Each domain app defines its endpoints in its
own `api.py`; cms/urls.py mounts them under /api/v2/."""

from __future__ import annotations

from django.utils import translation
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page, get_page_models

from .models import ConsentText


def hidden_page_ids():
    """Live pages that must still not reach the API: each page model may declare them with a
    `hidden_from_api()` classmethod (an expired opportunity, say)."""
    queries = [
        model.hidden_from_api().values("pk")
        for model in get_page_models()
        if hasattr(model, "hidden_from_api")
    ]
    if not queries:
        return Page.objects.none().values("pk")
    combined = queries[0]
    for query in queries[1:]:
        combined = combined.union(query)
    return combined


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's page endpoint (live pages outside view restrictions) minus hidden pages."""

    # Endpoints with a django-filter FilterSet: Wagtail's FieldsFilter would read the same
    # query parameters as raw field values (`?district=stahl` as an id) and fail.
    filtered_endpoint_backends = [
        f for f in PagesAPIViewSet.filter_backends if f is not FieldsFilter
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(pk__in=hidden_page_ids())


class ConsentTextView(APIView):
    """GET /api/v2/consent/<purpose>/: the consent text a client must show before submitting;
    the returned id goes back as `consent_shown`."""

    authentication_classes: list = []
    permission_classes: list = []

    def get(self, request, purpose: str):
        if purpose not in ConsentText.Purpose.values:
            return Response({"detail": "unknown purpose"}, status=404)
        consent = ConsentText.current(purpose)
        if consent is None:
            return Response({"detail": "no consent text"}, status=404)
        return Response(
            {
                "id": consent.pk,
                "purpose": consent.purpose,
                "version": consent.version,
                "language": consent.locale.language_code,
                "text": consent.text,
            }
        )


def form_errors(form) -> dict:
    """A form's errors as a machine-readable body, messages in the request's language."""
    return {
        "errors": {
            field: [{"message": str(e["message"]), "code": e["code"]} for e in errors]
            for field, errors in form.errors.get_json_data().items()
        },
        "language": translation.get_language(),
    }
