"""An organisation applies for a partner account; staff approve (onboarding) or decline."""

import pytest

from cms.factories import ConsentTextFactory
from cms.models import ConsentText, FieldOfActivity
from opportunities.models import OrganisationPage
from partners.models import PartnerAccess, PartnerApplication
from tests.utils import denied

pytestmark = pytest.mark.django_db

API_URL = "/api/v2/partner-applications/"


@pytest.fixture
def consent(locale_de):
    return ConsentTextFactory(purpose=ConsentText.Purpose.PARTNER, locale=locale_de)


@pytest.fixture
def sport(locale_de):
    return FieldOfActivity.objects.create(name="Sport", slug="sport", locale=locale_de)


def form_data(consent, sport, **overrides):
    data = {
        "organisation_name": "Lauftreff Bitburg",
        "kind": "initiative",
        "contact_name": "Jana Schmitz",
        "email": "jana@lauftreff-bitburg.example.org",
        "phone": "",
        "web_address": "https://lauftreff-bitburg.example.org",
        "fields_of_activity": [sport.pk],
        "message": "Wir suchen Begleitläufer.",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_form_stores_application_and_tells_the_agency(
    client, home_page, consent, sport, django_capture_on_commit_callbacks, mailoutbox
):
    assert client.get("/de/partner-werden/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/de/partner-werden/", form_data(consent, sport))
    assert response.status_code == 200
    application = PartnerApplication.objects.get()
    assert application.consent == consent and application.language == "de"
    assert list(application.fields_of_activity.all()) == [sport]
    assert application.web_address == "https://lauftreff-bitburg.example.org"
    assert len(mailoutbox) == 1 and "Lauftreff Bitburg" in mailoutbox[0].subject


def test_form_without_consent_is_400_and_stores_nothing(client, home_page, consent, sport):
    response = client.post("/de/partner-werden/", form_data(consent, sport, consent_given=""))
    assert response.status_code == 400
    assert not PartnerApplication.objects.exists()


def test_api_201_and_400_in_the_api_style(client, consent, sport):
    data = form_data(consent, sport, consent_given=True)
    response = client.post(API_URL, data, content_type="application/json")
    assert response.status_code == 201
    assert response.json() == {"id": PartnerApplication.objects.get().pk}
    bad = dict(data, email="keine-adresse", kind="sekte")
    response = client.post(API_URL, bad, content_type="application/json", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors["email"][0]["code"] == "invalid" and errors["kind"][0]["code"] == "invalid_choice"
    assert PartnerApplication.objects.count() == 1


@pytest.fixture
def application(consent, sport):
    return PartnerApplication.objects.create(
        organisation_name="Lauftreff Bitburg",
        kind="initiative",
        contact_name="Jana Schmitz",
        email="jana@lauftreff-bitburg.example.org",
        consent=consent,
        language="de",
    )


def test_approval_runs_the_onboarding(
    moderator,
    organisation_index,
    application,
    client,
    django_capture_on_commit_callbacks,
    mailoutbox,
):
    client.force_login(moderator)
    listing = client.get("/admin/snippets/partners/partnerapplication/").content.decode()
    assert "Lauftreff Bitburg" in listing and "decide/" in listing
    url = f"/admin/partners/applications/{application.pk}/decide/"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"decision": "approve"}).status_code == 302
    application.refresh_from_db()
    assert application.status == "approved" and application.decided_at
    page = OrganisationPage.objects.get(slug="lauftreff-bitburg")
    assert application.organisation == page.page_ptr.specific
    assert PartnerAccess.objects.get(organisation=page).group.user_set.get().email == (
        application.email
    )
    assert [m.to for m in mailoutbox] == [[application.email]]


def test_decline_onboards_nobody(moderator, organisation_index, application, client):
    client.force_login(moderator)
    url = f"/admin/partners/applications/{application.pk}/decide/"
    assert client.post(url, {"decision": "decline"}).status_code == 302
    application.refresh_from_db()
    assert application.status == "declined"
    assert not OrganisationPage.objects.exists() and not PartnerAccess.objects.exists()


def test_partner_editors_see_no_applications(onboarded, application, client):
    client.force_login(onboarded.invited[0])
    for url in [
        "/admin/snippets/partners/partnerapplication/",
        f"/admin/snippets/partners/partnerapplication/inspect/{application.pk}/",
        f"/admin/snippets/partners/partnerapplication/edit/{application.pk}/",
    ]:
        response = client.get(url)
        assert denied(response), url
        assert "Jana Schmitz" not in response.content.decode()
    assert denied(
        client.post(
            f"/admin/partners/applications/{application.pk}/decide/", {"decision": "approve"}
        )
    )
    application.refresh_from_db()
    assert application.status == "new"
