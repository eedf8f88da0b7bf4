from django.core.management.base import BaseCommand, CommandError

from opportunities.models import OrganisationPage
from partners.onboarding import OnboardingError, onboard


class Command(BaseCommand):
    help = (
        "Onboard a partner organisation in one step: its page (a draft if new), its editor "
        "group with rights on its own subtree only, its media collection, the moderation "
        "workflow and invitations (set-password links) for its first editors."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The organisation's name (finds its page by slug).")
        parser.add_argument(
            "--kind", default=OrganisationPage.Kind.CLUB, choices=OrganisationPage.Kind.values
        )
        parser.add_argument(
            "--editor", action="append", default=[], help="E-mail of an editor to invite."
        )

    def handle(self, *args, name, kind, editor, **options):
        try:
            result = onboard(name, kind=kind, editors=editor)
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        page = result.organisation
        self.stdout.write(
            self.style.SUCCESS(
                f"{page.title} (page {page.pk}{', new draft' if result.page_created else ''}): "
                f"group “{result.access.group.name}”, {len(result.invited)} invited."
            )
        )
