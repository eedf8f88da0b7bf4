"""The main journeys of a citizen — and of a partner's content through moderation — in
headless Chromium against the demo site.

Each journey ends with a screenshot of its last step in var/test-artefacts/ and checks in
the database that what the browser sent was stored.
"""

from __future__ import annotations

import datetime
import io
import re
import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image
from playwright.sync_api import expect

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


# --- Journey 5: a partner's opportunity through moderation into the listing -------------

JOURNEY_TITLE = "Vorlesepaten im Stadtteiltreff (Journey 5)"
EDITOR = "redaktion.journey5@example.org"
MODERATOR = "moderation.journey5@example.org"
PASSWORD = "Journey-5-geheim!"
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def partner_and_moderator(demo_server, django_db_blocker):
    """A partner editor and a moderator made as the project makes them — `setup_roles`,
    then the onboarding that invites an organisation's editor (the password set as the
    invitation's link would) — committed, so the live server sees them. Afterwards the
    accounts and the journey's opportunity are removed: the other tests share the demo."""
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from opportunities.models import OrganisationPage
    from partners.onboarding import onboard
    from partners.roles import MODERATORS

    with django_db_blocker.unblock():
        call_command("setup_roles", verbosity=0)
        organisation = (
            OrganisationPage.objects.live()
            .filter(locale__language_code="de", partner_access__active=True)
            .order_by("path")
            .first()
        )
        onboard(organisation=organisation, editors=[EDITOR])
        editor = User.objects.get(email=EDITOR)
        editor.set_password(PASSWORD)
        editor.save()
        moderator = User.objects.create_user(MODERATOR, MODERATOR, PASSWORD)
        moderator.groups.add(Group.objects.get(name=MODERATORS))
        # Moderators sign in with a second factor: their authenticator app is set up.
        TOTPDevice.objects.create(user=moderator, name="Journey 5", confirmed=True)
    yield organisation
    with django_db_blocker.unblock():
        for created in OpportunityPage.objects.filter(title=JOURNEY_TITLE):
            created.delete()
        User.objects.filter(email__in=[EDITOR, MODERATOR]).delete()


def admin_login(browser, demo_server, username: str):
    """A desktop-sized tab logged into the Wagtail admin as `username`."""
    context = browser.new_context(base_url=demo_server, viewport=DESKTOP, locale="de-DE")
    tab = context.new_page()
    tab.set_default_timeout(60_000)  # the moderator's dashboard counts what waits
    tab.goto("/admin/login/")
    tab.locator('[name="username"]').fill(username)
    tab.locator('[name="password"]').fill(PASSWORD)
    tab.locator('form button[type="submit"]').click()
    device = TOTPDevice.objects.filter(user__username=username, confirmed=True).first()
    if device is not None:  # the code the authenticator app shows now
        tab.wait_for_url(re.compile(r"/admin/zwei-faktor/"))
        # The admin's scripts may still be setting up the form: type once they are done.
        tab.wait_for_load_state("networkidle")
        # One form: the icons the page fetches and inserts are icons, not a copy of it.
        assert tab.locator('[name="token"]').count() == 1
        for _attempt in range(2):  # a code typed as its 30 s step ends: the next one
            code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
            tab.locator('[name="token"]').fill(f"{code:0{device.digits}d}")
            with tab.expect_navigation():
                tab.locator('form.login-form button[type="submit"]').click()
            if "zwei-faktor" not in tab.url:
                break
            time.sleep(device.step - time.time() % device.step + 1)
    tab.wait_for_url(re.compile(r"/admin/$"))
    return context, tab


def footer_action(tab, selector: str):
    """A button of the editor's footer menu; the less common ones sit in its dropdown."""
    button = tab.locator(f"footer {selector}").first
    if not button.is_visible():
        tab.locator("footer [data-w-dropdown-target='toggle']").first.click()
    return button


def test_partner_creates_an_opportunity_a_moderator_approves_it_and_it_is_listed(
    page, browser, demo_server, partner_and_moderator
):
    organisation = partner_and_moderator

    # The partner editor writes the opportunity below their organisation's page and
    # submits it for moderation straight from the create view.
    context, editor = admin_login(browser, demo_server, EDITOR)
    editor.goto(f"/admin/pages/{organisation.pk}/")
    editor.goto(f"/admin/pages/add/opportunities/opportunitypage/{organisation.pk}/")
    editor.locator("#id_title").fill(JOURNEY_TITLE)
    editor.locator("#id_summary").fill("Kindern in der Bücherei einmal pro Woche vorlesen.")
    description = editor.locator("[data-contentpath='description'] [contenteditable='true']")
    description.click()
    description.type("Wir suchen Menschen, die gern vorlesen.")
    # Draftail writes its text into the form's field a moment (250 ms) after the last key:
    # a submit before that sends an empty description, and the form comes back with it.
    stored = editor.locator("input[name='description']")
    expect(stored).to_have_value(re.compile("gern vorlesen"))
    expires = timezone.localdate() + datetime.timedelta(days=60)
    editor.locator("#id_expires_on").fill(expires.isoformat())
    editor.locator("#id_expires_on").press("Escape")
    footer_action(editor, 'button[name="action-submit"]').click()
    editor.wait_for_url(re.compile(rf"/admin/pages/{organisation.pk}/$"))
    context.close()
    # (wagtail-localize keeps German aliases of it in the other locales.)
    created = OpportunityPage.objects.get(title=JOURNEY_TITLE, locale__language_code="de")
    assert created.title == JOURNEY_TITLE and created.get_parent().pk == organisation.pk
    assert not created.live
    assert created.current_workflow_state.status == "in_progress"

    # Not public before a moderator approves it.
    assert page.goto(created.url).status == 404

    # A moderator approves it from the dashboard's review list; that publishes it.
    context, moderator = admin_login(browser, demo_server, MODERATOR)
    row = moderator.locator("tr", has_text=JOURNEY_TITLE)
    row.locator("[data-w-dropdown-target='toggle']").click()
    approve = row.locator('button[data-workflow-action-url*="/approve/"]:not([data-launch-modal])')
    with moderator.expect_response(lambda r: "/approve/" in r.url and r.request.method == "POST"):
        approve.click()
    moderator.wait_for_load_state()
    context.close()
    created.refresh_from_db()
    assert created.live and created.current_workflow_state is None

    # It appears in the public listing (pages followed until found).
    page.goto("/de/engagement-finden/")
    for _ in range(20):
        card = page.locator(".results").get_by_role("link", name=JOURNEY_TITLE, exact=True)
        if card.count():
            break
        page.locator('.pagination a[rel="next"]').click()
    card.click()
    assert page.locator("h1").inner_text() == JOURNEY_TITLE
    screenshot(page, "5-partner-opportunity-approved")
