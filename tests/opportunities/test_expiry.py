"""A week before expiry the organisation is reminded once; expired or closed opportunities
leave the listing and the search index."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage
from opportunities.tasks import remind_expiring_opportunities, withdraw_expired_opportunities

pytestmark = pytest.mark.django_db


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def test_reminder_goes_once_to_the_organisation_a_week_ahead(
    club, django_capture_on_commit_callbacks
):
    soon = OpportunityPageFactory(parent=club, title="Bald vorbei", expires_on=in_days(5))
    OpportunityPageFactory(parent=club, title="Noch lange", expires_on=in_days(40))
    OpportunityPageFactory(parent=club, title="Besetzt", expires_on=in_days(3), status="filled")

    # The reminder is written to the outbox and sent once its transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_expiring_opportunities.call() == 1
    assert [m.to for m in mail.outbox] == [["jugend@tus-erdorf.example.org"]]
    assert "Bald vorbei" in mail.outbox[0].subject
    assert f"/admin/pages/{soon.pk}/edit/" in mail.outbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_expiring_opportunities.call() == 0  # not twice
    assert len(mail.outbox) == 1


def search_titles(search_refresh) -> set[str]:
    search_refresh()
    return {p.title for p in OpportunityPage.objects.live().search("Blühwiese")}


def test_filled_or_expired_opportunities_leave_the_search_index(
    club, search_refresh, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meadow = OpportunityPageFactory(parent=club, title="Blühwiese mähen")
        other = OpportunityPageFactory(parent=club, title="Blühwiese säen")
    assert search_titles(search_refresh) == {"Blühwiese mähen", "Blühwiese säen"}

    with django_capture_on_commit_callbacks(execute=True):
        meadow.status = OpportunityPage.Status.FILLED
        meadow.save_revision().publish()
    assert search_titles(search_refresh) == {"Blühwiese säen"}

    OpportunityPage.objects.filter(pk=other.pk).update(expires_on=in_days(-1))
    assert withdraw_expired_opportunities.call() == 1
    assert search_titles(search_refresh) == set()
