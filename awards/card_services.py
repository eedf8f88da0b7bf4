"""Ehrenamtskarte applications: one path for the HTML form and the API, and the
organisation's single-use confirmation link."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from cms import outbox
from cms.submissions import store_submission

from .card import EhrenamtskarteApplication
from .card_forms import EhrenamtskarteApplicationForm, OrganisationConfirmationForm
from .card_tasks import send_application_emails, send_organisation_answer_email

__all__ = [
    "CONFIRMATION_SALT",
    "ConfirmationLinkError",
    "answer_confirmation",
    "confirmation_token",
    "submit_application",
    "submit_collective_application",
    "application_for_token",
]

CONFIRMATION_SALT = "awards.ehrenamtskarte.confirmation"


def submit_application(form: EhrenamtskarteApplicationForm) -> EhrenamtskarteApplication:
    """Store a valid (so eligible) application with its consent and the check's flags in one
    transaction; the applicant and the organisation are e-mailed after commit."""
    flags = form.eligibility.flags if form.eligibility else []
    return store_submission(
        form,
        notify=[send_application_emails],
        eligibility_flags=flags,
        confirmation_nonce=secrets.token_hex(8),
    )


def submit_collective_application(
    forms: list[EhrenamtskarteApplicationForm],
) -> list[EhrenamtskarteApplication]:
    """Several valid applications filed by one organisation: all stored or none."""
    with transaction.atomic():
        return [submit_application(form) for form in forms]


class ConfirmationLinkError(Exception):
    """Why a confirmation link cannot be used: "invalid", "expired" or "used"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def confirmation_token(application: EhrenamtskarteApplication) -> str:
    """A signed, timestamped token naming the application and its current nonce."""
    return signing.dumps(
        {"a": application.pk, "n": application.confirmation_nonce}, salt=CONFIRMATION_SALT
    )


def application_for_token(token: str, *, for_update: bool = False) -> EhrenamtskarteApplication:
    """The application a link is for, if the link is genuine, fresh and not used yet."""
    max_age = settings.EHRENAMTSKARTE_CONFIRMATION_DAYS * 24 * 60 * 60
    try:
        payload = signing.loads(token, salt=CONFIRMATION_SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ConfirmationLinkError("expired") from error
    except signing.BadSignature as error:
        raise ConfirmationLinkError("invalid") from error
    if not isinstance(payload, dict) or not payload.get("n"):
        raise ConfirmationLinkError("invalid")
    queryset = EhrenamtskarteApplication.objects.all()
    if for_update:
        queryset = queryset.select_for_update()
    application = queryset.filter(pk=payload.get("a")).first()
    if application is None or application.confirmation_nonce != payload["n"]:
        raise ConfirmationLinkError("invalid")
    if (
        application.organisation_answered_at is not None
        or application.status != EhrenamtskarteApplication.Status.SUBMITTED
    ):
        raise ConfirmationLinkError("used")
    return application


@dataclass
class ConfirmationOutcome:
    application: EhrenamtskarteApplication
    confirmed: bool


def answer_confirmation(token: str, form: OrganisationConfirmationForm) -> ConfirmationOutcome:
    """Store the organisation's answer; the row lock makes a link usable exactly once even
    when it is sent twice at the same moment."""
    data = form.cleaned_data
    confirmed = data["decision"] == OrganisationConfirmationForm.CONFIRM
    with transaction.atomic():
        application = application_for_token(token, for_update=True)
        application.organisation_answered_at = timezone.now()
        application.confirmed_by_name = data["confirmed_by_name"]
        application.organisation_note = data.get("organisation_note", "")
        if confirmed:
            application.status = EhrenamtskarteApplication.Status.CONFIRMED_BY_ORGANISATION
            application.confirmed_since = data["confirmed_since"]
            application.confirmed_hours = data["confirmed_hours"]
            application.confirmed_hours_period = data["confirmed_hours_period"]
        else:
            application.status = EhrenamtskarteApplication.Status.DECLINED_BY_ORGANISATION
        application.save()
        outbox.notify(send_organisation_answer_email, application.pk)
    return ConfirmationOutcome(application, confirmed)
