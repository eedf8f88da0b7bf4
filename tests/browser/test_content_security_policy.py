"""The site and the admin work under the Content-Security-Policy: Chromium reports no
violation on the home page, an opportunity, the admin's sign-in and two-factor pages and
the page editor. The superuser signs in through the real forms, sets up the authenticator
from the key the setup page shows, and types the code an app would show."""

from __future__ import annotations

import base64
import time

import pytest
from django_otp.oath import hotp

from opportunities.models import OpportunityPage

from .conftest import ADMIN_PASSWORD, PHONE

pytestmark = pytest.mark.django_db

REPORT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def strict_tab(browser, demo_server):
    """A tab that obeys the policy and records every violation: the console's "Refused to
    …" errors and the securitypolicyviolation events of each document."""
    context = browser.new_context(base_url=demo_server, viewport=PHONE, locale="de-DE")
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    tab.add_init_script(REPORT_VIOLATIONS)
    console: list[str] = []
    tab.on(
        "console",
        lambda message: (
            console.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    yield tab, console
    context.close()


def violations(tab, console) -> list[str]:
    return console + tab.evaluate("window.__cspViolations")


def authenticator_code(secret: str, steps_ahead: int = 0) -> str:
    step = int(time.time()) // 30 + steps_ahead
    return f"{hotp(base64.b32decode(secret), step):06d}"


def test_public_pages_run_under_the_policy(strict_tab):
    tab, console = strict_tab
    opportunity = OpportunityPage.objects.live().public().filter(locale__language_code="de")[0]
    for url in ("/", opportunity.url, "/de/suche/?q=Sport"):
        response = tab.goto(url)
        assert response.status == 200
        policy = response.header_value("content-security-policy")
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        tab.wait_for_load_state("networkidle")
        assert violations(tab, console) == [], url


def test_the_admin_and_its_page_editor_run_under_the_policy(strict_tab):
    tab, console = strict_tab
    response = tab.goto("/admin/login/")
    assert "default-src 'self'" in response.header_value("content-security-policy")
    tab.fill("input[name=username]", "admin")
    tab.fill("input[name=password]", ADMIN_PASSWORD)
    with tab.expect_navigation(wait_until="domcontentloaded", timeout=60_000):
        tab.click("button[type=submit]")
    # A superuser has to set up the second factor before any admin page.
    tab.wait_for_url("**/admin/zwei-faktor/einrichten/**", wait_until="domcontentloaded")
    # The admin's scripts take over the form once loaded; type the code after that.
    tab.wait_for_load_state("networkidle")
    assert violations(tab, console) == []
    secret = tab.inner_text("[data-totp-secret]")
    tab.fill("input[name=token]", authenticator_code(secret))
    with tab.expect_navigation(wait_until="domcontentloaded", timeout=60_000):
        tab.click("form.login-form button[type=submit]")
    assert "zwei-faktor" not in tab.url, tab.inner_text("main")
    tab.wait_for_load_state("networkidle")
    assert violations(tab, console) == []

    opportunity = OpportunityPage.objects.live().filter(locale__language_code="de")[0]
    tab.goto(f"/admin/pages/{opportunity.pk}/edit/", timeout=60_000)
    tab.wait_for_load_state("networkidle")
    assert tab.locator("input[name=title]").input_value() == opportunity.title
    assert violations(tab, console) == []
