"""Staff export an application as a PDF for the Leitstelle; nobody else gets it."""

import datetime
import io

import pytest
from django.contrib.auth.models import User
from pypdf import PdfReader

from awards.card import EhrenamtskarteApplication
from cms.factories import ConsentTextFactory
from cms.models import ConsentText

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(db):
    return EhrenamtskarteApplication.objects.create(
        card_kind="standard",
        name="Олена Коваль",
        date_of_birth=datetime.date(1990, 2, 3),
        street="Hauptstraße 1",
        postcode="54634",
        town="Bitburg",
        email="olena@example.org",
        organisation_name="Tafel Bitburg",
        organisation_email="tafel@example.org",
        engaged_since=datetime.date(2020, 1, 1),
        hours=6,
        activity="Lebensmittelausgabe",
        language="uk",
        consent=ConsentTextFactory(purpose=ConsentText.Purpose.EHRENAMTSKARTE),
    )


def url(application) -> str:
    return f"/admin/awards/ehrenamtskarte/{application.pk}/pdf/"


def test_staff_export_contains_the_applicants_name(client, staff, application):
    client.force_login(staff)
    response = client.get(url(application))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Олена Коваль" in text
    assert "Tafel Bitburg" in text


def test_listing_offers_the_export(client, staff, application):
    client.force_login(staff)
    html = client.get("/admin/snippets/awards/ehrenamtskarteapplication/").content.decode()
    assert url(application) in html


def test_anonymous_and_editors_without_permission_get_no_pdf(client, application):
    response = client.get(url(application))
    assert response.status_code == 302 and b"%PDF" not in response.content
    user = User.objects.create_user("editor", password="pw")
    user.user_permissions.add(
        *__import__("django.contrib.auth.models").contrib.auth.models.Permission.objects.filter(
            codename="access_admin"
        )
    )
    client.force_login(user)
    response = client.get(url(application))
    assert response.status_code in (302, 403) and b"%PDF" not in response.content
