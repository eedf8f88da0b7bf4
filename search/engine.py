"""The site search: one request in, results with facets and snippets out.

Two engines answer the same `SearchParams`: `OpenSearchEngine` (per-language analysis,
typo tolerance, highlighting, aggregations) and `DatabaseEngine` (Wagtail's database
backend, kept up to date alongside as the "fallback" backend). `run_search()` uses
OpenSearch when configured and falls back to the database when it cannot be reached.

Whatever an engine finds, the pages shown are loaded through `visible_pages()` — live,
public, open — so a stale index can never show a draft, a private or an expired page.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models import Exists, OuterRef, Q
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from cms.models import restricted_paths

from .backend import SUMMARY_FIELD, TRANSLATED_FIELD

logger = logging.getLogger(__name__)

PER_PAGE = 10
DATABASE_CANDIDATES = 500
FUZZY_MIN_LENGTH = 6
FACETS = ("field", "district", "target_group", "commitment", "language", "german")
# Content types offered as the "type" facet: model label → facet value.
KINDS = {
    "opportunities.OpportunityPage": "opportunity",
    "events.EventPage": "event",
    "events.CampaignPage": "campaign",
    "opportunities.OrganisationPage": "organisation",
    "home.NewsArticlePage": "news",
    "home.InformationPage": "information",
    "awards.AwardRoundPage": "award",
    "awards.CallPage": "call",
}
KIND_LABELS = {value: label for label, value in KINDS.items()}


class SearchUnavailable(Exception):
    """The search server could not be reached or refused the request."""


@dataclass
class SearchParams:
    query: str
    language: str
    kinds: list[str] = field(default_factory=list)
    facets: dict[str, list[str]] = field(default_factory=dict)
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE


@dataclass
class Hit:
    page: Page
    snippet: str
    language: str  # the language the page is written in; German originals are marked

    @property
    def kind(self) -> str:
        return KINDS.get(self.page.specific_class._meta.label, "page")


@dataclass
class Outcome:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]]
    engine: str
    degraded: bool = False
    suggestion: str = ""
    # Kept for the current generations (search.services.kept_outcome): what is rendered
    # from it may be kept as long (templates/search/search.html).
    kept: bool = False


def words(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def locale_ids(language: str) -> tuple[int | None, int | None]:
    """(visitor's locale id, German locale id); a language without pages yet: German.
    Looked up through Wagtail's locale manager, which cms/locales.py remembers per request."""

    def locale_id(code: str) -> int | None:
        try:
            return Locale.objects.get_for_language(code).pk
        except (Locale.DoesNotExist, LookupError):
            return None

    german = locale_id(settings.LANGUAGE_CODE)
    return locale_id(language) or german, german


def visible_pages(language: str, *, searchable: bool = False):
    """Live, public pages of the visitor's language and German originals without a
    translation; closed or expired opportunities excluded (what the API hides too)."""
    own, german = locale_ids(language)
    in_scope = Q(locale_id=own)
    if german != own:
        translated = Page.objects.filter(locale_id=own).values("translation_key")
        in_scope |= Q(locale_id=german) & ~Q(translation_key__in=translated)
    return shown_pages(searchable=searchable).filter(in_scope)


def shown_pages(*, searchable: bool = False, restricted: list[str] | None = None):
    """Live, public pages in any language, closed or expired opportunities excluded: what
    may be shown at all. The database's word on hits from OpenSearch, whose own filters
    have already chosen the languages, so that an index behind the database never shows
    what has gone offline."""
    from opportunities.models import OpportunityPage

    closed = OpportunityPage.objects.exclude(
        status=OpportunityPage.Status.OPEN, expires_on__gte=timezone.localdate()
    )
    pages = Page.objects.live()
    private = Q()
    for path in restricted_paths() if restricted is None else restricted:
        private |= Q(path__startswith=path)
    if private:
        pages = pages.exclude(private)
    if searchable:
        # modelsearch's database backend compiles field lookups only, not expressions.
        return pages.exclude(pk__in=closed.values("pk"))
    # Correlated (NOT EXISTS): an anti-join on the primary key for the pages asked about,
    # instead of a scan of every opportunity for the closed ones (`NOT IN`).
    return pages.exclude(Exists(closed.filter(pk=OuterRef("pk"))))


def load_specific(pks: list[int], language: str) -> dict[int, Page]:
    """The visible pages among `pks` in their specific classes, with what `facet_terms()`
    reads (the database engine counts facets in Python), in a fixed number of queries: one
    per page type found, plus prefetches."""
    by_type: dict[int, list[int]] = {}
    for pk, content_type_id in (
        visible_pages(language).filter(pk__in=pks).values_list("pk", "content_type_id")
    ):
        by_type.setdefault(content_type_id, []).append(pk)
    from django.contrib.contenttypes.models import ContentType

    pages: dict[int, Page] = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        queryset = model.objects.filter(pk__in=ids).select_related(
            *getattr(model, "search_select_related", ())
        )
        queryset = queryset.prefetch_related(*getattr(model, "search_prefetch_related", ()))
        pages.update({page.pk: page for page in queryset})
    return pages


def result_pages(pks: list[int], restricted: list[str] | None = None) -> dict[int, Page]:
    """The pages among `pks` that may be shown, as Wagtail's base pages, in one query: a
    result shows their title, URL, language and type; OpenSearch counts the facets and
    keeps the summary (`SUMMARY_FIELD`), so no page type's own table is read."""
    shown = shown_pages(restricted=restricted).filter(pk__in=pks).order_by()
    return shown.only(*RESULT_FIELDS).in_bulk()


# What a result shows of its page (`Hit`, search/views.py, templates/search/search.html): the
# title, the URL, the type and the language; a page row has some thirty columns.
RESULT_FIELDS = ("title", "url_path", "content_type_id", "locale_id", "alias_of_id", "path")


def page_language(page: Page) -> str:
    from cms.templatetags.cms_tags import written_in

    return written_in(page)


class OpenSearchEngine:
    name = "opensearch"

    def __init__(self, backend=None):
        self.backend = backend or get_search_backend("default")
        from search.backend import LanguageAwareMapping

        self.mapping = LanguageAwareMapping(Page)

    def column(self, model, field_name: str) -> str:
        from search.backend import LanguageAwareMapping

        mapping = LanguageAwareMapping(model)
        for search_field in model.get_search_fields():
            if search_field.field_name == field_name and type(search_field).__name__ == (
                "FilterField"
            ):
                return mapping.get_field_column_name(search_field)
        raise LookupError(field_name)

    @property
    def index_name(self) -> str:
        return self.backend.get_index_for_model(Page).name

    def text_fields(self, language: str) -> tuple[list[str], list[str]]:
        languages = [language] if language == settings.LANGUAGE_CODE else [language, "de"]
        fields = [f"title_{code}^3" for code in languages] + [f"text_{code}" for code in languages]
        return languages, fields

    def text_query(self, query: str, language: str) -> dict:
        """Every word must match, in the language's analysis or — for words of six letters
        or more — with one typo in the unstemmed spelling field; whole phrases rank higher."""
        _languages, fields = self.text_fields(language)
        clauses = []
        for word in words(query):
            # A stop word ("a", "for", "der") analyses to nothing: let it match everything
            # rather than nothing, or "bake a cake" would find no cake.
            options = [
                {
                    "multi_match": {
                        "query": word,
                        "fields": fields,
                        "operator": "and",
                        "zero_terms_query": "all",
                    }
                }
            ]
            if len(word) >= FUZZY_MIN_LENGTH:
                options.append(
                    {
                        "match": {
                            "spelling_text": {"query": word, "fuzziness": 1, "prefix_length": 1}
                        }
                    }
                )
            clauses.append({"bool": {"should": options, "minimum_should_match": 1}})
        phrase = {"multi_match": {"query": query, "fields": fields, "type": "phrase", "boost": 2}}
        return {"bool": {"must": clauses, "should": [phrase]}}

    def scope_filters(
        self, params: SearchParams, restricted: list[str] | None = None
    ) -> list[dict]:
        from opportunities.models import OpportunityPage

        # The visitor's language, and German originals that no page of it stands for.
        own, german = locale_ids(params.language)
        locale_column = self.column(Page, "locale")
        scope = [{"term": {locale_column: own}}]
        if german != own:
            scope.append(
                {
                    "bool": {
                        "filter": [{"term": {locale_column: german}}],
                        "must_not": [{"term": {TRANSLATED_FIELD: params.language}}],
                    }
                }
            )
        restricted = restricted_paths() if restricted is None else restricted
        path_column = self.column(Page, "path")
        closed = {
            "bool": {
                "filter": [{"term": {"_django_content_type": "opportunities.OpportunityPage"}}],
                "should": [
                    {
                        "bool": {
                            "must_not": [
                                {
                                    "term": {
                                        self.column(OpportunityPage, "status"): "open",
                                    }
                                }
                            ]
                        }
                    },
                    {
                        "range": {
                            self.column(OpportunityPage, "expires_on"): {
                                "lt": timezone.localdate().isoformat()
                            }
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        }
        return [
            {"term": {self.column(Page, "live"): True}},
            {"bool": {"should": scope, "minimum_should_match": 1}},
            {
                "bool": {
                    "must_not": [{"prefix": {path_column: path}} for path in restricted] + [closed]
                }
            },
        ]

    def choice_filters(self, params: SearchParams) -> list[dict]:
        from cms.models import BasePage

        filters = []
        if params.kinds:
            labels = [KIND_LABELS[kind] for kind in params.kinds if kind in KIND_LABELS]
            filters.append({"terms": {"_django_content_type": labels}})
        facet_column = self.column(BasePage, "search_facets")
        for name, values in params.facets.items():
            if values:
                tokens = [f"{name}:{value}" for value in values]
                filters.append({"terms": {facet_column: tokens}})
        if params.date_from or params.date_to:
            bounds = {}
            if params.date_from:
                bounds["gte"] = params.date_from.isoformat()
            if params.date_to:
                bounds["lte"] = params.date_to.isoformat()
            filters.append({"range": {self.column(BasePage, "search_dates"): bounds}})
        return filters

    def body(self, params: SearchParams, restricted: list[str] | None = None) -> dict:
        from cms.models import BasePage

        languages, _fields = self.text_fields(params.language)
        body = {
            "query": {
                "bool": {
                    "must": self.text_query(params.query, params.language),
                    "filter": self.scope_filters(params, restricted) + self.choice_filters(params),
                }
            },
            "highlight": {
                "encoder": "html",
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "fields": {
                    f"text_{code}": {"fragment_size": 160, "number_of_fragments": 1}
                    for code in languages
                },
            },
            "aggs": {
                "kinds": {"terms": {"field": "_django_content_type", "size": 50}},
                "facets": {"terms": {"field": self.column(BasePage, "search_facets"), "size": 500}},
            },
            "track_total_hits": True,
            "_source": False,
            "stored_fields": ["pk", SUMMARY_FIELD],
            "from": (params.page - 1) * params.per_page,
            "size": params.per_page,
        }
        if params.sort == "date":
            body["sort"] = [self.nearest_date_first(), "_score"]
        return body

    def nearest_date_first(self) -> dict:
        """Sort by how far a page's date lies from today, either way: the next events and
        deadlines and the newest articles first (see `BasePage.search_sort_date`)."""
        from cms.models import BasePage

        today = datetime.datetime.combine(timezone.localdate(), datetime.time(), datetime.UTC)
        return {
            "_script": {
                "type": "number",
                "order": "asc",
                "script": {
                    "lang": "painless",
                    "source": (
                        "doc[params.field].size() == 0 ? Long.MAX_VALUE : Math.abs("
                        "doc[params.field].value.toInstant().toEpochMilli() - params.today)"
                    ),
                    "params": {
                        "field": self.column(BasePage, "search_sort_date"),
                        "today": int(today.timestamp() * 1000),
                    },
                },
            }
        }

    def request(self, body: dict) -> dict:
        from opensearchpy.exceptions import OpenSearchException

        try:
            # OpenSearch's shard request cache, which by default keeps only answers without
            # hits (`size: 0`), also for these: a repeated search is answered from it (6.3 ->
            # 3.5 ms for the bench's search) until the next refresh that changed the index,
            # which empties it, so it is never staler than the index itself.
            return self.backend.es.search(
                index=self.index_name, body=body, params={"request_cache": "true"}
            )
        except OpenSearchException as error:
            raise SearchUnavailable(str(error)) from error

    def search(self, params: SearchParams) -> Outcome:
        restricted = restricted_paths()  # one read for the query and the check of its hits
        response = self.request(self.body(params, restricted))
        hits = response["hits"]["hits"]
        pks = [int(hit["fields"]["pk"][0]) for hit in hits]
        pages = result_pages(pks, restricted)
        results = []
        for hit, pk in zip(hits, pks, strict=True):
            page = pages.get(pk)
            if page is None:
                continue  # in the index, but no longer visible: never shown
            fragments = [text for values in hit.get("highlight", {}).values() for text in values]
            summary = hit["fields"].get(SUMMARY_FIELD, [""])[0]
            snippet = fragments[0] if fragments else escape(summary)
            results.append(Hit(page, mark_safe(snippet), page_language(page)))
        aggregations = response["aggregations"]
        facets = split_facet_buckets(aggregations["facets"]["buckets"])
        facets["type"] = {
            KINDS[bucket["key"]]: bucket["doc_count"]
            for bucket in aggregations["kinds"]["buckets"]
            if bucket["key"] in KINDS
        }
        outcome = Outcome(results, response["hits"]["total"]["value"], facets, self.name)
        if outcome.total == 0:
            outcome.suggestion = self.suggest(params)
        return outcome

    def suggest(self, params: SearchParams) -> str:
        """A spelling suggestion from the indexed words — offered only if it finds something
        visible, so a word that only a draft contains is never suggested."""
        response = self.request(
            {
                "size": 0,
                "suggest": {
                    "text": params.query,
                    "spelling": {
                        "term": {"field": "spelling_text", "suggest_mode": "always"},
                    },
                },
            }
        )
        replaced, changed = [], False
        for entry in response.get("suggest", {}).get("spelling", []):
            options = entry.get("options") or []
            if options:
                replaced.append(options[0]["text"])
                changed = True
            else:
                replaced.append(entry["text"])
        if not changed:
            return ""
        suggestion = " ".join(replaced)
        check = SearchParams(query=suggestion, language=params.language, per_page=1)
        body = self.body(check)
        body.pop("aggs")
        body.pop("highlight")
        found = self.request(body)["hits"]["total"]["value"]
        return suggestion if found else ""

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[Page]:
        params = SearchParams(query=prefix, language=language, per_page=limit)
        body = {
            "query": {
                "bool": {
                    "must": {"match": {"_edgengrams": {"query": prefix, "operator": "and"}}},
                    "filter": self.scope_filters(params),
                }
            },
            "_source": False,
            "stored_fields": ["pk"],
            "size": limit,
        }
        hits = self.request(body)["hits"]["hits"]
        pks = [int(hit["fields"]["pk"][0]) for hit in hits]
        pages = result_pages(pks)
        return [pages[pk] for pk in pks if pk in pages]


class DatabaseEngine:
    """Wagtail's database backend: no per-language analysis and no typo tolerance, but the
    same scope, facets and filters (computed in Python over the best matches)."""

    name = "database"

    def __init__(self):
        self.backend = get_search_backend(
            "fallback"
            if "fallback" in settings.WAGTAILSEARCH_BACKENDS
            else "wagtail.search.backends.database"
        )

    def search(self, params: SearchParams) -> Outcome:
        found = self.backend.search(params.query, visible_pages(params.language, searchable=True))
        pks = [page.pk for page in found[:DATABASE_CANDIDATES]]
        pages = load_specific(pks, params.language)
        candidates = [pages[pk] for pk in pks if pk in pages]
        counted = [page for page in candidates if self.matches(page, params)]
        if params.sort == "date":  # stable: equally near dates keep their relevance order
            counted.sort(key=days_from_today)
        facets = facet_counts(counted)
        start = (params.page - 1) * params.per_page
        hits = [
            Hit(page, highlight(page_summary(page), params.query), page_language(page))
            for page in counted[start : start + params.per_page]
        ]
        return Outcome(hits, len(counted), facets, self.name)

    @staticmethod
    def matches(page, params: SearchParams) -> bool:
        if params.kinds and KINDS.get(page._meta.label) not in params.kinds:
            return False
        terms = set(page.facet_terms()) if hasattr(page, "facet_terms") else set()
        for name, values in params.facets.items():
            if values and not terms & {(name, value) for value in values}:
                return False
        if params.date_from or params.date_to:
            dates = page.facet_dates() if hasattr(page, "facet_dates") else []
            low = params.date_from or datetime.date.min
            high = params.date_to or datetime.date.max
            if not any(low <= day <= high for day in dates):
                return False
        return True

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[Page]:
        return list(
            visible_pages(language).filter(title__istartswith=prefix).order_by("title")[:limit]
        )


def days_from_today(page) -> int:
    """How far the page's sort date lies from today, either way (pages without one last)."""
    day = page.search_sort_date() if hasattr(page, "search_sort_date") else None
    return abs((day - timezone.localdate()).days) if day else 10**6


def facet_counts(pages) -> dict[str, dict[str, int]]:
    buckets: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for page in pages:
        kind = KINDS.get(page._meta.label)
        if kind:
            kinds[kind] = kinds.get(kind, 0) + 1
        for name, value in getattr(page, "facet_terms", list)():
            token = f"{name}:{value}"
            buckets[token] = buckets.get(token, 0) + 1
    facets = split_facet_buckets(
        [{"key": key, "doc_count": count} for key, count in buckets.items()]
    )
    facets["type"] = kinds
    return facets


def split_facet_buckets(buckets) -> dict[str, dict[str, int]]:
    facets: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for bucket in buckets:
        name, _sep, value = bucket["key"].partition(":")
        if name in facets:
            facets[name][value] = bucket["doc_count"]
    return facets


def page_summary(page) -> str:
    for attribute in ("search_description", "summary", "intro", "plain_language_summary"):
        text = getattr(page, attribute, "") or ""
        if isinstance(text, str) and text.strip():
            return text.strip()
    return ""


def highlight(text: str, query: str) -> str:
    """The database engine's snippet: the summary with the query's words marked."""
    snippet = escape(text[:240])
    for word in sorted(set(words(query)), key=len, reverse=True):
        if len(word) > 2:
            snippet = re.sub(
                rf"({re.escape(escape(word))})", r"<mark>\1</mark>", snippet, flags=re.I
            )
    return mark_safe(snippet)


_backends: dict[str, object] = {}


def default_backend():
    """The search backend, built once per process: Wagtail builds a new one on every
    call, and with it a new OpenSearch client and connection pool."""
    backend = _backends.get("default")
    if backend is None:
        backend = _backends["default"] = get_search_backend("default")
    return backend


@receiver(setting_changed)
def _forget_backends(setting, **kwargs) -> None:
    if setting in ("WAGTAILSEARCH_BACKENDS", "SEARCH_INDEX_PREFIX"):
        _backends.clear()


def engines():
    """The engines to try, in order."""
    backend = default_backend()
    if getattr(backend, "es", None) is not None:
        return [OpenSearchEngine(backend), DatabaseEngine()]
    return [DatabaseEngine()]


def run_search(params: SearchParams) -> Outcome:
    """Search with the best engine that answers; a fallback is logged and marked."""
    first, *rest = engines()
    try:
        return first.search(params)
    except SearchUnavailable as error:
        if not rest:
            raise
        logger.warning("search server unavailable, answering from the database: %s", error)
        outcome = rest[0].search(params)
        outcome.degraded = True
        return outcome


def run_autocomplete(prefix: str, language: str) -> list[Page]:
    first, *rest = engines()
    try:
        return first.autocomplete(prefix, language)
    except SearchUnavailable as error:
        if not rest:
            raise
        logger.warning("search server unavailable for autocomplete: %s", error)
        return rest[0].autocomplete(prefix, language)
