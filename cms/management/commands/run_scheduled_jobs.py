"""Run the jobs of settings.SCHEDULED_JOBS now, in this process (cron, or no Celery beat)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Run scheduled jobs now: all of them, or those named."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help=", ".join(settings.SCHEDULED_JOBS))

    def handle(self, *args, names, **options):
        unknown = set(names) - set(settings.SCHEDULED_JOBS)
        if unknown:
            raise CommandError(f"unknown job(s): {', '.join(sorted(unknown))}")
        for name, job in settings.SCHEDULED_JOBS.items():
            if names and name not in names:
                continue
            result = import_string(job["task"]).call()
            self.stdout.write(f"{name}: {result}")
