"""The roles are defined in code: `setup_roles` builds them and a second run changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)
from wagtail.permission_policies.pages import PagePermissionPolicy

from partners.roles import ADMINISTRATORS, JURY, MODERATORS, TRANSLATORS, WORKFLOW_NAME

pytestmark = pytest.mark.django_db

ROLE_GROUPS = [ADMINISTRATORS, MODERATORS, TRANSLATORS, JURY]


def snapshot():
    """Every row the roles consist of, with primary keys: a re-created row would show."""
    groups = Group.objects.filter(name__in=ROLE_GROUPS)
    return {
        "groups": sorted(groups.values_list("pk", "name")),
        "permissions": sorted(
            Group.permissions.through.objects.filter(group__in=groups).values_list(
                "pk", "group_id", "permission_id"
            )
        ),
        "pages": sorted(
            GroupPagePermission.objects.filter(group__in=groups).values_list(
                "pk", "group_id", "page_id", "permission_id"
            )
        ),
        "collections": sorted(
            GroupCollectionPermission.objects.filter(group__in=groups).values_list(
                "pk", "group_id", "collection_id", "permission_id"
            )
        ),
        "workflows": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "tasks": sorted(GroupApprovalTask.groups.through.objects.values_list("pk", "group_id")),
    }


def run_setup_roles() -> str:
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    return out.getvalue()


def test_running_setup_roles_twice_changes_nothing_the_second_time(organisation_index):
    first = run_setup_roles()
    assert "(0 changes)" not in first
    before = snapshot()
    assert len(before["groups"]) == 4
    second = run_setup_roles()
    assert "(0 changes)" in second
    assert snapshot() == before


def test_setup_roles_repairs_rights_changed_by_clicking(roles):
    moderators = Group.objects.get(name=MODERATORS)
    moderators.permissions.add(Permission.objects.get(codename="delete_user"))
    moderators.permissions.remove(Permission.objects.get(codename="view_counsellingrequest"))
    GroupPagePermission.objects.filter(
        group=moderators, permission__codename="publish_page"
    ).delete()
    assert "(3 changes)" in run_setup_roles()
    assert not moderators.permissions.filter(codename="delete_user").exists()
    assert moderators.permissions.filter(codename="view_counsellingrequest").exists()
    assert "(0 changes)" in run_setup_roles()


def group_user(django_user_model, name):
    user = django_user_model.objects.create_user(name.lower(), password="pw")
    user.groups.add(Group.objects.get(name=name))
    return user


def test_roles_page_rights(roles, club, django_user_model):
    policy = PagePermissionPolicy()
    moderator = group_user(django_user_model, MODERATORS)
    translator = group_user(django_user_model, TRANSLATORS)
    jury = group_user(django_user_model, JURY)
    administrator = group_user(django_user_model, ADMINISTRATORS)
    assert club.permissions_for_user(moderator).can_publish()
    assert club.permissions_for_user(administrator).can_publish()
    assert club.permissions_for_user(translator).can_edit()
    assert not club.permissions_for_user(translator).can_publish()
    assert not policy.instances_user_has_any_permission_for(jury, ["change", "add"]).exists()
    assert jury.has_perm("wagtailadmin.access_admin")
    assert not jury.has_perm("awards.view_nomination")
    assert moderator.has_perm("home.view_counsellingrequest")
    assert not moderator.has_perm("auth.change_user")
    assert administrator.has_perm("auth.change_user")
    assert translator.has_perm("wagtail_localize.submit_translation")


def test_organisation_tree_is_moderated(organisation_index, club, roles):
    workflow = club.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    # The agency's own pages keep Wagtail's default.
    assert Page.objects.get(pk=organisation_index.get_parent().pk).get_workflow() != workflow
