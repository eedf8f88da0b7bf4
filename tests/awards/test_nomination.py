"""Nominating someone on the round's page: the window, attachments and the award's rules."""

import datetime

import pytest
from django.core import mail

from awards.models import Nomination, NominationAttachment

from .helpers import EXE, PDF, nomination_data, png_bytes, upload

pytestmark = pytest.mark.django_db

ONE_SECOND = datetime.timedelta(seconds=1)


def post(client, round, data, files=()):
    payload = dict(data)
    if files:
        payload["attachments"] = list(files)
    return client.post(round.url, payload)


def test_page_before_the_window_says_when_it_opens_and_shows_no_form(
    client, award_round, consent_nomination, frozen_clock
):
    frozen_clock(award_round.nomination_opens - ONE_SECOND)
    response = client.get(award_round.url)
    html = response.content.decode()
    assert response.status_code == 200
    # In German, in Berlin time (UTC would say 4 December, 23:00).
    assert "vom 5. Dezember 2026 00:00 bis zum 31. Januar 2027 23:59 möglich" in html
    assert 'name="nominee_name"' not in html


def test_page_after_the_window_says_it_closed(client, award_round, frozen_clock):
    frozen_clock(award_round.nomination_closes + ONE_SECOND)
    html = client.get(award_round.url).content.decode()
    assert "Die Vorschlagsfrist endete am 31. Januar 2027 23:59 (deutsche Zeit)." in html
    assert 'name="nominee_name"' not in html


def test_open_page_shows_accessible_form_with_guidance(
    client, award_round, consent_nomination, frozen_clock
):
    frozen_clock(award_round.nomination_opens + datetime.timedelta(days=3))
    html = client.get(award_round.url).content.decode()
    assert "<legend>Wen schlagen Sie vor?</legend>" in html
    assert "<legend>Über Sie</legend>" in html
    assert 'enctype="multipart/form-data"' in html
    assert 'accept=".pdf,.jpg,.jpeg,.png' in html
    assert 'aria-describedby="id_reason_helptext' in html
    assert "Etwa 300 Zeichen genügen; Sie dürfen gern mehr schreiben." in html
    assert "js/reason-counter.js" in html


