"""The anonymous full-page cache and its precise invalidation (issue 11).

**What is cached.** Only pages that Wagtail serves (its `before_serve_page` hook marks the
request), for anonymous visitors without a session or messages cookie, on GET/HEAD, with
status 200, and only when rendering used no CSRF token, set no cookie, modified no session,
added no message and did not say `private`/`no-store`/`no-cache` itself. So a page that
shows a form with a CSRF token (interest, registration, nomination, applications,
counselling, surveys) is rendered fresh for every visitor and carries
`Cache-Control: private, no-store`; admin, previews (served under /admin/) and logged-in
users never touch the cache. Besides pages, a view may offer its answer with `share()`:
the search API does (`/api/v2/search/`), with the tags `site` and `section:search` and a
function that counts each answer from the cache as a search for the staff's report. The
search page is not cached (it shows the search form, and its key space is unbounded).

**The key** is the host, the path (it carries the language prefix, `/de/`, `/ar/` …) and
the query string with its parameters sorted and tracking parameters (`utm_*`, `fbclid` …)
dropped. Nothing else varies for pages: the language comes from the URL, not from a cookie
or `Accept-Language` (the redirect of `/` that uses them is never cached). The search API's
language may come from those two, so its key adds them, the `Origin` (CORS headers answer
it) and the day (dates in filters and results are relative to it).

**Invalidation by tags.** Each entry stores the tags it depends on with the generation each
tag had when it was rendered: `site` (menus, footer, taxonomies, images), `page:<id>` (the
page itself; bumped when it or a page below it changes, so a parent listing, the
organisation page and the home page follow their children) and the sections it lists
beyond its own subtree (`BasePage.page_cache_shows`, e.g. the opportunity listing shows
`opportunities`). A hit costs one Redis round trip: an MGET of the entry and its tags'
generations (each process remembers which tags a key's entry had; the first hit of a key
in a process reads the entry, then its tags); any difference is a miss. Publishing,
unpublishing, moving or deleting a page bumps the generations of the page and its
ancestors in every language, the pages it names in `page_cache_related_pages()` and its
sections — which drops every query-string variant of those listings at once, with no
keyring to keep. A generation is a fresh
`<time_ns>-<random>` value, never a counter, so an evicted or flushed generation can never
bring an old entry back; and an entry is not stored when one of its generations was bumped
after its rendering began, so a request that read the database just before a commit cannot
store the old page under the new generation.

**CDN.** Cacheable pages answer `Cache-Control: public, max-age=PAGE_CACHE_BROWSER_MAX_AGE,
s-maxage=PAGE_CACHE_TIMEOUT` (a query-string variant: s-maxage of the browser's, since a
purge names paths only); with `FRONTEND_CACHE_URL` set, Wagtail's front-end cache
invalidation sends a PURGE for the URLs of the same pages after the commit.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from http import HTTPStatus
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import EmptyResultSet
from django.core.handlers.wsgi import WSGIRequest
from django.core.paginator import Paginator as DjangoPaginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from wagtail.models import Page

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pagecache"
SITE_TAG = "site"
# Paths that are never pages of the public site: the admin (and its previews), the API
# (cms/api_cache.py has its own caching), documents and files.
EXCLUDED_PATHS = ("/admin/", "/django-admin/", "/api/", "/documents/", "/health/", "/static/")
EXCLUDED_PATHS += ("/media/", "/sitemap.xml")
# API views below these paths may offer their answers with `share()`.
SHARED_API_PATHS = ("/api/v2/search/",)
# Query parameters that do not change a page: analytics and campaign tracking.
IGNORED_PARAMETER_PREFIXES = ("utm_", "mtm_", "matomo_", "pk_")
IGNORED_PARAMETERS = {"fbclid", "gclid", "msclkid", "_ga", "_gl"}
MAX_QUERY_LENGTH = 512
HEADER = "X-Cache"


def page_cache():
    return caches[CACHE_ALIAS]


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


# --- keys and generations -----------------------------------------------------------------


def normalised_query(request: HttpRequest) -> str:
    pairs = [
        (name, value)
        for name, value in parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        if name not in IGNORED_PARAMETERS and not name.startswith(IGNORED_PARAMETER_PREFIXES)
    ]
    return urlencode(sorted(pairs))


def entry_key(request: HttpRequest) -> str:
    raw = f"{request.get_host()}{request.path}?{normalised_query(request)}"
    if request.path_info.startswith(SHARED_API_PATHS):
        language_cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        accept_language = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
        origin = request.META.get("HTTP_ORIGIN", "")  # CORS headers answer it
        raw += f"|{language_cookie}|{accept_language}|{origin}|{timezone.localdate()}"
    return "e:" + hashlib.sha256(raw.encode()).hexdigest()


def share(request: HttpRequest, tags: Iterable[str], on_hit: tuple[str, list] | None = None):
    """Offer a view's answer to the page cache (for views below SHARED_API_PATHS): it is
    kept until one of `tags` changes, under the same rules as a page. `on_hit` names a
    function (dotted path) and its arguments, called when the cache answers instead of the
    view — for what the view would have recorded."""
    request = getattr(request, "_request", request)  # Django's, under DRF's wrapper
    request.page_cache_tags = sorted(set(tags))
    request.page_cache_on_hit = on_hit


def _generation_key(tag: str) -> str:
    return f"g:{tag}"


def _new_generation(at_ns: int | None = None) -> str:
    stamp = time.time_ns() if at_ns is None else at_ns
    return f"{stamp}-{secrets.token_hex(6)}"


def _generation_time(generation: str) -> int:
    return int(generation.split("-", 1)[0])


def bump(tags: Iterable[str]) -> None:
    """Give each tag a new generation: every entry that depends on one of them is stale."""
    tags = set(tags)
    if not tags:
        return
    try:
        page_cache().set_many({_generation_key(t): _new_generation() for t in tags}, timeout=None)
    except Exception:
        # A purge that cannot reach Redis must not fail the publish; the entries then
        # live until PAGE_CACHE_TIMEOUT.
        logger.exception("Could not invalidate the page cache for %s", sorted(tags))


def _current_generations(tags: Iterable[str]) -> dict[str, str]:
    keys = {_generation_key(t): t for t in tags}
    found = page_cache().get_many(list(keys))
    return {keys[key]: value for key, value in found.items()}


def _generations_for_store(tags: list[str]) -> dict[str, str]:
    """The tags' generations, creating the missing ones (as old, so they block no store)."""
    current = _current_generations(tags)
    for tag in tags:
        if tag not in current:
            page_cache().add(_generation_key(tag), _new_generation(at_ns=0), timeout=None)
    missing = [t for t in tags if t not in current]
    if missing:
        current.update(_current_generations(missing))
    return current


