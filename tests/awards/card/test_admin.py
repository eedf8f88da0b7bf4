"""Staff handle applications in the admin; nobody else sees them."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from awards.card import EhrenamtskarteApplication
from cms.factories import ConsentTextFactory
from cms.models import ConsentText

from .conftest import make_partner_editor

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/awards/ehrenamtskarteapplication/"


def application(name: str, **fields) -> EhrenamtskarteApplication:
    return EhrenamtskarteApplication.objects.create(
        name=name,
        date_of_birth=datetime.date(1970, 1, 1),
        street="Hauptstraße 1",
        postcode="54634",
        town="Bitburg",
        email=f"{name.split()[0].lower()}@example.org",
        organisation_name="Tafel Bitburg",
        organisation_email="tafel@example.org",
        engaged_since=datetime.date(2000, 1, 1),
        hours=6,
        activity="Lebensmittelausgabe",
        language="de",
        consent=ConsentTextFactory(purpose=ConsentText.Purpose.EHRENAMTSKARTE),
        **fields,
    )


def test_staff_filter_by_status_and_see_flags(client, staff):
    application(
        "Amal Yousef", status="confirmed_by_organisation", eligibility_flags=["flat-allowance"]
    )
    application("Piotr Nowak")
    client.force_login(staff)
    html = client.get(LIST_URL, {"status": "confirmed_by_organisation"}).content.decode()
    assert "Amal Yousef" in html and "Piotr Nowak" not in html
    assert "Pauschale" in html  # the flag, in the admin's language


def test_staff_issue_a_card_and_it_is_dated(client, staff):
    card = application("Amal Yousef", status="forwarded_to_leitstelle")
    client.force_login(staff)
    response = client.post(
        f"{LIST_URL}edit/{card.pk}/", {"status": "issued", "staff_note": "Im Rathaus übergeben"}
    )
    assert response.status_code == 302
    card.refresh_from_db()
    today = timezone.localdate()
    assert card.status == "issued" and card.issued_on == today
    assert card.valid_until == today + relativedelta(years=2)
    assert card.name == "Amal Yousef"  # what the citizen sent stays as sent


def test_partner_editors_and_anonymous_see_no_applications(client, club_a):
    application("Amal Yousef")
    assert client.get(LIST_URL).status_code == 302
    client.force_login(make_partner_editor("tus", club_a))
    response = client.get(LIST_URL)
    assert response.status_code in (302, 403)
    assert "Amal Yousef" not in response.content.decode()
