"""Registration: stored with its consent, confirmed or wait-listed, cancelled by link."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from events.factories import EventPageFactory, EventRegistrationFactory, in_days
from events.models import EventRegistration
from events.tasks import remind_registrations

from .conftest import registration_data

pytestmark = pytest.mark.django_db

Status = EventRegistration.Status


def test_registration_is_stored_with_consent_and_confirmed_by_mail(
    client, course, consent_registration, commit
):
    with commit():
        response = client.post(course.url, registration_data(consent_registration, 1))
    assert response.status_code == 200
    assert "confirmation" in response.content.decode()
    registration = EventRegistration.objects.get(event=course)
    assert registration.status == Status.CONFIRMED
    assert registration.consent == consent_registration
    assert registration.language == "de"
    [message] = mail.outbox
    assert message.to == ["anmeldung1@example.net"]
    assert course.title in message.subject
    assert str(registration.token) in message.body
    [(filename, content, mimetype)] = message.attachments
    assert mimetype == "text/calendar" and filename.endswith(".ics")
    assert "BEGIN:VEVENT" in (content if isinstance(content, str) else content.decode())


def test_confirmation_comes_in_the_language_used(client, course, consent_registration, commit):
    # The German page (no translation yet) reached under /en/ by a visitor reading English.
    with commit():
        client.post("/en" + course.url[3:], registration_data(consent_registration, 2))
    registration = EventRegistration.objects.get(event=course)
    assert registration.language == "en"
    assert "registered" in mail.outbox[0].body
    assert "/en/" in re.search(r"https?://\S+abmelden/", mail.outbox[0].body).group(0)


def test_full_course_puts_the_eleventh_person_on_the_waiting_list(client, course, commit):
    EventRegistrationFactory.create_batch(10, event=course)
    with commit():
        response = client.post(course.url, registration_data(course_consent(), 11))
    assert response.status_code == 200
    assert EventRegistration.objects.get(email="anmeldung11@example.net").status == Status.WAITING
    assert "Warteliste" in mail.outbox[0].body


def course_consent():
    from cms.models import ConsentText

    return ConsentText.objects.get(purpose=ConsentText.Purpose.REGISTRATION)


def test_full_event_without_waiting_list_refuses_with_a_translated_400(client, course):
    course.waiting_list = False
    course.save_revision().publish()
    EventRegistrationFactory.create_batch(10, event=course)
    response = client.post(course.url, registration_data(course_consent(), 11))
    assert response.status_code == 400
    assert "alle Plätze sind vergeben" in response.content.decode()
    assert not EventRegistration.objects.filter(email="anmeldung11@example.net").exists()


def test_deadline_passed_is_a_400_and_nothing_is_stored(client, course):
    course.registration_deadline = timezone.now() - timezone.timedelta(minutes=1)
    course.save_revision().publish()
    response = client.post(course.url, registration_data(course_consent(), 3))
    assert response.status_code == 400
    assert not EventRegistration.objects.exists()


def test_invalid_input_keeps_what_was_typed(client, course):
    data = registration_data(course_consent(), 4, email="kein-at-zeichen")
    response = client.post(course.url, data)
    assert response.status_code == 400
    assert 'value="Person 4"' in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_same_address_registers_once(client, course):
    client.post(course.url, registration_data(course_consent(), 5))
    response = client.post(course.url, registration_data(course_consent(), 5))
    assert response.status_code == 200
    assert EventRegistration.objects.filter(event=course).count() == 1


def test_event_without_registration_refuses_posts(client, event_index):
    event = EventPageFactory(parent=event_index)
    assert client.post(event.url, {}).status_code == 405


def test_cancel_link_asks_first_then_cancels_and_promotes_one(client, course, commit):
    confirmed = EventRegistrationFactory.create_batch(10, event=course)
    first_waiting, second_waiting = EventRegistrationFactory.create_batch(
        2, event=course, status=Status.WAITING
    )
    url = f"/de/anmeldung/{confirmed[0].token}/abmelden/"
    assert client.get(url).status_code == 200
    confirmed[0].refresh_from_db()
    assert confirmed[0].status == Status.CONFIRMED  # a GET (a mail scanner) changes nothing
    with commit():
        response = client.post(url)
    assert response.status_code == 200
    confirmed[0].refresh_from_db()
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert confirmed[0].status == Status.CANCELLED
    assert first_waiting.status == Status.CONFIRMED and first_waiting.promoted_at
    assert second_waiting.status == Status.WAITING
    assert {m.to[0] for m in mail.outbox} == {confirmed[0].email, first_waiting.email}
    # A second click on the link is harmless.
    client.post(url)
    assert EventRegistration.objects.filter(status=Status.CONFIRMED).count() == 10


def test_unknown_cancel_token_is_404(client, course):
    assert (
        client.get("/de/anmeldung/00000000-0000-4000-8000-000000000000/abmelden/").status_code
        == 404
    )


def test_reminder_goes_out_once_the_day_before(course, commit):
    course.start = in_days(1, 10)
    course.end = in_days(1, 12)
    course.save_revision().publish()
    EventRegistrationFactory(event=course, email="morgen@example.org")
    EventRegistrationFactory(event=course, status=Status.WAITING)
    with commit():  # sent from the outbox once the reminder's transaction commits
        assert remind_registrations.call() == 1
    assert mail.outbox[-1].to == ["morgen@example.org"]
    sent = len(mail.outbox)
    with commit():
        assert remind_registrations.call() == 0
    assert len(mail.outbox) == sent


def test_api_registration_shares_the_rules(client, course):
    url = f"/api/v2/events/{course.pk}/registrations/"
    response = client.post(
        url, registration_data(course_consent(), 6), content_type="application/json"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "confirmed"
    bad = client.post(url, {"name": ""}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="de")
    assert bad.status_code == 400
    assert "email" in bad.json()["errors"]
    cancel = client.post(f"/api/v2/event-registrations/{body['cancel_token']}/cancel/")
    assert cancel.status_code == 200 and cancel.json()["status"] == "cancelled"


def test_api_refuses_when_full_without_waiting_list(client, course):
    course.waiting_list = False
    course.save_revision().publish()
    EventRegistrationFactory.create_batch(10, event=course)
    response = client.post(
        f"/api/v2/events/{course.pk}/registrations/",
        registration_data(course_consent(), 7),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["errors"]["__all__"][0]["code"] == "full"


def test_cancel_link_past_the_rate_limit_is_a_translated_429_and_cancels_nothing(
    client, course, settings
):
    """Whoever tries cancellation tokens in bulk is stopped by the public forms' per-client
    limit before any registration is looked up or changed."""
    from django.core.cache import cache

    settings.API_SUBMISSION_RATE = "2/minute"
    cache.clear()
    try:
        registrations = EventRegistrationFactory.create_batch(4, event=course)
        ip = "10.251.7.1"
        urls = [f"/de/anmeldung/{r.token}/abmelden/" for r in registrations]
        assert client.post(urls[0], REMOTE_ADDR=ip).status_code == 200
        assert client.post(urls[1], REMOTE_ADDR=ip).status_code == 200
        refused = client.post(urls[2], REMOTE_ADDR=ip)
        assert refused.status_code == 429
        assert int(refused["Retry-After"]) > 0
        assert "Zu viele Einsendungen" in refused.content.decode()
        english = client.post(urls[3].replace("/de/", "/en/"), REMOTE_ADDR=ip)
        assert english.status_code == 429 and "Too many submissions" in english.content.decode()
        statuses = list(
            EventRegistration.objects.filter(pk__in=[r.pk for r in registrations])
            .order_by("pk")
            .values_list("status", flat=True)
        )
        assert statuses == [Status.CANCELLED, Status.CANCELLED, Status.CONFIRMED, Status.CONFIRMED]
        # The link still opens (GET asks only), and another client may still cancel.
        assert client.get(urls[2], REMOTE_ADDR=ip).status_code == 200
        assert client.post(urls[2], REMOTE_ADDR="10.251.7.2").status_code == 200
    finally:
        cache.clear()
