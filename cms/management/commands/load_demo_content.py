"""Build the believable German demo site; safe to run again (it only adds what is missing).

Each app contributes its own content through a `demo.py` module with a `load(command)`
function; they run in the order below, so later apps can link to earlier apps' pages.
"""

from importlib import import_module

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction

# An app name loads `<app>.demo`; a dotted name loads that module (an app with several parts).
DEMO_APPS = ["home", "opportunities", "events", "awards", "awards.demo_card", "partners"]


def refresh_planner_statistics() -> None:
    """Everything is built in one transaction that autovacuum cannot see into; without
    fresh statistics PostgreSQL plans the later apps' page queries for empty tables."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class Command(BaseCommand):
    help = "Create or complete the demo content (German source pages, taxonomies, settings)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            help="Also create the superuser 'admin' with this password if no superuser exists.",
        )
        parser.add_argument(
            "--skip-index", action="store_true", help="Do not rebuild the search index."
        )

    def handle(self, *args, admin_password=None, skip_index=False, **options):
        with transaction.atomic():
            for app in DEMO_APPS:
                import_module(app if "." in app else f"{app}.demo").load(self)
                refresh_planner_statistics()
            # English, Arabic, Ukrainian and Farsi translations of key pages (wagtail-localize).
            import_module("cms.demo.translations").load(self)
        if admin_password:
            self.ensure_admin(admin_password)
        call_command("rebuild_references_index", verbosity=0)
        if not skip_index:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def ensure_admin(self, password: str) -> None:
        User = get_user_model()
        if not User.objects.filter(is_superuser=True).exists():
            User.objects.create_superuser("admin", "admin@bitburg.example", password)
            self.stdout.write("Created superuser 'admin'.")
