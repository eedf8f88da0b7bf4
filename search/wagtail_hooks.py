from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .admin_views import ZeroResultReportView


@hooks.register("register_admin_urls")
def register_zero_result_report_urls():
    return [
        path(
            "reports/searches-without-results/",
            ZeroResultReportView.as_view(),
            name="search_zero_results",
        ),
        path(
            "reports/searches-without-results/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_zero_result_report_menu_item():
    return AdminOnlyMenuItem(
        _("Searches without results"),
        reverse("search_zero_results"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
