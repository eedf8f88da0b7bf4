"""What every API v2 endpoint shares (SPEC §7). Each domain app defines its endpoints in its
own `api.py`; cms/urls.py mounts them under /api/v2/."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import path, register_converter
from django.utils import timezone, translation
from django.utils.http import http_date
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ParseError
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site, get_page_models

from . import locales, pagecache
from .api_schema import DETAIL, WagtailEndpointSchema
from .models import ConsentText, private_pages_q


def hidden_page_ids():
    """Live pages that must still not reach the API: each page model may declare them with a
    `hidden_from_api_q()` classmethod, a condition on its own rows (an expired opportunity,
    say)."""
    queries = [
        model.objects.filter(model.hidden_from_api_q()).values("pk")
        for model in get_page_models()
        if hasattr(model, "hidden_from_api_q")
    ]
    if not queries:
        return Page.objects.none().values("pk")
    combined = queries[0]
    for query in queries[1:]:
        combined = combined.union(query)
    return combined


def hidden_pages_q(model) -> Q | None:
    """The pages of `model` that must not reach the API as a condition on its rows: its own
    rule where it is the only page type below it with one (the database plans that far
    better than `pk IN (hidden pages)`, whose cost it charges per row), None where no type
    below it has one."""
    ruled = [m for m in get_page_models() if hasattr(m, "hidden_from_api_q")]
    below = [m for m in ruled if issubclass(m, model)]
    if not below:
        return None
    if below == [model]:
        return model.hidden_from_api_q()
    return Q(pk__in=hidden_page_ids())


class StableOrderingFilter(OrderingFilter):
    """Wagtail's `?order=` with the primary key as the last sort key (tree order alone).

    With offset pagination, two rows that tie on the sort key (same title, same deadline)
    could swap places between two requests, so a client would see one twice and miss the
    other. Without `?order=` an unordered queryset is put in tree order. `?order=random`
    stays random: the client asked for it.
    """

    def filter_queryset(self, request, queryset, view):
        queryset = super().filter_queryset(request, queryset, view)
        if request.GET.get("order") == "random":
            return queryset
        order = queryset.query.order_by
        if not order:
            return queryset.order_by("path" if hasattr(queryset.model, "path") else "pk")
        if order[-1] in UNIQUE_ORDER:
            # Already stable. Pages come in tree order (Wagtail's page manager): with the
            # key after it the database sorted every visible page of a type (20 ms for
            # 10,000 opportunities) instead of reading the first twenty from the index.
            return queryset
        return queryset.order_by(*order, "pk")


UNIQUE_ORDER = {"path", "-path", "pk", "-pk", "id", "-id"}


# Ids and offsets above PostgreSQL's integer range would make the database raise (a 500):
# such an id names no page (404), such an offset is refused (400).
MAX_ID = 2**31 - 1


class PageIdConverter:
    regex = "[0-9]{1,10}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("no such id")  # the URL does not match: 404
        return number

    def to_url(self, value) -> str:
        return str(value)


register_converter(PageIdConverter, "page_id")


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_ID:
            raise BadRequestError(f"offset cannot be higher than {MAX_ID}")
        if not hasattr(queryset, "query"):  # search results (`?search=`) count themselves
            return super().paginate_queryset(queryset, request, view)
        # Wagtail's pagination asks the queryset for its count: the kept one answers.
        counted = queryset.all()
        counted.count = lambda: pagecache.cached_count(queryset)
        return super().paginate_queryset(counted, request, view)


def share_site_root_paths(objects, request) -> None:
    """Give each page the request's copy of the sites' root paths: Wagtail's serializer
    builds `html_url` with `page.full_url`, which reads them from the cache once per page
    (twenty round trips to Redis for a listing)."""
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if pages:
        paths = pages[0]._get_site_root_paths(request)
        for page in pages:
            page._wagtail_cached_site_root_paths = paths


class KeptLocaleFilter(LocaleFilter):
    """Wagtail's `?locale=`, with the locale from the kept list (cms/locales.py) instead
    of a query; an unknown language code is a 404, as in Wagtail."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        locale = locales.all_locales().get(code)
        if locale is None:
            raise Http404("locale not found")
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale_id=locale.pk)
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


_REPLACED_FILTERS = {OrderingFilter: StableOrderingFilter, LocaleFilter: KeptLocaleFilter}


def _stable(backends: list) -> list:
    return [_REPLACED_FILTERS.get(b, b) for b in backends]


class PublicEndpointMixin:
    """What every Wagtail endpoint here shares: ids within the database's range, bounded
    offsets, a stable order and a description in the OpenAPI schema."""

    schema = WagtailEndpointSchema()
    pagination_class = BoundedPagination

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<page_id:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
            path("find/", cls.as_view({"get": "find_view"}), name="find"),
        ]

    def find_object(self, queryset, request):
        page_id = request.GET.get("id")
        if page_id is not None and not (page_id.isdigit() and int(page_id) <= MAX_ID):
            return None  # 404, as for any id that names no page
        return super().find_object(queryset, request)


