"""Letters of thanks: organisations propose, staff approve, a PDF is drawn and kept private."""

import io

import pytest
from django.conf import settings
from pypdf import PdfReader

from awards.letters import ThankYouLetterProposal

from .conftest import make_partner_editor

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/awards/thankyouletterproposal/"


def proposal(organisation, **fields) -> ThankYouLetterProposal:
    defaults = {
        "organisation": organisation,
        "form_of_address": "ms",
        "person_name": "Amal Yousef",
        "street": "Hauptstraße 1",
        "postcode": "54634",
        "town": "Bitburg",
        "engagement": "Sie trainiert seit Jahren die Bambini.",
        "engaged_since": 2012,
        "proposer_name": "Hans Becker",
        "proposer_email": "hans@example.org",
    }
    defaults.update(fields)
    return ThankYouLetterProposal.objects.create(**defaults)


@pytest.fixture
def proposals(club_a, club_b):
    return {
        "a": proposal(club_a),
        "b": proposal(club_b, person_name="Piotr Nowak", form_of_address="mr"),
    }


def test_partner_editor_sees_only_own_organisations_proposals(client, club_a, proposals):
    client.force_login(make_partner_editor("tus", club_a))
    html = client.get(LIST_URL).content.decode()
    assert "Amal Yousef" in html
    assert "Piotr Nowak" not in html


@pytest.mark.parametrize("view", ["edit", "inspect", "history", "delete"])
def test_partner_editor_cannot_open_another_organisations_proposal(client, club_a, proposals, view):
    client.force_login(make_partner_editor("tus", club_a))
    response = client.get(f"{LIST_URL}{view}/{proposals['b'].pk}/")
    assert response.status_code in (403, 404)
    assert "Piotr Nowak" not in response.content.decode()


def test_partner_editor_proposes_for_own_organisation_only(client, club_a, club_b):
    client.force_login(make_partner_editor("tus", club_a))
    data = {
        "organisation": club_a.pk,
        "form_of_address": "neutral",
        "person_name": "Kim Weber",
        "street": "Am Markt 2",
        "postcode": "54634",
        "town": "Bitburg",
        "engagement": "Kim leitet die Jugendgruppe.",
        "engaged_since": "2019",
        "proposer_name": "Hans Becker",
        "proposer_email": "hans@example.org",
        # A partner editor cannot approve their own proposal.
        "status": "approved",
    }
    assert client.post(f"{LIST_URL}add/", {**data, "organisation": club_b.pk}).status_code == 200
    assert ThankYouLetterProposal.objects.count() == 0
    response = client.post(f"{LIST_URL}add/", data)
    assert response.status_code == 302
    created = ThankYouLetterProposal.objects.get()
    assert created.organisation_id == club_a.pk
    assert created.status == "proposed"


def test_approval_draws_a_pdf_letter_with_the_name(
    client, staff, proposals, private_media, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    letter = proposals["a"]
    edit_url = f"{LIST_URL}edit/{letter.pk}/"
    form = client.get(edit_url)
    assert form.status_code == 200
    data = {
        "organisation": letter.organisation_id,
        "form_of_address": "ms",
        "person_name": letter.person_name,
        "street": letter.street,
        "postcode": letter.postcode,
        "town": letter.town,
        "engagement": letter.engagement,
        "engaged_since": "2012",
        "proposer_name": letter.proposer_name,
        "proposer_email": letter.proposer_email,
        "status": "approved",
        "staff_note": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, data)
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.status == "letter_ready"
    assert letter.letter.name.startswith("letters/")
    assert private_media.exists(letter.letter.name)
    # Outside MEDIA_ROOT, so no public URL serves it: only the staff view streams it.
    assert not str(private_media.path(letter.letter.name)).startswith(str(settings.MEDIA_ROOT))
    with letter.letter.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Sehr geehrte Frau Amal Yousef" in text
    assert "Stadt Bitburg" in text and "Rathausplatz 3" in text
    assert "Der Bürgermeister der Stadt Bitburg" in text


@pytest.fixture
def ready_letter(proposals, private_media, django_capture_on_commit_callbacks):
    letter = proposals["a"]
    letter.status = ThankYouLetterProposal.Status.APPROVED
    with django_capture_on_commit_callbacks(execute=True):
        letter.save()
    letter.refresh_from_db()
    assert letter.letter
    return letter


def download_url(letter) -> str:
    return f"/admin/awards/letters/{letter.pk}/download/"


def test_anonymous_gets_no_letter_bytes(client, ready_letter):
    response = client.get(download_url(ready_letter))
    assert response.status_code == 302
    assert b"%PDF" not in response.content


def test_partner_editor_gets_no_letter_bytes(client, club_a, ready_letter):
    client.force_login(make_partner_editor("tus", club_a))
    response = client.get(download_url(ready_letter))
    assert response.status_code in (302, 403)
    assert b"%PDF" not in response.content


def test_staff_downloads_the_letter(client, staff, ready_letter):
    client.force_login(staff)
    response = client.get(download_url(ready_letter))
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF")
    assert "Amal Yousef" in PdfReader(io.BytesIO(body)).pages[0].extract_text()
    listing = client.get(LIST_URL).content.decode()
    assert download_url(ready_letter) in listing


def test_deleting_a_proposal_deletes_its_letter(
    ready_letter, private_media, django_capture_on_commit_callbacks
):
    name = ready_letter.letter.name
    assert private_media.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        ready_letter.delete()
    assert not private_media.exists(name)
