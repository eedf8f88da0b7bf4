"""The API: rounds and calls to read, nominations to write with the page's rules."""

import datetime

import pytest
from django.core import mail

from awards.factories import AwardRoundPageFactory, CallPageFactory
from awards.models import Nomination

from .helpers import EXE, PDF, nomination_data, upload

pytestmark = pytest.mark.django_db

ONE_SECOND = datetime.timedelta(seconds=1)


def url(round) -> str:
    return f"/api/v2/awards/{round.pk}/nominations/"


def test_api_stores_a_nomination_with_attachment(
    client, award_round, consent_nomination, frozen_clock, django_capture_on_commit_callbacks
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    data = nomination_data(consent_nomination, attachments=[upload("brief.pdf", PDF)])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(award_round), data)
    assert response.status_code == 201, response.content
    nomination = Nomination.objects.get()
    assert response.json() == {"id": nomination.pk, "attachments": 1, "duplicate": False}
    assert nomination.attachments.get().content_type == "application/pdf"
    assert len(mail.outbox) == 2


def test_api_accepts_json_without_attachments(
    client, award_round, consent_nomination, frozen_clock
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    data = nomination_data(consent_nomination, nominee_may_be_contacted=True, consent_given=True)
    response = client.post(url(award_round), data, content_type="application/json")
    assert response.status_code == 201, response.content
    assert Nomination.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"nominator_name": "Anna Müller"}, "__all__", "self_nomination"),
        ({"attachments": [upload("lebenslauf.pdf", EXE)]}, "attachments", "file_type"),
        ({"nominee_may_be_contacted": ""}, "nominee_may_be_contacted", "required"),
    ],
)
def test_api_refuses_bad_input_with_translated_errors(
    client, award_round, consent_nomination, frozen_clock, overrides, field, code
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    response = client.post(
        url(award_round),
        nomination_data(consent_nomination, **overrides),
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors[field][0]["code"] == code
    assert response.json()["language"] == "de"
    assert Nomination.objects.count() == 0


def test_api_error_messages_follow_the_requested_language(
    client, award_round, consent_nomination, frozen_clock
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    data = nomination_data(consent_nomination, nominator_name="Anna Müller")
    response = client.post(url(award_round), data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["errors"]["__all__"][0]["message"].startswith(
        "You cannot nominate yourself."
    )


@pytest.mark.parametrize("edge", ["before", "after"])
def test_api_refuses_outside_the_window_with_409(
    client, award_round, consent_nomination, frozen_clock, edge
):
    if edge == "before":
        frozen_clock(award_round.nomination_opens - ONE_SECOND)
    else:
        frozen_clock(award_round.nomination_closes + ONE_SECOND)
    response = client.post(url(award_round), nomination_data(consent_nomination))
    assert response.status_code == 409
    body = response.json()
    assert body["errors"]["__all__"][0]["code"] == "window_closed"
    assert body["state"] == ("not_yet_open" if edge == "before" else "closed")
    assert Nomination.objects.count() == 0


def test_api_unknown_or_draft_round_is_404(client, recognition, consent_nomination):
    draft = AwardRoundPageFactory(parent=recognition, year=2030, live=False)
    assert client.post(url(draft), nomination_data(consent_nomination)).status_code == 404
    assert client.post("/api/v2/awards/999999/nominations/", {}).status_code == 404
    assert client.get(f"/api/v2/awards/{draft.pk}/").status_code == 404


def test_api_lists_rounds_with_state_categories_and_criteria(client, award_round, frozen_clock):
    frozen_clock(award_round.nomination_opens - ONE_SECOND)
    listing = client.get("/api/v2/awards/").json()
    assert listing["items"][0]["nomination_state"] == "not_yet_open"
    detail = client.get(f"/api/v2/awards/{award_round.pk}/").json()
    assert detail["year"] == 2027
    assert detail["nomination_opens"] == "2026-12-05T00:00:00+01:00"
    assert [c["name"] for c in detail["categories"]] == [
        "Generationen verbinden",
        "Umwelt- und Naturschutz",
    ]
    assert [c["name"] for c in detail["criteria"]] == ["Motivation", "Wirkung"]
    assert detail["max_medals"] == 2


def test_api_lists_calls_by_deadline_and_filters_open_and_past(client, call_index):
    today = datetime.date.today()
    late = CallPageFactory(parent=call_index, title="Spät", deadline=today + datetime.timedelta(60))
    soon = CallPageFactory(parent=call_index, title="Bald", deadline=today + datetime.timedelta(5))
    past = CallPageFactory(
        parent=call_index, title="Vorbei", deadline=today - datetime.timedelta(5)
    )
    titles = [i["title"] for i in client.get("/api/v2/calls/?state=open").json()["items"]]
    assert titles == [soon.title, late.title]
    items = client.get("/api/v2/calls/?state=past").json()["items"]
    assert [i["title"] for i in items] == [past.title]
    assert {"kind", "deadline", "link"} <= set(items[0])
    assert client.get("/api/v2/calls/?state=someday").status_code == 400


def test_api_repeated_request_returns_the_stored_nomination(
    client, award_round, consent_nomination, frozen_clock
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    first = client.post(url(award_round), nomination_data(consent_nomination))
    again = client.post(url(award_round), nomination_data(consent_nomination))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"] and again.json()["duplicate"] is True
    assert Nomination.objects.count() == 1
