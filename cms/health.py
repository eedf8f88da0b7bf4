"""/health/: is each backing service this deployment uses reachable?"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "vendor": connection.vendor}


def check_redis() -> dict:
    if not settings.REDIS_URL:
        return {"status": "not configured"}
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    client.ping()
    return {"status": "ok"}


def check_search() -> dict:
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return {"status": "ok", "backend": "database"}
    info = client.info()
    return {"status": "ok", "backend": settings.SEARCH_ENGINE, "version": info["version"]["number"]}


CHECKS = {"database": check_database, "redis": check_redis, "search": check_search}


@never_cache
def health(request):
    report, healthy = {}, True
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Exception as exc:  # any failure of a backing service is a health finding
            logger.warning("health check %s failed: %s", name, exc)
            report[name] = {"status": "error", "error": exc.__class__.__name__}
            healthy = False
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": report}, status=200 if healthy else 503
    )
