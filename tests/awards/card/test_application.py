"""Applying for the card: one path for the page and the API, the organisation's single-use
link, and the e-mails in the right language."""

import datetime
import time

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail, signing
from django.core.signing import TimestampSigner
from django.utils import timezone, translation

from awards.card import EhrenamtskarteApplication
from awards.card_services import CONFIRMATION_SALT

pytestmark = pytest.mark.django_db

API_URL = "/api/v2/ehrenamtskarte/applications/"


def form_data(consent, **overrides) -> dict:
    today = timezone.localdate()
    data = {
        "card_kind": "standard",
        "name": "Mariia Shevchenko",
        "date_of_birth": (today - relativedelta(years=34)).isoformat(),
        "street": "Hauptstraße 1",
        "postcode": "54634",
        "town": "Bitburg",
        "email": "mariia@example.org",
        "phone": "",
        "organisation_name": "TuS Erdorf",
        "organisation_email": "vorstand@tus-erdorf.example.org",
        "engaged_since": (today - relativedelta(years=3)).isoformat(),
        "hours": "6",
        "hours_period": "week",
        "activity": "Ich trainiere die Bambini.",
        "compensation": "none",
        "in_participating_municipality": "yes",
        "membership_only": "no",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def organisation_link(message) -> str:
    return (
        next(
            line.strip()
            for line in message.body.splitlines()
            if "/ehrenamtskarte-bestaetigung/" in line
        )
        .split("://", 1)[1]
        .split("/", 1)[1]
    )


# --- the page ------------------------------------------------------------------------------


def test_page_shows_information_check_and_form_in_few_queries(
    client, card_page, consent_card, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        response = client.get(card_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="check-card_kind"' in html and 'method="get"' in html
    assert 'name="consent_given"' in html and consent_card.text in html
    assert "<fieldset" in html and "<legend>" in html


def test_check_shows_the_reasons_on_the_same_page_and_stores_nothing(client, card_page):
    today = timezone.localdate()
    query = {
        "check": "1",
        "check-card_kind": "standard",
        "check-date_of_birth": (
            today - relativedelta(years=14) + relativedelta(days=1)
        ).isoformat(),
        "check-engaged_since": (today - relativedelta(years=2)).isoformat(),
        "check-hours": "249",
        "check-hours_period": "year",
        "check-compensation": "none",
        "check-in_participating_municipality": "yes",
        "check-membership_only": "no",
    }
    response = client.get(card_page.url.replace("/de/", "/en/"), query)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="status"' in html
    assert "You are 13 years old; the card is for people from 14." in html
    assert "250 hours a year are needed; you gave 249." in html
    assert EhrenamtskarteApplication.objects.count() == 0


def test_html_application_is_stored_once_with_consent_and_mails_both(
    client, card_page, consent_card, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(card_page.url, form_data(consent_card))
    assert response.status_code == 200, response.context["form"].errors
    assert "Vielen Dank" in response.content.decode()
    application = EhrenamtskarteApplication.objects.get()
    assert application.consent == consent_card
    assert application.language == "de"
    assert application.status == "submitted"
    assert application.in_participating_municipality is True
    assert application.membership_only is False
    assert sorted(m.to[0] for m in mail.outbox) == [
        "mariia@example.org",
        "vorstand@tus-erdorf.example.org",
    ]


def test_html_ineligible_application_is_refused_with_reasons_and_keeps_input(
    client, card_page, consent_card
):
    response = client.post(card_page.url, form_data(consent_card, hours="4"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bitte prüfen Sie Ihre Angaben" in html
    assert "Im Durchschnitt sind 5 Stunden pro Woche nötig" in html
    assert "Hauptstraße 1" in html  # what was typed stays
    assert EhrenamtskarteApplication.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"consent_given": ""}, "consent_given"),
        ({"email": "nope"}, "email"),
        ({"organisation_email": ""}, "organisation_email"),
        ({"membership_only": ""}, "membership_only"),
        ({"hours": ""}, "hours"),
        ({"date_of_birth": "2999-01-01"}, "date_of_birth"),
        ({"card_kind": "gold"}, "card_kind"),
    ],
)
def test_html_bad_input_is_a_400_and_stores_nothing(
    client, card_page, consent_card, overrides, field
):
    response = client.post(card_page.url, form_data(consent_card, **overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert EhrenamtskarteApplication.objects.count() == 0


def test_flat_allowance_is_stored_with_a_flag_for_staff(client, card_page, consent_card):
    response = client.post(card_page.url, form_data(consent_card, compensation="flat-allowance"))
    assert response.status_code == 200
    assert EhrenamtskarteApplication.objects.get().eligibility_flags == ["flat-allowance"]


def test_jubilee_needs_no_hours(client, card_page, consent_card):
    today = timezone.localdate()
    data = form_data(
        consent_card,
        card_kind="jubilee",
        hours="",
        engaged_since=(today - relativedelta(years=25)).isoformat(),
    )
    assert client.post(card_page.url, data).status_code == 200
    assert EhrenamtskarteApplication.objects.get().card_kind == "jubilee"


# --- the API -------------------------------------------------------------------------------


def test_api_application_201_stored_once_with_consent_in_the_request_language(
    client, consent_card, django_capture_on_commit_callbacks
):
    data = form_data(consent_card, in_participating_municipality=True, membership_only=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            API_URL, data, content_type="application/json", HTTP_ACCEPT_LANGUAGE="uk"
        )
    assert response.status_code == 201, response.content
    application = EhrenamtskarteApplication.objects.get()
    assert response.json()["id"] == application.pk
    assert response.json()["eligibility"]["eligible"] is True
    assert application.consent == consent_card and application.language == "uk"
    with translation.override("uk"):
        regards = translation.gettext("Kind regards")
    applicant_mail = next(m for m in mail.outbox if m.to == ["mariia@example.org"])
    organisation_mail = next(m for m in mail.outbox if m.to != ["mariia@example.org"])
    assert regards != "Kind regards" and regards in applicant_mail.body
    assert "Mit freundlichen Grüßen" in organisation_mail.body  # organisations get German


def test_api_ineligible_is_a_400_with_the_reasons_but_not_the_flags(client, consent_card):
    response = client.post(
        API_URL,
        form_data(consent_card, hours="249", hours_period="year", compensation="flat-allowance"),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    errors = response.json()["errors"]["__all__"]
    assert [e["code"] for e in errors] == ["not_eligible"]
    assert errors[0]["message"] == "250 hours a year are needed; you gave 249."
    assert "allowance" not in str(errors)
    assert EhrenamtskarteApplication.objects.count() == 0


def test_api_bad_input_and_garbage_are_4xx(client, consent_card):
    response = client.post(
        API_URL, form_data(consent_card, email="x"), content_type="application/json"
    )
    assert response.status_code == 400 and "email" in response.json()["errors"]
    garbage = client.post(API_URL, "{not json", content_type="application/json")
    assert 400 <= garbage.status_code < 500
    listing = client.post(API_URL, "[1, 2]", content_type="application/json")
    assert listing.status_code == 400
    assert EhrenamtskarteApplication.objects.count() == 0


def test_collective_applications_are_refused_while_the_setting_is_off(client, consent_card):
    assert not __import__("django.conf").conf.settings.EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS
    data = {
        "organisation_name": "TuS Erdorf",
        "applicants": [form_data(consent_card), form_data(consent_card, name="Piotr Nowak")],
    }
    response = client.post(API_URL, data, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"]["applicants"][0]["code"] == "collective_disabled"
    assert EhrenamtskarteApplication.objects.count() == 0


def test_collective_applications_when_allowed_store_all_or_none(client, consent_card, settings):
    settings.EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS = True
    good = {"applicants": [form_data(consent_card), form_data(consent_card, name="Piotr Nowak")]}
    assert client.post(API_URL, good, content_type="application/json").status_code == 201
    assert EhrenamtskarteApplication.objects.count() == 2
    bad = {"applicants": [form_data(consent_card), form_data(consent_card, hours="1")]}
    assert client.post(API_URL, bad, content_type="application/json").status_code == 400
    assert EhrenamtskarteApplication.objects.count() == 2


# --- the organisation's link ---------------------------------------------------------------


@pytest.fixture
def submitted(client, card_page, consent_card, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(card_page.url, form_data(consent_card))
    application = EhrenamtskarteApplication.objects.get()
    message = next(m for m in mail.outbox if m.to == ["vorstand@tus-erdorf.example.org"])
    mail.outbox.clear()
    return application, "/" + organisation_link(message)


CONFIRMATION = {
    "decision": "confirm",
    "confirmed_by_name": "Hans Becker, Vorsitzender",
    "confirmed_since": "2020-03-01",
    "confirmed_hours": "7",
    "confirmed_hours_period": "week",
}


def test_organisation_confirms_once_without_login(
    client, submitted, django_capture_on_commit_callbacks
):
    application, link = submitted
    page = client.get(link)
    assert page.status_code == 200
    assert "Mariia Shevchenko" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, CONFIRMATION)
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == "confirmed_by_organisation"
    assert application.confirmed_by_name == "Hans Becker, Vorsitzender"
    assert application.confirmed_since == datetime.date(2020, 3, 1)
    assert application.confirmed_hours == 7
    assert [m.to for m in mail.outbox] == [["ehrenamt@bitburg.example"]]

    again = client.post(link, {**CONFIRMATION, "decision": "decline"})
    assert again.status_code == 410
    assert "already been answered" in again.content.decode() or "bereits" in again.content.decode()
    assert client.get(link).status_code == 410
    application.refresh_from_db()
    assert application.status == "confirmed_by_organisation"


def test_organisation_may_decline(client, submitted):
    application, link = submitted
    response = client.post(link, {"decision": "decline", "confirmed_by_name": "Hans Becker"})
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == "declined_by_organisation"


def test_incomplete_confirmation_is_a_400_and_changes_nothing(client, submitted):
    application, link = submitted
    response = client.post(link, {**CONFIRMATION, "confirmed_hours": ""})
    assert response.status_code == 400
    application.refresh_from_db()
    assert application.status == "submitted"


def test_tampered_link_is_a_friendly_400(client, submitted):
    application, link = submitted
    token = link.rstrip("/").rsplit("/", 1)[1]
    forged = signing.dumps({"a": application.pk, "n": "guess"}, salt=CONFIRMATION_SALT)
    for bad in [token[:-2] + "xx", forged, "nonsense"]:
        response = client.get(link.replace(token, bad))
        assert response.status_code == 400
        assert "nicht gültig" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "submitted"


def test_expired_link_is_a_friendly_410(client, submitted, settings):
    application, link = submitted

    class LongAgo(TimestampSigner):
        def timestamp(self):
            days = settings.EHRENAMTSKARTE_CONFIRMATION_DAYS + 1
            return signing.b62_encode(int(time.time()) - days * 24 * 60 * 60)

    old = LongAgo(salt=CONFIRMATION_SALT).sign_object(
        {"a": application.pk, "n": application.confirmation_nonce}, compress=False
    )
    token = link.rstrip("/").rsplit("/", 1)[1]
    for method in (client.get, client.post):
        response = method(link.replace(token, old), CONFIRMATION if method == client.post else None)
        assert response.status_code == 410
        assert "abgelaufen" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "submitted"


def test_confirmation_link_past_the_rate_limit_is_a_translated_429_and_changes_nothing(
    client, submitted, settings
):
    """The organisation's link shares the public forms' per-client limit: past it, a
    translated 429 with Retry-After before the token or the answer is read."""
    from django.core.cache import cache

    application, link = submitted
    settings.API_SUBMISSION_RATE = "2/minute"
    cache.clear()
    try:
        ip = "10.252.7.1"
        incomplete = {"decision": "confirm"}
        assert client.post(link, incomplete, REMOTE_ADDR=ip).status_code == 400
        assert client.post(link, incomplete, REMOTE_ADDR=ip).status_code == 400
        refused = client.post(link, CONFIRMATION, REMOTE_ADDR=ip)
        assert refused.status_code == 429
        assert int(refused["Retry-After"]) > 0
        assert "Zu viele Einsendungen" in refused.content.decode()
        english = client.post(link.replace("/de/", "/en/"), CONFIRMATION, REMOTE_ADDR=ip)
        assert english.status_code == 429 and "Too many submissions" in english.content.decode()
        application.refresh_from_db()
        assert application.status == "submitted"
        assert application.confirmed_by_name == ""
        # Another client (the real organisation) may still answer.
        assert client.post(link, CONFIRMATION, REMOTE_ADDR="10.252.7.2").status_code == 200
        application.refresh_from_db()
        assert application.status == "confirmed_by_organisation"
    finally:
        cache.clear()
