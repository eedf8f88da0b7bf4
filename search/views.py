"""The public search page (/<lang>/suche/), the search API and autocomplete.

Both answer from `search.services.search()`; the API serialises the same outcome.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from cms import pagecache
from cms.api_schema import FORM_ERRORS

from . import facets, services
from .engine import FACETS, KINDS, PER_PAGE, run_autocomplete
from .forms import SearchForm

MAX_API_LIMIT = 50
AUTOCOMPLETE_MIN_LENGTH = 2


class _Slots:
    """A sequence of `total` items of which only the current page is materialised, so
    Django's Paginator can draw the pagination of an engine's page of hits."""

    def __init__(self, total: int):
        self.total = total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key):
        return []


def _language(request) -> str:
    return translation.get_language() or "de"


def search(request):
    form = SearchForm(request.GET or None)
    context = {"form": form, "search_query": ""}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    elif form.is_bound and form.cleaned_data["q"].strip():
        params = form.params(_language(request), PER_PAGE)
        answer = services.search(params)
        paginator = Paginator(_Slots(answer.outcome.total), PER_PAGE)
        kept = request.GET.copy()
        kept.pop("page", None)
        context.update(
            search_query=params.query,
            outcome=answer.outcome,
            promotions=answer.promotions,
            page_obj=paginator.get_page(params.page),
            page_query=kept.urlencode(),
            sort=params.sort,
            facet_groups=facets.groups(
                answer.outcome.facets, {name: request.GET.getlist(name) for name in request.GET}
            ),
            popular=(
                services.popular_searches(params.language) if not answer.outcome.total else []
            ),
            suggestion_query=urlencode({"q": answer.outcome.suggestion}),
            # The filters and results shown for a kept outcome are kept with it, per query
            # string (it is in the pagination's links) and day; not the page without
            # results, which suggests the popular searches of the moment.
            keep_results=answer.outcome.kept and answer.outcome.total > 0,
            results_key=f"{request.GET.urlencode()}|{timezone.localdate()}",
        )
    return TemplateResponse(request, "search/search.html", context, status=status)


def _errors(form) -> dict:
    return {
        field: [{"message": str(error.message % (error.params or {})), "code": error.code or ""}]
        for field, errors in form.errors.as_data().items()
        for error in errors
    }


def _api_language(request) -> str:
    from django.conf import settings

    wanted = request.GET.get("locale") or _language(request)
    return wanted if wanted in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


# --- The OpenAPI description of the two endpoints ----------------------------------------

LOCALE_PARAMETER = OpenApiParameter(
    "locale",
    OpenApiTypes.STR,
    description="Language of the results (default: the request's language); an unknown code "
    "falls back to the site's default language.",
)
SEARCH_PARAMETERS = [
    OpenApiParameter(
        "q", OpenApiTypes.STR, description="The search words (required, 200 characters at most)."
    ),
    LOCALE_PARAMETER,
    OpenApiParameter(
        "limit", OpenApiTypes.INT, description=f"Results per page, 1 to {MAX_API_LIMIT}."
    ),
    OpenApiParameter("page", OpenApiTypes.INT, description="Page of results, 1 to 1000."),
    OpenApiParameter("sort", OpenApiTypes.STR, enum=["relevance", "date"]),
    OpenApiParameter(
        "type", OpenApiTypes.STR, many=True, enum=list(KINDS.values()), description="Content types."
    ),
    *[
        OpenApiParameter(
            name, OpenApiTypes.STR, many=True, description="Facet values (slugs or codes)."
        )
        for name in FACETS
    ],
    OpenApiParameter("date_from", OpenApiTypes.DATE),
    OpenApiParameter("date_to", OpenApiTypes.DATE, description="Not before date_from."),
]
SEARCH_RESULTS = inline_serializer(
    "SearchResults",
    {
        "query": serializers.CharField(),
        "locale": serializers.CharField(),
        "total": serializers.IntegerField(),
        "page": serializers.IntegerField(),
        "engine": serializers.CharField(help_text="`opensearch` or `database` (the fallback)."),
        "degraded": serializers.BooleanField(),
        "suggestion": serializers.CharField(
            allow_blank=True, help_text="A spelling that finds more."
        ),
        "promoted": inline_serializer(
            "SearchPromotion",
            {
                "title": serializers.CharField(allow_blank=True),
                "url": serializers.CharField(allow_null=True),
                "description": serializers.CharField(allow_blank=True),
            },
            many=True,
        ),
        "results": inline_serializer(
            "SearchHit",
            {
                "id": serializers.IntegerField(),
                "title": serializers.CharField(),
                "url": serializers.CharField(allow_null=True),
                "type": serializers.CharField(),
                "language": serializers.CharField(),
                "german_original": serializers.BooleanField(
                    help_text="Shown in German: no translation in the asked language."
                ),
                "snippet": serializers.CharField(help_text="HTML; matches in <mark>."),
            },
            many=True,
        ),
        "facets": serializers.DictField(
            child=serializers.DictField(child=serializers.IntegerField()),
            help_text="Per facet: value → number of results.",
        ),
    },
)
AUTOCOMPLETE_RESULTS = inline_serializer(
    "SearchSuggestions",
    {
        "suggestions": inline_serializer(
            "SearchSuggestion",
            {"title": serializers.CharField(), "url": serializers.CharField(allow_null=True)},
            many=True,
        )
    },
)


class _AlwaysJSON(BaseContentNegotiation):
    """These endpoints answer JSON whatever the client's Accept header says (as they did as
    plain Django views), instead of DRF's 406."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class _SearchEndpoint(APIView):
    """Anonymous, read-only, JSON: no session, CSRF or browsable API."""

    authentication_classes: list = []
    permission_classes: list = []
    renderer_classes = [JSONRenderer]
    content_negotiation_class = _AlwaysJSON
    http_method_names = ["get", "head", "options"]


