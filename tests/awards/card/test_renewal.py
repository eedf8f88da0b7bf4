"""Issuing dates the card; holders are reminded once before it runs out, never for life."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.utils import timezone

from awards.card import EhrenamtskarteApplication
from awards.card_tasks import remind_card_renewals
from cms.factories import ConsentTextFactory
from cms.models import ConsentText

pytestmark = pytest.mark.django_db


def application(**fields) -> EhrenamtskarteApplication:
    defaults = {
        "card_kind": "standard",
        "name": "Amal Yousef",
        "date_of_birth": datetime.date(1980, 5, 1),
        "street": "Hauptstraße 1",
        "postcode": "54634",
        "town": "Bitburg",
        "email": "amal@example.org",
        "organisation_name": "Tafel Bitburg",
        "organisation_email": "tafel@example.org",
        "engaged_since": datetime.date(2015, 1, 1),
        "hours": 6,
        "activity": "Lebensmittelausgabe",
        "language": "ar",
        "consent": ConsentTextFactory(purpose=ConsentText.Purpose.EHRENAMTSKARTE),
    }
    defaults.update(fields)
    return EhrenamtskarteApplication.objects.create(**defaults)


def test_issuing_sets_two_years_for_the_standard_card_and_life_for_the_jubilee():
    standard = application()
    jubilee = application(card_kind="jubilee", email="old@example.org")
    today = timezone.localdate()
    for card in (standard, jubilee):
        card.status = EhrenamtskarteApplication.Status.ISSUED
        card.save()
    assert standard.issued_on == today
    assert standard.valid_until == today + relativedelta(years=2)
    assert jubilee.issued_on == today and jubilee.valid_until is None


def test_renewal_reminder_is_sent_once_in_the_holders_language(
    settings, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    due = application(
        status="issued",
        issued_on=today - relativedelta(years=2) + datetime.timedelta(days=30),
        valid_until=today + datetime.timedelta(days=30),
    )
    application(  # runs out later than the reminder window
        status="issued",
        email="later@example.org",
        issued_on=today,
        valid_until=today
        + datetime.timedelta(days=settings.EHRENAMTSKARTE_RENEWAL_REMINDER_DAYS + 1),
    )
    application(  # life-long
        card_kind="jubilee", status="issued", email="forever@example.org", issued_on=today
    )
    # Written to the outbox, sent once the reminder's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_card_renewals.call() == 1
    assert [m.to for m in mail.outbox] == [["amal@example.org"]]
    assert "Amal Yousef" in mail.outbox[0].body
    assert mail.outbox[0].subject != "Your Ehrenamtskarte runs out soon"  # Arabic, not English
    due.refresh_from_db()
    assert due.renewal_reminder_sent_at is not None

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_card_renewals.call() == 0
    assert len(mail.outbox) == 1


def test_renewal_reminder_is_a_scheduled_job(settings):
    assert settings.SCHEDULED_JOBS["ehrenamtskarte-renewal-reminders"]["task"] == (
        "awards.card_tasks.remind_card_renewals"
    )
