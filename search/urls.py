from django.urls import path

from . import views

urlpatterns = [
    path("", views.search_api, name="api-search"),
    path("autocomplete/", views.autocomplete, name="api-search-autocomplete"),
]
