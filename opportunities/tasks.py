import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from cms.mail import send_templated_mail


@task()
def send_interest_emails(interest_id: int) -> None:
    """Tell the organisation about a new expression of interest and confirm it to the citizen."""
    from .models import ExpressionOfInterest

    interest = ExpressionOfInterest.objects.select_related("opportunity", "organisation").get(
        pk=interest_id
    )
    organisation = interest.organisation
    context = {
        "interest": interest,
        "opportunity": interest.opportunity,
        "organisation": organisation,
        "admin_url": settings.WAGTAILADMIN_BASE_URL,
    }
    recipient = (organisation and organisation.notification_email) or settings.AGENCY_EMAIL
    send_templated_mail(
        "opportunities/email/interest_organisation", context, recipient, settings.LANGUAGE_CODE
    )
    # The citizen hears back in the language they used on the site.
    send_templated_mail(
        "opportunities/email/interest_confirmation", context, interest.email, interest.language
    )


@task()
def remind_expiring_opportunities() -> int:
    """A week before an opportunity expires, remind its organisation once (scheduled daily)."""
    from .models import OpportunityPage

    today = timezone.localdate()
    due = (
        OpportunityPage.objects.live()
        .filter(
            status=OpportunityPage.Status.OPEN,
            expires_on__gte=today,
            expires_on__lte=today + datetime.timedelta(days=7),
            expiry_reminder_sent_at__isnull=True,
        )
        .select_related("organisation")
    )
    sent = 0
    for opportunity in due:
        organisation = opportunity.organisation
        recipient = (organisation and organisation.notification_email) or settings.AGENCY_EMAIL
        context = {
            "opportunity": opportunity,
            "organisation": organisation,
            "admin_url": settings.WAGTAILADMIN_BASE_URL,
        }
        # The outbox row and the "reminded" mark commit together: a re-run never repeats it.
        with transaction.atomic():
            send_templated_mail(
                "opportunities/email/expiry_reminder", context, recipient, settings.LANGUAGE_CODE
            )
            # update() rather than save(): no new revision, no re-index for a bookkeeping field.
            OpportunityPage.objects.filter(pk=opportunity.pk).update(
                expiry_reminder_sent_at=timezone.now()
            )
        sent += 1
    return sent


@task()
def withdraw_expired_opportunities() -> int:
    """Take opportunities that expired from the search index (the listings filter by date)."""
    from wagtail.search import index

    from .models import OpportunityPage

    removed = 0
    for opportunity in OpportunityPage.objects.expired().filter(
        expires_on__gte=timezone.localdate() - datetime.timedelta(days=7)
    ):
        index.remove_object(opportunity)
        removed += 1
    return removed