SEARCH_TAG = "section:search"


def fragment(name: str, tags: list[str], build, fresh=None, keep=None):
    """What `build()` returns, computed once per generation of `tags` and kept in the page
    cache's store: the parts every page shows (menu, footer links) cost one Redis round
    trip instead of a dozen SQL queries on each uncached page. The entry keeps the
    generations it was built under and is read together with the current ones; the
    generations are read before `build()` reads the database, so a change committed
    meanwhile bumps them and the next request builds afresh. Without the store, `build()`
    runs every time. `fresh(value)`, if given, may also call a kept value stale (a list of
    coming dates whose first one has ended). `keep(value, generations, started_ns)`, if
    given, decides whether a value just built may be stored (see `settled`)."""
    return fragments({name: tags}, lambda names: {name: build()}, fresh, keep)[name]


def settled(generations: list[str | None], started_ns: int) -> bool:
    """Whether none of a value's tags changed within PAGE_CACHE_CLOCK_SKEW_MS before its
    building began: a value read from the search index, which shows a change only after
    its next refresh, is then not kept under the change's generation."""
    known = {str(n): value for n, value in enumerate(generations) if value is not None}
    return not _bumped_since(known, started_ns)


class _Reads:
    """What one read-only request (`read_once`) read from the store: the values given out,
    the entries and generations read ahead, and what it asked for (to read ahead next time)."""

    __slots__ = ("values", "entries", "generations", "asked", "ahead")

    def __init__(self, ahead: dict[str, list[str]] | None):
        self.values: dict = {}
        self.entries: dict[str, object] = {}  # store key -> entry (None: read, not there)
        self.generations: dict[str, str | None] = {}  # tag -> generation read
        self.asked: dict[str, list[str]] = {}
        self.ahead = ahead


