"""Retention periods (settings.PRIVACY_RETENTION) and the nightly job that applies them."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from awards.card import EhrenamtskarteApplication
from awards.factories import AwardRoundPageFactory, NominationFactory
from awards.letters import ThankYouLetterProposal
from awards.models import Nomination, NominationAttachment, RecognitionIndexPage
from cms import privacy, retention
from cms.factories import ConsentTextFactory
from cms.models import ConsentText, PersonalDataRequest
from events.factories import EventPageFactory, EventRegistrationFactory
from events.models import EventRegistration, SurveyPage, SurveySubmission
from home.factories import CounsellingRequestFactory
from home.models import CounsellingRequest
from opportunities.factories import (
    ExpressionOfInterestFactory,
    OpportunityPageFactory,
    OrganisationPageFactory,
)
from opportunities.models import ExpressionOfInterest
from partners.models import PartnerApplication
from tests.cms.test_privacy import private_media, tables_containing  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)

GONE = "zorabelle"  # in every record past its period
KEPT = "bleibtda"  # in every record just inside it
HOUR = datetime.timedelta(hours=1)


def days(model) -> datetime.timedelta:
    return datetime.timedelta(days=settings.PRIVACY_RETENTION[model._meta.label]["days"])


def test_every_model_with_personal_data_has_a_retention_period_and_the_check_says_so(settings):
    assert retention.check_every_personal_model_has_a_retention_period() == []
    labels = {model._meta.label for model in privacy.personal_data_models()}
    assert labels <= set(settings.PRIVACY_RETENTION)

    settings.PRIVACY_RETENTION = {
        label: rule
        for label, rule in settings.PRIVACY_RETENTION.items()
        if label != "events.SurveySubmission"
    }
    errors = retention.check_every_personal_model_has_a_retention_period()
    assert [(e.id, e.obj) for e in errors] == [("cms.E101", SurveySubmission)]


def test_a_rule_without_a_known_legal_basis_fails_the_check(settings):
    settings.PRIVACY_RETENTION = {
        **settings.PRIVACY_RETENTION,
        "home.CounsellingRequest": {"days": 10, "purpose": "x", "basis": "because"},
    }
    errors = retention.check_every_personal_model_has_a_retention_period()
    assert [e.id for e in errors] == ["cms.E102"]


@pytest.fixture
def one_of_each_side(home_page, private_media):  # noqa: F811
    """For every kind of submission one record just inside its period (KEPT) and one just
    past it (GONE), each aged by what its period counts from."""
    now = timezone.now()
    organisation = OrganisationPageFactory(parent=home_page, title="Tafel", slug="tafel")
    opportunity = OpportunityPageFactory(parent=organisation, organisation=organisation)
    recognition = RecognitionIndexPage(title="Anerkennung", slug="anerkennung")
    home_page.add_child(instance=recognition)
    survey = SurveyPage(title="Umfrage", slug="umfrage")
    home_page.add_child(instance=survey)
    made = {}

    def aged(word: str, age: datetime.timedelta) -> datetime.datetime:
        return now - age + (HOUR if word == KEPT else -HOUR)

    for word in (KEPT, GONE):
        email = f"{word}@example.org"
        made[word] = []
        made[word].append(
            CounsellingRequestFactory(
                email=email, name=word, created_at=aged(word, days(CounsellingRequest))
            )
        )
        made[word].append(
            ExpressionOfInterestFactory(
                opportunity=opportunity,
                email=email,
                name=word,
                created_at=aged(word, days(ExpressionOfInterest)),
            )
        )
        end = aged(word, days(EventRegistration))
        event = EventPageFactory(
            parent=home_page, start=end - 2 * HOUR, end=end, slug=f"fest-{len(made)}"
        )
        made[word].append(
            EventRegistrationFactory(
                event=event, email=email, name=word, created_at=end - datetime.timedelta(days=30)
            )
        )
        award_round = AwardRoundPageFactory(
            parent=recognition,
            year=2020 if word == GONE else 2021,
            nomination_opens=aged(word, days(Nomination)) - datetime.timedelta(days=60),
            nomination_closes=aged(word, days(Nomination)),
        )
        nomination = NominationFactory(
            round=award_round,
            nominator_email=email,
            nominator_name=word,
            created_at=aged(word, days(Nomination)) - datetime.timedelta(days=10),
        )
        attachment = NominationAttachment(
            nomination=nomination, original_name="foto.png", content_type="image/png", size=3
        )
        attachment.file.save(f"{word}.png", ContentFile(b"png"), save=True)
        made[word] += [nomination, attachment]
        # A card's last day is a date: two days either side of the limit.
        ran_out = now - days(EhrenamtskarteApplication)
        ran_out += datetime.timedelta(days=2 if word == KEPT else -2)
        made[word].append(
            EhrenamtskarteApplication.objects.create(
                name=word,
                date_of_birth=datetime.date(1970, 1, 1),
                street="Hauptstraße 1",
                postcode="54634",
                town="Bitburg",
                email=email,
                organisation_name="Tafel",
                organisation_email="tafel@example.org",
                engaged_since=datetime.date(2010, 1, 1),
                activity="Ausgabe",
                language="de",
                consent=ConsentTextFactory(purpose=ConsentText.Purpose.EHRENAMTSKARTE),
                created_at=ran_out - datetime.timedelta(days=3 * 365),
                issued_on=(ran_out - datetime.timedelta(days=3 * 365)).date(),
                valid_until=ran_out.date(),
            )
        )
        submission = SurveySubmission.objects.create(
            page=survey,
            form_data={"e_mail": email},
            consent=ConsentTextFactory(purpose=ConsentText.Purpose.SURVEY),
            language="de",
        )
        SurveySubmission.objects.filter(pk=submission.pk).update(
            submit_time=aged(word, days(SurveySubmission))
        )
        made[word].append(submission)
        made[word].append(
            ThankYouLetterProposal.objects.create(
                organisation=organisation,
                person_name="Karl Jung",
                street="Talweg 2",
                postcode="54634",
                engagement="Fährt die Tafel-Touren.",
                engaged_since=2015,
                proposer_name=word,
                proposer_email=email,
                created_at=aged(word, days(ThankYouLetterProposal)),
            )
        )
        made[word].append(
            PartnerApplication.objects.create(
                organisation_name="Kulturverein",
                contact_name=word,
                email=email,
                language="de",
                consent=ConsentTextFactory(purpose=ConsentText.Purpose.PARTNER),
                created_at=now - datetime.timedelta(days=2000),
                decided_at=aged(word, days(PartnerApplication)),
            )
        )
    return made


def test_the_nightly_job_removes_what_is_past_its_period_and_keeps_what_is_not(
    one_of_each_side,
):
    files = [(a.file.storage, a.file.name) for a in privacy_files(one_of_each_side)]
    assert all(storage.exists(name) for storage, name in files)
    assert len(tables_containing(GONE)) >= 8

    call_command("run_scheduled_jobs", "privacy-retention")

    # Nothing of the expired records is left in any text column, files included.
    assert tables_containing(GONE) == []
    kept_file, gone_file = files
    assert kept_file[0].exists(kept_file[1]) and not gone_file[0].exists(gone_file[1])
    # Everything just inside its period is still there, as it was.
    for record in one_of_each_side[KEPT]:
        assert type(record).objects.filter(pk=record.pk).exists(), record
    assert len(privacy.records_of(f"{KEPT}@example.org")) == 8
    # The letter of thanks stays for the volunteer; its proposer is gone.
    letter = ThankYouLetterProposal.objects.get(pk=one_of_each_side[GONE][-2].pk)
    assert letter.person_name == "Karl Jung"
    assert letter.proposer_name == letter.proposer_email == ""

    audit = PersonalDataRequest.objects.get(kind="retention")
    assert audit.email_digest == "" and audit.by == "privacy-retention"
    assert audit.counts == {
        "home.counsellingrequest": 1,
        "opportunities.expressionofinterest": 1,
        "events.eventregistration": 1,
        "awards.nomination": 1,
        "awards.ehrenamtskarteapplication": 1,
        "events.surveysubmission": 1,
        "awards.thankyouletterproposal": 1,
        "partners.partnerapplication": 1,
    }


def test_an_anonymised_record_is_not_counted_again_the_next_night(one_of_each_side):
    first = retention.apply_retention.call()
    second = retention.apply_retention.call()
    assert first["awards.thankyouletterproposal"] == 1
    assert second == {}
    assert PersonalDataRequest.objects.filter(kind="retention").count() == 2


def test_a_registration_for_a_series_counts_from_its_last_date(home_page):
    period = days(EventRegistration)
    start = timezone.now() - period - datetime.timedelta(days=100)
    series = EventPageFactory(
        parent=home_page,
        start=start,
        end=start + 2 * HOUR,
        recurrence="weekly",
        repeat_until=(timezone.localtime(start) + datetime.timedelta(days=150)).date(),
    )
    registration = EventRegistrationFactory(event=series, created_at=start)
    assert series.occurrences.count() > 1
    # The first date is past the period, the last one (50 days later than that) is not.
    assert not retention.expired(EventRegistration).filter(pk=registration.pk).exists()
    later = timezone.now() + datetime.timedelta(days=52)
    assert retention.expired(EventRegistration, now=later).filter(pk=registration.pk).exists()


def test_periods_can_be_set_from_the_environment(monkeypatch):
    import importlib

    from cms.settings import base

    monkeypatch.setenv("PRIVACY_RETENTION_DAYS", "events.EventRegistration=60")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.PRIVACY_RETENTION["events.EventRegistration"]["days"] == 60
        assert reloaded.PRIVACY_RETENTION["home.CounsellingRequest"]["days"] == 365
    finally:
        monkeypatch.delenv("PRIVACY_RETENTION_DAYS")
        importlib.reload(base)


def privacy_files(made):
    return [
        next(r for r in made[KEPT] if isinstance(r, NominationAttachment)),
        next(r for r in made[GONE] if isinstance(r, NominationAttachment)),
    ]


@pytest.fixture
def privacy_page(home_page):
    from wagtail.models import Site

    from cms.models import SiteLinks
    from home.models import InformationPage

    page = InformationPage(title="Datenschutzerklärung", slug="datenschutz", intro="Ihre Daten.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    links.privacy_page = page
    links.save()
    other = InformationPage(title="Impressum", slug="impressum")
    home_page.add_child(instance=other)
    other.save_revision().publish()
    return page


@pytest.mark.parametrize("language", ["de", "ar", "en"])
def test_the_privacy_page_prints_the_periods_of_the_settings_in_the_visitors_language(
    client, privacy_page, settings, language
):
    from django.utils import translation
    from django.utils.html import escape
    from django.utils.text import capfirst

    settings.PRIVACY_RETENTION = {
        **settings.PRIVACY_RETENTION,
        "events.EventRegistration": {**settings.PRIVACY_RETENTION["events.EventRegistration"]},
    }
    settings.PRIVACY_RETENTION["events.EventRegistration"]["days"] = 77
    html = client.get(f"/{language}/datenschutz/").content.decode()

    with translation.override(language):
        for rule in settings.PRIVACY_RETENTION.values():
            assert escape(str(rule["purpose"])) in html
        assert retention.period_text(77) in html
        assert escape(capfirst(str(EventRegistration._meta.verbose_name_plural))) in html
        assert escape(capfirst(str(retention.BASES["public_task"]))) in html
        # The link to the self-service page.
        assert f'href="/{language}/meine-daten/"' in html
    assert html.count('class="retention__rule"') == len(privacy.personal_data_models())
    assert "retention__rule" not in client.get(f"/{language}/impressum/").content.decode()


def test_period_texts_use_the_largest_whole_unit():
    from django.utils import translation

    translation.activate("de")
    assert retention.period_text(3 * 365) == "3 Jahre"
    assert retention.period_text(180) == "6 Monate"
    assert retention.period_text(365) == "1 Jahr"
    assert retention.period_text(45) == "45 Tage"
