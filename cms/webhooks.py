"""Webhooks: staff register URLs that receive a signed POST when a page is published,
unpublished or deleted (SPEC §7).

Each event writes one `WebhookDelivery` per subscribed hook, and an outbox message for it
(cms.outbox), in the same transaction as the change; the outbox delivers it after commit.
A delivery is one JSON body, signed with HMAC-SHA256 over `<timestamp>.<body>` with the
hook's secret (headers `X-Bitburg-Timestamp`, `X-Bitburg-Signature: sha256=<hex>`), so a
receiver can check origin and freshness; `X-Bitburg-Delivery` is the outbox message's
idempotency key, the same on every attempt, so a receiver can drop a repeat. A failed attempt
(no answer, or not 2xx) is logged on the delivery and raised, so the outbox retries with
backoff, up to WEBHOOK_MAX_ATTEMPTS attempts; then the delivery stays "failed" and the
outbox message is dead (the dead-letter view can retry it). Staff read the log under
Settings → Webhooks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time

import requests
from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished


def new_secret() -> str:
    return secrets.token_hex(32)


class Webhook(models.Model):
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("URL"), max_length=500)
    secret = models.CharField(
        _("secret"),
        max_length=128,
        default=new_secret,
        help_text=_("Shared with the receiver, who checks the HMAC-SHA256 signature with it."),
    )
    on_published = models.BooleanField(_("page published"), default=True)
    on_unpublished = models.BooleanField(_("page unpublished"), default=True)
    on_deleted = models.BooleanField(_("page deleted"), default=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        app_label = "cms"
        ordering = ["name", "pk"]
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self) -> str:
        return self.name


class WebhookDelivery(models.Model):
    class Event(models.TextChoices):
        PUBLISHED = "page.published", _("page published")
        UNPUBLISHED = "page.unpublished", _("page unpublished")
        DELETED = "page.deleted", _("page deleted")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RETRYING = "retrying", _("retrying")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("failed")

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(_("event"), max_length=32, choices=Event.choices)
    page_id = models.PositiveIntegerField(_("page id"))
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    response_status = models.PositiveSmallIntegerField(_("response status"), null=True)
    error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True)

    class Meta:
        app_label = "cms"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} #{self.page_id} → {self.webhook}"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def page_payload(event: str, page: Page) -> dict:
    return {
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "page": {
            "id": page.pk,
            "type": f"{page._meta.app_label}.{type(page).__name__}",
            "title": page.title,
            "slug": page.slug,
            "locale": page.locale.language_code if page.locale_id else None,
            "url": page.get_full_url() if event == WebhookDelivery.Event.PUBLISHED else None,
        },
    }


SUBSCRIPTION = {
    WebhookDelivery.Event.PUBLISHED: "on_published",
    WebhookDelivery.Event.UNPUBLISHED: "on_unpublished",
    WebhookDelivery.Event.DELETED: "on_deleted",
}


def announce(event: str, page: Page) -> None:
    """Log one delivery per subscribed hook and put it in the outbox, in the change's
    transaction."""
    from .outbox import add_webhook

    hooks = Webhook.objects.filter(active=True, **{SUBSCRIPTION[event]: True})
    if not hooks.exists():
        return
    payload = page_payload(event, page)
    for hook in hooks:
        delivery = WebhookDelivery.objects.create(
            webhook=hook, event=event, page_id=page.pk, payload=payload
        )
        add_webhook(delivery)


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    announce(WebhookDelivery.Event.PUBLISHED, instance)


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    announce(WebhookDelivery.Event.UNPUBLISHED, instance)


@receiver(post_delete, sender=Page)
def on_page_deleted(sender, instance, **kwargs):
    # Deleting a specific page deletes its Page row too: the base class's signal fires once.
    announce(WebhookDelivery.Event.DELETED, instance)


class DeliveryFailed(Exception):
    """Raised so that the outbox records the failure and retries with backoff."""


def attempt_delivery(delivery_id: int, key: str, final: bool) -> str:
    """One attempt to deliver (called by the outbox, which decides about retries): logs the
    outcome on the delivery and raises DeliveryFailed on failure."""
    delivery = WebhookDelivery.objects.select_related("webhook").get(pk=delivery_id)
    if delivery.status == WebhookDelivery.Status.DELIVERED:
        return delivery.status
    body = json.dumps(delivery.payload, sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Bitburg-Webhooks/1",
        "X-Bitburg-Event": delivery.event,
        "X-Bitburg-Delivery": key,
        "X-Bitburg-Timestamp": timestamp,
        "X-Bitburg-Signature": sign(delivery.webhook.secret, timestamp, body),
    }
    delivery.attempts += 1
    try:
        response = requests.post(
            delivery.webhook.url, data=body, headers=headers, timeout=settings.WEBHOOK_TIMEOUT
        )
        delivery.response_status = response.status_code
        ok = 200 <= response.status_code < 300
        delivery.error = "" if ok else f"HTTP {response.status_code}: {response.text[:500]}"
    except requests.RequestException as error:
        ok, delivery.response_status, delivery.error = False, None, str(error)[:1000]
    if ok:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
    elif final:
        delivery.status = WebhookDelivery.Status.FAILED
    else:
        delivery.status = WebhookDelivery.Status.RETRYING
    delivery.save()
    if not ok:
        raise DeliveryFailed(delivery.error)
    return delivery.status