_read_in_request: ContextVar[_Reads | None] = ContextVar("pagecache_read_in_request", default=None)

# Per process: what a URL's last read-only request asked the store for (name -> tags),
# for the most recently requested URLs.
_asked_by_url: OrderedDict[str, dict[str, list[str]]] = OrderedDict()
_asked_lock = threading.Lock()
REMEMBERED_URLS = 2000


@contextmanager
def read_once(url: str | None = None):
    """Within this block each kept part is read from the store at most once: a GET changes
    nothing, so the private sections that routing, the listing and its count all ask for
    are the same for the whole request (cms/middleware.py reads the site-wide parts in
    one round trip when the request starts).

    With `url`, the block's first read also reads ahead every part that the last request
    for the same URL in this process asked for (the routed page, the menu, the page's
    kept body, its translations' links …) together with their tags' generations, in the
    same round trip; each part is then checked against its generations as it is asked
    for, as if read then. A warm page costs one round trip instead of one per part."""
    if url is not None:
        with _asked_lock:
            ahead = _asked_by_url.get(url)
    reads = _Reads(ahead if url is not None else None)
    token = _read_in_request.set(reads)
    try:
        yield
    finally:
        _read_in_request.reset(token)
        if url is not None and reads.asked:
            with _asked_lock:
                _asked_by_url[url] = reads.asked
                _asked_by_url.move_to_end(url)
                while len(_asked_by_url) > REMEMBERED_URLS:
                    _asked_by_url.popitem(last=False)


def fragments(wanted: dict[str, list[str]], build, fresh=None, keep=None) -> dict:
    """`fragment` for many entries in one round trip: `wanted` maps each name to its tags,
    `build(names)` returns a dict with the values of the names that were missing or stale
    (so that a listing renders the cards it lacks with one query). Returns every value."""
    reads = _read_in_request.get()
    if reads is None:
        return _fragments(wanted, build, fresh, keep)
    reads.asked.update(wanted)
    values = {name: reads.values[name] for name in wanted if name in reads.values}
    if len(values) < len(wanted):
        missing = {name: tags for name, tags in wanted.items() if name not in values}
        values.update(_fragments(missing, build, fresh, keep, reads))
        reads.values.update(values)
    return values


def _entry_key(name: str) -> str:
    return f"f:{name}"


def _fragments(wanted: dict[str, list[str]], build, fresh=None, keep=None, reads=None) -> dict:
    started_ns = time.time_ns()
    keys = {name: _entry_key(name) for name in wanted}
    tags = sorted({tag for name_tags in wanted.values() for tag in name_tags})
    entries, current = _read(list(keys.values()), tags, reads)
    if entries is None:
        logger.warning("The page cache's store cannot be reached; %s built afresh", list(wanted))
        return build(list(wanted))
    values, stamps, missing = {}, {}, []
    for name, name_tags in wanted.items():
        stamps[name] = [current.get(tag) for tag in name_tags]
        entry = entries.get(keys[name])
        if entry is not None and entry[0] == stamps[name] and (fresh is None or fresh(entry[1])):
            values[name] = entry[1]
        else:
            missing.append(name)
    if missing:
        built = build(missing)
        values.update(built)
        if keep is not None:
            missing = [name for name in missing if keep(built[name], stamps[name], started_ns)]
        try:
            if missing:
                page_cache().set_many(
                    {keys[name]: (stamps[name], built[name]) for name in missing},
                    timeout=settings.PAGE_CACHE_TIMEOUT,
                )
        except Exception:
            logger.warning("Could not keep %s in the page cache's store", missing)
    return values


