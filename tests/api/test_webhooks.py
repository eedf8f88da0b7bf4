"""Webhooks: a signed POST per publish, unpublish and delete, delivered by a background task
to a real local HTTP server, with retries and a delivery log staff can read."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from cms.outbox import OutboxMessage, add_webhook, deliver
from cms.webhooks import Webhook, WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver():
    """A small HTTP server on a free local port: records each POST and answers with the
    next status from `answers` (200 once they run out)."""
    received, answers = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"headers": dict(self.headers), "body": body})
            self.send_response(answers.pop(0) if answers else 200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {
        "url": f"http://127.0.0.1:{server.server_port}/hook",
        "received": received,
        "answers": answers,
    }
    server.shutdown()
    server.server_close()


def verified(hook: Webhook, request: dict) -> dict:
    """The receiver's check: the HMAC over `<timestamp>.<body>` with the shared secret."""
    timestamp = request["headers"]["X-Bitburg-Timestamp"]
    expected = hmac.new(
        hook.secret.encode(), timestamp.encode() + b"." + request["body"], hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(request["headers"]["X-Bitburg-Signature"], f"sha256={expected}")
    return json.loads(request["body"])


def test_publish_unpublish_and_delete_are_posted_signed_and_logged(
    site, receiver, django_capture_on_commit_callbacks
):
    hook = Webhook.objects.create(name="Frontend", url=receiver["url"])
    Webhook.objects.create(name="Aus", url=receiver["url"], active=False)
    event = site["event"]
    event.title = "Erste Hilfe (neu)"
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()
    page_id = event.pk
    with django_capture_on_commit_callbacks(execute=True):
        event.delete()

    bodies = [verified(hook, request) for request in receiver["received"]]
    assert [b["event"] for b in bodies] == ["page.published", "page.unpublished", "page.deleted"]
    assert {b["page"]["id"] for b in bodies} == {page_id}
    assert bodies[0]["page"]["title"] == "Erste Hilfe (neu)"
    assert bodies[0]["page"]["type"] == "events.EventPage"
    log = WebhookDelivery.objects.filter(webhook=hook).order_by("pk")
    assert [(d.status, d.attempts, d.response_status) for d in log] == [("delivered", 1, 200)] * 3
    assert not WebhookDelivery.objects.filter(webhook__active=False).exists()
    # Tampering with the body breaks the signature.
    forged = {**receiver["received"][0], "body": receiver["received"][0]["body"] + b" "}
    with pytest.raises(AssertionError):
        verified(hook, forged)


def test_a_failed_delivery_is_retried_and_logged_until_it_gets_through(
    site, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    hook = Webhook.objects.create(name="Frontend", url=receiver["url"], on_unpublished=False)
    receiver["answers"].extend([500, 503])
    with django_capture_on_commit_callbacks(execute=True):
        site["opportunity"].save_revision().publish()
    delivery = WebhookDelivery.objects.get(webhook=hook)
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("retrying", 1, 500)
    assert delivery.error.startswith("HTTP 500")
    message = OutboxMessage.objects.get(kind="webhook")
    assert (message.status, message.attempts, message.recipient) == ("pending", 1, hook.url)
    assert "HTTP 500" in message.last_error and message.next_attempt_at > timezone.now()
    # What the hand-off job does when the retry time has come: deliver the message again.
    assert deliver.call(message.pk) == "pending"
    assert deliver.call(message.pk) == "sent"
    assert deliver.call(message.pk) == "sent"  # a repeat sends nothing
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.error) == ("delivered", 3, "")
    assert len(receiver["received"]) == 3
    # Every attempt carries the same idempotency key, so the receiver can drop repeats.
    assert {r["headers"]["X-Bitburg-Delivery"] for r in receiver["received"]} == {message.key}
    # Unsubscribed events are not sent.
    with django_capture_on_commit_callbacks(execute=True):
        site["opportunity"].unpublish()
    assert WebhookDelivery.objects.filter(webhook=hook).count() == 1


def test_an_unreachable_receiver_fails_after_the_last_attempt(site, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    hook = Webhook.objects.create(name="Weg", url="http://127.0.0.1:9/nowhere")
    delivery = WebhookDelivery.objects.create(
        webhook=hook, event="page.published", page_id=site["event"].pk, payload={"x": 1}
    )
    message = add_webhook(delivery)
    assert deliver.call(message.pk) == "pending"
    assert deliver.call(message.pk) == "dead"
    delivery.refresh_from_db()
    assert delivery.status == "failed" and delivery.attempts == 2 and delivery.error
    message.refresh_from_db()
    assert message.attempts == 2 and "DeliveryFailed" in message.last_error


def test_staff_read_the_delivery_log_but_cannot_edit_it(client, site):
    hook = Webhook.objects.create(name="Frontend", url="https://front.example/hook")
    delivery = WebhookDelivery.objects.create(
        webhook=hook, event="page.deleted", page_id=7, payload={}, status="failed", attempts=7
    )
    client.force_login(User.objects.create_superuser("admin", "a@example.org", "pw"))
    listing = client.get("/admin/snippets/cms/webhookdelivery/")
    assert listing.status_code == 200 and "Frontend" in listing.content.decode()
    inspect = client.get(f"/admin/snippets/cms/webhookdelivery/inspect/{delivery.pk}/")
    assert inspect.status_code == 200
    assert client.get(f"/admin/snippets/cms/webhookdelivery/edit/{delivery.pk}/").status_code in (
        302,
        403,
    )
    assert client.get("/admin/snippets/cms/webhook/add/").status_code == 200
