"""The counselling request on the contact page: stored once with its consent, or not at all."""

import pytest
from django.core import mail
from wagtail.models import Locale

from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from home.models import CounsellingRequest

pytestmark = pytest.mark.django_db


def valid_data(consent: ConsentText, **overrides) -> dict:
    data = {
        "topic": CounsellingRequest.Topic.FIND_OPPORTUNITY,
        "name": "Amina Haddad",
        "email": "amina@example.org",
        "phone": "",
        "contact_channel": CounsellingRequest.Channel.EMAIL,
        "preferred_language": "ar",
        "availability": "Dienstags ab 17 Uhr",
        "message": "Ich möchte gern mit Kindern arbeiten.",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_get_shows_form_with_current_consent_text(client, contact_page, consent_counselling):
    response = client.get(contact_page.url)
    assert response.status_code == 200
    assert consent_counselling.text in response.content.decode()
    assert f'value="{consent_counselling.pk}"' in response.content.decode()


def test_good_input_stores_exactly_one_request_with_consent_version(
    client, contact_page, consent_counselling, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, valid_data(consent_counselling))
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    stored = CounsellingRequest.objects.get()
    assert stored.consent == consent_counselling
    assert stored.consent.version == 1
    assert stored.language == "de"
    assert stored.preferred_language == "ar"
    assert stored.status == CounsellingRequest.Status.NEW
    # The agency and the citizen are told after commit.
    assert sorted(m.to[0] for m in mail.outbox) == ["amina@example.org", "ehrenamt@bitburg.example"]


def test_confirmation_mail_is_in_the_language_the_form_was_used_in(
    client, contact_page, consent_counselling, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            contact_page.url.replace("/de/", "/en/"), valid_data(consent_counselling)
        )
    assert response.status_code == 200
    stored = CounsellingRequest.objects.get()
    assert stored.language == "en"
    confirmation = next(m for m in mail.outbox if m.to == ["amina@example.org"])
    assert "thank you for your request" in confirmation.body.lower()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-address"}, "email", "gültige E-Mail Adresse"),
        ({"name": ""}, "name", "Dieses Feld muss ausgefüllt werden"),
        ({"topic": "astrology"}, "topic", "keine gültige Auswahl"),
        ({"consent_given": ""}, "consent_given", "Dieses Feld muss ausgefüllt werden"),
        ({"consent_shown": "999999"}, "consent_shown", "Einwilligungstext"),
        ({"website": "http://spam.example"}, "website", "muss leer bleiben"),
        ({"contact_channel": "phone", "phone": ""}, "phone", "Telefonnummer"),
    ],
)
def test_bad_input_answers_400_with_translated_error_and_stores_nothing(
    client, contact_page, consent_counselling, overrides, field, message
):
    data = valid_data(consent_counselling, **overrides)
    response = client.post(contact_page.url, data)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert field in response.context["form"].errors
    assert CounsellingRequest.objects.count() == 0
    assert mail.outbox == []
    # What the citizen typed is still there.
    if field != "message":
        assert "Ich möchte gern mit Kindern arbeiten." in body


def test_error_messages_follow_the_page_language(client, contact_page, consent_counselling):
    url = contact_page.url.replace("/de/", "/en/")
    response = client.post(url, valid_data(consent_counselling, email="nope"))
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()


def test_garbage_post_never_causes_a_server_error(client, contact_page):
    response = client.post(contact_page.url, {"consent_shown": "abc", "topic": ["a", "b"]})
    assert response.status_code == 400
    assert CounsellingRequest.objects.count() == 0


def test_stored_request_survives_a_failing_mail_server(
    client, contact_page, consent_counselling, django_capture_on_commit_callbacks, settings
):
    # An SMTP server that refuses connections: the submission must still be stored and
    # answered normally; the e-mail job fails on its own.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard port: nothing listens
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, valid_data(consent_counselling))
    assert response.status_code == 200
    assert CounsellingRequest.objects.count() == 1


@pytest.mark.parametrize("code", ["uk", "ar", "tr"])
def test_citizen_gets_the_confirmation_in_the_language_of_the_page(
    client, contact_page, consent_counselling, django_capture_on_commit_callbacks, code
):
    from django.utils import translation

    with translation.override(code):
        regards = translation.gettext("Kind regards")
    assert regards != "Kind regards", f"no {code} catalogue"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            contact_page.url.replace("/de/", f"/{code}/"), valid_data(consent_counselling)
        )
    assert response.status_code == 200
    confirmation = next(m for m in mail.outbox if m.to == ["amina@example.org"])
    assert regards in confirmation.body


@pytest.fixture
def arabic_consent(consent_counselling):
    arabic = consent_counselling.copy_for_translation(Locale.objects.create(language_code="ar"))
    arabic.text = "أوافق على أن تحفظ الوكالة بياناتي لمعالجة طلبي."
    arabic.save()
    return arabic


def test_arabic_form_shows_and_stores_the_arabic_consent_text(
    client, contact_page, consent_counselling, arabic_consent
):
    url = contact_page.url.replace("/de/", "/ar/")
    html = client.get(url).content.decode()
    assert arabic_consent.text in html
    assert consent_counselling.text not in html
    assert f'value="{arabic_consent.pk}"' in html

    response = client.post(url, valid_data(arabic_consent))

    assert response.status_code == 200
    assert CounsellingRequest.objects.get().consent == arabic_consent


def test_a_newer_german_version_wins_over_an_outdated_translation(
    client, contact_page, consent_counselling, arabic_consent
):
    newer = ConsentTextFactory(
        version=2, text="Neue Fassung: Ihre Angaben werden 6 Monate gespeichert."
    )

    html = client.get(contact_page.url.replace("/de/", "/ar/")).content.decode()

    assert arabic_consent.text not in html
    assert f'<span lang="de" dir="ltr">{newer.text}</span>' in html
    assert f'value="{newer.pk}"' in html
