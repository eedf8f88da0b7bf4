"""PostgreSQL restarted under load (SPEC §8, issue 10's fault injection).

A second PostgreSQL cluster of our own, run by the project's service script with its own
state folder and port, so restarting it disturbs no other test; gunicorn serves the site
on it while four clients keep sending expressions of interest through the API. Requests
during the restart fail cleanly — a 503 with `Retry-After`, nothing stored — and every
request after it succeeds. Every 201 has exactly its row; no failed request left one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
import requests
from django.conf import settings
from django.db import connection

from tests.utils import OwnService, free_port

CLIENTS = 4

# Run by `manage.py shell` against the new cluster: the smallest site with one open
# opportunity and the consent text its form shows. Prints the opportunity's id.
SEED = """
from wagtail.models import Locale, Page, Site
from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from home.models import HomePage
from opportunities.factories import OpportunityPageFactory, OrganisationPageFactory
from opportunities.models import OrganisationIndexPage

de = Locale.objects.get_or_create(language_code="de")[0]
root = Page.get_first_root_node() or Page.add_root(title="Root", locale=de)
home = root.add_child(instance=HomePage(title="Start", slug="start", intro="Willkommen."))
Site.objects.update_or_create(
    is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
)
index = home.add_child(instance=OrganisationIndexPage(title="Organisationen", slug="org"))
club = OrganisationPageFactory(parent=index, title="Tafel Bitburg")
opportunity = OpportunityPageFactory(parent=club, title="Lebensmittel ausgeben")
consent = ConsentTextFactory(purpose=ConsentText.Purpose.INTEREST, locale=de)
print(opportunity.pk, consent.pk)
"""


class Cluster(OwnService):
    """A PostgreSQL cluster of this test's own, with the bitburg role and database."""

    def __init__(self):
        self.port = free_port()
        super().__init__("postgres", "POSTGRES_STATE_DIR", PGPORT_BITBURG=self.port)
        self.url = f"postgres://bitburg:bitburg@127.0.0.1:{self.port}/bitburg"


def copy_schema(target_url: str) -> None:
    """The test database's tables (migrated once per run) into the new cluster."""
    db = connection.settings_dict
    bin_dir = max(
        (path for path in os.scandir("/usr/lib/postgresql") if path.is_dir()),
        key=lambda path: int(path.name),
    ).path
    dump = subprocess.run(
        [
            f"{bin_dir}/bin/pg_dump",
            "--schema-only",
            "--no-owner",
            "-h",
            db["HOST"],
            "-p",
            str(db["PORT"]),
            "-U",
            db["USER"],
            db["NAME"],
        ],
        env={**os.environ, "PGPASSWORD": db["PASSWORD"]},
        check=True,
        capture_output=True,
    ).stdout
    # pg_dump's `\restrict` lines are psql commands, not SQL.
    sql = "\n".join(line for line in dump.decode().splitlines() if not line.startswith("\\"))
    with psycopg.connect(target_url, autocommit=True) as target:
        target.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        target.execute(sql)
    # The migration records, so that nothing believes the schema is behind.
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name, applied FROM django_migrations")
        rows = cursor.fetchall()
    with psycopg.connect(target_url) as target:
        target.cursor().executemany(
            "INSERT INTO django_migrations (app, name, applied) VALUES (%s, %s, %s)", rows
        )


@pytest.fixture
def site_on_own_cluster(db, tmp_path):
    cluster = Cluster()
    cluster.run("stop")  # a cluster an interrupted run left behind
    cluster.run("start")
    server = None
    try:
        copy_schema(cluster.url)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "DATABASE_URL": cluster.url,
            "DATABASE_CONN_MAX_AGE": "60",  # persistent connections must survive a restart
        }
        seeded = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", SEED],
            env=env,
            cwd=settings.BASE_DIR,
            check=True,
            capture_output=True,
            text=True,
        )
        opportunity, consent = map(int, seeded.stdout.split()[-2:])
        port = free_port()
        log = (tmp_path / "gunicorn.log").open("w")
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cms.wsgi",
                "--workers=2",
                f"--bind=127.0.0.1:{port}",
                "--timeout=30",
            ],
            env=env,
            cwd=settings.BASE_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{base}/health/", timeout=10)
                break
            except requests.RequestException:
                assert time.monotonic() < deadline, (tmp_path / "gunicorn.log").read_text()
                time.sleep(0.3)
        yield cluster, base, opportunity, consent
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        cluster.run("stop")


def interest(consent: int, email: str) -> dict:
    return {
        "name": "Leyla Ahmadi",
        "email": email,
        "phone": "",
        "preferred_language": "fa",
        "availability": "Dienstags",
        "message": "Ich helfe gern bei der Ausgabe.",
        "age_confirmed": True,
        "consent_shown": consent,
        "consent_given": True,
        "website": "",
    }


def test_requests_fail_cleanly_while_postgres_restarts_and_succeed_after(
    site_on_own_cluster,
):
    cluster, base, opportunity, consent = site_on_own_cluster
    url = f"{base}/api/v2/opportunities/{opportunity}/interest/"
    answers: list[tuple[str, int, float, str]] = []  # (e-mail, status, sent at, body)
    lock, stop = threading.Lock(), threading.Event()
    counter = iter(range(10**6))

    def client() -> None:
        session = requests.Session()
        while not stop.is_set():
            with lock:
                email = f"person{next(counter)}@example.org"
            sent = time.monotonic()
            try:
                response = session.post(url, json=interest(consent, email), timeout=30)
                status, body = response.status_code, response.text
            except requests.RequestException as error:  # the server itself must not fail
                status, body = 0, repr(error)
            with lock:
                answers.append((email, status, sent, body))

    with ThreadPoolExecutor(CLIENTS) as pool:
        for _ in range(CLIENTS):
            pool.submit(client)
        time.sleep(2)
        cluster.run("stop")  # pg_ctl -m fast: open connections are cut
        down_at = time.monotonic()
        time.sleep(1.5)
        cluster.run("start")
        back_at = time.monotonic()
        time.sleep(3)
        stop.set()

    with psycopg.connect(cluster.url) as target:
        stored = {
            row[0] for row in target.execute("SELECT email FROM opportunities_expressionofinterest")
        }
    statuses = [status for _email, status, _sent, _body in answers]
    created = {email for email, status, _sent, _body in answers if status == 201}
    failed = [(email, body) for email, status, _sent, body in answers if status == 503]
    print(
        f"\npostgres restart: {len(answers)} sent, {len(created)} answered 201, "
        f"{len(failed)} answered 503, {len(stored)} stored"
    )
    assert set(statuses) <= {201, 503}, [a for a in answers if a[1] not in (201, 503)][:3]
    assert failed, "no request fell into the restart"
    assert '"code": "unavailable"' in failed[0][1] or '"code":"unavailable"' in failed[0][1]
    assert stored == created  # every 201 stored, and no failed request left a row
    assert not {email for email, _body in failed} & stored
    # Once PostgreSQL is back (a second to settle), every request succeeds again.
    later = [status for _email, status, sent, _body in answers if sent > back_at + 1]
    assert later and set(later) == {201}
    assert any(sent < down_at for _email, _status, sent, _body in answers)
