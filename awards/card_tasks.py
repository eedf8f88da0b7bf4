"""Background work of the Ehrenamtskarte: e-mails after an application, the organisation's
answer, and renewal reminders."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Site

from cms.mail import send_templated_mail

__all__ = ["remind_card_renewals", "send_application_emails", "send_organisation_answer_email"]


def public_url(path: str) -> str:
    site = Site.objects.filter(is_default_site=True).first()
    base = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path


@task()
def send_application_emails(application_id: int) -> None:
    """Confirm the application to the applicant in their language and send the organisation
    its confirmation link (in German, the organisations' working language)."""
    from .card import EhrenamtskarteApplication
    from .card_services import confirmation_token

    application = EhrenamtskarteApplication.objects.get(pk=application_id)
    with translation.override(settings.LANGUAGE_CODE):
        link = public_url(
            reverse("ehrenamtskarte-confirm", kwargs={"token": confirmation_token(application)})
        )
    context = {
        "application": application,
        "confirmation_url": link,
        "valid_days": settings.EHRENAMTSKARTE_CONFIRMATION_DAYS,
    }
    send_templated_mail(
        "emails/card_application_confirmation", context, application.email, application.language
    )
    send_templated_mail(
        "emails/card_organisation_request",
        context,
        application.organisation_email,
        settings.LANGUAGE_CODE,
    )


@task()
def send_organisation_answer_email(application_id: int) -> None:
    """Tell the agency that an organisation confirmed or declined, so the town can check."""
    from .card import EhrenamtskarteApplication

    application = EhrenamtskarteApplication.objects.get(pk=application_id)
    context = {"application": application, "admin_url": settings.WAGTAILADMIN_BASE_URL}
    send_templated_mail(
        "emails/card_organisation_answer_staff",
        context,
        settings.AGENCY_EMAIL,
        settings.LANGUAGE_CODE,
    )


@task()
def remind_card_renewals() -> int:
    """Remind cardholders once, some days before their card runs out (scheduled daily);
    life-long Jubiläums cards have no end date and are never due."""
    from .card import EhrenamtskarteApplication

    today = timezone.localdate()
    due = EhrenamtskarteApplication.objects.filter(
        status=EhrenamtskarteApplication.Status.ISSUED,
        valid_until__isnull=False,
        valid_until__gte=today,
        valid_until__lte=today
        + datetime.timedelta(days=settings.EHRENAMTSKARTE_RENEWAL_REMINDER_DAYS),
        renewal_reminder_sent_at__isnull=True,
    )
    sent = 0
    for application in due:
        # The outbox row and the "reminded" mark commit together: a re-run never repeats it.
        with transaction.atomic():
            send_templated_mail(
                "emails/card_renewal_reminder",
                {"application": application},
                application.email,
                application.language,
            )
            EhrenamtskarteApplication.objects.filter(pk=application.pk).update(
                renewal_reminder_sent_at=timezone.now()
            )
        sent += 1
    return sent
