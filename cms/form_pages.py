"""Serving a page that carries a citizen form: one shape for every such page."""

from __future__ import annotations

import math
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest
from django.template.response import TemplateResponse
from wagtail.models import Page


def refuse_when_rate_limited(request: HttpRequest) -> TemplateResponse | None:
    """The API write endpoints' per-client limit (`API_SUBMISSION_RATE`, one counter for
    API and HTML forms together) for a POST of a public HTML form: past it, a translated
    429 page with `Retry-After`, before the form is read, so nothing is stored."""
    if request.method != "POST":
        return None
    from .api import SubmissionRateThrottle  # (cms.api imports the models that import us)

    throttle = SubmissionRateThrottle()
    if throttle.allow_request(request, None):
        return None
    response = TemplateResponse(request, "429.html", status=429)
    wait = throttle.wait()
    if wait is not None:
        response["Retry-After"] = str(max(1, math.ceil(wait)))
    return response


def serve_form_page(
    page: Page,
    request: HttpRequest,
    *,
    make_form: Callable[..., Form],
    submit: Callable[[Form], dict],
    sent_template: str,
) -> TemplateResponse:
    """GET shows the empty form; a valid POST is submitted and answered with `sent_template`
    (the context `submit` returns is added); an invalid one is shown again, as typed, with
    its errors and status 400. `submit` may raise ValidationError for what only the locked
    database row can tell (the last place was just taken): that error is shown the same way."""
    refused = refuse_when_rate_limited(request)
    if refused is not None:
        return refused
    status = 200
    if request.method == "POST":
        form = make_form(request.POST)
        if form.is_valid():
            try:
                submitted = submit(form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                context = page.get_context(request)
                context.update(submitted)
                return TemplateResponse(request, sent_template, context)
        status = 400
    else:
        form = make_form()
    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)
