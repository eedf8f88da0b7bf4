"""Fixtures for the real services (PostgreSQL, Redis, OpenSearch) and a small site.

`make test` starts the services and exports their URLs; cms.settings.test refuses to load
without them. Nothing here stands in for a service.
"""

from __future__ import annotations

import functools

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

BROWSER_SCOPE = "tests/browser"


def pytest_xdist_make_scheduler(config, log):
    """Each test module on one pytest-xdist worker (``--dist loadscope``), so that its
    fixtures are built once, not once per worker; the browser tests, which share one demo
    build (a package fixture), all on one worker.

    Our own scope function rather than ``xdist_group`` marks: under pytest 9.2 the marks no
    longer group anything (pytest-dev/pytest-xdist#1386), and every module was spread over
    both workers, the demo built twice.

    Modules with transactional tests go last: such a test empties the database when it
    ends (pytest-django's flush), and with it what the migrations wrote (the root page,
    locales, permissions), which the modules after it on the same worker need. pytest-django
    orders them last in one process; the worker runs whole modules in the order sent.
    """
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    rootpath = config.rootpath

    @functools.cache
    def empties_the_database(scope: str) -> bool:
        if not scope.endswith(".py"):
            return False
        source = (rootpath / scope).read_text(encoding="utf-8")
        return "transaction=True" in source or "live_server" in source

    class ModuleScheduling(LoadScopeScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return BROWSER_SCOPE if module.startswith(f"{BROWSER_SCOPE}/") else module

        def _assign_work_unit(self, node) -> None:
            if not self.ordered:  # the queue is complete before the first unit is sent
                self.ordered = True
                for scope in [s for s in self.workqueue if empties_the_database(s)]:
                    self.workqueue.move_to_end(scope)
                # The longest group first (Chromium against the demo site, minutes).
                if BROWSER_SCOPE in self.workqueue:
                    self.workqueue.move_to_end(BROWSER_SCOPE, last=False)
            super()._assign_work_unit(node)

    return ModuleScheduling(config, log)


@pytest.fixture(autouse=True)
def force_login_includes_second_factor(monkeypatch):
    """`client.force_login` skips the password; let it skip the second factor too.

    Moderators and administrators must give a TOTP code before any admin page
    (cms/two_factor.py). Tests that are about something else log them in with force_login,
    so here that also records a verified device in the session through django-otp's own
    session key, as its login() would. tests/partners/test_staff_accounts.py goes through the
    real login, setup and code views instead.
    """
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        mark_second_factor_verified(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)


def mark_second_factor_verified(client, user) -> None:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from cms.two_factor import two_factor_required

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None and not two_factor_required(user):
        return
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture(scope="session")
def opensearch_client():
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[settings.SEARCH_URL], timeout=30)
    client.cluster.health(wait_for_status="yellow", request_timeout=60)
    return client


@pytest.fixture(scope="session", autouse=True)
def fresh_search_index(django_db_setup, django_db_blocker, opensearch_client):
    """Start every run with empty indexes that have Wagtail's mappings and analyzers."""
    from django.db import connection

    opensearch_client.indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}_*")
    # pytest-django sets up a test database only when a collected test uses one.
    if not connection.settings_dict["NAME"].startswith("test_"):
        return
    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0)


@pytest.fixture
def search_refresh(db, opensearch_client):
    """Empty the indexes for this test; call the result to make new documents searchable.

    Database rows roll back after each test but index documents stay, and stale hits would
    crowd the first page of results, so a search test starts from empty indexes.
    OpenSearch makes new documents searchable on its next refresh (once a second); the
    returned function forces it.
    """
    pattern = f"{settings.SEARCH_INDEX_PREFIX}_*"

    def refresh():
        opensearch_client.indices.refresh(index=pattern)

    # Rebuild from this test's database (the integ-test server has no delete-by-query).
    opensearch_client.indices.delete(index=pattern)
    call_command("update_index", verbosity=0)
    return refresh


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Every test starts with no page cached and no search counted in Redis (database rows
    roll back, Redis keys stay) and no locale remembered (their rows roll back too)."""
    from cms import locales, pagecache
    from search import services

    pagecache.clear()
    locales.forget()
    if services._buffer() is not None:
        services._buffer().delete(services._counts_key())


@pytest.fixture
def no_page_cache(settings):
    """For query budgets: they measure the uncached rendering, which a hit would skip."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def redis_client():
    import redis

    return redis.Redis.from_url(settings.REDIS_URL)


@pytest.fixture
def locale_de(db) -> Locale:
    return Locale.objects.get_or_create(language_code="de")[0]


@pytest.fixture
def home_page(locale_de):
    """A site whose root is our HomePage, replacing Wagtail's welcome page."""
    from home.models import HomePage

    # Transactional tests empty every table, Wagtail's root page included.
    root = Page.get_first_root_node() or Page.add_root(title="Root", locale=locale_de)
    home = HomePage(title="Ehrenamt in Bitburg", slug="start", intro="Willkommen.")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def consent_counselling(locale_de):
    from cms.factories import ConsentTextFactory

    return ConsentTextFactory(locale=locale_de)


@pytest.fixture
def contact_page(home_page, consent_counselling):
    from home.models import ContactPage

    page = ContactPage(title="Kontakt", slug="kontakt", intro="Schreiben Sie uns.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def wsgi():
    """`cms.wsgi.application` called as a WSGI server calls it: (status, headers, body,
    whether Django's handler ran). Django's request signals run for what falls through,
    except closing the database connection, which holds the test's transaction (Django's
    test client leaves that out the same way, around each of its requests)."""
    from wsgiref.util import setup_testing_defaults

    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from cms.wsgi import application

    started = []

    def count(**kwargs):
        started.append(True)

    def call(url, **environ):
        path, _, query = url.partition("?")
        environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "testserver", **environ}
        setup_testing_defaults(environ)
        answer = {}

        def start_response(status, headers, exc_info=None):
            answer.update(status=status, headers=headers)

        started.clear()
        for signal in (request_started, request_finished):
            signal.disconnect(close_old_connections)
        request_started.connect(count)
        try:
            answer_body = application(environ, start_response)
            body = b"".join(answer_body)
            getattr(answer_body, "close", lambda: None)()  # as the server does when done
        finally:
            request_started.disconnect(count)
            for signal in (request_started, request_finished):
                signal.connect(close_old_connections)
        return answer["status"], dict(answer["headers"]), body, bool(started)

    return call
