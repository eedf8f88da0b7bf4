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


class Degraded(Exception):
    """The service is down but the site still answers without it (reported, not fatal)."""

    def __init__(self, report: dict):
        super().__init__(report)
        self.report = report


def check_search() -> dict:
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return {"status": "ok", "backend": "database"}
    try:
        info = client.info()
    except Exception as exc:
        if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        # The site search answers from the database meanwhile (search/engine.py).
        raise Degraded(
            {"status": "degraded", "error": exc.__class__.__name__, "answering": "database"}
        ) from exc
    return {"status": "ok", "backend": settings.SEARCH_ENGINE, "version": info["version"]["number"]}


CHECKS = {"database": check_database, "redis": check_redis, "search": check_search}


@never_cache
def health(request):
    report, healthy, degraded = {}, True, False
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Degraded as finding:
            logger.warning("health check %s degraded: %s", name, finding.report)
            report[name], degraded = finding.report, True
        except Exception as exc:  # any failure of a backing service is a health finding
            logger.warning("health check %s failed: %s", name, exc)
            report[name] = {"status": "error", "error": exc.__class__.__name__}
            healthy = False
    status = ("degraded" if degraded else "ok") if healthy else "error"
    return JsonResponse({"status": status, "checks": report}, status=200 if healthy else 503)