def _read(keys: list[str], tags: list[str], reads: _Reads | None):
    """The entries of `keys` and the generations of `tags` (missing ones created), in one
    round trip, or none when a read-only request read all of them ahead; that round trip
    also reads ahead what `reads.ahead` names. (None, None) if the store is unreachable."""
    entries = {} if reads is None else reads.entries
    known = {} if reads is None else reads.generations
    ahead = {}
    if reads is not None and reads.ahead:
        ahead, reads.ahead = reads.ahead, None
    ahead_tags = {tag for name_tags in ahead.values() for tag in name_tags}
    read_keys = {key for key in keys if key not in entries}
    read_keys |= {_entry_key(name) for name in ahead} - entries.keys()
    read_tags = {tag for tag in (*tags, *ahead_tags) if tag not in known}
    try:
        if read_keys or read_tags:
            found = page_cache().get_many([*map(_generation_key, read_tags), *read_keys])
            entries = {**entries, **{key: found.get(key) for key in read_keys}}
            known = {**known, **{tag: found.get(_generation_key(tag)) for tag in read_tags}}
        current = {tag: known.get(tag) for tag in tags}
        unknown = [tag for tag, generation in current.items() if generation is None]
        if unknown:
            current.update(_generations_for_store(unknown))
            known = {**known, **current}
    except Exception:
        return None, None
    if reads is not None:
        reads.entries, reads.generations = entries, known
    return entries, current


def cached_count(queryset) -> int:
    """`queryset.count()`, kept per generation of the site and of the pages (every publish,
    change, withdrawal or move of a page renews `SEARCH_TAG`): a listing's total over
    10,000 pages is a scan that grows with the data. The SQL is the key, so every filter
    combination has its own; dates in it (expiry) change the key daily."""
    key = _query_key(queryset)
    if key is None:
        return 0
    return fragment(f"count:{key}", [SITE_TAG, SEARCH_TAG], queryset.count)


def cached_rows(queryset) -> list:
    """The rows of a `values_list()` query (a listing's page of keys), kept like
    `cached_count`: a filtered listing's page is a join over thousands of pages, and it
    changes only when a page changes. Which cards or API items the keys show is kept
    apart, under the tags of their own pages."""
    key = _query_key(queryset)
    if key is None:
        return []
    return fragment(f"rows:{key}", [SITE_TAG, SEARCH_TAG], lambda: list(queryset))


class KeptRows:
    """A listing's keys (a `values_list()`) for a paginator (Django's, Wagtail API's), its
    total and each page of rows kept under `key` per generation of the site and the pages,
    like `cached_rows`. `key` names what decides the query (the listing, its language, the
    day and the visitor's valid filters: `cms.filters.chosen_filters_key`), so a kept page
    of results costs neither building the query nor compiling its SQL; `build()` gives the
    queryset when a total or a page is missing."""

    def __init__(self, key: str, build):
        self.key, self.build = key, build

    def count(self) -> int:
        return fragment(f"count:{self.key}", [SITE_TAG, SEARCH_TAG], lambda: self.build().count())

    def __getitem__(self, window: slice) -> list:
        name = f"rows:{self.key}:{window.start}:{window.stop}"
        return fragment(name, [SITE_TAG, SEARCH_TAG], lambda: list(self.build()[window]))


