"""A partner editor's page goes live only after a moderator approves it, through the admin."""

import pytest
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from partners.onboarding import onboard
from partners.roles import WORKFLOW_NAME

pytestmark = pytest.mark.django_db

EDITOR = "redaktion@lauftreff-bitburg.example.org"


@pytest.fixture
def draft(roles, organisation_index, django_capture_on_commit_callbacks, mailoutbox):
    """A newly onboarded organisation: its page is a draft, its editor has a password."""
    with django_capture_on_commit_callbacks(execute=True):
        result = onboard("Lauftreff Bitburg", editors=[EDITOR])
    editor = result.invited[0]
    editor.set_password("pw")
    editor.save()
    mailoutbox.clear()
    return result.organisation, editor


def edit_data(title: str, **actions) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "lauftreff-bitburg",
            "kind": "initiative",
            "description": rich_text("<p>Wir laufen jeden Sonntag um den Stausee.</p>"),
            "postcode": "54634",
            "town": "Bitburg",
            "comments": inline_formset([]),
            **actions,
        }
    )


def submit_as_editor(client, page, editor, title):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(title, **{"action-submit": "Zur Freigabe"})
    )
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    return page


def act_as_moderator(client, moderator, page, action, comment=""):
    task_state = page.current_workflow_task_state
    client.force_login(moderator)
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, {"comment": comment})


def test_page_goes_live_only_after_approval(
    draft, moderator, client, django_capture_on_commit_callbacks, mailoutbox
):
    page, editor = draft
    page = submit_as_editor(client, page, editor, "Lauftreff Bitburg e. V.")
    assert not page.live
    state = page.current_workflow_state
    assert state.workflow.name == WORKFLOW_NAME and state.requested_by == editor
    # Wagtail told the moderators (its own notification of the submission).
    assert [m.to for m in mailoutbox] == [[moderator.email]]
    mailoutbox.clear()
    # The public does not see it yet.
    client.logout()
    assert client.get("/api/v2/organisations/").json()["meta"]["total_count"] == 0
    with django_capture_on_commit_callbacks(execute=True):
        response = act_as_moderator(client, moderator, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Lauftreff Bitburg e. V."
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
    assert [m.to for m in mailoutbox] == [[EDITOR]]
    assert "Freigegeben" in mailoutbox[0].subject


def test_rejected_page_stays_unpublished_with_the_comment_visible(
    draft, moderator, client, django_capture_on_commit_callbacks, mailoutbox
):
    page, editor = draft
    page = submit_as_editor(client, page, editor, "Lauftreff Bitburg e. V.")
    state = page.current_workflow_state
    mailoutbox.clear()
    comment = "Bitte ergänzen Sie die Adresse des Treffpunkts."
    with django_capture_on_commit_callbacks(execute=True):
        response = act_as_moderator(client, moderator, page, "reject", comment)
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [m.to for m in mailoutbox] == [[EDITOR]]
    assert comment in mailoutbox[0].body
    # The editor reads the comment in the page's workflow history.
    client.force_login(editor)
    history = client.get(f"/admin/pages/{page.pk}/workflow_history/detail/{state.pk}/")
    assert history.status_code == 200
    assert comment in history.content.decode()


def test_partner_editor_cannot_publish_or_approve(draft, client, moderator):
    page, editor = draft
    client.force_login(editor)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data("Selbst veröffentlicht", **{"action-publish": "Veröffentlichen"}),
    )
    page.refresh_from_db()
    assert not page.live and page.current_workflow_state is None
    page = submit_as_editor(client, page, editor, "Lauftreff Bitburg e. V.")
    task_state = page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {})
    page.refresh_from_db()
    assert not page.live
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


def test_moderation_and_onboarding_are_in_the_audit_log(
    draft, moderator, client, django_capture_on_commit_callbacks
):
    from wagtail.models import ModelLogEntry, PageLogEntry

    page, editor = draft
    page = submit_as_editor(client, page, editor, "Lauftreff Bitburg e. V.")
    with django_capture_on_commit_callbacks(execute=True):
        act_as_moderator(client, moderator, page, "approve")
    actions = {(entry.action, entry.user_id) for entry in PageLogEntry.objects.filter(page=page)}
    assert ("wagtail.workflow.start", editor.pk) in actions
    assert ("wagtail.workflow.approve", moderator.pk) in actions
    assert ("wagtail.publish", moderator.pk) in actions
    group = page.partner_access.group
    assert ModelLogEntry.objects.filter(action="partners.onboard", object_id=str(group.pk)).exists()


def test_scheduled_publishing_runs_from_the_scheduler(draft):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    page, _editor = draft
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    # An hour later (the revision's content carries the date too):
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("run_scheduled_jobs", "publish-scheduled-pages", verbosity=0)
    page.refresh_from_db()
    assert page.live
