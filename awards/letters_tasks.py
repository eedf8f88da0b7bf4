"""Background work of the letters of thanks: the PDF is drawn after approval."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django_tasks import task

__all__ = ["create_thank_you_letter"]


@task()
def create_thank_you_letter(proposal_id: int) -> None:
    """Draw the mayor's letter for an approved proposal and keep it in private storage."""
    from .letters import ThankYouLetterProposal
    from .pdf import thank_you_letter_pdf

    with transaction.atomic():
        proposal = ThankYouLetterProposal.objects.select_for_update().get(pk=proposal_id)
        if proposal.status != ThankYouLetterProposal.Status.APPROVED:
            return
        content = thank_you_letter_pdf(proposal)
        old = proposal.letter.name if proposal.letter else None
        proposal.letter.save(f"dankschreiben-{proposal.pk}.pdf", ContentFile(content), save=False)
        proposal.letter_created_at = timezone.now()
        proposal.status = ThankYouLetterProposal.Status.LETTER_READY
        proposal.save(update_fields=["letter", "letter_created_at", "status"])
    if old and old != proposal.letter.name:
        proposal.letter.storage.delete(old)
