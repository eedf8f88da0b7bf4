"""URLs of the Ehrenamtskarte outside the page tree, mounted by cms/urls.py."""

from django.urls import path

from .card_api import EhrenamtskarteApplicationAPIView
from .card_views import confirm_application

api_urlpatterns = [
    path(
        "applications/",
        EhrenamtskarteApplicationAPIView.as_view(),
        name="api-ehrenamtskarte-applications",
    ),
]

# Inside i18n_patterns: the organisation reads the page in the link's language.
public_urlpatterns = [
    path(
        "ehrenamtskarte-bestaetigung/<str:token>/",
        confirm_application,
        name="ehrenamtskarte-confirm",
    ),
]
