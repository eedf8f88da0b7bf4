from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from awards import card_urls
from awards.api import AwardRoundsAPIViewSet, CallsAPIViewSet, NominationAPIView
from events.api import (
    EventRegistrationAPIView,
    EventRegistrationCancelAPIView,
    EventsAPIViewSet,
    SurveySubmissionAPIView,
)
from events.views import cancel_registration
from home.api import CounsellingRequestAPIView, NewsAPIViewSet
from opportunities.api import (
    ExpressionOfInterestAPIView,
    OpportunitiesAPIViewSet,
    OrganisationsAPIViewSet,
)
from partners import public as partner_views
from search import views as search_views

from . import selfservice
from .api import (
    ConsentTextView,
    PublicDocumentsAPIViewSet,
    PublicImagesAPIViewSet,
    PublicPagesAPIViewSet,
)
from .health import health
from .sitemaps import LocalizedSitemap

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("opportunities", OpportunitiesAPIViewSet)
api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
api_router.register_endpoint("events", EventsAPIViewSet)
api_router.register_endpoint("awards", AwardRoundsAPIViewSet)
api_router.register_endpoint("calls", CallsAPIViewSet)
api_router.register_endpoint("news", NewsAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

# A database that cannot be reached is a 503 with Retry-After, not a 500 (cms/errors.py).
handler500 = "cms.errors.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/consent/<str:purpose>/", ConsentTextView.as_view(), name="api-consent"),
    path(
        "api/v2/opportunities/<page_id:pk>/interest/",
        ExpressionOfInterestAPIView.as_view(),
        name="api-interest",
    ),
    path(
        "api/v2/events/<page_id:pk>/registrations/",
        EventRegistrationAPIView.as_view(),
        name="api-event-registration",
    ),
    path(
        "api/v2/event-registrations/<uuid:token>/cancel/",
        EventRegistrationCancelAPIView.as_view(),
        name="api-event-registration-cancel",
    ),
    path("api/v2/ehrenamtskarte/", include(card_urls.api_urlpatterns)),
    path(
        "api/v2/awards/<page_id:pk>/nominations/",
        NominationAPIView.as_view(),
        name="api-nominations",
    ),
    # Partner organisations (issue 8).
    path(
        "api/v2/partner-applications/",
        partner_views.PartnerApplicationAPIView.as_view(),
        name="api-partner-applications",
    ),
    path("api/v2/search/", include("search.urls")),
    path(
        "api/v2/counselling-requests/",
        CounsellingRequestAPIView.as_view(),
        name="api-counselling-requests",
    ),
    path(
        "api/v2/surveys/<page_id:pk>/submissions/",
        SurveySubmissionAPIView.as_view(),
        name="api-survey-submissions",
    ),
    path("api/v2/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/v2/docs/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/v2/", api_router.urls),
    path("health/", health, name="health"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("suche/", search_views.search, name="search"),
    path(
        "anmeldung/<uuid:token>/abmelden/",
        cancel_registration,
        name="event-registration-cancel",
    ),
    *card_urls.public_urlpatterns,
    path("partner-werden/", partner_views.apply, name="partner-application"),
    # Self-service for personal data without an account (cms/selfservice.py).
    path("meine-daten/", selfservice.request_link, name="privacy-request-link"),
    path("meine-daten/<str:token>/", selfservice.overview, name="privacy-selfservice"),
    path(
        "meine-daten/<str:token>/interesse/<int:pk>/zurueckziehen/",
        selfservice.withdraw_interest,
        name="privacy-withdraw-interest",
    ),
    path(
        "meine-daten/<str:token>/anmeldung/<int:pk>/absagen/",
        selfservice.cancel_registration,
        name="privacy-cancel-registration",
    ),
    path("meine-daten/<str:token>/download/", selfservice.download, name="privacy-download"),
    path("meine-daten/<str:token>/loeschen/", selfservice.erase, name="privacy-erase"),
    path("", include(wagtail_urls)),
)
