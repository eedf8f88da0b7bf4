"""Who sees registrations in the admin; what search and search engines get."""

import datetime
import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission, User

from events.factories import EventPageFactory, EventRegistrationFactory, in_days
from events.models import EventPage, EventRegistration, Occurrence
from events.tasks import withdraw_past_events
from opportunities.factories import OrganisationPageFactory
from tests.utils import partner_editor

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/events/eventregistration/"


@pytest.fixture
def clubs(home_page):
    from opportunities.models import OrganisationIndexPage

    index = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return (
        OrganisationPageFactory(parent=index, title="TuS Erdorf"),
        OrganisationPageFactory(parent=index, title="Chor Stahl"),
    )


@pytest.fixture
def registrations(clubs, consent_registration):
    ours = EventPageFactory(parent=clubs[0], title="Sportabzeichen-Tag", registration_required=True)
    theirs = EventPageFactory(parent=clubs[1], title="Offenes Singen", registration_required=True)
    assert ours.organiser_id == clubs[0].pk  # set from the place in the tree
    return {
        "ours": EventRegistrationFactory(event=ours, organiser=clubs[0], name="Olena Koval"),
        "theirs": EventRegistrationFactory(event=theirs, organiser=clubs[1], name="Jan Kowalski"),
    }


def test_partner_editor_sees_only_registrations_for_own_events(client, clubs, registrations):
    client.force_login(partner_editor("tus", clubs[0]))
    html = client.get(LIST_URL).content.decode()
    assert "Olena Koval" in html and "Jan Kowalski" not in html
    other = client.get(f"{LIST_URL}edit/{registrations['theirs'].pk}/")
    assert other.status_code in (403, 404)
    assert "Jan Kowalski" not in other.content.decode()


def test_service_records_the_organiser_for_scoping(client, clubs, consent_registration):
    from .conftest import registration_data

    event = EventPageFactory(parent=clubs[0], registration_required=True)
    client.post(event.url, registration_data(consent_registration, 1))
    assert EventRegistration.objects.get().organiser_id == clubs[0].pk


def test_staff_cancelling_in_the_admin_promotes_the_first_waiting(client, course, commit):
    confirmed = EventRegistrationFactory.create_batch(10, event=course)
    waiting = EventRegistrationFactory(event=course, status="waiting")
    moderator = User.objects.create_user("moderator", password="pw")
    moderator.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_eventregistration", "change_eventregistration"]
        )
    )
    client.force_login(moderator)
    with commit():
        response = client.post(
            f"{LIST_URL}edit/{confirmed[0].pk}/", {"status": "cancelled", "staff_note": "krank"}
        )
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_event_page_carries_schema_org_event(client, event_index):
    event = EventPageFactory(parent=event_index, title="Vereinsfest", price=0)
    html = client.get(event.url).content.decode()
    [payload] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload)
    assert data["@type"] == "Event"
    assert data["name"] == "Vereinsfest"
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.start
    assert data["isAccessibleForFree"] is True


def test_past_events_leave_search_drafts_never_enter(
    event_index, search_refresh, opensearch_client, commit
):
    with commit():
        soon = EventPageFactory(parent=event_index, title="Pflanzaktion Frühling")
        EventPageFactory(parent=event_index, title="Pflanzaktion Entwurf", live=False)
    search_refresh()
    assert {p.title for p in EventPage.objects.live().search("Pflanzaktion")} == {
        "Pflanzaktion Frühling"
    }
    # Its date passes: the nightly job takes it out, without rebuilding the index.
    Occurrence.objects.filter(event=soon).update(start=in_days(-2), end=in_days(-2, 20))
    assert withdraw_past_events.call() == 1
    opensearch_client.indices.refresh(index=f"{settings.SEARCH_INDEX_PREFIX}_*")
    assert list(EventPage.objects.live().search("Pflanzaktion")) == []
