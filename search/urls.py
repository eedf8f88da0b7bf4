from django.urls import path

from . import views

urlpatterns = [
    path("", views.SearchAPIView.as_view(), name="api-search"),
    path("autocomplete/", views.AutocompleteAPIView.as_view(), name="api-search-autocomplete"),
]
