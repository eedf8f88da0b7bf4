"""Nothing lost, nothing sent twice: the broker down while citizens submit, and a worker
killed in the middle of a delivery. Each test prints its counts."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from cms.outbox import OutboxMessage, hand_off_outbox
from opportunities.models import ExpressionOfInterest
from tests.faults.conftest import kill, message_ids_in
from tests.opportunities.test_interest import form_data

pytestmark = pytest.mark.django_db(transaction=True)

SUBMISSIONS = 100


def drain(timeout: float, hand_off_every: float = 1.0) -> int:
    """Run the hand-off job (as beat would) until no message is pending; the pending count."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = OutboxMessage.objects.filter(status=OutboxMessage.Status.PENDING).count()
        if not pending:
            return 0
        hand_off_outbox.call()
        time.sleep(hand_off_every)
    return OutboxMessage.objects.filter(status=OutboxMessage.Status.PENDING).count()


def test_redis_down_while_100_interests_arrive(
    client, opportunity, consent_interest, outbox_through, workers, tmp_path
):
    redis_server = outbox_through  # not started: the broker is down
    answers = Counter()
    started = time.monotonic()
    for number in range(SUBMISSIONS):
        response = client.post(
            opportunity.url, form_data(consent_interest, email=f"person{number}@example.org")
        )
        answers[response.status_code] += 1
        assert "Vielen Dank" in response.content.decode()
    submitting = time.monotonic() - started
    stored = ExpressionOfInterest.objects.count()
    queued = OutboxMessage.objects.count()
    assert answers == {200: SUBMISSIONS}
    assert stored == SUBMISSIONS
    assert queued == 2 * SUBMISSIONS  # the organisation's notice and the confirmation
    # Every kick failed, so each message is due for the hand-off job; none was sent.
    assert not OutboxMessage.objects.exclude(status="pending").exists()
    assert not OutboxMessage.objects.filter(attempts__gt=0).exists()

    redis_server.start()
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    workers.start(
        TEST_EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        TEST_EMAIL_FILE_PATH=str(mail_dir),
    )
    handed = hand_off_outbox.call()
    left = drain(timeout=60)

    ids = message_ids_in(mail_dir)
    expected = {m.message_id() for m in OutboxMessage.objects.all()}
    delivered, duplicates = len(set(ids)), len(ids) - len(set(ids))
    print(
        f"\nredis down: submitted={SUBMISSIONS} answered_2xx={answers[200]} stored={stored} "
        f"messages={queued} handed_over={handed} delivered={delivered} "
        f"duplicates={duplicates} still_pending={left} (submitting took {submitting:.1f} s)"
    )
    assert left == 0
    assert handed == queued
    assert set(ids) == expected
    assert duplicates == 0
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {("sent", 1)}


def test_a_worker_killed_while_sending_leaves_the_mail_to_the_next_one(
    client, opportunity, consent_interest, outbox_through, workers, smtp_server, settings
):
    redis_server = outbox_through
    redis_server.start()
    settings.OUTBOX_LEASE_SECONDS = 2  # how soon the hand-off gives out a lost message again
    smtp = {
        "TEST_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_server.port),
    }
    smtp_server.hang_once = True
    first = workers.start(**smtp)
    response = client.post(opportunity.url, form_data(consent_interest))
    assert response.status_code == 200
    assert ExpressionOfInterest.objects.count() == 1
    assert smtp_server.hanging.wait(45), "the worker never reached the mail server"
    kill(first)  # SIGKILL in the middle of the SMTP conversation
    killed_id = smtp_server.attempted[0]
    killed = next(m for m in OutboxMessage.objects.all() if m.message_id() == killed_id)
    # The killed attempt's transaction died with the worker: nothing recorded, not sent.
    assert (killed.status, killed.attempts) == ("pending", 0)

    workers.start(**smtp)
    left = drain(timeout=45)

    accepted = Counter(smtp_server.accepted)
    attempted = Counter(smtp_server.attempted)
    messages = OutboxMessage.objects.count()
    duplicates = sum(n - 1 for n in accepted.values())
    print(
        f"\nworker killed: submitted=1 stored={ExpressionOfInterest.objects.count()} "
        f"messages={messages} attempts_at_server={sum(attempted.values())} "
        f"delivered={len(accepted)} duplicates={duplicates} "
        f"killed_message_attempts={attempted[killed_id]} still_pending={left}"
    )
    assert left == 0
    assert attempted[killed_id] == 2  # it ran again after the kill
    assert accepted[killed_id] == 1  # and its effect happened once
    assert set(accepted) == {m.message_id() for m in OutboxMessage.objects.all()}
    assert duplicates == 0
    killed.refresh_from_db()
    assert (killed.status, killed.attempts) == ("sent", 1)
