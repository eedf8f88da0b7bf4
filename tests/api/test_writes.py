"""The API's write endpoints: the counselling request and campaign surveys share their HTML
forms' rules, and every write endpoint is rate-limited per client (429, nothing stored)."""

from __future__ import annotations

import pytest
from django.urls import get_resolver

from cms.api import SubmissionRateThrottle
from events.models import EventRegistration, SurveySubmission
from home.models import CounsellingRequest
from opportunities.models import ExpressionOfInterest

from .conftest import consent_fields, counselling_body, survey_body

pytestmark = pytest.mark.django_db

COUNSELLING = "/api/v2/counselling-requests/"


def post(client, url, body, ip="127.0.0.1", language="de"):
    return client.post(
        url,
        body,
        content_type="application/json",
        REMOTE_ADDR=ip,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_counselling_request_is_stored_with_consent_and_language(client, site, consents):
    response = post(client, COUNSELLING, counselling_body(consents), language="en")
    assert response.status_code == 201
    stored = CounsellingRequest.objects.get(pk=response.json()["id"])
    assert stored.consent == consents["counselling"]
    assert stored.language == "en"
    assert stored.preferred_language == "ar"


def test_counselling_errors_are_machine_readable_and_translated(client, site, consents):
    body = counselling_body(consents, contact_channel="phone", phone="", website="spam")
    response = post(client, COUNSELLING, body, language="en")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert (
        errors["phone"]
        == [{"message": "Please give a phone number so that we can call you.", "code": ""}]
        or errors["phone"][0]["message"] == "Please give a phone number so that we can call you."
    )
    assert errors["website"][0]["message"] == "This field must be left empty."
    german = post(client, COUNSELLING, body, language="de").json()
    assert german["language"] == "de"
    assert german["errors"]["website"][0]["message"] == "Dieses Feld muss leer bleiben."
    assert not CounsellingRequest.objects.exists()


def test_counselling_without_consent_is_refused(client, site, consents):
    body = counselling_body(consents, consent_given=False)
    response = post(client, COUNSELLING, body)
    assert response.status_code == 400
    assert response.json()["errors"]["consent_given"][0]["code"] == "required"
    assert not CounsellingRequest.objects.exists()


def test_survey_answer_is_stored_with_consent(client, site, consents):
    url = f"/api/v2/surveys/{site['survey'].pk}/submissions/"
    response = post(client, url, survey_body(consents))
    assert response.status_code == 201
    stored = SurveySubmission.objects.get(pk=response.json()["id"])
    assert stored.form_data == {"ort": "Wiese Nummer 0", "wie_oft": "monatlich"}
    assert stored.consent == consents["survey"]
    assert stored.language == "de"


def test_bad_survey_answers_get_field_errors(client, site, consents):
    url = f"/api/v2/surveys/{site['survey'].pk}/submissions/"
    for bad, field in [
        ({"ort": ""}, "ort"),
        ({"wie_oft": "täglich"}, "wie_oft"),
        ({"website": "x"}, "website"),
    ]:
        response = post(client, url, survey_body(consents, **bad))
        assert response.status_code == 400
        assert field in response.json()["errors"]
    assert not SurveySubmission.objects.exists()


def test_survey_fields_are_described_in_the_page_api(client, site):
    body = client.get(f"/api/v2/pages/{site['survey'].pk}/").json()
    assert [f["clean_name"] for f in body["form_fields"]] == ["ort", "wie_oft"]
    assert body["form_fields"][1]["choices"] == "einmal\nmonatlich"


def test_unpublished_survey_takes_no_answers(client, site, consents):
    site["survey"].unpublish()
    url = f"/api/v2/surveys/{site['survey'].pk}/submissions/"
    assert post(client, url, survey_body(consents)).status_code == 404
    assert not SurveySubmission.objects.exists()


def interest_body(consents, n):
    return {
        "name": f"Person {n}",
        "email": f"person{n}@example.org",
        "preferred_language": "de",
        "message": "Ich helfe gern.",
        **consent_fields(consents["interest"]),
    }


def registration_body(consents, n):
    return {
        "name": f"Person {n}",
        "email": f"person{n}@example.org",
        **consent_fields(consents["registration"]),
    }


WRITES = {
    "counselling": (lambda s: COUNSELLING, counselling_body, CounsellingRequest),
    "survey": (
        lambda s: f"/api/v2/surveys/{s['survey'].pk}/submissions/",
        survey_body,
        SurveySubmission,
    ),
    "interest": (
        lambda s: f"/api/v2/opportunities/{s['opportunity'].pk}/interest/",
        interest_body,
        ExpressionOfInterest,
    ),
    "registration": (
        lambda s: f"/api/v2/events/{s['event'].pk}/registrations/",
        registration_body,
        EventRegistration,
    ),
}


def test_past_the_rate_limit_the_answer_is_429_and_nothing_more_is_stored(
    client, site, consents, submission_rate, client_ip
):
    for name, (make_url, make_body, model) in WRITES.items():
        url, ip = make_url(site), f"{client_ip}{len(name)}"
        for n in range(submission_rate):
            assert post(client, url, make_body(consents, n), ip=ip).status_code == 201, name
        refused = post(client, url, make_body(consents, 99), ip=ip)
        assert refused.status_code == 429, name
        assert int(refused["Retry-After"]) > 0
        assert model.objects.count() == submission_rate, name
        # Another client is not affected.
        assert post(client, url, make_body(consents, 100), ip=ip + "9").status_code == 201


def test_the_other_write_endpoints_are_limited_too(client, submission_rate, client_ip, db):
    for url in [
        "/api/v2/awards/1/nominations/",
        "/api/v2/ehrenamtskarte/applications/",
        "/api/v2/event-registrations/6f0c2b8e-4a57-4a3e-9a55-2c1e0c5c7a11/cancel/",
    ]:
        ip = f"{client_ip}{len(url)}"
        answers = [post(client, url, {}, ip=ip).status_code for _ in range(submission_rate + 1)]
        assert 429 not in answers[:-1], url
        assert answers[-1] == 429, url


def api_write_views():
    """Every view under /api/v2/ that accepts POST."""
    for pattern in get_resolver().url_patterns:
        if str(pattern.pattern).startswith("api/v2/") and hasattr(pattern, "callback"):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class is not None and hasattr(view_class, "post"):
                yield str(pattern.pattern), view_class


def test_every_api_write_endpoint_has_the_rate_limit():
    views = dict(api_write_views())
    assert len(views) >= 5
    for route, view_class in views.items():
        assert SubmissionRateThrottle in view_class.throttle_classes, route


def test_html_forms_share_the_limit_answer_a_translated_429_and_store_nothing(
    client, site, consents, submission_rate, client_ip
):
    contact = site["contact"].url
    for n in range(submission_rate):
        answer = client.post(contact, counselling_body(consents, n), REMOTE_ADDR=client_ip)
        assert answer.status_code == 200
    assert CounsellingRequest.objects.count() == submission_rate
    refused = client.post(contact, counselling_body(consents, 99), REMOTE_ADDR=client_ip)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Zu viele Einsendungen" in refused.content.decode()
    english = client.post(
        contact.replace("/de/", "/en/"), counselling_body(consents, 98), REMOTE_ADDR=client_ip
    )
    assert english.status_code == 429 and "Too many submissions" in english.content.decode()
    assert CounsellingRequest.objects.count() == submission_rate
    # One counter for the API and the HTML forms of a client.
    api = post(client, COUNSELLING, counselling_body(consents, 97), ip=client_ip)
    assert api.status_code == 429
    # A GET still shows the form; another client may still send it.
    assert client.get(contact, REMOTE_ADDR=client_ip).status_code == 200
    other = client.post(contact, counselling_body(consents, 96), REMOTE_ADDR=client_ip + "9")
    assert other.status_code == 200


def test_every_public_html_form_is_limited(client, site, submission_rate, client_ip):
    for url in [site["survey"].url, "/de/partner-werden/", site["opportunity"].url]:
        ip = f"{client_ip}{len(url)}"
        answers = [
            client.post(url, {}, REMOTE_ADDR=ip).status_code for _ in range(submission_rate + 1)
        ]
        assert 429 not in answers[:-1], url
        assert answers[-1] == 429, url
