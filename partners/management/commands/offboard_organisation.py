from django.core.management.base import BaseCommand, CommandError

from partners.models import PartnerAccess
from partners.onboarding import offboard


class Command(BaseCommand):
    help = "Take a partner organisation's access away (rights and accounts); keep its content."

    def add_arguments(self, parser):
        parser.add_argument("organisation", help="The organisation page's id or slug.")

    def handle(self, *args, organisation, **options):
        accesses = PartnerAccess.objects.select_related("organisation")
        key = (
            {"organisation_id": int(organisation)}
            if organisation.isdigit()
            else {"organisation__slug": organisation}
        )
        access = accesses.filter(**key).first()
        if access is None:
            raise CommandError(f"No onboarded organisation “{organisation}”.")
        offboard(access.organisation)
        self.stdout.write(self.style.SUCCESS(f"Access of {access.organisation.title} removed."))
