"""Mail about partner access and moderation, sent in the background (django-tasks)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from cms.mail import send_templated_mail


def set_password_url(user) -> str:
    """Wagtail's own password-reset confirmation, reached with Django's token: the link
    works until the password is set (the token covers the password hash) or expires
    (PASSWORD_RESET_TIMEOUT)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(user.pk)),
            default_token_generator.make_token(user),
        ],
    )
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


@task()
def send_invitation(user_id: int, organisation_id: int) -> None:
    """Invite a new partner editor: the link sets their password (made at sending time, so a
    retried job still sends a valid link)."""
    from opportunities.models import OrganisationPage

    user = get_user_model().objects.get(pk=user_id)
    if user.has_usable_password() or not user.email:
        return
    context = {
        "user": user,
        "organisation": OrganisationPage.objects.get(pk=organisation_id),
        "set_password_url": set_password_url(user),
        "admin_url": settings.WAGTAILADMIN_BASE_URL,
    }
    send_templated_mail("partners/email/invitation", context, user.email, settings.LANGUAGE_CODE)


@task()
def notify_submitter(workflow_state_id: int, outcome: str) -> None:
    """Tell whoever submitted a page whether the agency approved it or asked for changes,
    with the moderator's comment."""
    from wagtail.models import TaskState, WorkflowState

    state = WorkflowState.objects.select_related("requested_by").get(pk=workflow_state_id)
    submitter = state.requested_by
    if submitter is None or not submitter.email:
        return
    page = state.content_object
    last_task = (
        TaskState.objects.filter(workflow_state=state).order_by("-finished_at", "-pk").first()
    )
    context = {
        "page": page,
        "outcome": outcome,
        "comment": last_task.comment if last_task else "",
        "edit_url": f"{settings.WAGTAILADMIN_BASE_URL}"
        f"{reverse('wagtailadmin_pages:edit', args=[page.pk])}",
    }
    send_templated_mail(
        f"partners/email/moderation_{outcome}", context, submitter.email, settings.LANGUAGE_CODE
    )


@task()
def notify_agency_of_application(application_id: int) -> None:
    """A new partner application waits in the admin."""
    from .models import PartnerApplication

    application = PartnerApplication.objects.get(pk=application_id)
    context = {"application": application, "admin_url": settings.WAGTAILADMIN_BASE_URL}
    send_templated_mail(
        "partners/email/application_agency", context, settings.AGENCY_EMAIL, settings.LANGUAGE_CODE
    )


@task()
def publish_scheduled() -> int:
    """Wagtail's scheduled publishing and unpublishing (go-live and expiry dates, also of
    pages approved through moderation), run by the scheduler every few minutes."""
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Page, Revision

    now = timezone.now()
    due = (
        Revision.page_revisions.filter(approved_go_live_at__lt=now).count()
        + Page.objects.filter(live=True, expire_at__lt=now).count()
    )
    if due:
        call_command("publish_scheduled", verbosity=0)
    return due
