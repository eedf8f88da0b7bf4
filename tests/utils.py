"""Small helpers several test modules share."""

from django.contrib.auth.models import Group, Permission, User
from wagtail.models import GroupPagePermission


def partner_editor(username: str, organisation) -> User:
    """What the workflow issue's onboarding sets up: a group with edit rights on the
    organisation's own page (and so its subtree), and admin access."""
    group = Group.objects.create(name=f"Redaktion {organisation.title}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=organisation, permission=Permission.objects.get(codename="change_page")
    )
    user = User.objects.create_user(username, password="pw")
    user.groups.add(group)
    return user


def denied(response) -> bool:
    """Wagtail's admin answers a logged-in user without the permission with a redirect to
    the dashboard (and a message); other views answer 403 or 404."""
    if response.status_code == 302:
        return response.url == "/admin/"
    return response.status_code in (403, 404)
