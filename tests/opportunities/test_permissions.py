"""Partner editors see their own organisation's expressions of interest — and nothing else."""

import pytest
from django.contrib.auth.models import Permission, User

from opportunities.factories import ExpressionOfInterestFactory, OpportunityPageFactory
from tests.utils import partner_editor

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/opportunities/expressionofinterest/"


@pytest.fixture
def interests(club, other_club, opportunity):
    theirs = OpportunityPageFactory(parent=other_club, title="Chorprobe begleiten")
    return {
        "ours": ExpressionOfInterestFactory(opportunity=opportunity, name="Amal Yousef"),
        "theirs": ExpressionOfInterestFactory(opportunity=theirs, name="Piotr Nowak"),
    }


def test_partner_editor_sees_only_own_organisations_interests(client, club, interests):
    client.force_login(partner_editor("tus", club))
    html = client.get(LIST_URL).content.decode()
    assert "Amal Yousef" in html
    assert "Piotr Nowak" not in html


@pytest.mark.parametrize("view", ["edit", "inspect", "history", "usage", "delete"])
def test_partner_editor_cannot_open_another_organisations_interest(client, club, interests, view):
    client.force_login(partner_editor("tus", club))
    response = client.get(f"{LIST_URL}{view}/{interests['theirs'].pk}/")
    assert response.status_code in (403, 404)
    assert "Piotr Nowak" not in response.content.decode()


def test_partner_editor_updates_status_of_own_interest(client, club, interests):
    client.force_login(partner_editor("tus", club))
    url = f"{LIST_URL}edit/{interests['ours'].pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"status": "contacted", "staff_note": "Angerufen"})
    assert response.status_code == 302
    interests["ours"].refresh_from_db()
    assert interests["ours"].status == "contacted"
    assert interests["ours"].message == "Ich würde gern mithelfen."


def test_partner_editor_cannot_change_another_organisations_interest(client, club, interests):
    client.force_login(partner_editor("tus", club))
    url = f"{LIST_URL}edit/{interests['theirs'].pk}/"
    response = client.post(url, {"status": "declined", "staff_note": "x"})
    assert response.status_code in (403, 404)
    interests["theirs"].refresh_from_db()
    assert interests["theirs"].status == "new"


def test_export_contains_only_own_interests(client, club, interests):
    client.force_login(partner_editor("tus", club))
    response = client.get(f"{LIST_URL}?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else ""
    body = body or response.content.decode()
    assert "Amal Yousef" in body and "Piotr Nowak" not in body


def test_moderator_sees_all(client, interests):
    moderator = User.objects.create_user("moderator", password="pw")
    moderator.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_expressionofinterest"),
        Permission.objects.get(codename="change_expressionofinterest"),
    )
    client.force_login(moderator)
    html = client.get(LIST_URL).content.decode()
    assert "Amal Yousef" in html and "Piotr Nowak" in html


def test_editor_of_no_organisation_sees_nothing(client, interests):
    user = User.objects.create_user("someone", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(LIST_URL)
    assert response.status_code in (302, 403)
    assert "Amal Yousef" not in response.content.decode()


def test_interests_are_nowhere_public(client, interests, opportunity):
    for url in [opportunity.url, "/api/v2/pages/?limit=100", f"/api/v2/pages/{opportunity.pk}/"]:
        body = client.get(url).content.decode()
        assert "Amal Yousef" not in body and interests["ours"].email not in body, url
