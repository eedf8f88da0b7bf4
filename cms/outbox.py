"""The outbox: every notification e-mail and webhook delivery is a database row first.

A change that causes a message (a stored submission, a cancelled registration, a published
page) writes an `OutboxMessage` in its own transaction, so the message exists exactly when
the change does: a rollback leaves neither, and a broker or mail server that is down can
never undo or fail the change. Once the transaction has committed, a "kick" tries to hand
the new rows to a worker; if that fails (Redis down), the rows stay due and the scheduled
job `hand_off_outbox` (every minute) hands them over later. Retry times live in the row
(`next_attempt_at`), never in a broker's ETA queue, so a Redis restart loses nothing.

`deliver` is safe to run twice: it locks the row (`SELECT … FOR UPDATE SKIP LOCKED`), does
nothing if the row is sent or dead or being delivered by another worker, sends, and marks
the row sent in the same transaction. A worker that dies before it acknowledges the task
therefore causes at most a second, empty run. A failed attempt is recorded with its error
and retried with exponential backoff; after `max_attempts` the row is "dead" and appears in
the staff's dead-letter view (Settings → Undeliverable messages), which can requeue it.
"""

from __future__ import annotations

import base64
import contextvars
import datetime
import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task, task_backends
from django_tasks.base import Task

logger = logging.getLogger(__name__)


def new_key() -> str:
    return uuid.uuid4().hex


class OutboxMessage(models.Model):
    class Kind(models.TextChoices):
        MAIL = "mail", _("e-mail")
        WEBHOOK = "webhook", _("webhook")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        DEAD = "dead", _("failed for good")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    #: Unique per message; the e-mail's Message-ID and the webhook's X-Bitburg-Delivery are
    #: derived from it, so a receiver can recognise a message it has seen.
    key = models.CharField(_("idempotency key"), max_length=64, unique=True, default=new_key)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    recipient = models.CharField(_("recipient"), max_length=500)
    template = models.CharField(_("template"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=16, blank=True)
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    body = models.TextField(_("body"), blank=True)
    #: Mail: sender and attachments; webhook: the id of its `WebhookDelivery` log entry.
    payload = models.JSONField(_("payload"), default=dict, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    max_attempts = models.PositiveSmallIntegerField(_("maximum attempts"), default=8)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    # The privacy commands (cms.privacy) find and erase a person's messages.
    personal_email_fields = ("recipient",)
    personal_text_fields = ("body",)

    class Meta:
        app_label = "cms"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]
        permissions = [("retry_outboxmessage", "Can retry an undeliverable message")]
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.recipient}"

    def message_id(self) -> str:
        domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "bitburg.example"
        return f"<{self.key}@{domain}>"

    def record_failure(self, error: BaseException) -> None:
        """Keep the error; come back later with exponential backoff, or give up."""
        self.last_error = f"{type(error).__name__}: {error}"[:2000]
        if self.attempts >= self.max_attempts:
            self.status = self.Status.DEAD
            return
        delay = min(
            settings.OUTBOX_RETRY_DELAY * 2 ** (self.attempts - 1),
            settings.OUTBOX_RETRY_MAX_DELAY,
        )
        self.next_attempt_at = timezone.now() + datetime.timedelta(seconds=delay)


# --- Writing ------------------------------------------------------------------------------

#: Ids written inside `collecting()`, kicked together once the transaction commits.
_collected: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "outbox_collected", default=None
)


def lease() -> datetime.datetime:
    """When the hand-off job may give a message to a worker again if nobody has sent it:
    long enough for a kicked task to run, short enough to recover from a lost one."""
    return timezone.now() + datetime.timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)


def add(kind: str, recipient: str, max_attempts: int, **fields) -> OutboxMessage:
    """Write one message in the current transaction; kick it once that has committed."""
    message = OutboxMessage.objects.create(
        kind=kind,
        recipient=recipient,
        max_attempts=max_attempts,
        next_attempt_at=lease(),
        **fields,
    )
    collected = _collected.get()
    if collected is None:
        transaction.on_commit(partial(kick, [message.pk]), robust=True)
    else:
        collected.append(message.pk)
    return message


@contextmanager
def collecting() -> Iterator[None]:
    """Messages written inside share one on-commit kick."""
    token = _collected.set([])
    try:
        yield
        ids = _collected.get()
    finally:
        _collected.reset(token)
    if ids:
        transaction.on_commit(partial(kick, ids), robust=True)


def notify(task: Task, *args) -> None:
    """Run a notification task now, in the caller's transaction: the messages it writes to
    the outbox are committed, or rolled back, together with the change that caused them."""
    with collecting():
        task.call(*args)


def add_mail(message: EmailMessage, template: str, language: str) -> OutboxMessage:
    """Store a rendered e-mail (one recipient) for delivery."""
    attachments = [
        (name, base64.b64encode(content.encode() if isinstance(content, str) else content))
        + (mimetype,)
        for name, content, mimetype in message.attachments
    ]
    return add(
        OutboxMessage.Kind.MAIL,
        recipient=message.to[0],
        max_attempts=settings.OUTBOX_MAX_ATTEMPTS,
        template=template,
        language=language,
        subject=message.subject,
        body=message.body,
        payload={
            "from_email": message.from_email,
            "attachments": [(n, c.decode(), m) for n, c, m in attachments],
        },
    )


