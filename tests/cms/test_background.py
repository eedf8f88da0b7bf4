"""Background work goes through Redis to a real Celery worker, and only after commit."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction

from home.factories import CounsellingRequestFactory
from home.models import CounsellingRequest
from home.tasks import send_counselling_request_emails

QUEUE = settings.CELERY_TASK_DEFAULT_QUEUE


def queued(redis_client) -> int:
    return redis_client.llen(QUEUE)


@pytest.fixture
def empty_queue(redis_client):
    redis_client.delete(QUEUE)
    yield
    redis_client.delete(QUEUE)


@pytest.fixture
def counselling_request(consent_counselling):
    return CounsellingRequestFactory(
        topic=CounsellingRequest.Topic.EHRENAMTSKARTE,
        preferred_language="uk",
        language="uk",
        email="olena@example.org",
        message="Як отримати картку волонтера?",
        consent=consent_counselling,
    )


@pytest.mark.django_db(transaction=True)
def test_task_reaches_redis_only_after_commit(redis_client, empty_queue, counselling_request):
    backend_task = send_counselling_request_emails.using(backend="celery")
    with transaction.atomic():
        backend_task.enqueue(counselling_request.pk)
        assert queued(redis_client) == 0, "queued before the transaction committed"
    assert queued(redis_client) == 1


@pytest.mark.django_db(transaction=True)
def test_rolled_back_transaction_queues_nothing(redis_client, empty_queue, counselling_request):
    backend_task = send_counselling_request_emails.using(backend="celery")
    with pytest.raises(RuntimeError), transaction.atomic():
        backend_task.enqueue(counselling_request.pk)
        raise RuntimeError("the form handler failed")
    assert queued(redis_client) == 0


@pytest.fixture
def celery_worker(tmp_path, empty_queue, django_db_blocker):
    """A real `celery -A cms worker` process on the test database and the test broker."""
    db = connection.settings_dict
    database_url = (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    )
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
        "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "TEST_EMAIL_FILE_PATH": str(mail_dir),
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            f"--queues={QUEUE}",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=INFO",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=settings.BASE_DIR,
    )
    yield mail_dir
    worker.terminate()
    worker.wait(timeout=20)
    log.close()


SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def read_mails(folder: Path) -> list[bytes]:
    """Every message Django's file backend wrote into the folder.

    The backend names its file after the time and the id() of the connection, so two
    connections opened in the same second can share one file; it separates messages by a
    line of 79 dashes.
    """
    messages = []
    for path in sorted(folder.glob("*.log")):
        messages += [chunk for chunk in path.read_bytes().split(SEPARATOR) if chunk.strip()]
    return messages


def wait_for_mails(folder: Path, count: int, timeout: float = 45) -> list[bytes]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        messages = read_mails(folder)
        if len(messages) >= count:
            return messages
        time.sleep(0.25)
    return read_mails(folder)


@pytest.mark.django_db(transaction=True)
def test_worker_sends_the_mails_of_a_committed_submission(celery_worker, counselling_request):
    send_counselling_request_emails.using(backend="celery").enqueue(counselling_request.pk)
    messages = wait_for_mails(celery_worker, 2)
    assert messages, "the worker sent no mail (see worker.log in the test's tmp_path)"
    mails = {}
    for raw in messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        # A long subject with umlauts is folded into encoded words; unfolding can leave
        # whitespace at the edges that is not part of what was sent.
        subject = " ".join(str(message["Subject"]).split())
        mails[message["To"]] = (subject, message.get_content())
    assert len(messages) == 2
    assert set(mails) == {"olena@example.org", "ehrenamt@bitburg.example"}
    subject, body = mails["ehrenamt@bitburg.example"]
    assert subject.startswith("Neue Beratungsanfrage")
    assert "Як отримати картку волонтера?" in body
