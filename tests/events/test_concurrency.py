"""Fifty people press "register" at the same moment for ten places."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client

from events.models import EventRegistration

from .conftest import registration_data

PEOPLE = 50


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_registrations_for_ten_places(course, consent_registration):
    assert connection.vendor == "postgresql"
    start = threading.Barrier(PEOPLE)

    def register(n: int) -> int:
        client = Client()
        try:
            start.wait()
            return client.post(course.url, registration_data(consent_registration, n)).status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        statuses = list(pool.map(register, range(PEOPLE)))

    assert statuses == [200] * PEOPLE
    registrations = EventRegistration.objects.filter(event=course)
    assert registrations.filter(status="confirmed").count() == 10
    assert registrations.filter(status="waiting").count() == 40

    # Two cancellations at the same moment promote exactly two people, the earliest waiting.
    confirmed = list(registrations.filter(status="confirmed")[:2])
    earliest_waiting = list(registrations.filter(status="waiting").order_by("created_at", "pk")[:2])
    barrier = threading.Barrier(2)

    def cancel(registration) -> int:
        client = Client()
        try:
            barrier.wait()
            return client.post(f"/de/anmeldung/{registration.token}/abmelden/").status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(cancel, confirmed)) == [200, 200]

    assert registrations.filter(status="confirmed").count() == 10
    assert registrations.filter(status="waiting").count() == 38
    promoted = set(registrations.filter(promoted_at__isnull=False).values_list("pk", flat=True))
    assert promoted == {r.pk for r in earliest_waiting}
