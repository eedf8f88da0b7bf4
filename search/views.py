"""The public search page (/<lang>/suche/), the search API and autocomplete.

Both answer from `search.services.search()`; the API serialises the same outcome.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import facets, services
from .engine import PER_PAGE, run_autocomplete
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
        )
    return TemplateResponse(request, "search/search.html", context, status=status)


def _errors(form) -> dict:
    return {
        field: [{"message": str(error.message % (error.params or {})), "code": error.code}]
        for field, errors in form.errors.as_data().items()
        for error in errors
    }


def _api_language(request) -> str:
    from django.conf import settings

    wanted = request.GET.get("locale") or _language(request)
    return wanted if wanted in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@require_GET
def search_api(request):
    """GET /api/v2/search/?q=…&locale=…: the search page's results as JSON."""
    form = SearchForm(request.GET)
    try:
        limit = min(max(int(request.GET.get("limit", PER_PAGE)), 1), MAX_API_LIMIT)
    except ValueError:
        limit = PER_PAGE
    if not form.is_valid():
        return JsonResponse({"errors": _errors(form)}, status=400)
    language = _api_language(request)
    params = form.params(language, limit)
    if not params.query:
        message = _("Please enter what you are looking for.")
        return JsonResponse(
            {"errors": {"q": [{"message": message, "code": "required"}]}}, status=400
        )
    with translation.override(language):
        answer = services.search(params)
        outcome = answer.outcome
        return JsonResponse(
            {
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
        )


@require_GET
def autocomplete(request):
    """GET /api/v2/search/autocomplete/?q=…&locale=…: titles that start like the words."""
    prefix = request.GET.get("q", "").strip()[:100]
    if len(prefix) < AUTOCOMPLETE_MIN_LENGTH:
        return JsonResponse({"suggestions": []})
    language = _api_language(request)
    pages = run_autocomplete(prefix, language)
    return JsonResponse(
        {"suggestions": [{"title": page.title, "url": page.get_url(request)} for page in pages]}
    )
