"""Factories for events and registrations (tests, bench)."""

import datetime

import factory
from django.utils import timezone

from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from opportunities.factories import PageFactory

from .models import EventPage, EventRegistration


def in_days(days: int, hour: int = 18, minute: int = 0) -> datetime.datetime:
    """A local Bitburg time `days` from today."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    slug = factory.Sequence(lambda n: f"veranstaltung-{n}")
    summary = "Eine Veranstaltung in Bitburg."
    description = "<p>Alle sind willkommen.</p>"
    start = factory.LazyFunction(lambda: in_days(7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue = "Haus der Jugend"
    address = "Talweg 1, 54634 Bitburg"


class EventRegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventRegistration

    name = factory.Sequence(lambda n: f"Teilnehmerin {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "de"
    status = EventRegistration.Status.CONFIRMED
    consent = factory.SubFactory(ConsentTextFactory, purpose=ConsentText.Purpose.REGISTRATION)
