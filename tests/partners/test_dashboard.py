"""The dashboard shows each role what waits for them, scoped, with a bounded query count."""

import datetime

import pytest
from django.utils import timezone

from home.factories import CounsellingRequestFactory
from opportunities.factories import ExpressionOfInterestFactory, OpportunityPageFactory
from partners.onboarding import onboard

pytestmark = pytest.mark.django_db


@pytest.fixture
def work(onboarded, club, other_club, locale_de):
    soon = timezone.localdate() + datetime.timedelta(days=5)
    ours = OpportunityPageFactory(parent=club, title="Bambini-Training", expires_on=soon)
    theirs = OpportunityPageFactory(parent=other_club, title="Chorprobe", expires_on=soon)
    ExpressionOfInterestFactory(opportunity=ours, name="Amal Yousef")
    for _ in range(2):
        ExpressionOfInterestFactory(opportunity=theirs, name="Piotr Nowak")
    CounsellingRequestFactory(name="Olena Kovalenko")


def panel(client):
    html = client.get("/admin/").content.decode()
    start = html.index('id="waiting-for-you-heading"')
    return html[start : html.index("</section>", start)]


def test_moderator_sees_all_new_work(work, moderator, client):
    client.force_login(moderator)
    html = panel(client)
    assert "Neue Interessensbekundungen: <strong>3</strong>" in html
    assert "Neue Beratungsanfragen: <strong>1</strong>" in html
    assert "Angebote laufen in den nächsten 14 Tagen ab: <strong>2</strong>" in html
    assert "/admin/snippets/home/counsellingrequest/?status=new" in html


def test_partner_editor_sees_only_their_organisations_work(work, onboarded, client):
    client.force_login(onboarded.invited[0])
    html = panel(client)
    assert "Neue Interessensbekundungen: <strong>1</strong>" in html
    assert "Angebote laufen in den nächsten 14 Tagen ab: <strong>1</strong>" in html
    assert "Beratungsanfragen" not in html and "Vorschläge" not in html


def test_moderator_sees_pages_awaiting_review(
    onboarded, club, moderator, client, django_capture_on_commit_callbacks
):
    editor = onboarded.invited[0]
    revision = club.save_revision(user=editor)
    club.get_workflow().start(club, editor)
    assert revision.pk
    client.force_login(moderator)
    html = panel(client)
    assert "Seiten warten auf Ihre Freigabe: <strong>1</strong>" in html
    assert f"/admin/pages/{club.pk}/edit/" in html


def test_dashboard_query_count_does_not_grow(
    work, moderator, other_club, client, django_assert_max_num_queries
):
    client.force_login(moderator)
    client.get("/admin/")
    with django_assert_max_num_queries(40):
        client.get("/admin/")
    for _ in range(10):
        ExpressionOfInterestFactory(opportunity=other_club.get_children().first().specific)
        CounsellingRequestFactory()
    onboard(organisation=other_club)
    with django_assert_max_num_queries(40):
        html = panel(client)
    assert "Neue Beratungsanfragen: <strong>11</strong>" in html
