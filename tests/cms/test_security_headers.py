"""Security headers: the Content-Security-Policy on the public site and the admin, and the
production settings' HSTS, secure cookies and the rest, read from a real production start."""

import json

import pytest
from django.db import connection

from tests.cms.test_deploy import PRODUCTION_ENV, run_manage

pytestmark = pytest.mark.django_db


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_the_public_site_has_a_strict_policy(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_the_admin_allows_inline_code_but_only_from_our_origin(client, home_page):
    response = client.get("/admin/login/")
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]


def test_a_nonce_is_added_when_a_template_uses_one(rf):
    from csp.middleware import CSPMiddleware

    from cms.csp import SiteCSPMiddleware

    request = rf.get("/")
    middleware = SiteCSPMiddleware(lambda request: None)
    middleware.process_request(request)
    nonce = str(request.csp_nonce)
    from django.http import HttpResponse

    response = middleware.process_response(request, HttpResponse())
    assert f"'nonce-{nonce}'" in response.headers["Content-Security-Policy"]
    assert issubclass(SiteCSPMiddleware, CSPMiddleware)


PRODUCTION_RESPONSE = """
import json
from django.conf import settings
from django.test import Client, override_settings
# Only the static files come from the source folders: there is no collectstatic here.
static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
with override_settings(STORAGES={**settings.STORAGES, "staticfiles": static}):
    client = Client()
    response = client.get("/admin/login/", secure=True, HTTP_HOST="ehrenamt.bitburg.de")
    plain = client.get("/admin/login/", HTTP_HOST="ehrenamt.bitburg.de")
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "csrf_cookie_secure": bool(response.cookies["csrftoken"]["secure"]),
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "plain_status": plain.status_code,
    "plain_location": plain.headers.get("Location"),
}))
"""


def test_production_answers_with_the_security_headers():
    database = connection.settings_dict
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT']}/{database['NAME']}"
        ),
    }
    result = run_manage("shell", "--no-imports", "-c", PRODUCTION_RESPONSE, env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200
    headers = answer["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert directives(headers["Content-Security-Policy"])["default-src"] == ["'self'"]
    assert answer["csrf_cookie_secure"] and answer["session_cookie_secure"]
    # Plain HTTP is sent to HTTPS.
    assert answer["plain_status"] == 301
    assert answer["plain_location"].startswith("https://ehrenamt.bitburg.de/")
