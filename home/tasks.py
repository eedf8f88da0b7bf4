from django.conf import settings
from django_tasks import task

from cms.mail import send_templated_mail


@task()
def send_counselling_request_emails(request_id: int) -> None:
    """Tell the agency about a new counselling request and confirm it to the citizen."""
    from .models import CounsellingRequest

    counselling = CounsellingRequest.objects.get(pk=request_id)
    context = {"request": counselling}
    send_templated_mail(
        "home/email/counselling_staff", context, settings.AGENCY_EMAIL, settings.LANGUAGE_CODE
    )
    # The citizen hears back in the language they wrote in.
    send_templated_mail(
        "home/email/counselling_confirmation", context, counselling.email, counselling.language
    )
