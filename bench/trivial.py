"""A trivial Django view, served like the site (gunicorn, 2 sync workers) as a baseline.

Its req/s is the ceiling of this machine and method: Django's request cycle, gunicorn
forking a fresh connection per request ("Connection: close") and wrk sharing the CPUs.
It makes figures from other machines comparable (the issue's reference: about 4,600 req/s).
No middleware, no database, no templates.
"""

import secrets

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY=secrets.token_urlsafe(50),
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
