"""Onboarding and offboarding a partner organisation, each in one step (SPEC §6).

Onboarding gives an organisation everything it needs to publish under the agency's
moderation: its page below "Organisationen" (a draft if it is new), an editor group with
add/edit — never publish — on that page's subtree only, its own image and document
collection, the moderation workflow on its page, and invitations for its first editors.
It is safe to run again: it completes what is missing and invites only new editors.

Offboarding takes every right away from the group and deactivates the editors who edit
for no other organisation; the pages, images and documents stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Collection

from cms import outbox
from opportunities.models import OrganisationIndexPage, OrganisationPage

from . import roles
from .models import PartnerAccess, PartnerApplication

COLLECTION_PARENT = "Organisationen"
#: A new page is a draft; its editors replace this before they submit it.
DRAFT_DESCRIPTION = "<p>Hier stellt sich die Organisation bald vor.</p>"


class OnboardingError(Exception):
    """What stops an onboarding, in words staff understand."""


@dataclass
class Onboarded:
    access: PartnerAccess
    page_created: bool
    invited: list = field(default_factory=list)

    @property
    def organisation(self) -> OrganisationPage:
        return self.access.organisation


def organisation_index() -> OrganisationIndexPage:
    index = (
        OrganisationIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )
    if index is None:
        raise OnboardingError("Es gibt noch keine Seite „Organisationen“.")
    return index


def ensure_organisation_page(name: str, kind: str, user=None) -> tuple[OrganisationPage, bool]:
    """The organisation's page below the (German) index, found by slug; a new one is a draft
    that its editors complete and submit for moderation."""
    index = organisation_index()
    slug = slugify(name.replace("ß", "ss"))[:255]
    if not slug:
        raise OnboardingError("Der Name ergibt keine gültige Adresse.")
    existing = OrganisationPage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = OrganisationPage(
        title=name,
        slug=slug,
        kind=kind,
        description=DRAFT_DESCRIPTION,
        live=False,
        locale=index.locale,
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page, True


def editor_group_name(page: OrganisationPage) -> str:
    name = f"Redaktion {page.title}"[:140]
    taken = Group.objects.filter(name=name).exclude(partner_access__organisation=page)
    return f"{name} #{page.pk}" if taken.exists() else name


def organisation_collection(page: OrganisationPage) -> Collection:
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=COLLECTION_PARENT).first()
    if parent is None:
        parent = root.add_child(name=COLLECTION_PARENT)
    existing = parent.get_children().filter(name=page.title).first()
    return existing or parent.add_child(name=page.title)


def grant(access: PartnerAccess) -> int:
    """Give the group exactly the partner editor's rights; how many rights changed."""
    group, page = access.group, access.organisation
    changes = roles.sync_group_permissions(group, roles.permission_objects([roles.ACCESS_ADMIN]))
    changes += roles.sync_page_permissions(group, page, roles.PARTNER_PAGE_PERMISSIONS)
    changes += roles.sync_collection_permissions(
        group, access.collection, roles.PARTNER_MEDIA_PERMISSIONS
    )
    return changes


def invite(access: PartnerAccess, email: str):
    """Add the person with this e-mail to the group; a new account has no password, and
    the invitation's link lets them set one. Returns the user if an invitation goes out."""
    User = get_user_model()
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is None:
        user = User(username=email[:150], email=email)
        user.set_unusable_password()
        user.save()
    user.groups.add(access.group)
    if user.has_usable_password() and user.is_active:
        return None
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    from .tasks import send_invitation

    outbox.notify(send_invitation, user.pk, access.organisation_id)
    return user


@transaction.atomic
def onboard(
    name: str = "",
    *,
    organisation: OrganisationPage | None = None,
    kind: str = OrganisationPage.Kind.CLUB,
    editors=(),
    user=None,
) -> Onboarded:
    """Everything a partner organisation needs, in one step (see the module docstring)."""
    page_created = False
    if organisation is None:
        if not name.strip():
            raise OnboardingError("Bitte geben Sie den Namen der Organisation an.")
        organisation, page_created = ensure_organisation_page(name.strip(), kind, user)
    workflow, _ = roles.ensure_workflow()
    roles.assign_workflow(workflow, organisation)
    access = PartnerAccess.objects.filter(organisation=organisation).first()
    if access is None:
        group, _ = Group.objects.get_or_create(name=editor_group_name(organisation))
        access = PartnerAccess.objects.create(
            organisation=organisation,
            group=group,
            collection=organisation_collection(organisation),
        )
    elif not access.active:
        access.active, access.offboarded_at = True, None
        access.save(update_fields=["active", "offboarded_at"])
        access.group.user_set.filter(is_active=False).update(is_active=True)
    if grant(access):
        log(access.group, "partners.onboard", user=user, data={"organisation": organisation.pk})
    invited = [u for u in (invite(access, email) for email in editors if email.strip()) if u]
    return Onboarded(access=access, page_created=page_created, invited=invited)


@transaction.atomic
def offboard(organisation: OrganisationPage, user=None) -> PartnerAccess:
    """Take the organisation's access away; keep all its content."""
    access = PartnerAccess.objects.select_related("group").get(organisation=organisation)
    group = access.group
    roles.sync_group_permissions(group, [])
    roles.sync_page_permissions(group, None, [])
    roles.sync_collection_permissions(group, None, [])
    # Editors who also edit for another, still active organisation keep their account.
    others = PartnerAccess.objects.filter(active=True).exclude(pk=access.pk).values("group")
    group.user_set.exclude(groups__in=others).exclude(is_superuser=True).update(is_active=False)
    access.active, access.offboarded_at = False, timezone.now()
    access.save(update_fields=["active", "offboarded_at"])
    log(group, "partners.offboard", user=user, data={"organisation": organisation.pk})
    return access


@transaction.atomic
def decide_application(application: PartnerApplication, *, approve: bool, user=None) -> None:
    """Staff's answer to a partner application; approval is the onboarding itself."""
    application = PartnerApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != PartnerApplication.Status.NEW:
        return
    if approve:
        result = onboard(
            application.organisation_name,
            kind=application.kind,
            editors=[application.email],
            user=user,
        )
        application.organisation = result.organisation
        application.status = PartnerApplication.Status.APPROVED
    else:
        application.status = PartnerApplication.Status.DECLINED
    application.decided_at = timezone.now()
    application.save(update_fields=["organisation", "status", "decided_at"])
