"""One live server with the demo site and one headless Chromium for all browser tests,
and the same demo build for the checks of the demo as a whole (test_demo_site.py).

The demo takes minutes to build, so it is built once for all of tests/browser and
committed (the server thread has its own database connection and sees only committed
rows), and the database is put back afterwards. The tests are
marked `django_db` (so that pytest-django sets the test database up); inside their
transaction each statement still sees what the server committed before it.

Chromium is Debian's (`/usr/bin/chromium`, installed by `scripts/bootstrap.sh --tests`):
Playwright's own browser download cannot work on our machines. axe-core comes from npm,
pinned in `tests/browser/package-lock.json`.
"""

from __future__ import annotations

import datetime
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import Locale, Page

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
ADMIN_PASSWORD = "Erdorf-Irsch-Stahl-2026"


@pytest.fixture(scope="package")
def demo_server(django_db_setup, django_db_blocker, opensearch_client):
    """The demo site, committed, served by a live server thread; its base URL.

    Afterwards the database and the search indexes are put back as they were, as
    Django's serialized rollback does: pytest-django runs the other tests that use the
    database in transactions on the migrated database, in the same group as these.
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        before = connection.creation.serialize_db_to_string()
        locale = Locale.objects.get_or_create(language_code="de")[0]
        Page.get_first_root_node() or Page.add_root(title="Root", locale=locale)
        # The superuser signs in through the admin's forms in test_content_security_policy.py.
        call_command(
            "load_demo_content", "--skip-index", "--admin-password", ADMIN_PASSWORD, verbosity=0
        )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        open_newest_award_round()
    server = LiveServer("localhost:0")
    yield server.url
    server.stop()
    with django_db_blocker.unblock():
        # As TransactionTestCase does: sequences keep counting, or the next insert would
        # take an id that a restored row already has.
        call_command(
            "flush",
            interactive=False,
            verbosity=0,
            inhibit_post_migrate=True,
            reset_sequences=False,
        )
        connection.creation.deserialize_db_from_string(before)
        opensearch_client.indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}_*")
        call_command("update_index", verbosity=0)


def open_newest_award_round() -> None:
    """The demo's dates are fixed, the tests must not depend on the day they run: the
    newest award round's nomination window is moved around today if it is not open."""
    from awards.models import AwardRoundPage

    newest = AwardRoundPage.objects.filter(locale__language_code="de").order_by("-year")[0]
    if newest.nomination_state() != "open":
        now = timezone.now()
        AwardRoundPage.objects.filter(translation_key=newest.translation_key).update(
            nomination_opens=now - datetime.timedelta(days=1),
            nomination_closes=now + datetime.timedelta(days=30),
        )


@pytest.fixture(scope="package")
def browser():
    """Debian's Chromium, for this package only.

    Playwright's sync API keeps an asyncio loop running in the test thread, which makes
    Django refuse database access there; the tests themselves are synchronous code. The
    switch that allows it is set only while the browser runs (it must never reach another
    process: `check --deploy` refuses it)."""
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield from launch(sync_playwright)
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def launch(sync_playwright):
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} missing: run scripts/bootstrap.sh --tests"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, demo_server):
    """A fresh browser tab at phone width whose relative URLs go to the demo server.

    It bypasses the Content-Security-Policy because run_axe injects axe-core as an inline
    script; test_content_security_policy.py opens its own tabs that obey the policy."""
    context = browser.new_context(
        base_url=demo_server, viewport=PHONE, locale="de-DE", bypass_csp=True
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
