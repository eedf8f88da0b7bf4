"""E-mail from templates, in a chosen language: what every notification task uses."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def send_templated_mail(template: str, context: dict, to: str, language: str) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in `language` and send them."""
    with translation.override(language):
        send_mail(
            subject=render_to_string(f"{template}_subject.txt", context).strip(),
            message=render_to_string(f"{template}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[to],
        )
