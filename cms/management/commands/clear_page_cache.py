"""Make every page in the full-page cache stale at once (cms/pagecache.py).

For a change that the signals do not see, e.g. a template or translation deployed: the
site tag gets a new generation, so every cached page is rendered afresh on its next visit.
A CDN in front keeps its copies until their s-maxage (PAGE_CACHE_TIMEOUT).
"""

from django.core.management.base import BaseCommand

from cms import pagecache


class Command(BaseCommand):
    help = "Make every page in the full-page cache stale."

    def handle(self, *args, **options):
        pagecache.clear()
        self.stdout.write("Page cache cleared.")
