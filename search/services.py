"""One path for a search from the page and from the API: run it, record it, promote."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .engine import Outcome, SearchParams, run_search, visible_pages
from .models import ZeroResultQuery

POPULAR_DAYS = 30
POPULAR_MIN_SEARCHES = 3


@dataclass
class SearchAnswer:
    outcome: Outcome
    promotions: list[SearchPromotion]


def search(params: SearchParams) -> SearchAnswer:
    """Search, count the query for the staff report (first page only, so paging through
    results is one search), and put the staff's promoted results for it on top."""
    outcome = run_search(params)
    count(params, outcome.total)
    return SearchAnswer(outcome, promotions(params.query, params.language))


def count(params: SearchParams, total: int) -> None:
    """One more search for the staff's report of popular and zero-result searches."""
    if params.page == 1:
        Query.get(params.query).add_hit()
        if total == 0:
            ZeroResultQuery.record(params.query, params.language)


def promotions(query: str, language: str) -> list[SearchPromotion]:
    """Promoted results for the query; a promoted page shows only while it is visible."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = set(visible_pages(language).filter(pk__in=page_ids).values_list("pk", flat=True))
    return [pick for pick in picks if pick.page_id is None or pick.page_id in visible]


def popular_searches(language: str, count: int = 5) -> list[str]:
    """Searches many people made lately that found something — offered on an empty page.
    A minimum count keeps one person's odd query from being shown to everyone."""
    since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
    empty = ZeroResultQuery.objects.filter(language=language).values("query_string")
    queries = (
        Query.get_most_popular(date_since=since)
        .exclude(query_string__in=empty)
        .filter(_hits__gte=POPULAR_MIN_SEARCHES)
    )
    return [query.query_string for query in queries[:count]]
