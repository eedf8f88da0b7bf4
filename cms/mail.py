"""E-mail from templates, in a chosen language: what every notification task uses."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def send_templated_mail(
    template: str,
    context: dict,
    to: str,
    language: str,
    attachments: list[tuple[str, bytes, str]] = (),
) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in `language`, with optional
    (filename, content, mimetype) attachments, and put the message in the outbox
    (cms.outbox): it is written in the caller's transaction and sent once that commits."""
    from .outbox import add_mail

    with translation.override(language):
        message = EmailMessage(
            subject=render_to_string(f"{template}_subject.txt", context).strip(),
            body=render_to_string(f"{template}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to],
        )
    for attachment in attachments:
        message.attach(*attachment)
    add_mail(message, template, language)
