"""Staff report of searches that found nothing (Wagtail's own "Search terms" report,
from wagtail.contrib.search_promotions, lists the popular ones)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from . import services
from .models import ZeroResultQuery


class ZeroResultReportView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-hits"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    columns = [
        Column("query_string", label=_("search words"), sort_key="query_string"),
        Column("language", label=_("language"), sort_key="language"),
        NumberColumn("hits", label=_("searches"), sort_key="hits"),
        DateColumn("last_searched_at", label=_("last searched"), sort_key="last_searched_at"),
    ]
    list_export = ["query_string", "language", "hits", "last_searched_at"]

    def get_base_queryset(self):
        return ZeroResultQuery.objects.all()

    def dispatch(self, request, *args, **kwargs):
        # Like Wagtail's search terms report: what citizens type is for administrators.
        if not request.user.is_superuser:
            return permission_denied(request)
        services.flush_counts()  # the searches counted in Redis since the last job
        return super().dispatch(request, *args, **kwargs)
