from django.conf import settings
from django_tasks import task

from cms.mail import send_templated_mail


@task()
def send_nomination_emails(nomination_id: int) -> None:
    """Confirm a nomination to the nominator, in the language they used, and tell the agency."""
    from .models import Nomination

    nomination = Nomination.objects.select_related("round", "category").get(pk=nomination_id)
    context = {
        "nomination": nomination,
        "round": nomination.round,
        "admin_url": settings.WAGTAILADMIN_BASE_URL,
    }
    send_templated_mail(
        "awards/email/nomination_confirmation",
        context,
        nomination.nominator_email,
        nomination.language,
    )
    send_templated_mail(
        "awards/email/nomination_agency", context, settings.AGENCY_EMAIL, settings.LANGUAGE_CODE
    )
