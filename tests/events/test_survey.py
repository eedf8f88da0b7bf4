"""A campaign's survey (Wagtail form builder) stores answers with consent; staff export them."""

import pytest
from django.contrib.auth.models import User

from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from events.models import SurveyField, SurveyPage, SurveySubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(campaign, locale_de):
    ConsentTextFactory(purpose=ConsentText.Purpose.SURVEY, locale=locale_de)
    page = SurveyPage(
        title="Wo soll es blühen?",
        slug="wo-soll-es-bluehen",
        form_fields=[
            SurveyField(label="Ort", field_type="singleline", required=True),
            SurveyField(label="Warum dort?", field_type="multiline", required=False),
        ],
    )
    campaign.add_child(instance=page)
    page.save_revision().publish()
    return page


def answers(**extra):
    consent = ConsentText.objects.get(purpose=ConsentText.Purpose.SURVEY)
    return {
        "ort": "Wiese am Mötscher Bach",
        "warum_dort": "Viele Bienen.",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
        **extra,
    }


def test_campaign_page_embeds_the_survey_form(client, campaign, survey):
    html = client.get(campaign.url).content.decode()
    assert f'action="{survey.url}"' in html
    assert 'name="ort"' in html and 'name="consent_given"' in html


def test_answer_is_stored_with_consent_and_language(client, survey):
    response = client.post(survey.url, answers())
    assert response.status_code == 200
    submission = SurveySubmission.objects.get(page=survey)
    assert submission.form_data == {"ort": "Wiese am Mötscher Bach", "warum_dort": "Viele Bienen."}
    assert submission.consent.purpose == "survey"
    assert submission.language == "de"


@pytest.mark.parametrize("bad", [{"ort": ""}, {"consent_given": ""}, {"website": "spam"}])
def test_bad_answers_get_a_400_and_are_not_stored(client, survey, bad):
    response = client.post(survey.url, answers(**bad))
    assert response.status_code == 400
    assert not SurveySubmission.objects.exists()


def test_staff_export_the_answers_as_csv(client, survey):
    client.post(survey.url, answers())
    staff = User.objects.create_superuser("moderation", "m@example.org", "pw")
    client.force_login(staff)
    response = client.get(f"/admin/forms/submissions/{survey.pk}/?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "Wiese am Mötscher Bach" in content
    assert "Veranstaltungsanmeldung" not in content
