"""One path for a search from the page and from the API: run it, record it, promote."""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from cms import pagecache

from .engine import Outcome, SearchParams, run_search, visible_pages
from .models import ZeroResultQuery

logger = logging.getLogger(__name__)

POPULAR_DAYS = 30
POPULAR_MIN_SEARCHES = 3


@dataclass
class SearchAnswer:
    outcome: Outcome
    promotions: list[SearchPromotion]


def search(params: SearchParams) -> SearchAnswer:
    """Search, count the query for the staff report, and put the staff's promoted results
    for it on top."""
    outcome = kept_outcome(params)
    count(params.query, params.language, params.page, outcome.total)
    return SearchAnswer(outcome, promotions(params.query, params.language))


def kept_outcome(params: SearchParams) -> Outcome:
    """`run_search(params)`, kept per generation of the site and of the pages (every
    publish, change, withdrawal, move and private section renews one of them) and per day
    (date filters and event dates are relative to it). An answer from the database while
    the search server is away is not kept, nor one that began within the clock skew after
    a change, which the index shows only after its next refresh."""
    raw = f"{params!r}|{timezone.localdate()}"
    key = "search:" + hashlib.sha256(raw.encode()).hexdigest()[:32]

    def keep(outcome: Outcome, generations, started_ns: int) -> bool:
        outcome.kept = not outcome.degraded and pagecache.settled(generations, started_ns)
        return outcome.kept

    tags = [pagecache.SITE_TAG, pagecache.SEARCH_TAG]
    return pagecache.fragment(key, tags, lambda: run_search(params), keep=keep)


def count(query: str, language: str, page: int, total: int) -> None:
    """One more search for the staff's report of popular and zero-result searches (the
    first page only, so paging through results is one search).

    With SEARCH_COUNT_BUFFER_URL (Redis) the count is one HINCRBY, and `flush_counts()`
    (a job every minute) adds the sums to the database: counting in the database took a
    row lock on a popular query's daily row and four queries per search, more than the
    rest of a search answered from the page cache. Without it, the database is written
    at once.
    """
    if page != 1:
        return
    field = json.dumps(
        [normalise_query_string(query)[:255], language, total == 0, str(timezone.localdate())]
    )
    buffer = _buffer()
    if buffer is not None:
        try:
            buffer.hincrby(_counts_key(), field, 1)
            return
        except redis.RedisError:
            logger.warning("Search counts cannot be buffered in Redis; counted in the database")
    record_counts({field: 1})


def record_counts(counts: dict[str, int]) -> None:
    """Add counted searches to Wagtail's daily hits and to the zero-result report."""
    with transaction.atomic():
        for field, hits in counts.items():
            query, language, found_nothing, day = json.loads(field)
            daily, _created = QueryDailyHits.objects.get_or_create(
                query=Query.get(query), date=datetime.date.fromisoformat(day)
            )
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
            if found_nothing:
                ZeroResultQuery.record(query, language, hits)


def flush_counts() -> int:
    """Move the searches counted in Redis into the database; the number moved.

    The hash is renamed first, so searches counted meanwhile go to a new one; if the
    database refuses the sums, they are added back for the next run."""
    buffer = _buffer()
    if buffer is None:
        return 0
    key = _counts_key()
    batch = f"{key}:flushing:{uuid.uuid4().hex}"
    try:
        buffer.rename(key, batch)
    except redis.ResponseError:  # nothing counted since the last run
        return 0
    counts = {field.decode(): int(hits) for field, hits in buffer.hgetall(batch).items()}
    try:
        record_counts(counts)
    except Exception:
        with buffer.pipeline() as pipe:
            for field, hits in counts.items():
                pipe.hincrby(key, field, hits)
            pipe.delete(batch)
            pipe.execute()
        raise
    buffer.delete(batch)
    return sum(counts.values())


def _counts_key() -> str:
    return f"{settings.CACHE_KEY_PREFIX}:search-counts"


def _buffer() -> redis.Redis | None:
    url = settings.SEARCH_COUNT_BUFFER_URL
    return _client(url) if url else None


@functools.cache
def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)


def promotions(query: str, language: str) -> list[SearchPromotion]:
    """Promoted results for the query; a promoted page shows only while it is visible."""
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    if not page_ids:
        return picks
    visible = set(visible_pages(language).filter(pk__in=page_ids).values_list("pk", flat=True))
    return [pick for pick in picks if pick.page_id is None or pick.page_id in visible]


def promoted_queries() -> frozenset[str]:
    """The queries that have promoted results (a few dozen at most), kept until a promotion
    or a page changes: most searches then need no query for promotions."""

    def build() -> frozenset[str]:
        queries = SearchPromotion.objects.values_list("query__query_string", flat=True)
        return frozenset(queries)

    return pagecache.fragment("promoted-queries", [pagecache.SEARCH_TAG], build)


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
