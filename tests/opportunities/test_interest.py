"""Expressing interest: stored once with consent and language, or refused with a reason."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from opportunities.models import ExpressionOfInterest, OpportunityPage

pytestmark = pytest.mark.django_db


def form_data(consent, **overrides) -> dict:
    data = {
        "name": "Mariia Shevchenko",
        "email": "mariia@example.org",
        "phone": "",
        "preferred_language": "uk",
        "availability": "Samstags",
        "message": "Ich habe früher Kinder trainiert.",
        "age_confirmed": "on",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_page_shows_the_form_and_the_facts(client, opportunity, consent_interest):
    html = client.get(opportunity.url).content.decode()
    assert "Bambini-Training" in html
    assert 'name="consent_given"' in html and consent_interest.text in html
    assert "16" in html  # minimum age, also in the age confirmation label
    assert "jugend@tus-erdorf.example.org" not in html  # never shown publicly


def test_good_input_stores_one_record_and_queues_two_emails(
    client, opportunity, consent_interest, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(opportunity.url, form_data(consent_interest))
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    interest = ExpressionOfInterest.objects.get()
    assert interest.opportunity_id == opportunity.pk
    assert interest.organisation_id == opportunity.organisation_id
    assert interest.consent == consent_interest
    assert interest.language == "de"
    assert interest.age_confirmed is True
    assert len(callbacks) == 1  # one job, queued after commit
    assert sorted(m.to[0] for m in mail.outbox) == [
        "jugend@tus-erdorf.example.org",
        "mariia@example.org",
    ]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"consent_given": ""}, "consent_given"),
        ({"email": "mariia-at-example"}, "email"),
        ({"message": "x" * 50_000}, "message"),
        ({"age_confirmed": ""}, "age_confirmed"),
        ({"name": ""}, "name"),
        ({"preferred_language": "xx"}, "preferred_language"),
    ],
)
def test_bad_input_is_refused_and_stores_nothing(
    client, opportunity, consent_interest, overrides, field
):
    response = client.post(opportunity.url, form_data(consent_interest, **overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert "Bitte prüfen Sie Ihre Angaben" in response.content.decode()
    assert ExpressionOfInterest.objects.count() == 0
    assert mail.outbox == []


def test_expired_opportunity_says_so_links_similar_and_refuses_interest(
    client, opportunity, club, taxonomy, consent_interest
):
    from opportunities.factories import OpportunityPageFactory

    similar = OpportunityPageFactory(
        parent=club, title="Jugendtraining", m2m={"fields_of_activity": [taxonomy["sport"]]}
    )
    OpportunityPage.objects.filter(pk=opportunity.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    page = client.get(opportunity.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "nicht mehr offen" in html
    assert similar.title in html
    assert 'name="consent_given"' not in html

    response = client.post(opportunity.url, form_data(consent_interest))
    assert response.status_code == 400
    assert "nicht mehr offen" in response.content.decode()
    assert ExpressionOfInterest.objects.count() == 0


def test_same_person_same_opportunity_within_a_day_is_stored_once(
    client, opportunity, consent_interest, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(opportunity.url, form_data(consent_interest))
        again = client.post(
            opportunity.url, form_data(consent_interest, email="MARIIA@example.org")
        )
    assert again.status_code == 200
    assert "haben Ihre Nachricht bereits" in again.content.decode()
    assert ExpressionOfInterest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_a_day_later_the_same_person_may_write_again(client, opportunity, consent_interest):
    client.post(opportunity.url, form_data(consent_interest))
    ExpressionOfInterest.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    client.post(opportunity.url, form_data(consent_interest))
    assert ExpressionOfInterest.objects.count() == 2


# --- The same through the API -------------------------------------------------------------


def api_url(opportunity_id: int) -> str:
    return f"/api/v2/opportunities/{opportunity_id}/interest/"


def test_api_consent_endpoint_gives_the_text_to_show(client, consent_interest):
    body = client.get("/api/v2/consent/interest/", HTTP_ACCEPT_LANGUAGE="de").json()
    assert body["id"] == consent_interest.pk and body["text"] == consent_interest.text


def test_api_good_input_201_one_record_two_emails(
    client, opportunity, consent_interest, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            api_url(opportunity.pk),
            form_data(consent_interest),
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="uk",
        )
    assert response.status_code == 201, response.content
    interest = ExpressionOfInterest.objects.get()
    assert response.json() == {"id": interest.pk, "duplicate": False}
    assert interest.language == "uk"
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"consent_given": False}, "consent_given"),
        ({"email": "nope"}, "email"),
        ({"message": "x" * 50_000}, "message"),
        ({"website": "http://spam.example"}, "website"),
    ],
)
def test_api_bad_input_400_with_field_errors(
    client, opportunity, consent_interest, overrides, field
):
    response = client.post(
        api_url(opportunity.pk),
        form_data(consent_interest, **overrides),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in errors
    assert errors[field][0]["message"]
    assert ExpressionOfInterest.objects.count() == 0


def test_api_unknown_opportunity_is_404(client, consent_interest):
    response = client.post(
        api_url(999_999), form_data(consent_interest), content_type="application/json"
    )
    assert response.status_code == 404
    assert ExpressionOfInterest.objects.count() == 0


def test_api_expired_opportunity_is_refused_with_reason(client, opportunity, consent_interest):
    OpportunityPage.objects.filter(pk=opportunity.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    response = client.post(
        api_url(opportunity.pk),
        form_data(consent_interest),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert response.json()["errors"]["__all__"][0]["code"] == "closed"
    assert "no longer open" in response.json()["errors"]["__all__"][0]["message"]
    assert ExpressionOfInterest.objects.count() == 0


def test_api_garbage_body_is_a_4xx(client, opportunity):
    response = client.post(api_url(opportunity.pk), "{not json", content_type="application/json")
    assert 400 <= response.status_code < 500


def test_confirmation_of_interest_is_in_ukrainian_on_the_ukrainian_site(
    client, opportunity, consent_interest, django_capture_on_commit_callbacks
):
    from django.utils import translation

    with translation.override("uk"):
        regards = translation.gettext("Kind regards")
    assert regards != "Kind regards"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(opportunity.url.replace("/de/", "/uk/"), form_data(consent_interest))
    assert ExpressionOfInterest.objects.get().language == "uk"
    confirmation = next(m for m in mail.outbox if m.to == ["mariia@example.org"])
    assert regards in confirmation.body
