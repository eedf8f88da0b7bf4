"""The phone layout in a real browser: the main menu folds behind an accessible disclosure
button (and still works without JavaScript), and the event filters fold like the
opportunity filters."""

from __future__ import annotations

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from .conftest import PHONE

pytestmark = pytest.mark.django_db

DESKTOP = {"width": 1280, "height": 900}


def translated(language: str, msgid: str) -> str:
    with translation.override(language):
        return gettext(msgid)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_main_menu_is_a_keyboard_usable_disclosure_on_phones(page, language):
    page.goto(f"/{language}/")
    toggle = page.locator("nav.main-nav summary.main-nav__toggle")
    # Its name is its text (the icon is hidden from assistive technology).
    assert toggle.inner_text().strip() == translated(language, "Menu")
    links = page.locator("nav.main-nav a")
    # The script sets aria-expanded on the <details> element's toggle event, which the
    # browser fires after the change: the assertions wait for it (up to five seconds).
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert links.count() > 3
    expect(links.first).to_be_hidden()

    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(links.first).to_be_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('nav.main-nav') !== null")
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(links.first).to_be_hidden()

    # The button sits at the start of the line: the left in German, the right in Arabic.
    box = toggle.bounding_box()
    if language == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert box["x"] + box["width"] > PHONE["width"] * 0.6
    else:
        assert box["x"] < PHONE["width"] * 0.4


def test_main_menu_works_without_javascript_and_is_a_row_on_wide_screens(browser, demo_server):
    no_script = browser.new_context(
        base_url=demo_server, viewport=PHONE, java_script_enabled=False
    ).new_page()
    no_script.goto("/de/")
    assert no_script.locator("nav.main-nav a").first.is_visible()
    no_script.locator("summary.main-nav__toggle").click()  # a native <details>
    assert not no_script.locator("nav.main-nav a").first.is_visible()
    no_script.context.close()

    wide = browser.new_context(base_url=demo_server, viewport=DESKTOP).new_page()
    wide.goto("/de/")
    assert not wide.locator("summary.main-nav__toggle").is_visible()
    assert wide.locator("nav.main-nav a").first.is_visible()
    wide.context.close()


def test_event_filters_fold_on_phones_like_the_opportunity_filters(page):
    page.goto("/de/veranstaltungen/")
    panel = page.locator("details.filters-panel")
    assert panel.get_attribute("open") is None
    panel.locator("summary").click()
    assert panel.locator("form.filters").is_visible()
    page.goto("/de/veranstaltungen/?free=on")
    assert page.locator("details.filters-panel").get_attribute("open") is not None
