"""Who sees nominations: staff all of them, a jury member only their own round's, a partner
editor none; ratings side by side, the CSV export, medals, grouping and carry-over."""

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile

from awards.factories import JuryRatingFactory, NominationFactory
from awards.models import Nomination, NominationAttachment

from .helpers import PDF

pytestmark = pytest.mark.django_db

SNIPPETS = "/admin/snippets/awards/nomination/"


@pytest.fixture
def two_rounds(make_round):
    return make_round(year=2027), make_round(year=2028)


@pytest.fixture
def nominations(two_rounds):
    round_a, round_b = two_rounds
    theirs = NominationFactory(round=round_b, nominee_name="Bruno Beispiel")
    NominationAttachment.objects.create(
        nomination=theirs,
        file=ContentFile(PDF, name="brief.pdf"),
        original_name="brief.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    return {"ours": NominationFactory(round=round_a, nominee_name="Alma Aktiv"), "theirs": theirs}


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


def test_jury_member_sees_and_rates_only_own_round(client, two_rounds, nominations, make_juror):
    round_a, round_b = two_rounds
    client.force_login(make_juror("jurorin", round_a))
    assert "Alma Aktiv" in body(client.get(f"/admin/awards/rounds/{round_a.pk}/"))
    assert client.get(f"/admin/awards/nominations/{nominations['ours'].pk}/").status_code == 200
    criteria = list(round_a.criteria.all())
    response = client.post(
        f"/admin/awards/nominations/{nominations['ours'].pk}/rate/",
        {f"criterion_{c.pk}": "4" for c in criteria} | {"note": "Sehr überzeugend"},
    )
    assert response.status_code == 302
    rating = nominations["ours"].ratings.get()
    assert rating.scores == {str(c.pk): 4 for c in criteria}

    theirs = nominations["theirs"]
    attachment = theirs.attachments.get()
    for url in [
        f"/admin/awards/rounds/{round_b.pk}/",
        f"/admin/awards/nominations/{theirs.pk}/",
        f"/admin/awards/nominations/{theirs.pk}/rate/",
        f"/admin/awards/attachments/{attachment.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Bruno Beispiel" not in body(response)
    response = client.post(f"/admin/awards/nominations/{theirs.pk}/rate/", {"note": "x"})
    assert response.status_code == 404
    assert not theirs.ratings.exists()
    # The staff's snippet views and export are not theirs either.
    assert client.get(SNIPPETS).status_code in (302, 403)
    export = client.get(f"/admin/awards/rounds/{round_a.pk}/ratings.csv")
    assert export.status_code in (302, 403)  # Wagtail turns PermissionDenied into a redirect
    assert "Alma Aktiv" not in body(export)


def test_rating_needs_a_score_for_every_criterion(client, two_rounds, nominations, make_juror):
    client.force_login(make_juror("jurorin", two_rounds[0]))
    response = client.post(f"/admin/awards/nominations/{nominations['ours'].pk}/rate/", {})
    assert response.status_code == 400
    assert not nominations["ours"].ratings.exists()


def test_partner_editor_sees_no_nomination_at_all(client, two_rounds, nominations, partner_editor):
    client.force_login(partner_editor)
    menu = body(client.get("/admin/"))
    assert "/admin/awards/" not in menu and SNIPPETS not in menu
    theirs = nominations["theirs"]
    responses = {
        "/admin/awards/": 302,
        f"/admin/awards/rounds/{two_rounds[1].pk}/": 404,
        f"/admin/awards/nominations/{theirs.pk}/": 404,
        f"/admin/awards/nominations/{theirs.pk}/rate/": 404,
        f"/admin/awards/attachments/{theirs.attachments.get().pk}/": 404,
        f"/admin/awards/rounds/{two_rounds[1].pk}/ratings.csv": 302,
    }
    for url, status in responses.items():
        response = client.get(url)
        assert response.status_code == status, url
        assert "Bruno Beispiel" not in body(response)
    for url in [SNIPPETS, f"{SNIPPETS}edit/{theirs.pk}/", f"{SNIPPETS}inspect/{theirs.pk}/"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Bruno Beispiel" not in body(response)


def test_nominations_are_nowhere_public(client, two_rounds, nominations):
    round_b = two_rounds[1]
    for url in [
        round_b.url,
        "/api/v2/pages/?limit=100",
        f"/api/v2/awards/{round_b.pk}/",
        f"/api/v2/awards/{round_b.pk}/nominations/",
    ]:
        assert "Bruno Beispiel" not in client.get(url).content.decode(), url


def test_attachment_bytes_only_for_staff(client, nominations, staff):
    attachment = nominations["theirs"].attachments.get()
    url = f"/admin/awards/attachments/{attachment.pk}/"
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    assert client.get(attachment.file.url).status_code == 404  # no public URL serves it
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "attachment" in response["Content-Disposition"]


def test_staff_see_nominations_grouped_by_nominee(client, two_rounds, staff):
    round_a = two_rounds[0]
    for name in ["Anna Müller", "  anna   MÜLLER ", "Anna Mueller", "Bernd Schmitz"]:
        NominationFactory(round=round_a, nominee_name=name)
    client.force_login(staff)
    response = client.get(f"/admin/awards/rounds/{round_a.pk}/")
    groups = {key: len(items) for key, items in response.context["groups"]}
    assert groups == {"anna mueller": 3, "bernd schmitz": 1}
    assert "3 Vorschläge" in response.content.decode()


def test_staff_export_ratings_side_by_side(client, two_rounds, nominations, staff, make_juror):
    round_a = two_rounds[0]
    # By name: the fixture's criteria share a sort order, so .all() may give either first.
    motivation = round_a.criteria.get(name="Motivation")
    wirkung = round_a.criteria.get(name="Wirkung")
    first, second = make_juror("albers", round_a), make_juror("berg", round_a)
    JuryRatingFactory(
        nomination=nominations["ours"],
        member=first,
        scores={str(motivation.pk): 5, str(wirkung.pk): 3},
        note="Stark",
    )
    JuryRatingFactory(
        nomination=nominations["ours"],
        member=second,
        scores={str(motivation.pk): 4, str(wirkung.pk): 2},
        note="Gut",
    )
    client.force_login(staff)
    response = client.get(f"/admin/awards/rounds/{round_a.pk}/ratings.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][5:] == [
        "Albers: Motivation",
        "Albers: Wirkung",
        "Albers: Notiz",
        "Berg: Motivation",
        "Berg: Wirkung",
        "Berg: Notiz",
    ]
    assert len(rows) == 2  # one row per nomination of this round only
    assert rows[1][1] == "Alma Aktiv"
    assert rows[1][5:] == ["5", "3", "Stark", "4", "2", "Gut"]


def test_the_round_view_shows_ratings_to_the_jury(client, two_rounds, nominations, make_juror):
    round_a = two_rounds[0]
    motivation, _wirkung = round_a.criteria.all()
    juror = make_juror("albers", round_a)
    JuryRatingFactory(
        nomination=nominations["ours"], member=juror, scores={str(motivation.pk): 5}, note="Top"
    )
    client.force_login(make_juror("berg", round_a))
    html = client.get(f"/admin/awards/rounds/{round_a.pk}/").content.decode()
    assert "Albers" in html and "Top" in html


def test_max_medals_cannot_be_exceeded_in_the_admin(client, make_round, staff):
    round = make_round(year=2027, max_medals=2)
    awarded = [NominationFactory(round=round, status="awarded") for _ in range(2)]
    third = NominationFactory(round=round, status="shortlisted")
    client.force_login(staff)
    response = client.post(f"{SNIPPETS}edit/{third.pk}/", {"status": "awarded", "staff_note": ""})
    assert response.status_code == 200  # the form again, with the error
    assert "bereits 2 ausgezeichnete Vorschläge" in response.content.decode()
    third.refresh_from_db()
    assert third.status == "shortlisted"
    # Changing one that is already awarded stays possible.
    response = client.post(
        f"{SNIPPETS}edit/{awarded[0].pk}/", {"status": "awarded", "staff_note": "Anruf erledigt"}
    )
    assert response.status_code == 302


def test_staff_carry_over_a_not_selected_nomination(client, two_rounds, staff):
    round_a, round_b = two_rounds
    original = NominationFactory(round=round_a, nominee_name="Clara Still", status="not_selected")
    client.force_login(staff)
    response = client.post(f"/admin/awards/nominations/{original.pk}/carry-over/")
    assert response.status_code == 302
    copy = Nomination.objects.get(carried_over_from=original)
    assert copy.round_id == round_b.pk
    assert copy.status == "received" and copy.nominee_name == "Clara Still"
    # Again does not copy twice; a shortlisted one cannot be carried over.
    client.post(f"/admin/awards/nominations/{original.pk}/carry-over/")
    assert Nomination.objects.filter(carried_over_from=original).count() == 1
    other = NominationFactory(round=round_a, status="shortlisted")
    client.post(f"/admin/awards/nominations/{other.pk}/carry-over/")
    assert not Nomination.objects.filter(carried_over_from=other).exists()


def test_jury_member_cannot_carry_over(client, two_rounds, make_juror):
    original = NominationFactory(round=two_rounds[0], status="not_selected")
    client.force_login(make_juror("jurorin", two_rounds[0]))
    response = client.post(f"/admin/awards/nominations/{original.pk}/carry-over/")
    assert response.status_code in (302, 403)
    assert not Nomination.objects.filter(carried_over_from=original).exists()


def test_user_without_any_role_gets_nothing(client, nominations):
    user = User.objects.create_user("niemand", password="pw")
    client.force_login(user)
    response = client.get(f"/admin/awards/nominations/{nominations['ours'].pk}/")
    assert response.status_code in (302, 403)
    assert "Alma Aktiv" not in body(response)


def test_export_does_not_let_typed_text_run_as_a_formula(client, two_rounds, staff):
    NominationFactory(round=two_rounds[0], nominee_name='=HYPERLINK("http://x.example")')
    client.force_login(staff)
    response = client.get(f"/admin/awards/rounds/{two_rounds[0].pk}/ratings.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][1] == '\'=HYPERLINK("http://x.example")'


def test_attachment_whose_file_is_gone_is_a_404(client, nominations, staff):
    attachment = nominations["theirs"].attachments.get()
    attachment.file.delete(save=False)
    client.force_login(staff)
    assert client.get(f"/admin/awards/attachments/{attachment.pk}/").status_code == 404
