import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

django_application = get_wsgi_application()

from cms.pagecache import ServeHits  # noqa: E402  (needs the settings loaded above)

# Pages the page cache holds are answered before Django's handler starts (cms/pagecache.py).
application = ServeHits(django_application)
