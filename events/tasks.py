"""E-mails about registrations; each runs after the change that causes it has committed."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from cms.mail import send_templated_mail


def _registration(registration_id: int):
    from .models import EventRegistration

    return EventRegistration.objects.select_related("event").get(pk=registration_id)


def _send(template: str, registration, with_calendar: bool = False) -> None:
    from .ical import calendar_bytes

    event = registration.event
    attachments = []
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": event,
            "occurrence": event.next_occurrence,
            "cancel_url": registration.cancel_url(),
            "event_url": event.full_url,
        }
        if with_calendar:
            attachments.append(
                (f"{event.slug}.ics", calendar_bytes([event], name=event.title), "text/calendar")
            )
    send_templated_mail(
        f"events/email/{template}",
        context,
        registration.email,
        registration.language,
        attachments=attachments,
    )


@task()
def send_registration_email(registration_id: int) -> None:
    """Confirm a registration (or the place on the waiting list) with the cancel link."""
    registration = _registration(registration_id)
    confirmed = registration.status == registration.Status.CONFIRMED
    _send(
        "registration_confirmed" if confirmed else "registration_waiting", registration, confirmed
    )


@task()
def send_promotion_email(registration_id: int) -> None:
    """Tell someone from the waiting list that a place has become free for them."""
    _send("registration_promoted", _registration(registration_id), with_calendar=True)


@task()
def send_cancellation_email(registration_id: int) -> None:
    _send("registration_cancelled", _registration(registration_id))


@task()
def remind_registrations() -> int:
    """The day before an event, remind everyone confirmed for it, once (scheduled daily)."""
    from .models import EventRegistration, Occurrence

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    events_tomorrow = (
        Occurrence.objects.between(tomorrow, tomorrow)
        .filter(cancelled=False, start__gt=timezone.now())
        .values("event_id")
    )
    due = EventRegistration.objects.filter(
        event_id__in=events_tomorrow,
        status=EventRegistration.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
    ).select_related("event")
    sent = 0
    for registration in due:
        # The outbox row and the "reminded" mark commit together: a re-run never repeats it.
        with transaction.atomic():
            _send("registration_reminder", registration)
            EventRegistration.objects.filter(pk=registration.pk).update(
                reminder_sent_at=timezone.now()
            )
        sent += 1
    return sent


@task()
def withdraw_past_events() -> int:
    """Take events whose last date ended yesterday or earlier out of the search index
    (scheduled daily); the archive still lists them."""
    from wagtail.search import index

    from .models import EventPage, Occurrence

    now = timezone.now()
    current = Occurrence.objects.filter(end__gte=now).values("event_id")
    recently_ended = Occurrence.objects.filter(
        end__lt=now, end__gte=now - datetime.timedelta(days=7)
    ).values("event_id")
    removed = 0
    for event in EventPage.objects.filter(pk__in=recently_ended).exclude(pk__in=current):
        index.remove_object(event)
        removed += 1
    return removed
