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


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OwnService:
    """A second instance of one of our services, run by its script in `scripts/services/`
    with a state folder and ports of its own, so that a test may stop or restart it without
    disturbing the instance the other tests share."""

    def __init__(self, service: str, state_variable: str, **port_variables: int):
        import os

        from django.conf import settings

        services = os.environ.get(
            "BITBURG_SERVICES_DIR", os.path.expanduser("~/.cache/bitburg/services")
        )
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.script = settings.BASE_DIR / "scripts" / "services" / f"{service}.sh"
        self.env = {
            **os.environ,
            state_variable: os.path.join(services, f"{service}-test-{worker}"),
            **{name: str(port) for name, port in port_variables.items()},
        }

    def run(self, action: str, timeout: int = 180) -> None:
        import shutil
        import subprocess

        command = [shutil.which("bash"), str(self.script), action]
        subprocess.run(command, env=self.env, check=True, timeout=timeout)
