import datetime
import zoneinfo

import pytest

from cms.factories import ConsentTextFactory
from cms.models import ConsentText, District
from events.factories import EventPageFactory
from events.models import CampaignPage, EventCategory, EventIndexPage

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def berlin(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def event_index(home_page):
    page = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def campaign(event_index):
    page = CampaignPage(
        title="Bitburg in Bewegung",
        slug="bitburg-in-bewegung",
        summary="Bewegung für alle Generationen.",
        goals="<p>Mehr Bewegung im Alltag.</p>",
    )
    event_index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def categories(locale_de):
    return {
        slug: EventCategory.objects.create(name=name, slug=slug, locale=locale_de)
        for slug, name in [("schulung", "Schulung"), ("fest", "Fest"), ("workshop", "Workshop")]
    }


@pytest.fixture
def districts(locale_de):
    return {
        slug: District.objects.create(name=name, slug=slug, locale=locale_de)
        for slug, name in [("mötsch", "Mötsch"), ("stahl", "Stahl")]
    }


@pytest.fixture
def consent_registration(locale_de):
    return ConsentTextFactory(purpose=ConsentText.Purpose.REGISTRATION, locale=locale_de)


@pytest.fixture
def course(event_index, consent_registration):
    """A training with 10 places and a waiting list, two weeks ahead."""
    from events.factories import in_days

    return EventPageFactory(
        parent=event_index,
        title="Erste Hilfe für Übungsleiter",
        slug="erste-hilfe",
        start=in_days(14),
        end=in_days(14, 21),
        registration_required=True,
        capacity=10,
        waiting_list=True,
    )


def registration_data(consent, n: int = 0, **extra) -> dict:
    return {
        "name": f"Person {n}",
        "email": f"anmeldung{n}@example.net",
        "phone": "",
        "note": "",
        "consent_shown": consent.pk,
        "consent_given": "on",
        "website": "",
        **extra,
    }


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """`with commit():` runs the on-commit hooks (the e-mail tasks) of what happens inside,
    as a real commit would; the test's own transaction never commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
