"""Self-service without an account (DSGVO Art. 15–17, 20): "my data" by e-mail link.

A citizen enters an e-mail address; if anything was submitted with it, a link signed with
Django's signing (salted, expiring after `PRIVACY_LINK_MAX_AGE`) goes to that address. The
answer on the page is the same whether the address is known or not, and the look-up runs
in the mail job after the answer, so neither the page nor its timing tells. The link shows
what was submitted with that address (cms.privacy with `submitted_only`: what the person
sent, never someone else's form that names them) and lets them withdraw an expression of
interest, cancel an event registration (the events app's own cancellation, so the waiting
list moves up), download everything as JSON and erase it. Each change is a POST with CSRF
in one transaction with a `PersonalDataRequest` row.
"""

from __future__ import annotations

import json

from django import forms
from django.conf import settings
from django.core import signing
from django.db import models, transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST
from django_tasks import task

from . import privacy
from .form_pages import refuse_when_rate_limited
from .mail import send_templated_mail

SALT = "cms.selfservice"
# Fields a citizen did not write and that mean nothing to them (internal or technical).
HIDDEN_FIELDS = {"id", "staff_note", "consent", "page", "organiser", "organisation", "language"}


class LinkRequestForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)


def make_token(email: str) -> str:
    return signing.dumps(email.strip().lower(), salt=SALT, compress=True)


def link_for(email: str) -> str:
    path = reverse("privacy-selfservice", kwargs={"token": make_token(email)})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


class InvalidLink(Exception):
    def __init__(self, expired: bool):
        self.expired = expired


def email_from(token: str) -> str:
    try:
        return signing.loads(token, salt=SALT, max_age=settings.PRIVACY_LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise InvalidLink(expired=True) from error
    except signing.BadSignature as error:
        raise InvalidLink(expired=False) from error


def with_email(view):
    """Resolve the token to its address, or answer a translated 410 (expired) or 403."""

    def wrapped(request, token, **kwargs):
        try:
            email = email_from(token)
        except InvalidLink as invalid:
            status = 410 if invalid.expired else 403
            context = {"expired": invalid.expired}
            return render(request, "cms/selfservice/invalid_link.html", context, status=status)
        return view(request, token, email, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@task()
def send_selfservice_link(email: str, language: str) -> bool:
    """Send the link if anything was submitted with `email`; nothing otherwise, so an
    address that was never used gets no mail from us (and the page looked the same)."""
    if not privacy.records_of(email, submitted_only=True):
        return False
    with translation.override(language):
        context = {"link": link_for(email), "hours": settings.PRIVACY_LINK_MAX_AGE // 3600}
    send_templated_mail("cms/email/selfservice_link", context, email, language)
    return True


@require_http_methods(["GET", "POST"])
def request_link(request):
    """Ask for the link. Valid or not known, the answer is the same page."""
    refused = refuse_when_rate_limited(request)
    if refused is not None:
        return refused
    form = LinkRequestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_valid():
            email = form.cleaned_data["email"]
            language = translation.get_language() or settings.LANGUAGE_CODE
            transaction.on_commit(
                lambda: send_selfservice_link.enqueue(email, language), robust=True
            )
            return render(request, "cms/selfservice/link_sent.html")
        return render(request, "cms/selfservice/request.html", {"form": form}, status=400)
    return render(request, "cms/selfservice/request.html", {"form": form})


def described(record: models.Model) -> list[tuple[str, str]]:
    """(label, value) of what a citizen entered or can recognise in a record."""
    rows = []
    for field in record._meta.fields:
        if field.name in HIDDEN_FIELDS or not field.editable and field.name != "created_at":
            continue
        value = getattr(record, field.name)
        if value in (None, "", [], {}):
            continue
        if field.choices:
            value = getattr(record, f"get_{field.name}_display")()
        elif isinstance(field, models.DateTimeField):
            value = timezone.localtime(value).strftime("%d.%m.%Y %H:%M")
        elif isinstance(field, models.DateField):
            value = value.strftime("%d.%m.%Y")
        elif isinstance(field, models.BooleanField):
            value = _("yes") if value else _("no")
        elif isinstance(field, models.JSONField) and isinstance(value, dict):
            rows += [(str(key), str(answer)) for key, answer in value.items()]
            continue
        rows.append((str(field.verbose_name), str(value)))
    return rows


def overview_of(email: str) -> list[dict]:
    groups = []
    for model, queryset in privacy.records_of(email, submitted_only=True).items():
        related = [
            f.name
            for f in model._meta.fields
            if f.is_relation and f.many_to_one and f.name not in HIDDEN_FIELDS
        ]
        groups.append(
            {
                "kind": model._meta.verbose_name_plural,
                "label": model._meta.label_lower,
                "records": [
                    {"record": record, "fields": described(record)}
                    for record in queryset.select_related(*related)
                ],
            }
        )
    return groups


DONE = {
    "withdrawn": _("Your expression of interest has been withdrawn."),
    "cancelled": _("Your registration has been cancelled."),
}


@with_email
def overview(request, token, email):
    """Everything submitted with this address, with what the citizen can do about it."""
    context = {"email": email, "token": token, "groups": overview_of(email)}
    context["done"] = DONE.get(request.GET.get("done", ""))
    response = render(request, "cms/selfservice/overview.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


def audit(kind: str, email: str, counts: dict) -> None:
    from .models import PersonalDataRequest

    PersonalDataRequest.objects.create(
        kind=kind, email_digest=privacy.digest(email), counts=counts, by="self-service"
    )


@require_POST
@with_email
def withdraw_interest(request, token, email, pk):
    """Withdraw one's own expression of interest (the organisation sees it as withdrawn)."""
    from opportunities.models import ExpressionOfInterest

    Status = ExpressionOfInterest.Status
    with transaction.atomic():
        interest = get_object_or_404(
            ExpressionOfInterest.objects.select_for_update(), pk=pk, email__iexact=email
        )
        if interest.status != Status.WITHDRAWN:
            interest.status = Status.WITHDRAWN
            interest.save(update_fields=["status"])
            audit("withdrawal", email, {"opportunities.expressionofinterest": 1})
    return redirect(reverse("privacy-selfservice", kwargs={"token": token}) + "?done=withdrawn")


@require_POST
@with_email
def cancel_registration(request, token, email, pk):
    """Cancel one's own registration through the events app, so the waiting list moves up."""
    from events.models import EventRegistration
    from events.services import cancel

    registration = get_object_or_404(EventRegistration, pk=pk, email__iexact=email)
    with transaction.atomic():
        if registration.status != EventRegistration.Status.CANCELLED:
            cancel(registration.token)
            audit("cancellation", email, {"events.eventregistration": 1})
    return redirect(reverse("privacy-selfservice", kwargs={"token": token}) + "?done=cancelled")


@with_email
def download(request, token, email):
    """Everything submitted with this address as a JSON file (DSGVO Art. 15 and 20)."""
    data = privacy.export(email, by="self-service", submitted_only=True)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="meine-daten.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
@with_email
def erase(request, token, email):
    """GET asks for confirmation; the POST erases everything submitted with the address."""
    if request.method == "POST":
        counts = privacy.erase(email, by="self-service", submitted_only=True)
        return render(request, "cms/selfservice/erased.html", {"total": sum(counts.values())})
    context = {"token": token, "groups": overview_of(email)}
    return render(request, "cms/selfservice/erase.html", context)