class SearchAPIView(_SearchEndpoint):
    """GET /api/v2/search/?q=…&locale=…: the search page's results as JSON."""

    @extend_schema(
        operation_id="search",
        tags=["search"],
        parameters=SEARCH_PARAMETERS,
        responses={
            200: SEARCH_RESULTS,
            400: OpenApiResponse(
                FORM_ERRORS, description="No query, or a parameter of the wrong shape."
            ),
        },
    )
    def get(self, request):
        query = request.query_params
        form = SearchForm(query)
        try:
            limit = min(max(int(query.get("limit", PER_PAGE)), 1), MAX_API_LIMIT)
        except ValueError:
            limit = PER_PAGE
        if not form.is_valid():
            return Response({"errors": _errors(form)}, status=400)
        language = _api_language(request)
        params = form.params(language, limit)
        if not params.query:
            message = _("Please enter what you are looking for.")
            return Response(
                {"errors": {"q": [{"message": message, "code": "required"}]}}, status=400
            )
        answer = services.search(params)
        if not answer.outcome.degraded:
            # Kept by the page cache until a page or the index changes (cms/pagecache.py);
            # an answer from the database fallback is not kept.
            pagecache.share(
                request,
                [pagecache.SITE_TAG, pagecache.SEARCH_TAG],
                on_hit=(
                    "search.services.count",
                    [params.query, language, params.page, answer.outcome.total],
                ),
            )
        with translation.override(language):
            return Response(_results(request, params, language, answer))


def _results(request, params, language: str, answer) -> dict:
    outcome = answer.outcome
    return {
        "query": params.query,
        "locale": language,
        "total": outcome.total,
        "page": params.page,
        "engine": outcome.engine,
        "degraded": outcome.degraded,
        "suggestion": outcome.suggestion,
        "promoted": [
            {
                "title": pick.title,
                "url": pick.page.get_url(request) if pick.page else pick.link,
                "description": pick.description,
            }
            for pick in answer.promotions
        ],
        "results": [
            {
                "id": hit.page.pk,
                "title": hit.page.title,
                "url": hit.page.get_url(request),
                "type": hit.kind,
                "language": hit.language,
                "german_original": hit.language != language,
                "snippet": str(hit.snippet),
            }
            for hit in outcome.hits
        ],
        "facets": outcome.facets,
    }


class AutocompleteAPIView(_SearchEndpoint):
    """GET /api/v2/search/autocomplete/?q=…&locale=…: titles that start like the words."""

    @extend_schema(
        operation_id="search_autocomplete",
        tags=["search"],
        parameters=[
            OpenApiParameter(
                "q",
                OpenApiTypes.STR,
                description=f"The words typed so far; fewer than {AUTOCOMPLETE_MIN_LENGTH} "
                "characters give no suggestions.",
            ),
            LOCALE_PARAMETER,
        ],
        responses={200: AUTOCOMPLETE_RESULTS},
    )
    def get(self, request):
        prefix = request.query_params.get("q", "").strip()[:100]
        if len(prefix) < AUTOCOMPLETE_MIN_LENGTH:
            return Response({"suggestions": []})
        language = _api_language(request)
        pages = run_autocomplete(prefix, language)
        return Response(
            {"suggestions": [{"title": page.title, "url": page.get_url(request)} for page in pages]}
        )
