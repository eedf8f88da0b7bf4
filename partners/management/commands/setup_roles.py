from django.core.management.base import BaseCommand

from partners.roles import apply_roles


class Command(BaseCommand):
    help = (
        "Create or correct the staff roles (administrators, moderators, translators, jury), "
        "their page, collection and model permissions and the moderation workflow. "
        "Safe to run again: a second run changes nothing."
    )

    def handle(self, *args, **options):
        changes = apply_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles in place ({changes} changes)."))
