"""Admin of partner access: onboarding/offboarding views, audit-log actions, dashboard."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_log_actions")
def register_partner_log_actions(actions):
    actions.register_action(
        "partners.onboard", "Partnerzugang eingerichtet", "Partnerzugang eingerichtet"
    )
    actions.register_action("partners.offboard", "Partnerzugang entzogen", "Partnerzugang entzogen")
    actions.register_action(
        "partners.roles_applied", "Rollenrechte gesetzt", "Rollenrechte aus dem Code gesetzt"
    )


urlpatterns = [
    path("", views.index, name="index"),
    path("onboard/", views.onboard_view, name="onboard"),
    path("<int:page_id>/offboard/", views.offboard_view, name="offboard"),
]


@hooks.register("register_admin_urls")
def register_partner_urls():
    return [path("partners/", include((urlpatterns, "partners_admin"), namespace="partners_admin"))]


class PartnerMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_onboard(request.user)


@hooks.register("register_admin_menu_item")
def register_partner_menu_item():
    return PartnerMenuItem(
        "Partnerzugänge", reverse("partners_admin:index"), icon_name="group", order=207
    )