class PublicImagesAPIViewSet(PublicEndpointMixin, ImagesAPIViewSet):
    """/api/v2/images/: every image (Wagtail has no private images)."""

    filter_backends = _stable(ImagesAPIViewSet.filter_backends)


class PublicDocumentsAPIViewSet(PublicEndpointMixin, DocumentsAPIViewSet):
    """/api/v2/documents/: documents outside view-restricted collections (Wagtail's rule)."""

    filter_backends = _stable(DocumentsAPIViewSet.filter_backends)


class PublicPagesAPIViewSet(PublicEndpointMixin, PagesAPIViewSet):
    """Wagtail's page endpoint (live pages outside view restrictions) minus hidden pages,
    in a stable order, with `Last-Modified` on detail answers (see cms/api_cache.py)."""

    filter_backends = _stable(PagesAPIViewSet.filter_backends)
    # Endpoints with a django-filter FilterSet: Wagtail's FieldsFilter would read the same
    # query parameters as raw field values (`?district=stahl` as an id) and fail.
    filtered_endpoint_backends = [f for f in filter_backends if f is not FieldsFilter]
    # Links between translations cost a query per page: in listings only on ?fields=.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translations"]

    @classmethod
    def get_urlpatterns(cls):
        patterns = super().get_urlpatterns()
        if cls.model is Page:  # (DRF resets `name` in as_view)
            patterns.append(path("preview/", cls.as_view({"get": "preview_view"}), name="preview"))
        return patterns

    def preview_view(self, request):
        """A draft as the detail view would show it once published (cms/preview.py)."""
        from .preview import PreviewTokenInvalid, revision_for_token

        try:
            revision = revision_for_token(request.GET.get("token", ""))
        except PreviewTokenInvalid as refused:
            return Response({"message": str(refused)}, status=403)
        draft = revision.as_object()
        self.action = "detail_view"  # serialize with the detail fields
        self._cached_object = draft
        response = Response(self.get_serializer(draft).data)
        response["Cache-Control"] = "private, no-store"
        return response

    def listing_view(self, request):
        """Wagtail's listing; for a page type whose cards are kept (`card_key_fields` and
        `card_tags` on the model, e.g. opportunities) it reads only the twenty keys and
        serializes just the items not yet kept, each kept like a card until its tags
        change (cms/pagecache.py `fragments`)."""
        queryset = self.get_queryset()
        # Wagtail's `get_serializer_class` asks for the queryset again, only for its model.
        self.get_queryset = lambda: queryset
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        key_fields = getattr(queryset.model, "card_key_fields", None)
        if not isinstance(queryset, QuerySet) or key_fields is None:  # `?search=` too
            found = self.paginate_queryset(queryset)
            share_site_root_paths(found, request._request)
            return self.get_paginated_response(self.get_serializer(found, many=True).data)
        keys = queryset.select_related(None).prefetch_related(None).values_list(*key_fields)
        rows_key = self._rows_key(queryset.model)
        if rows_key is None:
            rows = pagecache.cached_rows(self.paginate_queryset(keys))
        else:
            rows = self.paginate_queryset(pagecache.KeptRows(rows_key, lambda: keys))
        signature = self._item_signature(queryset.model)
        names = {row[0]: f"api-item:{signature}:{row[0]}" for row in rows}
        wanted = {names[row[0]]: queryset.model.card_tags(*row) for row in rows}

        def serialize(missing: list[str]) -> dict:
            pages = list(queryset.filter(pk__in=[pk for pk in names if names[pk] in missing]))
            share_site_root_paths(pages, request._request)
            items = dict.fromkeys(missing)  # None: gone since the keys were read
            data = self.get_serializer(pages, many=True).data
            items.update(zip((names[page.pk] for page in pages), data, strict=True))
            return items

        items = pagecache.fragments(wanted, serialize)
        return self.get_paginated_response(
            [items[names[row[0]]] for row in rows if items[names[row[0]]] is not None]
        )

    def _rows_key(self, model) -> str | None:
        """What decides which pages a visitor without a session is listed — the endpoint,
        the page type, the site, the language, the day and the query string but `fields`
        — as the key of its kept keys and total (`pagecache.KeptRows`), so that a kept page
        of keys costs no compilation of the filtered query's SQL. None for a visitor whose
        session may pass view restrictions: the query's SQL is the key then."""
        if self._anonymous_visible_q() is None:
            return None
        request = self.request
        query = sorted((name, value) for name, value in request.GET.lists() if name != "fields")
        parts = (type(self).__qualname__, model._meta.label, request.get_host())
        parts += (translation.get_language() or "", timezone.localdate().isoformat())
        raw = "|".join(parts) + repr(query)
        return "api-rows:" + hashlib.sha256(raw.encode()).hexdigest()[:32]

    def _item_signature(self, model) -> str:
        """What an item's JSON depends on besides its page: the endpoint and its fields,
        the URL its links start with, the language of names and the day (the expiry of
        linked translations)."""
        request = self.request
        parts = (type(self).__qualname__, model._meta.label, request.GET.get("fields", ""))
        parts += (request.scheme, request.get_host(), translation.get_language() or "")
        raw = "|".join((*parts, timezone.localdate().isoformat()))
        return hashlib.sha256(raw.encode()).hexdigest()[:24]

    def get_queryset(self):
        # Wagtail's serializer reads `page.locale` for every item's `meta.locale`: without
        # the join that is one query per page of a listing.
        return self._typed_queryset().select_related("locale")

    def _typed_queryset(self):
        """Wagtail's queryset. For one page type and a visitor without a session, the
        visible pages' conditions go on that type's own rows: Wagtail's `pk IN (every
        visible page)` made the database join all pages of the site for twenty of one
        type (12 ms for the Arabic opportunities at 10,000)."""
        visible = self._anonymous_visible_q()
        model = self._one_model()
        if visible is None or model is None or model is Page:
            return super().get_queryset()
        found = model.objects.filter(visible)
        hidden = hidden_pages_q(model)
        return found if hidden is None else found.exclude(hidden)

    def _one_model(self):
        models_type = self.request.GET.get("type")
        if not models_type:
            return self.model
        try:
            models = page_models_from_string(models_type)
        except (LookupError, ValueError) as unknown:
            raise BadRequestError("type doesn't exist") from unknown
        return models[0] if len(models) == 1 else None

    def get_base_queryset(self):
        """Wagtail's visible pages, read once per request (Wagtail builds them three
        times, with two queries each) and, for a visitor without a session (who passes no
        view restriction), from the kept private sections and site."""
        found = getattr(self, "_base_queryset", None)
        if found is None:
            found = self._base_queryset = self._visible_pages().exclude(pk__in=hidden_page_ids())
        return found

    def _visible_pages(self):
        visible = self._anonymous_visible_q()
        if visible is None:
            try:
                return super().get_base_queryset()
            except (Site.DoesNotExist, ValueError) as unknown:
                # Wagtail looks `?site=host[:port]` up with .get(): a miss would be a 500.
                raise BadRequestError("site doesn't exist") from unknown
        return Page.objects.filter(visible)

    def _anonymous_visible_q(self) -> Q | None:
        """For a visitor without a session (who passes no view restriction) on a known
        site: Wagtail's visible pages as conditions on the page table, from the kept
        private sections and site; None where Wagtail must decide (`?site=`, a session)."""
        found = getattr(self, "_visible_q", False)
        if found is not False:
            return found
        request = self.request
        site = getattr(request, "_wagtail_site", None)
        anonymous = settings.SESSION_COOKIE_NAME not in request.COOKIES
        found = None
        if site is not None and "site" not in request.GET and anonymous:
            # The site's pages in every language, as Wagtail chooses them.
            root = site.root_page
            tree_paths = getattr(root, "kept_tree_paths", None)  # cms/middleware.py
            if tree_paths is None:
                tree_paths = [root.path, *root.get_translations().values_list("path", flat=True)]
            in_site = Q()
            for tree_path in tree_paths:
                in_site |= Q(path__startswith=tree_path)
            found = Q(live=True) & ~private_pages_q() & in_site
        self._visible_q = found
        return found

    def check_query_parameters(self, queryset):
        """Wagtail's check, plus page ids in the database's range (else a 500 from it)."""
        super().check_query_parameters(queryset)
        for name in ("child_of", "ancestor_of", "descendant_of", "translation_of"):
            value = self.request.GET.get(name, "")
            if value.isdigit() and int(value) > MAX_ID:
                raise BadRequestError(f"{name} must be the id of a page")

    def detail_view(self, request, pk):
        response = super().detail_view(request, pk)
        published = self.get_object().last_published_at
        if published is not None:
            response["Last-Modified"] = http_date(published.timestamp())
        return response


