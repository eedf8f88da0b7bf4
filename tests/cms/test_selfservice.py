"""Self-service for personal data by e-mail link, through the real views (cms/selfservice.py)."""

from __future__ import annotations

import itertools
import json
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from awards.factories import AwardRoundPageFactory, NominationFactory
from awards.models import Nomination, RecognitionIndexPage
from cms import selfservice
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
from tests.cms.test_privacy import tables_containing

pytestmark = pytest.mark.django_db(transaction=True)

A = "amal.nasser@example.org"
B = "bernd.becker@example.org"
_addresses = itertools.count(1)


@pytest.fixture
def client_ip():
    """A client address of its own, so the rate limit's counters do not leak between tests."""
    return f"10.77.{next(_addresses) % 250}.{next(_addresses) % 250}"


def url(name: str, language: str = "de", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def link_path(email: str, language: str = "de") -> str:
    return url("privacy-selfservice", language, token=selfservice.make_token(email))


@pytest.fixture
def people(home_page):
    """A and B each used the forms; the event has one place, A holds it, B waits; B
    nominated someone and named A as the nominee's contact."""
    organisation = OrganisationPageFactory(parent=home_page, title="Tafel", slug="tafel")
    opportunity = OpportunityPageFactory(parent=organisation, organisation=organisation)
    event = EventPageFactory(parent=home_page, capacity=1, registration_required=True)
    recognition = RecognitionIndexPage(title="Anerkennung", slug="anerkennung")
    home_page.add_child(instance=recognition)
    award_round = AwardRoundPageFactory(parent=recognition, year=2027)
    survey = SurveyPage(title="Umfrage", slug="umfrage")
    home_page.add_child(instance=survey)

    def answers(form_data):
        consent = ConsentTextFactory(purpose=ConsentText.Purpose.SURVEY)
        return SurveySubmission.objects.create(
            page=survey, form_data=form_data, consent=consent, language="de"
        )

    return {
        "a_survey": answers({"ort": "Am Stadtpark", "e_mail": A.upper()}),
        # An address that holds A's as a part is not A's.
        "b_survey": answers({"ort": "Bernds Ort", "e_mail": f"x{A}"}),
        "a_counselling": CounsellingRequestFactory(email=A, name="Amal Nasser"),
        "a_interest": ExpressionOfInterestFactory(
            opportunity=opportunity, email=A.upper(), name="Amal Nasser", message="Ich helfe gern."
        ),
        "a_registration": EventRegistrationFactory(event=event, email=A, name="Amal Nasser"),
        "a_nomination": NominationFactory(
            round=award_round, nominator_email=A, nominator_name="Amal Nasser"
        ),
        "b_interest": ExpressionOfInterestFactory(
            opportunity=opportunity, email=B, name="Bernd Becker", message="Bernds Nachricht"
        ),
        "b_registration": EventRegistrationFactory(
            event=event, email=B, name="Bernd Becker", status=EventRegistration.Status.WAITING
        ),
        "b_nomination": NominationFactory(
            round=award_round,
            nominator_email=B,
            nominator_name="Bernd Becker",
            nominee_contact=f"E-Mail: {A}",
            reason="Bernds Begründung",
        ),
    }


def test_a_known_address_gets_a_link_by_mail_in_its_language(client, people, client_ip):
    answer = client.post(url("privacy-request-link", "ar"), {"email": A}, REMOTE_ADDR=client_ip)

    assert answer.status_code == 200
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [A]
    link = re.search(r"http\S+/meine-daten/\S+/", message.body).group(0)
    assert "/ar/" in link  # the page opens in the language the link was asked in
    with translation.override("ar"):
        assert translation.gettext("Your data with the volunteering agency") in message.subject
    page = client.get(urlsplit(link).path)
    assert page.status_code == 200 and "Amal Nasser" in page.content.decode()


def test_the_answer_does_not_tell_whether_an_address_is_known(client, people, client_ip):
    known = client.post(url("privacy-request-link"), {"email": A}, REMOTE_ADDR=client_ip)
    unknown = client.post(
        url("privacy-request-link"), {"email": "niemand@example.org"}, REMOTE_ADDR=client_ip
    )

    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content
    assert [m.to for m in mail.outbox] == [[A]]


def test_a_bad_address_is_a_translated_400_and_nothing_is_sent(client, client_ip, db):
    answer = client.post(
        url("privacy-request-link", "en"), {"email": "kein"}, REMOTE_ADDR=client_ip
    )
    assert answer.status_code == 400
    assert "Please check your entries" in answer.content.decode()
    assert mail.outbox == []


def test_asking_for_links_is_rate_limited(client, people, settings, client_ip):
    settings.API_SUBMISSION_RATE = "2/minute"
    try:
        answers = [
            client.post(url("privacy-request-link"), {"email": A}, REMOTE_ADDR=client_ip)
            for _ in range(3)
        ]
        assert [a.status_code for a in answers] == [200, 200, 429]
        assert answers[-1].has_header("Retry-After")
        assert len(mail.outbox) == 2
    finally:
        cache.clear()


def test_the_link_shows_everything_a_sent_and_nothing_of_b(
    client, people, django_assert_max_num_queries
):
    token = selfservice.make_token(A)
    with django_assert_max_num_queries(40):
        page = client.get(url("privacy-selfservice", token=token))

    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    html = page.content.decode()
    assert html.count("Amal Nasser") == 4  # counselling, interest, registration, nomination
    assert "Ich helfe gern." in html and "Am Stadtpark" in html
    # B's records, including B's nomination that names A, are not shown to A.
    assert "Bernd" not in html and B not in html
    assert (
        'action="' + url("privacy-withdraw-interest", token=token, pk=people["a_interest"].pk)
        in html
    )


def test_withdrawing_an_interest_changes_it_and_leaves_an_audit_row(people):
    client = Client(enforce_csrf_checks=True)
    overview = client.get(link_path(A))
    token = selfservice.make_token(A)
    action = url("privacy-withdraw-interest", token=token, pk=people["a_interest"].pk)

    assert client.post(action).status_code == 403  # no CSRF token: refused
    assert client.get(action).status_code == 405
    csrf = overview.cookies["csrftoken"].value
    answer = client.post(action, {"csrfmiddlewaretoken": csrf})

    assert answer.status_code == 302
    interest = ExpressionOfInterest.objects.get(pk=people["a_interest"].pk)
    assert interest.status == ExpressionOfInterest.Status.WITHDRAWN
    audit = PersonalDataRequest.objects.get()
    assert (audit.kind, audit.by) == ("withdrawal", "self-service")
    done = client.get(answer["Location"]).content.decode()
    with translation.override("de"):
        assert translation.gettext("Your expression of interest has been withdrawn.") in done


def test_cancelling_a_registration_gives_the_place_to_the_next_waiting(client, people):
    token = selfservice.make_token(A)
    action = url("privacy-cancel-registration", token=token, pk=people["a_registration"].pk)

    assert client.post(action).status_code == 302

    mine = EventRegistration.objects.get(pk=people["a_registration"].pk)
    theirs = EventRegistration.objects.get(pk=people["b_registration"].pk)
    assert mine.status == EventRegistration.Status.CANCELLED
    assert theirs.status == EventRegistration.Status.CONFIRMED  # the events app's service
    assert sorted(m.to[0] for m in mail.outbox) == [A, B]  # cancellation and promotion
    assert PersonalDataRequest.objects.get().kind == "cancellation"


def test_a_link_for_a_cannot_touch_b_records(client, people):
    token = selfservice.make_token(A)
    withdraw = url("privacy-withdraw-interest", token=token, pk=people["b_interest"].pk)
    cancel = url("privacy-cancel-registration", token=token, pk=people["b_registration"].pk)

    assert client.post(withdraw).status_code == 404
    assert client.post(cancel).status_code == 404
    assert ExpressionOfInterest.objects.get(pk=people["b_interest"].pk).status == "new"
    assert EventRegistration.objects.get(pk=people["b_registration"].pk).status == "waiting"
    assert not PersonalDataRequest.objects.exists()


def test_download_gives_a_json_of_a_records_only(client, people):
    answer = client.get(url("privacy-download", token=selfservice.make_token(A)))

    assert answer.status_code == 200
    assert answer["Content-Disposition"].startswith("attachment")
    data = json.loads(answer.content)
    assert sorted(r["type"] for r in data["records"]) == [
        "awards.nomination",
        "events.eventregistration",
        "events.surveysubmission",
        "home.counsellingrequest",
        "opportunities.expressionofinterest",
    ]
    assert "Bernd" not in answer.content.decode()
    audit = PersonalDataRequest.objects.get()
    assert (audit.kind, audit.by) == ("export", "self-service")


def test_deleting_asks_first_then_erases_everything_a_sent(people):
    client = Client(enforce_csrf_checks=True)
    action = url("privacy-erase", token=selfservice.make_token(A))
    confirm = client.get(action)
    assert confirm.status_code == 200
    assert CounsellingRequest.objects.filter(email=A).exists()  # a GET deletes nothing
    assert client.post(action).status_code == 403  # no CSRF token

    answer = client.post(action, {"csrfmiddlewaretoken": confirm.cookies["csrftoken"].value})

    assert answer.status_code == 200
    # Only B's nomination, which names A as the nominee's contact, still holds A's address:
    # it is B's submission (the agency erases it on request, manage.py erase_personal_data).
    # (B's survey answer x<A's address> holds A's address as a part, and is B's.)
    assert sorted(tables_containing(A)) == [
        "awards_nomination.nominee_contact",
        "events_surveysubmission.form_data",
    ]
    assert SurveySubmission.objects.get().pk == people["b_survey"].pk
    assert not Nomination.objects.filter(pk=people["a_nomination"].pk).exists()
    theirs = EventRegistration.objects.get(pk=people["b_registration"].pk)
    assert theirs.status == EventRegistration.Status.CONFIRMED
    assert ExpressionOfInterest.objects.filter(email=B).exists()
    audit = PersonalDataRequest.objects.get()
    assert audit.kind == "erasure" and sum(audit.counts.values()) == 5
    assert A not in json.dumps(audit.counts) + audit.email_digest


@pytest.mark.parametrize("language, words", [("de", "abgelaufen"), ("ar", "انتهت")])
def test_an_expired_link_is_a_translated_410(client, people, settings, language, words):
    path = link_path(A, language)
    settings.PRIVACY_LINK_MAX_AGE = -1
    answer = client.get(path)
    assert answer.status_code == 410
    assert words in answer.content.decode()
    assert "Amal" not in answer.content.decode()


def test_a_tampered_link_is_a_403_for_every_action(client, people):
    token = selfservice.make_token(A)
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    names = ["privacy-selfservice", "privacy-download", "privacy-erase"]
    for name in names:
        assert client.get(url(name, token=forged)).status_code == 403, name
    pk = people["a_interest"].pk
    assert client.post(url("privacy-withdraw-interest", token=forged, pk=pk)).status_code == 403
    # A link signed for another purpose with the same key does not work either.
    from django.core import signing

    other = signing.dumps(A, salt="something-else", compress=True)
    assert client.get(url("privacy-selfservice", token=other)).status_code == 403
    assert ExpressionOfInterest.objects.get(pk=pk).status == "new"
