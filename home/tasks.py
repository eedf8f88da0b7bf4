from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def send_counselling_request_emails(request_id: int) -> None:
    """Tell the agency about a new counselling request and confirm it to the citizen."""
    from .models import CounsellingRequest

    counselling = CounsellingRequest.objects.get(pk=request_id)
    with translation.override(settings.LANGUAGE_CODE):
        send_mail(
            subject=render_to_string(
                "home/email/counselling_staff_subject.txt", {"request": counselling}
            ).strip(),
            message=render_to_string("home/email/counselling_staff.txt", {"request": counselling}),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[settings.AGENCY_EMAIL],
        )
    # The citizen hears back in the language they wrote in.
    with translation.override(counselling.language):
        send_mail(
            subject=render_to_string(
                "home/email/counselling_confirmation_subject.txt", {"request": counselling}
            ).strip(),
            message=render_to_string(
                "home/email/counselling_confirmation.txt", {"request": counselling}
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[counselling.email],
        )