def add_webhook(delivery) -> OutboxMessage:
    """Store a webhook delivery (its `WebhookDelivery` log entry is the payload)."""
    return add(
        OutboxMessage.Kind.WEBHOOK,
        recipient=delivery.webhook.url,
        max_attempts=settings.WEBHOOK_MAX_ATTEMPTS,
        payload={"delivery_id": delivery.pk},
    )


# --- Handing over -------------------------------------------------------------------------


def hand_over(message_id: int) -> None:
    """Give one message to a worker: through Redis to Celery, without publish retries (a
    down broker must fail fast; the hand-off job tries again), or in-process when the
    outbox's task backend runs tasks immediately (embedded default, tests)."""
    from .tasks import CeleryOnCommitBackend, run_django_task

    alias = settings.OUTBOX_TASK_BACKEND
    if isinstance(task_backends[alias], CeleryOnCommitBackend):
        run_django_task.apply_async(args=[deliver.module_path, [message_id], {}], retry=False)
    else:
        deliver.using(backend=alias).enqueue(message_id)


#: Until when (time.monotonic()) kicks leave messages to the hand-off job because the
#: broker just failed: while Redis is down, a request must not wait for a refused connection.
_broker_down_until = 0.0


def kick(ids: list[int]) -> None:
    """After commit: try to deliver now. On any error the messages are marked due, so the
    next hand-off sends them; the request that wrote them never sees the error."""
    global _broker_down_until
    if time.monotonic() < _broker_down_until:
        mark_due(ids)
        return
    try:
        for message_id in ids:
            hand_over(message_id)
    except Exception as error:
        _broker_down_until = time.monotonic() + settings.OUTBOX_KICK_PAUSE
        logger.warning("outbox: hand-over failed (%s), left for the hand-off job", error)
        mark_due(ids)


def mark_due(ids: list[int]) -> None:
    OutboxMessage.objects.filter(pk__in=ids, status=OutboxMessage.Status.PENDING).update(
        next_attempt_at=timezone.now()
    )


@task()
def hand_off_outbox() -> int:
    """Scheduled every minute: hand due messages to a worker (their kick failed, their retry
    time has come, or the worker that had them died) and forget sent ones after
    OUTBOX_KEEP_DAYS. Returns how many were handed over."""
    now = timezone.now()
    OutboxMessage.objects.filter(
        status=OutboxMessage.Status.SENT,
        sent_at__lt=now - datetime.timedelta(days=settings.OUTBOX_KEEP_DAYS),
    ).delete()
    due = OutboxMessage.objects.filter(
        status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")
    ids = list(due.values_list("pk", flat=True)[: settings.OUTBOX_BATCH_SIZE])
    # Leased first: a second hand-off running meanwhile does not hand them over again.
    OutboxMessage.objects.filter(pk__in=ids).update(next_attempt_at=lease())
    for handed, message_id in enumerate(ids):
        try:
            hand_over(message_id)
        except Exception:
            logger.warning("outbox: broker unavailable, %d left due", len(ids) - handed)
            OutboxMessage.objects.filter(pk__in=ids[handed:]).update(next_attempt_at=now)
            return handed
    return len(ids)


def requeue(message: OutboxMessage) -> None:
    """Staff's retry of a dead message: a fresh set of attempts, kicked after commit."""
    message.status = OutboxMessage.Status.PENDING
    message.attempts = 0
    message.next_attempt_at = lease()
    message.save(update_fields=["status", "attempts", "next_attempt_at"])
    transaction.on_commit(partial(kick, [message.pk]), robust=True)


# --- Delivering ---------------------------------------------------------------------------


def send_mail_message(message: OutboxMessage) -> None:
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=message.payload.get("from_email") or settings.DEFAULT_FROM_EMAIL,
        to=[message.recipient],
        headers={"Message-ID": message.message_id()},
    )
    for name, content, mimetype in message.payload.get("attachments", []):
        email.attach(name, base64.b64decode(content), mimetype)
    email.send()


def send_webhook_message(message: OutboxMessage) -> None:
    from .webhooks import attempt_delivery

    attempt_delivery(
        message.payload["delivery_id"],
        key=message.key,
        final=message.attempts >= message.max_attempts,
    )


SENDERS = {
    OutboxMessage.Kind.MAIL: send_mail_message,
    OutboxMessage.Kind.WEBHOOK: send_webhook_message,
}


@task()
def deliver(message_id: int) -> str:
    """Send one message at most once, however often this runs: the row is locked for the
    attempt and marked sent in the same transaction. Returns the row's status afterwards
    ("busy" when another worker holds it)."""
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(skip_locked=True).filter(pk=message_id).first()
        )
        if message is None:
            return "busy"
        if message.status != OutboxMessage.Status.PENDING:
            return message.status
        message.attempts += 1
        try:
            SENDERS[message.kind](message)
        except Exception as error:
            logger.warning("outbox: attempt %d of message %s failed", message.attempts, message.pk)
            message.record_failure(error)
        else:
            message.status = OutboxMessage.Status.SENT
            message.sent_at = timezone.now()
        message.save()
    return message.status
