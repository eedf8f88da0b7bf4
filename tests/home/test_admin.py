"""Staff read and handle counselling requests in the Wagtail admin; others cannot."""

import pytest
from django.contrib.auth.models import Permission, User

from home.factories import CounsellingRequestFactory
from home.models import CounsellingRequest

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/home/counsellingrequest/"


@pytest.fixture
def request_from_citizen(consent_counselling):
    return CounsellingRequestFactory(
        topic=CounsellingRequest.Topic.FRAMEWORK,
        preferred_language="fa",
        language="fa",
        name="Reza Ahmadi",
        message="Bin ich bei meinem Einsatz versichert?",
        consent=consent_counselling,
    )


def test_admin_shows_login_to_anonymous_visitors(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/login/").status_code == 200


def test_moderator_lists_and_updates_a_request(client, request_from_citizen):
    moderator = User.objects.create_user("moderator", password="pw", is_staff=True)
    moderator.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_counsellingrequest"),
        Permission.objects.get(codename="view_counsellingrequest"),
    )
    client.force_login(moderator)
    listing = client.get(LIST_URL)
    assert listing.status_code == 200
    assert "Reza Ahmadi" in listing.content.decode()

    edit_url = f"{LIST_URL}edit/{request_from_citizen.pk}/"
    response = client.post(edit_url, {"status": "in-progress", "staff_note": "Rückruf Montag"})
    assert response.status_code == 302
    request_from_citizen.refresh_from_db()
    assert request_from_citizen.status == "in-progress"
    assert request_from_citizen.staff_note == "Rückruf Montag"
    # What the citizen wrote cannot be changed by staff.
    assert request_from_citizen.message == "Bin ich bei meinem Einsatz versichert?"


def test_editor_without_permission_cannot_see_requests(client, request_from_citizen):
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(LIST_URL)
    assert response.status_code in (302, 403)
    assert "Reza Ahmadi" not in response.content.decode()


def test_nobody_creates_requests_in_the_admin(admin_client):
    listing = admin_client.get(LIST_URL).content.decode()
    assert f'href="{LIST_URL}add/"' not in listing
    assert admin_client.get(f"{LIST_URL}add/").status_code in (302, 403)