def _query_key(queryset) -> str | None:
    """The query's SQL as a key (None for a query that can match nothing): every filter
    combination and page has its own, and dates in it (an expiry) change it daily."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return hashlib.sha256(f"{queryset.db}|{sql}|{params!r}".encode()).hexdigest()[:32]


class CardKey:
    """A listing's result read as the key and tags its card is kept under, not as a whole
    object: the `cards` tag (cms_tags) renders kept cards without it and asks `load(pks)`,
    once for all the cards it lacks, for the objects of those (`card_keys`)."""

    __slots__ = ("pk", "tags", "load")

    def __init__(self, pk, tags: list[str], load):
        self.pk, self.tags, self.load = pk, tags, load

    @property
    def card_cache_key(self):
        return self.pk

    def card_cache_tags(self) -> list[str]:
        return self.tags


def card_keys(page, tags_of, load):
    """Turn a paginator page of `values_list("pk", ...)` rows into `CardKey`s in place:
    `tags_of(*row)` gives a row's card tags, `load(pks)` the objects by primary key (with
    what a card shows). A listing then reads twenty pairs of numbers, not twenty pages
    with their organisations and languages, when its cards are kept."""
    page.object_list = [CardKey(row[0], tags_of(*row), load) for row in page.object_list]
    return page


class Paginator(DjangoPaginator):
    """Django's paginator with the total from `cached_count`; with `keep_rows` (for a
    `values_list()` of keys) a page's rows from `cached_rows`."""

    def __init__(self, *args, keep_rows: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.keep_rows = keep_rows

    def page(self, number):
        page = super().page(number)
        if self.keep_rows and hasattr(page.object_list, "query"):
            page.object_list = cached_rows(page.object_list)
        return page

    @cached_property
    def count(self) -> int:
        if hasattr(self.object_list, "query"):
            return cached_count(self.object_list)
        return super().count


def clear() -> None:
    """Make every cached page stale at once (tests, `manage.py clear_page_cache`)."""
    bump([SITE_TAG])
    with _asked_lock:
        _asked_by_url.clear()


# --- the middleware -----------------------------------------------------------------------


class PageCacheMiddleware:
    """Serve anonymous pages from the cache and store the ones that may be shared.

    Sits outside the session, locale, CSRF, auth and messages middleware: a hit costs none
    of them, and a miss is judged with everything they did to the request and response
    (cookies set, session modified, messages added) already visible.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._is_site_page_path(request):
            return self.get_response(request)
        if not (enabled() and self._may_use_cache(request)):
            return self._private(self.get_response(request))

        key = entry_key(request)
        cached = self._fetch(request, key)
        if cached is not None:
            return cached
        started = time.time_ns()
        response = self.get_response(request)
        if not self._may_store(request, response):
            return self._private(response)
        self._store(request, response, key, started)
        return response

    # --- decisions ---------------------------------------------------------------------

    @staticmethod
    def _is_site_page_path(request: HttpRequest) -> bool:
        path = request.path_info
        return path.startswith(SHARED_API_PATHS) or not path.startswith(EXCLUDED_PATHS)

    @staticmethod
    def _may_use_cache(request: HttpRequest) -> bool:
        if request.method not in ("GET", "HEAD"):
            return False
        # SecurityMiddleware, after this one, sends plain HTTP to HTTPS first.
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return False
        # Wagtail's previews and moderation views render a draft through the middleware
        # chain with a made-up request for the page's own URL.
        if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
            return False
        cookies = request.COOKIES
        # A session may hold a login, a passed page password or messages to show; the
        # messages framework's own cookie holds the latter too.
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        # Logins live in the session (above), so a request without its cookie is anonymous.
        return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH

    @staticmethod
    def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
        page = getattr(request, "page_cache_page", None)
        shared = getattr(request, "page_cache_tags", None) is not None
        if (page is None and not shared) or getattr(request, "is_preview", False):
            return False
        if request.method != "GET" or response.status_code != 200 or response.streaming:
            return False
        # A shared API answer's key holds the language cookie, Accept-Language and Origin.
        allowed = {"accept-language", "origin"} if shared else ()
        if response.cookies or _varies_beyond(response, allowed):
            return False
        # A rendered {% csrf_token %}: the page carries a token for this visitor only.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        messages = getattr(request, "_messages", None)
        if messages is not None and getattr(messages, "added_new", False):
            return False
        cache_control = response.get("Cache-Control", "")
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        return page is None or not page.get_view_restrictions().exists()

    # --- reading and writing -------------------------------------------------------------

    def _fetch(self, request: HttpRequest, key: str) -> HttpResponse | None:
        entry = _current_entry(key)
        if entry is None:
            return None
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HEADER] = "HIT"
        _record_hit(entry)
        if response.has_header("ETag") and "HTTP_IF_NONE_MATCH" in request.META:
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response

    def _store(self, request, response, key: str, started: int) -> None:
        query = normalised_query(request)
        browser_max_age = settings.PAGE_CACHE_BROWSER_MAX_AGE
        shared_max_age = browser_max_age if query else settings.PAGE_CACHE_TIMEOUT
        patch_cache_control(response, public=True, max_age=browser_max_age, s_maxage=shared_max_age)
        response[HEADER] = "MISS"
        try:
            page = getattr(request, "page_cache_page", None)
            tags = page_tags(page, request) if page else request.page_cache_tags
            generations = _generations_for_store(tags)
            if len(generations) != len(tags) or _bumped_since(generations, started):
                return
            entry = {
                "tags": generations,
                "status": response.status_code,
                "headers": [(name, value) for name, value in response.items() if name != HEADER],
                "content": response.content,
                "on_hit": getattr(request, "page_cache_on_hit", None),
            }
            page_cache().set(key, entry, timeout=settings.PAGE_CACHE_TIMEOUT)
        except Exception:
            logger.exception("Could not store a page in the page cache")

    @staticmethod
    def _private(response: HttpResponse) -> HttpResponse:
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class ServeHits:
    """WSGI: answer a request that the page cache holds before Django's handler starts.

    It asks exactly what PageCacheMiddleware asks (`_is_site_page_path`,
    `_may_use_cache`, `entry_key`, `_current_entry`) and sends the entry as that
    middleware's hit would (recording it with `on_hit`, as the search API asks); all else —
    a miss, a stale entry, a bad Host, a conditional GET — goes to Django, where the
    middleware decides again. A hit then costs neither Django's request signals nor
    its request and response objects: a third of its time in the process
    (bench/README.md, "Cached pass")."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        entry = self._entry(environ) if enabled() else None
        if entry is None:
            return self.application(environ, start_response)
        _record_hit(entry)
        status = f"{entry['status']} {HTTPStatus(entry['status']).phrase}"
        start_response(status, [*entry["headers"], (HEADER, "HIT")])
        return [entry["content"]]

    @staticmethod
    def _entry(environ) -> dict | None:
        if "HTTP_IF_NONE_MATCH" in environ or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        try:
            request = WSGIRequest(environ)
            if not (
                PageCacheMiddleware._is_site_page_path(request)
                and PageCacheMiddleware._may_use_cache(request)
            ):
                return None
            key = entry_key(request)  # a Host outside ALLOWED_HOSTS raises: Django answers
        except Exception:
            return None
        return _current_entry(key)


def _varies_beyond(response: HttpResponse, allowed: Iterable[str] = ()) -> bool:
    """Whether the response varies on a header other than Cookie and `allowed`.

    `Vary: Cookie` (the session was read, e.g. for the user bar) is dropped from what is
    cached: only requests without a session cookie are answered from the cache, and for
    all of them the page is the same.
    """
    if not response.has_header("Vary"):
        return False
    fields = [f.strip() for f in response["Vary"].split(",") if f.strip()]
    others = [f for f in fields if f.lower() not in {"cookie", *allowed}]
    if others:
        return True
    kept = [f for f in fields if f.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]
    return False


# Per process: the tags of each key's entry when it was last read, so that a hit reads the
# entry and the tags' generations in one round trip. Names only; generations are always read.
_KNOWN_TAGS: dict[str, list[str]] = {}
_KNOWN_TAGS_LIMIT = 20_000


def _record_hit(entry: dict) -> None:
    """What the view would have recorded had it answered (`share(on_hit=...)`)."""
    on_hit = entry.get("on_hit")
    if on_hit:
        try:
            import_string(on_hit[0])(*on_hit[1])
        except Exception:
            logger.exception("%s failed for a cached answer", on_hit[0])


def _current_entry(key: str) -> dict | None:
    """The entry under `key` if every one of its tags still has the generation it had."""
    try:
        entry, current = _read_entry(key)
    except Exception:
        logger.exception("Could not read the page cache")
        return None
    return entry if entry is not None and current == entry["tags"] else None


def _read_entry(key: str) -> tuple[dict | None, dict[str, str]]:
    """The entry under `key` and the current generations of its tags."""
    tags = _KNOWN_TAGS.get(key)
    if tags is None:
        entry = page_cache().get(key)
        if entry is None:
            return None, {}
    else:
        found = page_cache().get_many([key, *map(_generation_key, tags)])
        entry = found.get(key)
        if entry is None:
            return None, {}
        if sorted(entry["tags"]) == tags:
            current = {
                tag: found[_generation_key(tag)] for tag in tags if _generation_key(tag) in found
            }
            return entry, current
    if len(_KNOWN_TAGS) >= _KNOWN_TAGS_LIMIT:
        _KNOWN_TAGS.clear()
    _KNOWN_TAGS[key] = sorted(entry["tags"])
    return entry, _current_generations(entry["tags"])


def _bumped_since(generations: dict[str, str], started_ns: int) -> bool:
    """Whether a tag changed while (or just before) the page was being rendered."""
    # Web servers' clocks differ a little: a bump up to PAGE_CACHE_CLOCK_SKEW_MS before the
    # rendering began still counts as "during".
    skew_ns = settings.PAGE_CACHE_CLOCK_SKEW_MS * 1_000_000
    return any(_generation_time(value) > started_ns - skew_ns for value in generations.values())


def mark_cacheable(page, request: HttpRequest, serve_args, serve_kwargs) -> None:
    """Wagtail's `before_serve_page` hook: this response is a page and may be cached."""
    request.page_cache_page = page


# --- which tags a page depends on, which a change bumps --------------------------------------


def page_tags(page: Page, request: HttpRequest) -> list[str]:
    """The tags a rendering of `page` depends on: the site, itself, the other pages it
    names and what it lists."""
    shows = getattr(page, "page_cache_sections_shown", None)
    sections = shows(request) if shows else ()
    named = getattr(page, "page_cache_pages_shown", None)
    others = named() if named else ()
    return sorted(
        {SITE_TAG, f"page:{page.pk}", *(f"section:{s}" for s in sections)}
        | {f"page:{pk}" for pk in others}
    )


def affected_pages(pages: Iterable[Page]) -> list[Page]:
    """The pages whose renderings may show `pages`: each page and its ancestors in every
    language, and the pages it names as related (listings elsewhere, its organiser)."""
    pages = list(pages)
    if not pages:
        return []
    translation_keys = {page.translation_key for page in pages}
    own = list(Page.objects.filter(translation_key__in=translation_keys))
    own += [page for page in pages if page.pk not in {p.pk for p in own}]
    ancestor_paths = {
        page.path[:length]
        for page in own
        for length in range(Page.steplen, len(page.path), Page.steplen)
    }
    result = {page.pk: page for page in own}
    for page in Page.objects.filter(path__in=ancestor_paths):
        result.setdefault(page.pk, page)
    for page in pages:
        related = getattr(page, "page_cache_related_pages", None)
        for other in related() if related else ():
            result.setdefault(other.pk, other)
    return list(result.values())


def sections_changed(pages: Iterable[Page]) -> set[str]:
    sections = set()
    for page in pages:
        sections.update(getattr(page.specific_class, "page_cache_section", ()) or ())
    return sections


def invalidate_pages(
    pages: Iterable[Page], *, descendants: bool = False, listings: bool = True
) -> None:
    """Drop every cached rendering that may show `pages` (after the change commits too).

    Bumped now, so that the rest of this transaction (and a test inside one) reads fresh
    pages, and again after the commit, so that a request which rendered the old rows
    between the two cannot keep them. With `descendants` (a move: every URL below
    changes) the subtrees' pages are dropped as well. Without `listings` only the pages
    themselves (in every language) are dropped: for a change that only they show, such as
    an event's places left.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return
    if descendants:
        below = Page.objects.none()
        for page in pages:
            below |= Page.objects.descendant_of(page)
        pages += list(below)
    if listings:
        affected = affected_pages(pages)
        tags = {f"page:{page.pk}" for page in affected}
        tags |= {f"section:{s}" for s in sections_changed(pages)}
        tags.add(SEARCH_TAG)
        # The main menu lists the home page's children in every language.
        if any(page.depth <= 3 for page in pages):
            tags.add(SITE_TAG)
    else:
        keys = {page.translation_key for page in pages}
        affected = [*pages, *Page.objects.filter(translation_key__in=keys)]
        tags = {f"page:{page.pk}" for page in affected}
    bump(tags)
    urls = _frontend_urls(affected)
    transaction.on_commit(lambda: bump(tags), robust=True)
    if urls:
        transaction.on_commit(lambda: _purge_frontend(urls), robust=True)


def _frontend_urls(pages: Iterable[Page]) -> list[str]:
    """The pages' URLs (with their routable sub-paths) for a CDN purge, if one is set up."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return []
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    for page in pages:
        try:
            batch.add_page(page)
        except Page.DoesNotExist:
            # Deleted: its specific row is gone, so only its own URL is known.
            url = page.get_full_url()
            if url:
                batch.add_url(url)
    return sorted(batch.urls)


def _purge_frontend(urls: list[str]) -> None:
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(urls)


# --- signals --------------------------------------------------------------------------------


def _site_wide_models() -> tuple[type, ...]:
    """Models every page shows (menus, footer, taxonomy and language names, images,
    locales, the consent texts of its forms)."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, PageViewRestriction, Site

    from .models import ConsentText, Language, Taxonomy

    # A page made private (or public again) leaves every listing, count and search answer.
    restrictions = PageViewRestriction
    return (
        *(Taxonomy, Language, ConsentText, BaseSiteSetting, Site, Locale, AbstractImage),
        *(AbstractDocument, restrictions),
    )


def on_page_changed(sender, instance, **kwargs) -> None:
    invalidate_pages([instance])


def on_page_moved(sender, instance, parent_page_before=None, **kwargs) -> None:
    invalidate_pages([instance], descendants=True)
    invalidate_pages([parent_page_before])
    # The kept private sections are tree paths: a moved section has a new one.
    bump([SITE_TAG])
    transaction.on_commit(lambda: bump([SITE_TAG]), robust=True)


def on_site_wide_change(sender, instance, created=False, **kwargs) -> None:
    from wagtail.contrib.settings.models import BaseSiteSetting

    # Wagtail creates a site's settings row with its defaults on the first page that reads
    # it: nothing shown changes.
    if created and isinstance(instance, BaseSiteSetting):
        return
    # A new translation of a site root (a draft too) adds to the site's kept tree paths.
    new_root = created and isinstance(instance, Page) and instance.depth <= 2
    if new_root or isinstance(instance, _SITE_WIDE_MODELS):
        bump([SITE_TAG])
        transaction.on_commit(lambda: bump([SITE_TAG]), robust=True)


def on_promotion_change(sender, instance, **kwargs) -> None:
    """A promoted result added, changed or removed: the kept search answers for its query
    are stale (the staff's promotions are part of them)."""
    bump([SEARCH_TAG])
    transaction.on_commit(lambda: bump([SEARCH_TAG]), robust=True)


_SITE_WIDE_MODELS: tuple[type, ...] = ()


def connect() -> None:
    """Wire the invalidation to Wagtail's and Django's signals (CmsConfig.ready)."""
    global _SITE_WIDE_MODELS
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.signals import page_published, page_unpublished, post_page_move

    _SITE_WIDE_MODELS = _site_wide_models()
    page_published.connect(on_page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="pagecache_unpublished")
    # Deleting a specific page deletes its Page row too: the base class's signal fires once.
    post_delete.connect(on_page_changed, sender=Page, dispatch_uid="pagecache_deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="pagecache_moved")
    post_save.connect(on_site_wide_change, dispatch_uid="pagecache_site_saved")
    post_delete.connect(on_site_wide_change, dispatch_uid="pagecache_site_deleted")
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_promotion_change, sender=SearchPromotion, dispatch_uid=f"pagecache_promotion_{name}"
        )
