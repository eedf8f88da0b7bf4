"""The staff roles, declared in code (SPEC §6): what each group may do is defined here and
applied by `manage.py setup_roles`, never by clicking.

`apply_roles()` makes the database match the declaration — it adds what is missing and
removes what is not declared — and counts what it changed, so a second run reports zero.
Partner editors are one group per organisation (`partners.onboarding`); jury members get
their rounds from `awards.JuryMembership`, the group "Jury" only opens the admin.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

ADMINISTRATORS = "Administrators"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
JURY = "Jury"

WORKFLOW_NAME = "Freigabe von Partnerinhalten"
TASK_NAME = "Freigabe durch die Ehrenamtsagentur"

ACCESS_ADMIN = "wagtailadmin.access_admin"
#: What citizens sent (§2 forms): staff read them and set their status, nobody adds one.
SUBMISSIONS = [
    "opportunities.expressionofinterest",
    "home.counsellingrequest",
    "events.eventregistration",
    "awards.nomination",
    "awards.ehrenamtskarteapplication",
    "awards.thankyouletterproposal",
]
TAXONOMIES = ["cms.district", "cms.fieldofactivity", "cms.targetgroup", "events.eventcategory"]
ALL_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
ALL_MEDIA_PERMISSIONS = [
    f"{verb}_{model}"
    for model in ("image", "document")
    for verb in ("add", "change", "delete", "choose")
]
#: What a partner organisation's editors get on their own collection.
PARTNER_MEDIA_PERMISSIONS = [
    f"{verb}_{model}" for model in ("image", "document") for verb in ("add", "change", "choose")
]
#: What a partner organisation's editors get on their own page: write and submit, no publish.
PARTNER_PAGE_PERMISSIONS = ["add_page", "change_page"]


def model_permissions(models, verbs):
    return [f"{m.split('.')[0]}.{verb}_{m.split('.')[1]}" for m in models for verb in verbs]


@dataclass
class Role:
    group: str
    #: "app_label.codename", or "*" for every permission that exists.
    permissions: list[str]
    #: Page permission codenames on the tree's root (every locale's tree).
    page_permissions: list[str] = field(default_factory=list)
    #: Image/document permission codenames on the root collection (and so all of them).
    collection_permissions: list[str] = field(default_factory=list)


ROLES = [
    Role(ADMINISTRATORS, ["*"], ALL_PAGE_PERMISSIONS, ALL_MEDIA_PERMISSIONS),
    Role(
        MODERATORS,
        [
            ACCESS_ADMIN,
            "wagtail_localize.submit_translation",
            "partners.onboard_partner",
            "partners.view_partneraccess",
            "partners.view_partnerapplication",
            "partners.change_partnerapplication",
            "cms.view_consenttext",
            # The dead-letter view: e-mails and webhooks that failed for good, and retry.
            "cms.view_outboxmessage",
            "cms.retry_outboxmessage",
            *model_permissions(SUBMISSIONS, ["view", "change"]),
            *model_permissions(TAXONOMIES, ["add", "change"]),
        ],
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        ALL_MEDIA_PERMISSIONS,
    ),
    Role(
        TRANSLATORS,
        [
            ACCESS_ADMIN,
            "wagtail_localize.submit_translation",
            *model_permissions(TAXONOMIES, ["add", "change"]),
        ],
        # Translations are pages too: written here, published only through moderation.
        ["add_page", "change_page"],
        ["choose_image", "choose_document"],
    ),
    Role(JURY, [ACCESS_ADMIN]),
]


def permission_objects(names: list[str]) -> list[Permission]:
    if names == ["*"]:
        return list(Permission.objects.all())
    query = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(query).select_related("content_type"))
    missing = set(names) - {f"{p.content_type.app_label}.{p.codename}" for p in found}
    if missing:
        raise LookupError(f"Unknown permissions in a role: {sorted(missing)}")
    return found


def page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def media_permission(codename: str) -> Permission:
    app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def sync_set(current: set, wanted: set, add, remove) -> int:
    """Make `current` equal `wanted` through the two callbacks; return how many changed."""
    for item in wanted - current:
        add(item)
    for item in current - wanted:
        remove(item)
    return len(wanted ^ current)


def sync_group_permissions(group: Group, wanted: list[Permission]) -> int:
    return sync_set(
        set(group.permissions.all()),
        set(wanted),
        group.permissions.add,
        group.permissions.remove,
    )


def sync_page_permissions(group: Group, page: Page | None, codenames: list[str]) -> int:
    """`group` holds exactly `codenames` on `page` and no page permission elsewhere."""
    wanted = {(page.pk, page_permission(c).pk) for c in codenames} if page else set()
    existing = {
        (gpp.page_id, gpp.permission_id): gpp
        for gpp in GroupPagePermission.objects.filter(group=group)
    }
    return sync_set(
        set(existing),
        wanted,
        lambda key: GroupPagePermission.objects.create(
            group=group, page_id=key[0], permission_id=key[1]
        ),
        lambda key: existing[key].delete(),
    )


def sync_collection_permissions(group: Group, collection, codenames: list[str]) -> int:
    wanted = {(collection.pk, media_permission(c).pk) for c in codenames} if collection else set()
    existing = {
        (gcp.collection_id, gcp.permission_id): gcp
        for gcp in GroupCollectionPermission.objects.filter(group=group)
    }
    return sync_set(
        set(existing),
        wanted,
        lambda key: GroupCollectionPermission.objects.create(
            group=group, collection_id=key[0], permission_id=key[1]
        ),
        lambda key: existing[key].delete(),
    )


def ensure_workflow() -> tuple[Workflow, int]:
    """The moderation workflow for partner content: one task, approved by moderators."""
    changes = 0
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    changes += created
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes += 1
    task, created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    changes += created
    moderators = Group.objects.get(name=MODERATORS)
    changes += sync_set(set(task.groups.all()), {moderators}, task.groups.add, task.groups.remove)
    _, created = WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    changes += created
    return workflow, changes


def assign_workflow(workflow: Workflow, page: Page) -> int:
    """Put `page` (and so its subtree) under `workflow`; 1 if that changed anything."""
    current = WorkflowPage.objects.filter(page=page).first()
    if current and current.workflow_id == workflow.pk:
        return 0
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return 1


@transaction.atomic
def apply_roles() -> int:
    """Make the groups, their permissions and the moderation workflow match ROLES."""
    from opportunities.models import OrganisationIndexPage

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    changes = 0
    for role in ROLES:
        group, created = Group.objects.get_or_create(name=role.group)
        changed = sync_group_permissions(group, permission_objects(role.permissions))
        changed += sync_page_permissions(group, root_page, role.page_permissions)
        changed += sync_collection_permissions(group, root_collection, role.collection_permissions)
        if changed:
            # The audit log says when the rights of a role changed, and by how much.
            log(group, "partners.roles_applied", data={"changes": changed})
        changes += created + changed
    workflow, workflow_changes = ensure_workflow()
    changes += workflow_changes
    # Every language's organisation tree: partner pages and their translations alike.
    for index in OrganisationIndexPage.objects.all():
        changes += assign_workflow(workflow, index)
    return changes
