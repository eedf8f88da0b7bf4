"""A small public site with one of everything the API serves or accepts."""

from __future__ import annotations

import itertools

import pytest
from django.core.cache import cache

from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from events.factories import EventPageFactory
from events.models import CampaignPage, EventIndexPage, SurveyField, SurveyPage
from opportunities.factories import OpportunityPageFactory, OrganisationPageFactory
from opportunities.models import OrganisationIndexPage

_addresses = itertools.count(1)


@pytest.fixture
def client_ip():
    """A client address no other test used, so rate-limit counters in Redis never leak
    from one test into another."""
    return f"10.{next(_addresses) % 250}.{next(_addresses) % 250}.{next(_addresses) % 250}"


@pytest.fixture
def submission_rate(settings):
    """A small rate for the test (the test settings allow thousands per minute)."""
    settings.API_SUBMISSION_RATE = "3/minute"
    yield 3
    cache.clear()


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def consents(locale_de):
    return {
        purpose: ConsentTextFactory(purpose=purpose, locale=locale_de)
        for purpose in ConsentText.Purpose.values
    }


@pytest.fixture
def site(home_page, consents):
    """Home, contact page, an organisation with an open opportunity, an event with places,
    a campaign with a survey and a news article."""
    from home.models import ContactPage, NewsArticlePage, NewsIndexPage

    contact = publish(home_page, ContactPage(title="Kontakt", slug="kontakt", intro="Hallo."))
    organisations = publish(
        home_page, OrganisationIndexPage(title="Organisationen", slug="organisationen")
    )
    club = OrganisationPageFactory(parent=organisations, title="TuS Erdorf", slug="tus")
    opportunity = OpportunityPageFactory(parent=club, title="Bambini-Training", slug="bambini")
    events = publish(home_page, EventIndexPage(title="Veranstaltungen", slug="veranstaltungen"))
    event = EventPageFactory(
        parent=events, title="Erste Hilfe", slug="erste-hilfe", registration_required=True
    )
    campaign = publish(
        events,
        CampaignPage(
            title="Bitburg blüht", slug="bitburg-blueht", summary="Blumen.", goals="<p>Mehr.</p>"
        ),
    )
    survey = publish(
        campaign,
        SurveyPage(
            title="Wo soll es blühen?",
            slug="wo-soll-es-bluehen",
            form_fields=[
                SurveyField(label="Ort", field_type="singleline", required=True),
                SurveyField(
                    label="Wie oft?",
                    field_type="dropdown",
                    choices="einmal\nmonatlich",
                    required=False,
                ),
            ],
        ),
    )
    news = publish(home_page, NewsIndexPage(title="Aktuelles", slug="aktuelles"))
    article = publish(
        news,
        NewsArticlePage(title="Neue Übungsleiter", slug="neue-uebungsleiter", intro="Willkommen!"),
    )
    return {
        "home": home_page,
        "contact": contact,
        "news": news,
        "article": article,
        "club": club,
        "opportunity": opportunity,
        "event": event,
        "campaign": campaign,
        "survey": survey,
    }


def consent_fields(consent, **extra) -> dict:
    return {"consent_shown": consent.pk, "consent_given": True, "website": "", **extra}


def counselling_body(consents, n: int = 0, **extra) -> dict:
    return {
        "topic": "find-opportunity",
        "name": f"Amina Haddad {n}",
        "email": f"amina{n}@example.org",
        "contact_channel": "email",
        "preferred_language": "ar",
        "message": "Ich möchte gern mit Kindern arbeiten.",
        **consent_fields(consents["counselling"]),
        **extra,
    }


def survey_body(consents, n: int = 0, **extra) -> dict:
    return {
        "ort": f"Wiese Nummer {n}",
        "wie_oft": "monatlich",
        **consent_fields(consents["survey"]),
        **extra,
    }
