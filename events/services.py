"""Registrations: one path for the HTML form and the API, safe under concurrency.

Every registration and cancellation of an event locks that event's row first, so two
people can never both take the last place, and a cancellation promotes exactly one person
from the waiting list.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms import outbox
from cms.submissions import store_submission

from .forms import EventRegistrationForm
from .models import EventPage, EventRegistration
from .tasks import send_cancellation_email, send_promotion_email, send_registration_email

Status = EventRegistration.Status


@dataclass
class RegistrationResult:
    registration: EventRegistration
    duplicate: bool


def lock_event(event_id: int) -> EventPage:
    # Only the events table's row: the page row stays free for editors.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def register(form: EventRegistrationForm) -> RegistrationResult:
    """Store a valid registration as confirmed while places are left, else on the waiting
    list (or refuse when there is none); the same e-mail address registers only once."""
    with transaction.atomic():
        event = lock_event(form.event.pk)
        if not event.registration_open():
            raise ValidationError(_("Registration for this event has closed."), code="closed")
        earlier = (
            EventRegistration.objects.filter(event=event, email__iexact=form.cleaned_data["email"])
            .exclude(status=Status.CANCELLED)
            .first()
        )
        if earlier is not None:
            return RegistrationResult(earlier, duplicate=True)
        if event.capacity is None or event.confirmed_count() < event.capacity:
            status = Status.CONFIRMED
        elif event.waiting_list:
            status = Status.WAITING
        else:
            raise ValidationError(_("Sorry, all places are taken."), code="full")
        registration = store_submission(
            form,
            notify=[send_registration_email],
            event=event,
            organiser_id=event.organiser_id,
            status=status,
        )
    return RegistrationResult(registration, duplicate=False)


def cancel(token) -> EventRegistration | None:
    """Cancel the registration with this token (again is harmless); a freed place goes to
    the first person on the waiting list, who is told by e-mail."""
    registration = EventRegistration.objects.filter(token=token).first()
    if registration is None:
        return None
    with transaction.atomic():
        event = lock_event(registration.event_id)
        registration = EventRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration
        freed_place = registration.status == Status.CONFIRMED
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        outbox.notify(send_cancellation_email, registration.pk)
        if freed_place and event.start > timezone.now():
            promote_from_waiting_list(event)
    return registration


def promote_from_waiting_list(event: EventPage) -> list[EventRegistration]:
    """Fill free places from the waiting list in order of registration. Call with the
    event's row locked."""
    if event.capacity is None:
        free = None
    else:
        free = event.capacity - event.confirmed_count()
        if free <= 0:
            return []
    waiting = EventRegistration.objects.filter(event=event, status=Status.WAITING).order_by(
        "created_at", "pk"
    )
    promoted = list(waiting if free is None else waiting[:free])
    now = timezone.now()
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        outbox.notify(send_promotion_email, registration.pk)
    return promoted


def cancelled_by_staff(registration: EventRegistration, previous_status: str) -> None:
    """Staff set a registration to cancelled in the admin: free its place the same way."""
    with transaction.atomic():
        event = lock_event(registration.event_id)
        EventRegistration.objects.filter(pk=registration.pk).update(cancelled_at=timezone.now())
        if previous_status == Status.CONFIRMED and event.start > timezone.now():
            promote_from_waiting_list(event)
