"""Onboarding a partner organisation is one step, and so is taking its access away."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from opportunities.models import OrganisationPage
from partners.models import PartnerAccess
from partners.roles import WORKFLOW_NAME
from tests.utils import denied

pytestmark = pytest.mark.django_db

EDITOR = "vorstand@lauftreff-bitburg.example.org"


def onboard_command(*args) -> str:
    out = io.StringIO()
    call_command("onboard_organisation", *args, stdout=out)
    return out.getvalue()


def test_command_onboards_in_one_step(
    roles, organisation_index, other_club, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        onboard_command("Lauftreff Bitburg", "--kind", "initiative", "--editor", EDITOR)
    page = OrganisationPage.objects.get(slug="lauftreff-bitburg")
    assert not page.live and page.kind == "initiative"
    assert page.get_workflow().name == WORKFLOW_NAME
    access = PartnerAccess.objects.get(organisation=page)
    rights = GroupPagePermission.objects.filter(group=access.group)
    assert {(r.page_id, r.permission.codename) for r in rights} == {
        (page.pk, "add_page"),
        (page.pk, "change_page"),
    }
    media = GroupCollectionPermission.objects.filter(group=access.group)
    assert {m.collection_id for m in media} == {access.collection_id}
    assert access.collection.get_parent().name == "Organisationen"
    assert {m.permission.codename for m in media} >= {"add_image", "choose_document"}
    editor = User.objects.get(email=EDITOR)
    assert not editor.has_usable_password()
    assert list(editor.groups.all()) == [access.group]
    # The editor may edit this page and nothing else.
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert not other_club.permissions_for_user(editor).can_edit()
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [EDITOR]
    assert "Lauftreff Bitburg" in mailoutbox[0].subject


def test_invitation_link_sets_the_password(
    roles, organisation_index, client, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        onboard_command("Lauftreff Bitburg", "--editor", EDITOR)
    link = re.search(r"https?://\S+/admin/password_reset/confirm/\S+/", mailoutbox[0].body)
    path = "/" + link.group(0).split("/", 3)[3]
    form_url = client.get(path, follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Laufen-am-Sonntag-7", "new_password2": "Laufen-am-Sonntag-7"}
    )
    assert response.status_code == 302
    login = client.post("/admin/login/", {"username": EDITOR, "password": "Laufen-am-Sonntag-7"})
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200
    # The link works once.
    client.logout()
    assert "new_password1" not in client.get(path, follow=True).content.decode()


def test_running_onboarding_again_changes_and_sends_nothing(
    roles, club, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        onboard_command("TuS Erdorf", "--editor", EDITOR)
    User.objects.filter(email=EDITOR).update(password="md5$x$y")
    rights = sorted(GroupPagePermission.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        output = onboard_command("TuS Erdorf", "--editor", EDITOR)
    assert "0 invited" in output
    assert sorted(GroupPagePermission.objects.values_list("pk", flat=True)) == rights
    assert PartnerAccess.objects.count() == 1 and len(mailoutbox) == 1
    # The existing page was used, not a second one.
    assert OrganisationPage.objects.filter(title="TuS Erdorf").count() == 1


def test_offboarding_takes_access_and_keeps_content(onboarded, club, opportunity, client):
    editor = onboarded.invited[0]
    client.force_login(editor)
    assert client.get(f"/admin/pages/{club.pk}/edit/").status_code == 200
    call_command("offboard_organisation", club.slug, stdout=io.StringIO())
    access = PartnerAccess.objects.get(organisation=club)
    assert not access.active and access.offboarded_at
    assert not GroupPagePermission.objects.filter(group=access.group).exists()
    assert not GroupCollectionPermission.objects.filter(group=access.group).exists()
    editor.refresh_from_db()
    assert not editor.is_active
    assert client.get(f"/admin/pages/{club.pk}/edit/").status_code == 302
    club.refresh_from_db()
    assert club.live and OrganisationPage.objects.filter(pk=club.pk).exists()
    opportunity.refresh_from_db()
    assert opportunity.live
    # Onboarding again restores it.
    call_command("onboard_organisation", "TuS Erdorf", stdout=io.StringIO())
    editor.refresh_from_db()
    assert editor.is_active and club.permissions_for_user(editor).can_edit()


@pytest.fixture
def opportunity(club):
    from opportunities.factories import OpportunityPageFactory

    return OpportunityPageFactory(parent=club, title="Bambini-Training")


def test_admin_onboarding_and_offboarding(
    moderator, organisation_index, client, django_capture_on_commit_callbacks, mailoutbox
):
    client.force_login(moderator)
    assert client.get("/admin/partners/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/partners/onboard/",
            {"name": "Tafel Bitburg", "kind": "welfare", "editors": f"{EDITOR}\n"},
        )
    assert response.status_code == 302
    page = OrganisationPage.objects.get(slug="tafel-bitburg")
    assert page.partner_access.active and len(mailoutbox) == 1
    assert "Tafel Bitburg" in client.get("/admin/partners/").content.decode()
    assert client.post(f"/admin/partners/{page.pk}/offboard/").status_code == 302
    assert not PartnerAccess.objects.get(organisation=page).active


def test_admin_onboarding_refuses_bad_input(moderator, organisation_index, client):
    client.force_login(moderator)
    response = client.post(
        "/admin/partners/onboard/", {"name": "Tafel", "kind": "club", "editors": "kein-mail"}
    )
    assert response.status_code == 200
    assert not OrganisationPage.objects.filter(slug="tafel").exists()


@pytest.mark.parametrize("url", ["/admin/partners/", "/admin/partners/onboard/"])
def test_partner_editors_cannot_onboard(onboarded, client, url):
    client.force_login(onboarded.invited[0])
    assert denied(client.get(url))
    assert denied(client.post(url, {"name": "Eigener Verein", "kind": "club"}))
    assert not OrganisationPage.objects.filter(slug="eigener-verein").exists()


def test_partner_editors_cannot_offboard(onboarded, other_club, client):
    from partners.onboarding import onboard

    other = onboard(organisation=other_club)
    client.force_login(onboarded.invited[0])
    assert denied(client.post(f"/admin/partners/{other_club.pk}/offboard/"))
    other.access.refresh_from_db()
    assert other.access.active
