"""API v2 endpoints of the home app: the news with the listing's filters, and the counselling
request of the contact page."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from cms.api import PublicPagesAPIViewSet, SubmissionAPIView, form_errors
from cms.api_schema import INVALID, THROTTLED, created, form_request

from .filters import NewsFilter
from .forms import CounsellingRequestForm
from .models import NewsArticlePage
from .services import submit_counselling_request


class NewsAPIViewSet(PublicPagesAPIViewSet):
    """/api/v2/news/: published, public news articles, newest first, filtered like the news
    page (`date_from`, `date_to`) and by `?locale=` as every page endpoint."""

    model = NewsArticlePage
    name = "news"
    filter_backends = PublicPagesAPIViewSet.filtered_endpoint_backends
    filterset_class = NewsFilter  # applied in get_queryset; read by cms/api_schema.py
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(
        NewsFilter.base_filters.keys()
    )
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + ["date", "intro"]

    def get_queryset(self):
        queryset = (
            NewsArticlePage.objects.live()
            .public()
            .filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale")
            .order_by("-date", "-pk")
        )
        if self.action != "listing_view":
            return queryset
        news_filter = NewsFilter(self.request.GET, queryset=queryset, request=self.request)
        if not news_filter.is_valid():
            raise BadRequestError(news_filter.errors.as_json())
        return news_filter.qs


class CounsellingRequestAPIView(SubmissionAPIView):
    """POST /api/v2/counselling-requests/ — the contact page's form, consent (purpose
    "counselling") and service: 201 with the new id, 400 with field errors in the
    `Accept-Language` language."""

    @extend_schema(
        tags=["counselling"],
        request=form_request(CounsellingRequestForm, "CounsellingRequestBody"),
        responses={201: created("CounsellingRequestCreated"), 400: INVALID, 429: THROTTLED},
    )
    def post(self, request):
        form = CounsellingRequestForm(request.data)
        if not form.is_valid():
            return Response(form_errors(form), status=400)
        counselling_request = submit_counselling_request(form)
        return Response({"id": counselling_request.pk}, status=201)
