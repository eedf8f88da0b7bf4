"""manage.py export_personal_data ADDRESS [--output FILE]: everything stored about one
e-mail address, as JSON (DSGVO Art. 15 and 20). See cms/privacy.py."""

import json

from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

from cms import privacy


class Command(BaseCommand):
    help = "Export everything stored about one e-mail address as JSON."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--output", help="write to this file instead of standard output")
        parser.add_argument("--by", default="", help="who asked for it (kept in the record)")

    def handle(self, *args, email, output=None, by="", **options):
        data = privacy.export(email, by=by or "manage.py")
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stderr.write(f"{len(data['records'])} record(s) written to {output}")
        else:
            self.stdout.write(text)
