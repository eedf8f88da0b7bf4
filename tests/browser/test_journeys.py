"""The main journeys of a citizen, in headless Chromium against the demo site.

Each journey ends with a screenshot of its last step in var/test-artefacts/ and checks in
the database that what the browser sent was stored.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from awards.models import AwardRoundPage, Nomination
from events.models import EventPage, EventRegistration
from opportunities.models import ExpressionOfInterest, OpportunityPage

from .helpers import screenshot

pytestmark = pytest.mark.django_db


def german(msgid: str) -> str:
    with translation.override("de"):
        return gettext(msgid)


@pytest.fixture
def open_round() -> AwardRoundPage:
    """The newest round, whose window the demo_server fixture opened."""
    return AwardRoundPage.objects.filter(locale__language_code="de").order_by("-year")[0]


def test_find_an_opportunity_with_two_filters_and_express_interest(page):
    listing = OpportunityPage.objects.listing(
        OpportunityPage.objects.filter(locale__language_code="de").first().locale
    )
    wanted = next(o for o in listing if o.district and o.fields_of_activity.exists())
    field = wanted.fields_of_activity.first()

    page.goto("/de/engagement-finden/")
    panel = page.locator("details.filters-panel")
    assert panel.get_attribute("open") is None  # folded on a phone until asked for
    panel.locator("summary").click()
    filters = panel.locator("form.filters")
    filters.get_by_role("group", name=german("Field of activity")).get_by_label(
        field.name, exact=True
    ).check()
    filters.get_by_role("group", name=german("District")).get_by_label(
        wanted.district.name, exact=True
    ).check()
    filters.get_by_role("button", name=german("Show results")).click()
    assert f"field={field.slug}" in page.url and f"district={wanted.district.slug}" in page.url
    page.locator(".results").get_by_role("link", name=wanted.title, exact=True).first.click()
    assert page.locator("h1").inner_text() == wanted.title

    form = page.locator("section.primary-action form")
    form.locator('[name="name"]').fill("Lena Beispiel")
    form.locator('[name="email"]').fill("lena.beispiel@example.org")
    form.locator('[name="availability"]').fill("Samstags")
    form.locator('[name="message"]').fill("Ich würde gern mithelfen.")
    if form.locator('[name="age_confirmed"]').count():
        form.locator('[name="age_confirmed"]').check()
    form.locator('[name="consent_given"]').check()
    form.get_by_role("button", name=german("Send my interest")).click()

    assert page.locator("h1").inner_text() == german("Thank you for your interest!")
    screenshot(page, "1-opportunity-interest")
    interest = ExpressionOfInterest.objects.get(email="lena.beispiel@example.org")
    assert interest.opportunity_id == wanted.pk and interest.language == "de"


def test_register_for_an_event_and_cancel_through_the_link_in_the_email(page):
    event = next(
        e
        for e in EventPage.objects.live().filter(locale__language_code="de").specific()
        if e.registration_open() and (e.places_left or e.capacity is None)
    )
    mail.outbox = []

    page.goto(event.url)
    form = page.locator("section.primary-action form")
    form.locator('[name="name"]').fill("Jonas Muster")
    form.locator('[name="email"]').fill("jonas.muster@example.org")
    form.locator('[name="consent_given"]').check()
    form.get_by_role("button", name=german("Register now")).click()
    registration = EventRegistration.objects.get(event=event, email="jonas.muster@example.org")
    assert registration.status in {"confirmed", "waiting"}

    (message,) = [m for m in mail.outbox if "jonas.muster@example.org" in m.to]
    link = re.search(r"https?://\S+/" + re.escape(str(registration.token)) + r"\S*", message.body)
    page.goto(urlsplit(link.group(0)).path)
    page.get_by_role("button", name=german("Yes, cancel my registration")).click()

    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert len([m for m in mail.outbox if "jonas.muster@example.org" in m.to]) == 2
    assert page.locator("h1").inner_text() == german("Your registration is cancelled.")
    screenshot(page, "2-event-registration-cancelled")


def test_nominate_someone_for_an_award_with_an_attachment(page, open_round, tmp_path):
    photo = tmp_path / "urkunde.png"
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#2a6").save(buffer, format="PNG")
    photo.write_bytes(buffer.getvalue())

    page.goto(open_round.url)
    form = page.locator("form.form")
    form.locator('[name="nominee_kind"][value="person"]').check()
    form.locator('[name="nominee_name"]').fill("Marta Engagiert")
    form.locator('[name="nominee_contact"]').fill("Telefon 06561 1234")
    form.locator('[name="engagement"]').fill("Leitet seit Jahren den Seniorentreff, jede Woche.")
    form.locator('[name="engaged_since"]').fill("2009")
    form.locator('[name="reason"]').fill(
        "Sie hat den Seniorentreff aufgebaut und ist für alle da, die Hilfe brauchen."
    )
    form.locator('[name="nominator_name"]').fill("Peter Vorschlag")
    form.locator('[name="nominator_email"]').fill("peter.vorschlag@example.org")
    form.locator('[name="relationship"]').fill("Wir sind im selben Verein.")
    form.locator('[name="attachments"]').set_input_files(str(photo))
    form.locator('[name="nominee_may_be_contacted"]').check()
    form.locator('[name="consent_given"]').check()
    form.locator('button[type="submit"]').click()

    nomination = Nomination.objects.get(nominator_email="peter.vorschlag@example.org")
    assert nomination.nominee_name == "Marta Engagiert"
    (attachment,) = nomination.attachments.all()
    assert attachment.original_name == "urkunde.png" and attachment.content_type == "image/png"
    assert page.locator("h1").inner_text() == german("Thank you for your nomination!")
    screenshot(page, "3-award-nomination")


def test_switch_to_arabic_search_in_arabic_and_open_a_result(page):
    title = "التأمين في العمل التطوعي"  # the demo's Arabic translation of "Versicherungsschutz …"

    page.goto("/de/")
    page.locator('.language-switcher a[hreflang="ar"]').click()
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator("header").get_by_role("searchbox").fill("التأمين")
    page.locator("header").get_by_role("searchbox").press("Enter")
    assert urlsplit(page.url).path == "/ar/suche/"
    page.locator("main").get_by_role("link", name=title, exact=True).click()

    assert page.locator("h1").inner_text() == title
    assert urlsplit(page.url).path.startswith("/ar/")
    screenshot(page, "4-arabic-search-result")