@pytest.mark.parametrize(
    ("moment", "message"),
    [
        ("opens", "Vorschläge für diese Runde sind noch nicht möglich."),
        ("closes", "Die Vorschlagsfrist für diese Runde ist abgelaufen."),
    ],
)
def test_a_second_outside_the_window_is_refused(
    client, award_round, consent_nomination, frozen_clock, moment, message
):
    if moment == "opens":
        frozen_clock(award_round.nomination_opens - ONE_SECOND)
    else:
        frozen_clock(award_round.nomination_closes + ONE_SECOND)
    response = post(
        client, award_round, nomination_data(consent_nomination), [upload("a.pdf", PDF)]
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'value="Anna Müller"' in response.content.decode()  # what was typed stays
    assert Nomination.objects.count() == 0
    assert NominationAttachment.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("edge", ["opens", "closes"])
def test_the_first_and_last_second_of_the_window_count(
    client, award_round, consent_nomination, frozen_clock, edge
):
    frozen_clock(getattr(award_round, f"nomination_{edge}"))
    response = post(client, award_round, nomination_data(consent_nomination))
    assert response.status_code == 200
    assert Nomination.objects.count() == 1


def test_inside_the_window_it_is_stored_once_with_attachment_and_mails(
    client,
    award_round,
    consent_nomination,
    frozen_clock,
    private_files,
    django_capture_on_commit_callbacks,
):
    moment = frozen_clock(award_round.nomination_closes - datetime.timedelta(hours=2))
    category = award_round.categories.first()
    data = nomination_data(consent_nomination, category=category.pk)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = post(client, award_round, data, [upload("foto.png", png_bytes(), "image/png")])
    assert len(callbacks) == 1
    assert response.status_code == 200
    assert "Vielen Dank für Ihren Vorschlag!" in response.content.decode()
    nomination = Nomination.objects.get()
    assert nomination.round_id == award_round.pk
    assert nomination.category == category
    assert nomination.created_at == moment
    assert nomination.consent == consent_nomination
    assert nomination.language == "de"
    assert nomination.nominee_may_be_contacted is True
    assert nomination.status == Nomination.Status.RECEIVED
    assert nomination.nominee_key == "anna mueller"
    attachment = nomination.attachments.get()
    assert attachment.content_type == "image/png"
    assert attachment.original_name == "foto.png"
    assert str(private_files) in attachment.file.path
    assert sorted(m.to[0] for m in mail.outbox) == [
        "ehrenamt@bitburg.example",
        "peter.schmitz@example.org",
    ]
    confirmation = next(m for m in mail.outbox if m.to == ["peter.schmitz@example.org"])
    assert "Anna Müller" in confirmation.body


def test_confirmation_is_in_the_language_the_nominator_used(
    client, award_round, consent_nomination, frozen_clock, django_capture_on_commit_callbacks
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    url = award_round.url.replace("/de/", "/uk/", 1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, nomination_data(consent_nomination))
    assert response.status_code == 200
    assert Nomination.objects.get().language == "uk"
    confirmation = next(m for m in mail.outbox if m.to == ["peter.schmitz@example.org"])
    assert "дякуємо, що запропонували Anna Müller" in confirmation.body


@pytest.mark.parametrize(
    ("files", "code_text"),
    [
        ([("lebenslauf.pdf", EXE)], "ist kein JPEG- oder PNG-Bild und kein PDF-Dokument"),
        ([("foto.png", b"\x89PNG\r\n\x1a\n" + b"kaputt" * 20)], "ist kein JPEG- oder PNG-Bild"),
        ([("a.pdf", PDF)] * 4, "Bitte hängen Sie höchstens 3 Dateien an."),
    ],
)
def test_bad_attachments_are_refused_in_german(
    client, award_round, consent_nomination, frozen_clock, files, code_text
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    uploads = [upload(name, content) for name, content in files]
    response = post(client, award_round, nomination_data(consent_nomination), uploads)
    assert response.status_code == 400
    assert "attachments" in response.context["form"].errors
    assert code_text in response.content.decode()
    assert Nomination.objects.count() == 0


def test_too_large_attachment_is_refused(
    client, settings, award_round, consent_nomination, frozen_clock
):
    settings.AWARDS_ATTACHMENT_MAX_BYTES = 1000
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    big = PDF + b"0" * 2000
    response = post(
        client, award_round, nomination_data(consent_nomination), [upload("x.pdf", big)]
    )
    assert response.status_code == 400
    assert "ist zu groß" in response.content.decode()
    assert Nomination.objects.count() == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"nominator_name": "  anna   MUELLER "},
        {"nominator_email": "Anna.Mueller@example.org"},
    ],
)
def test_self_nomination_is_refused(
    client, award_round, consent_nomination, frozen_clock, overrides
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    response = post(client, award_round, nomination_data(consent_nomination, **overrides))
    assert response.status_code == 400
    assert "Sie können sich nicht selbst vorschlagen." in response.content.decode()
    assert Nomination.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"nominee_may_be_contacted": ""}, "nominee_may_be_contacted"),
        ({"consent_given": ""}, "consent_given"),
        ({"nominee_name": ""}, "nominee_name"),
        ({"reason": "x" * 6000}, "reason"),
        ({"nominator_email": "peter-at-example"}, "nominator_email"),
        ({"nominee_kind": "robot"}, "nominee_kind"),
    ],
)
def test_bad_input_is_refused_and_stores_nothing(
    client, award_round, consent_nomination, frozen_clock, overrides, field
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    response = post(client, award_round, nomination_data(consent_nomination, **overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert Nomination.objects.count() == 0


def test_a_long_reason_above_the_guidance_is_accepted(
    client, award_round, consent_nomination, frozen_clock
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    response = post(client, award_round, nomination_data(consent_nomination, reason="x" * 2500))
    assert response.status_code == 200
    assert len(Nomination.objects.get().reason) == 2500


def test_winner_of_the_previous_year_is_flagged_not_refused(
    client, make_round, award_round, consent_nomination, frozen_clock
):
    previous = make_round(
        year=2026,
        nomination_opens=award_round.nomination_opens - datetime.timedelta(days=365),
        nomination_closes=award_round.nomination_closes - datetime.timedelta(days=365),
    )
    from awards.factories import NominationFactory

    NominationFactory(round=previous, nominee_name="ANNA  müller", status="awarded")
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    assert post(client, award_round, nomination_data(consent_nomination)).status_code == 200
    other = nomination_data(consent_nomination, nominee_name="Bernd Klein")
    assert post(client, award_round, other).status_code == 200
    flags = dict(
        Nomination.objects.filter(round=award_round).values_list("nominee_name", "rule_flags")
    )
    assert flags == {"Anna Müller": ["honoured_last_year"], "Bernd Klein": []}


def test_winner_entered_on_the_previous_page_is_flagged_too(
    client, make_round, award_round, consent_nomination, frozen_clock
):
    from awards.models import Winner

    previous = make_round(year=2026)
    previous.winners = [Winner(name="Anna Mueller", honour="medal")]
    previous.save_revision().publish()
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    assert post(client, award_round, nomination_data(consent_nomination)).status_code == 200
    assert Nomination.objects.get(round=award_round).rule_flags == ["honoured_last_year"]


def test_honours_two_years_ago_are_not_flagged(
    client, make_round, award_round, consent_nomination, frozen_clock
):
    from awards.factories import NominationFactory

    older = make_round(year=2025)
    NominationFactory(round=older, nominee_name="Anna Müller", status="awarded")
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    assert post(client, award_round, nomination_data(consent_nomination)).status_code == 200
    assert Nomination.objects.get(round=award_round).rule_flags == []


def test_sending_the_same_nomination_twice_stores_it_once(
    client, award_round, consent_nomination, frozen_clock, django_capture_on_commit_callbacks
):
    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    data = nomination_data(consent_nomination)
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, award_round, data, [upload("a.pdf", PDF)])
        again = post(client, award_round, data, [upload("a.pdf", PDF)])
    assert first.status_code == again.status_code == 200
    assert "Wir haben Ihren Vorschlag bereits." in again.content.decode()
    assert Nomination.objects.count() == 1
    assert NominationAttachment.objects.count() == 1
    assert len(mail.outbox) == 2  # one confirmation, one notification
    # Someone else nominating the same person is a nomination of its own.
    other = nomination_data(consent_nomination, nominator_email="lena@example.org")
    assert post(client, award_round, other).status_code == 200
    assert Nomination.objects.count() == 2


def test_nomination_on_a_translated_round_page_belongs_to_the_original(
    client, award_round, consent_nomination, frozen_clock
):
    from wagtail.models import Locale

    english = Locale.objects.create(language_code="en")
    award_round.get_parent().copy_for_translation(
        english, copy_parents=True
    ).save_revision().publish()
    translated = award_round.copy_for_translation(english)
    translated.save_revision().publish()
    translated_category = translated.categories.last()
    assert translated.pk != award_round.pk and translated_category.page_id == translated.pk

    frozen_clock(award_round.nomination_opens + ONE_SECOND)
    data = nomination_data(consent_nomination, category=translated_category.pk)
    response = client.post(translated.url, data)
    assert response.status_code == 200
    nomination = Nomination.objects.get()
    assert nomination.round_id == award_round.pk
    assert nomination.category == award_round.categories.last()
    assert nomination.language == "en"
