"""Export and erasure of everything stored about one e-mail address (DSGVO Art. 15, 17, 20)."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from awards.card import EhrenamtskarteApplication
from awards.factories import AwardRoundPageFactory, NominationFactory
from awards.letters import ThankYouLetterProposal
from awards.models import NominationAttachment, RecognitionIndexPage
from cms import privacy
from cms.factories import ConsentTextFactory
from cms.models import ConsentText, PersonalDataRequest
from events.factories import EventPageFactory, EventRegistrationFactory
from events.models import EventRegistration, SurveyPage, SurveySubmission
from home.factories import CounsellingRequestFactory
from opportunities.factories import (
    ExpressionOfInterestFactory,
    OpportunityPageFactory,
    OrganisationPageFactory,
)
from partners.models import PartnerApplication

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "Mariam.Haddad@Example.org"
OTHER = "nachbar@example.org"


def consent(purpose):
    return ConsentTextFactory(purpose=purpose)


@pytest.fixture
def one_of_every_kind(home_page, private_media):
    """Mariam used every form once (and a neighbour once, who must stay untouched)."""
    organisation = OrganisationPageFactory(parent=home_page, title="Tafel", slug="tafel")
    opportunity = OpportunityPageFactory(parent=organisation, organisation=organisation)
    event = EventPageFactory(parent=home_page, capacity=1, registration_required=True)
    recognition = RecognitionIndexPage(title="Anerkennung", slug="anerkennung")
    home_page.add_child(instance=recognition)
    award_round = AwardRoundPageFactory(parent=recognition, year=2027)
    survey = SurveyPage(title="Umfrage", slug="umfrage", intro="Wo soll es blühen?")
    home_page.add_child(instance=survey)

    records = [
        CounsellingRequestFactory(email=EMAIL),
        ExpressionOfInterestFactory(
            opportunity=opportunity, email=EMAIL, consent=consent(ConsentText.Purpose.INTEREST)
        ),
        EventRegistrationFactory(event=event, email=EMAIL.lower()),
        NominationFactory(
            round=award_round, nominator_email=EMAIL, nominee_contact="Telefon 06561 1"
        ),
        NominationFactory(round=award_round, nominee_contact=f"per E-Mail: {EMAIL.upper()}"),
        EhrenamtskarteApplication.objects.create(
            name="Mariam Haddad",
            date_of_birth=datetime.date(1990, 5, 1),
            street="Hauptstraße 1",
            postcode="54634",
            town="Bitburg",
            email=EMAIL,
            organisation_name="Tafel Bitburg",
            organisation_email="tafel@example.org",
            engaged_since=datetime.date(2020, 1, 1),
            hours=6,
            activity="Lebensmittelausgabe",
            language="ar",
            consent=consent(ConsentText.Purpose.EHRENAMTSKARTE),
        ),
        SurveySubmission.objects.create(
            page=survey,
            form_data={"ort": "Am Stadtpark", "e_mail": EMAIL},
            consent=consent(ConsentText.Purpose.SURVEY),
            language="ar",
        ),
        ThankYouLetterProposal.objects.create(
            organisation=organisation,
            form_of_address="mr",
            person_name="Karl Jung",
            street="Talweg 2",
            postcode="54634",
            engagement="Fährt seit Jahren die Tafel-Touren.",
            engaged_since=2015,
            proposer_name="Mariam Haddad",
            proposer_email=EMAIL,
        ),
        PartnerApplication.objects.create(
            organisation_name="Syrischer Kulturverein Bitburg",
            contact_name="Mariam Haddad",
            email=EMAIL,
            language="ar",
            consent=consent(ConsentText.Purpose.PARTNER),
        ),
    ]
    nomination = records[3]
    attachment = NominationAttachment(
        nomination=nomination, original_name="foto.png", content_type="image/png", size=3
    )
    attachment.file.save("foto.png", ContentFile(b"png"), save=True)
    waiting = EventRegistrationFactory(
        event=event, email=OTHER, status=EventRegistration.Status.WAITING
    )
    return {"records": records, "attachment": attachment, "waiting": waiting}


@pytest.fixture
def private_media(settings, tmp_path):
    from django.core.files.storage import FileSystemStorage

    field = NominationAttachment._meta.get_field("file")
    original = field.storage
    field.storage = FileSystemStorage(location=tmp_path / "private")
    yield field.storage
    field.storage = original


def test_every_model_with_an_email_field_declares_where_personal_data_is():
    """A new form with an e-mail field but no declaration would escape export and erasure."""
    from django.apps import apps
    from django.db.models import EmailField

    ours = {"cms", "home", "opportunities", "events", "awards", "partners"}
    undeclared = [
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label in ours
        and any(isinstance(f, EmailField) for f in model._meta.fields)
        and model not in privacy.personal_data_models()
        and model._meta.label not in {"opportunities.OrganisationPage"}  # a club's address
    ]
    assert undeclared == []


def test_export_lists_every_record_and_leaves_a_record_without_the_address(
    one_of_every_kind, tmp_path
):
    output = tmp_path / "export.json"
    call_command("export_personal_data", EMAIL.lower(), output=str(output), by="agency")

    data = json.loads(output.read_text())
    kinds = sorted(record["type"] for record in data["records"])
    assert kinds == sorted(
        [
            "home.counsellingrequest",
            "opportunities.expressionofinterest",
            "events.eventregistration",
            "awards.nomination",
            "awards.nomination",
            "awards.ehrenamtskarteapplication",
            "events.surveysubmission",
            "awards.thankyouletterproposal",
            "partners.partnerapplication",
        ]
    )
    nomination = next(r for r in data["records"] if r.get("files"))
    assert nomination["files"] == [one_of_every_kind["attachment"].file.name]
    request = PersonalDataRequest.objects.get()
    assert request.kind == "export" and request.by == "agency"
    assert request.counts["awards.nomination"] == 2
    assert EMAIL.lower() not in json.dumps(request.counts) + request.email_digest


def test_erase_without_yes_changes_nothing(one_of_every_kind):
    with pytest.raises(CommandError, match="--yes"):
        call_command("erase_personal_data", EMAIL)
    assert len(privacy.records_of(EMAIL)) == 8


def test_erase_leaves_no_trace_of_the_address_in_any_text_column(one_of_every_kind):
    attachment = one_of_every_kind["attachment"]
    storage, name = attachment.file.storage, attachment.file.name
    assert storage.exists(name)
    assert len(tables_containing(EMAIL)) >= 9  # the search itself finds the address

    call_command("erase_personal_data", EMAIL, yes=True)

    assert tables_containing(EMAIL) == []
    assert not storage.exists(name)
    # The letter of thanks for Karl stays; only its proposer is gone.
    letter = ThankYouLetterProposal.objects.get()
    assert letter.person_name == "Karl Jung" and letter.proposer_email == ""
    # The neighbour kept their data and got the place Mariam held.
    waiting = EventRegistration.objects.get(pk=one_of_every_kind["waiting"].pk)
    assert waiting.status == EventRegistration.Status.CONFIRMED
    assert tables_containing(OTHER) != []
    erasure = PersonalDataRequest.objects.get(kind="erasure")
    assert erasure.email_digest == privacy.digest(EMAIL.upper())
    assert sum(erasure.counts.values()) == 9


def tables_containing(text: str) -> list[str]:
    """Every (table, column) of the database whose text contains `text`, any case."""
    hits = []
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public'
              AND data_type IN ('text', 'character varying', 'jsonb', 'json')
            """
        )
        for table, column in cursor.fetchall():
            cursor.execute(  # names from information_schema, quoted; the value is a parameter
                f'SELECT 1 FROM "{table}" WHERE "{column}"::text ILIKE %s LIMIT 1',  # noqa: S608
                [f"%{text}%"],
            )
            if cursor.fetchone():
                hits.append(f"{table}.{column}")
    return hits


def test_no_ip_address_is_stored_with_any_submission():
    """SPEC §10: a submission keeps no client address. The rate limit counts addresses in
    the cache only; a field for one on a model with personal data (or on the rows that
    cascade from it, like attachments) fails here."""
    import re

    from django.db.models import CASCADE, GenericIPAddressField

    looks_like_ip = re.compile(r"(^|_)ip(_|$)|ip_?addr|remote_addr|client_addr|forwarded")
    models_to_check = set(privacy.personal_data_models())
    for model in list(models_to_check):
        models_to_check |= {
            relation.related_model
            for relation in model._meta.related_objects
            if relation.one_to_many and relation.on_delete is CASCADE
        }
    assert len(models_to_check) >= 9
    offending = [
        f"{model._meta.label}.{field.name}"
        for model in models_to_check
        for field in model._meta.fields
        if isinstance(field, GenericIPAddressField) or looks_like_ip.search(field.name.lower())
    ]
    assert offending == []
