"""What a visitor gets when the server, not their input, is at fault.

A database that cannot be reached — a restart, a fail-over, a full connection pool — is not
a bug: the request changed nothing (every form stores what it received in one transaction),
and trying again in a moment will work. So it is a 503 with `Retry-After`, in the visitor's
language, and for API clients the same error body as a form error. Everything else is
Django's plain 500 page. Neither page touches the database.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext
from django.views.defaults import server_error as plain_server_error

RETRY_AFTER_SECONDS = 10


def database_unreachable(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError | InterfaceError)


def server_error(request: HttpRequest) -> HttpResponse:
    """`handler500`: Django calls it inside the `except` block, so the error is at hand."""
    if not database_unreachable(sys.exc_info()[1]):
        return plain_server_error(request)
    message = gettext(
        "We cannot reach our database just now, so nothing you sent was stored. "
        "Please try again in a minute."
    )
    if request.path_info.startswith("/api/"):
        body = {"errors": {"__all__": [{"message": message, "code": "unavailable"}]}}
        response = JsonResponse(body, status=503)
    else:
        page = loader.get_template("503.html").render({"message": message})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
