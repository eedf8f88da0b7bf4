"""The outbox: e-mails are rows in the transaction of the change that causes them, sent once
after commit, retried with backoff, dead after the last attempt, and retried by staff."""

from __future__ import annotations

import datetime
import socket
import threading

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone

from cms.outbox import OutboxMessage, deliver, hand_off_outbox
from home.models import CounsellingRequest
from tests.home.test_counselling import valid_data

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    """A local port nobody listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def failing_smtp(settings):
    """The real SMTP backend, pointed at a mail server that is down."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2


def test_a_submission_writes_its_mails_in_its_transaction_and_sends_them_after_commit(
    client, contact_page, consent_counselling, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(contact_page.url, valid_data(consent_counselling))
    assert response.status_code == 200
    # Stored with the submission, nothing sent before commit.
    rows = list(OutboxMessage.objects.order_by("recipient"))
    assert [(m.recipient, m.status) for m in rows] == [
        ("amina@example.org", "pending"),
        ("ehrenamt@bitburg.example", "pending"),
    ]
    assert mail.outbox == []
    assert len(callbacks) == 1  # one kick for both
    callbacks[0]()
    assert sorted(m.to[0] for m in mail.outbox) == ["amina@example.org", "ehrenamt@bitburg.example"]
    for row in rows:
        row.refresh_from_db()
        assert (row.status, row.attempts) == ("sent", 1)
    # The Message-ID comes from the row's idempotency key: a receiver can spot a repeat.
    assert {m.extra_headers["Message-ID"] for m in mail.outbox} == {r.message_id() for r in rows}
    assert "Amina Haddad" in OutboxMessage.objects.get(recipient="ehrenamt@bitburg.example").body


def test_a_rolled_back_change_leaves_no_message(consent_counselling):
    from cms import outbox
    from home.factories import CounsellingRequestFactory
    from home.tasks import send_counselling_request_emails

    with pytest.raises(RuntimeError), transaction.atomic():
        request = CounsellingRequestFactory(consent=consent_counselling)
        outbox.notify(send_counselling_request_emails, request.pk)
        assert OutboxMessage.objects.count() == 2
        raise RuntimeError("the form handler failed after writing")
    assert not OutboxMessage.objects.exists()
    assert not CounsellingRequest.objects.exists()


def test_a_failing_mail_server_leaves_the_submission_stored_and_answered(
    client, contact_page, consent_counselling, failing_smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, valid_data(consent_counselling))
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    assert CounsellingRequest.objects.get().email == "amina@example.org"
    rows = OutboxMessage.objects.all()
    assert len(rows) == 2
    for row in rows:
        assert (row.status, row.attempts) == ("pending", 1)
        assert "ConnectionRefusedError" in row.last_error
        assert row.next_attempt_at > timezone.now() + datetime.timedelta(seconds=50)


def test_failures_back_off_exponentially_then_the_message_is_dead(
    client, contact_page, consent_counselling, failing_smtp, settings
):
    settings.OUTBOX_MAX_ATTEMPTS = 4
    settings.OUTBOX_RETRY_DELAY = 60
    client.post(contact_page.url, valid_data(consent_counselling))
    message = OutboxMessage.objects.get(recipient="amina@example.org")
    delays = []
    for _attempt in range(3):
        before = timezone.now()
        assert deliver.call(message.pk) == "pending"
        message.refresh_from_db()
        delays.append(round((message.next_attempt_at - before).total_seconds() / 60))
    assert delays == [1, 2, 4]
    assert deliver.call(message.pk) == "dead"
    message.refresh_from_db()
    assert message.attempts == 4 and message.last_error
    assert deliver.call(message.pk) == "dead"  # a dead message is not tried again
    message.refresh_from_db()
    assert message.attempts == 4


def test_delivering_twice_sends_once(client, contact_page, consent_counselling):
    client.post(contact_page.url, valid_data(consent_counselling))  # kick not run: no commit
    message = OutboxMessage.objects.get(recipient="amina@example.org")
    assert deliver.call(message.pk) == "sent"
    assert deliver.call(message.pk) == "sent"
    assert [m.to for m in mail.outbox] == [["amina@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_a_message_another_worker_is_delivering_is_left_alone(contact_page, consent_counselling):
    from home.factories import CounsellingRequestFactory

    request = CounsellingRequestFactory(consent=consent_counselling)
    message = OutboxMessage.objects.create(kind="mail", recipient=request.email, subject="Hallo")
    locked, release = threading.Event(), threading.Event()

    def other_worker():
        with transaction.atomic():
            OutboxMessage.objects.select_for_update().get(pk=message.pk)
            locked.set()
            release.wait(10)
        connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    assert locked.wait(10)
    try:
        assert deliver.call(message.pk) == "busy"
    finally:
        release.set()
        thread.join()
    assert mail.outbox == []
    assert deliver.call(message.pk) == "sent"
    assert len(mail.outbox) == 1


def test_the_hand_off_job_sends_due_messages_and_forgets_old_sent_ones(settings):
    now = timezone.now()
    due = OutboxMessage.objects.create(
        kind="mail", recipient="due@example.org", subject="Fällig", next_attempt_at=now
    )
    later = OutboxMessage.objects.create(
        kind="mail",
        recipient="later@example.org",
        subject="Später",
        next_attempt_at=now + datetime.timedelta(minutes=5),
    )
    old = OutboxMessage.objects.create(
        kind="mail",
        recipient="old@example.org",
        status="sent",
        sent_at=now - datetime.timedelta(days=settings.OUTBOX_KEEP_DAYS + 1),
    )
    assert hand_off_outbox.call() == 1
    assert [m.to for m in mail.outbox] == [["due@example.org"]]
    due.refresh_from_db()
    later.refresh_from_db()
    assert (due.status, later.status) == ("sent", "pending")
    assert not OutboxMessage.objects.filter(pk=old.pk).exists()
    assert hand_off_outbox.call() == 0


@pytest.fixture
def staff(db):
    """Someone allowed to see and retry dead messages (the roles' rights are checked in
    tests/partners/test_authorisation.py), and an admin user without those rights."""
    from django.contrib.auth.models import Permission

    moderator = User.objects.create_user("moderatorin", "m@bitburg.example", password="pw")
    translator = User.objects.create_user("uebersetzer", "t@bitburg.example", password="pw")
    admin_access = Permission.objects.get(codename="access_admin")
    moderator.user_permissions.add(
        admin_access,
        Permission.objects.get(codename="view_outboxmessage"),
        Permission.objects.get(codename="retry_outboxmessage"),
    )
    translator.user_permissions.add(admin_access)
    return {"moderator": moderator, "translator": translator}


@pytest.fixture
def dead_message(client, contact_page, consent_counselling, failing_smtp, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 1
    client.post(contact_page.url, valid_data(consent_counselling))
    message = OutboxMessage.objects.get(recipient="amina@example.org")
    assert deliver.call(message.pk) == "dead"
    message.refresh_from_db()
    return message


def test_staff_see_dead_messages_and_retry_them(
    dead_message, staff, settings, django_capture_on_commit_callbacks
):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(staff["moderator"])
    listing = client.get("/admin/snippets/cms/outboxmessage/")
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "amina@example.org" in html and "ConnectionRefusedError" in html
    assert "ehrenamt@bitburg.example" not in html  # still pending: not a dead letter
    retry_url = f"/admin/outbox/{dead_message.pk}/retry/"
    assert retry_url in html
    confirm = client.get(retry_url)
    assert confirm.status_code == 200
    assert client.post(retry_url).status_code == 403  # no CSRF token, nothing happens
    dead_message.refresh_from_db()
    assert dead_message.status == "dead"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # server is back
    token = confirm.context["csrf_token"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry_url, {"csrfmiddlewaretoken": str(token)})
    assert response.status_code == 302
    dead_message.refresh_from_db()
    assert (dead_message.status, dead_message.attempts) == ("sent", 1)
    assert [m.to for m in mail.outbox] == [["amina@example.org"]]
    listing = client.get("/admin/snippets/cms/outboxmessage/")
    assert retry_url not in listing.content.decode()  # no longer a dead letter


def test_translators_cannot_see_or_retry_dead_messages(dead_message, staff, client):
    client.force_login(staff["translator"])
    assert client.get("/admin/snippets/cms/outboxmessage/").status_code in (302, 403)
    refused = client.post(f"/admin/outbox/{dead_message.pk}/retry/")
    # Wagtail answers a permission error in its admin with a redirect to the dashboard.
    assert (refused.status_code, refused.get("Location")) in ((403, None), (302, "/admin/"))
    dead_message.refresh_from_db()
    assert dead_message.status == "dead"
