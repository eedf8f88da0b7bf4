"""manage.py erase_personal_data ADDRESS --yes: delete or anonymise everything stored about
one e-mail address (DSGVO Art. 17). Export first. See cms/privacy.py."""

from django.core.management.base import BaseCommand, CommandError

from cms import privacy


class Command(BaseCommand):
    help = "Erase everything stored about one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="really erase (no question)")
        parser.add_argument("--by", default="", help="who asked for it (kept in the record)")

    def handle(self, *args, email, yes=False, by="", **options):
        if not yes:
            found = {m._meta.label_lower: q.count() for m, q in privacy.records_of(email).items()}
            raise CommandError(f"Would erase {found or 'nothing'}; run again with --yes.")
        counts = privacy.erase(email, by=by or "manage.py")
        total = sum(counts.values())
        self.stdout.write(f"erased {total} record(s): {counts}")