class SubmissionRateThrottle(SimpleRateThrottle):
    """At most API_SUBMISSION_RATE submissions per client (IP address) through the API's
    write endpoints together; past it DRF answers 429 with `Retry-After` before the view
    runs, so nothing is stored. Counted in the default cache (Redis in production)."""

    scope = "submissions"

    def get_rate(self) -> str:
        # Read at request time (not import time) so the setting can change per deployment/test.
        return settings.API_SUBMISSION_RATE

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class SubmissionAPIView(APIView):
    """Base of every public write endpoint: no session or CSRF (clients are anonymous front
    ends), and the per-client rate limit."""

    authentication_classes: list = []
    permission_classes: list = []
    throttle_classes = [SubmissionRateThrottle]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # the rate limit first: 429 before parsing
        if request.method == "POST" and not isinstance(request.data, Mapping):
            raise ParseError(_("Please send a JSON object."))


class ConsentTextView(APIView):
    """GET /api/v2/consent/<purpose>/: the consent text a client must show before submitting;
    the returned id goes back as `consent_shown`."""

    authentication_classes: list = []
    permission_classes: list = []

    @extend_schema(
        tags=["consent"],
        responses={
            200: inline_serializer(
                "ConsentText",
                {
                    "id": serializers.IntegerField(),
                    "purpose": serializers.CharField(),
                    "version": serializers.IntegerField(),
                    "language": serializers.CharField(),
                    "text": serializers.CharField(),
                },
            ),
            404: OpenApiResponse(DETAIL, description="Unknown purpose or no text yet."),
        },
    )
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
