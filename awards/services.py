"""Nominations: one path for the HTML form and the API, and the staff's carry-over."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from cms.submissions import store_submission

from . import clock, rules
from .forms import NominationForm
from .models import AwardRoundPage, Nomination, NominationAttachment, NominationState
from .tasks import send_nomination_emails


class NominationWindowClosed(Exception):
    """The round did not accept nominations at the moment the submission was stored."""

    def __init__(self, state: str):
        self.state = state
        if state == NominationState.NOT_YET_OPEN:
            message = _("Nominations for this round are not open yet.")
        else:
            message = _("Nominations for this round are closed.")
        super().__init__(message)
        self.message = message


#: The same nominator naming the same nominee again within this time is a double submission.
DUPLICATE_WINDOW = datetime.timedelta(days=1)


@dataclass
class NominationResult:
    nomination: Nomination
    duplicate: bool


def submit_nomination(form: NominationForm) -> NominationResult:
    """Store a valid nomination with its attachments and consent in one transaction.

    The window is checked inside the transaction, against the server's clock, with the round
    locked: what the form saw when it was opened does not count. The same nominator sending
    the same nominee again within a day (a double click, a retried request) gets the stored
    nomination back instead of a second one. Rules that only staff can weigh (honoured last
    year) are recorded as flags. The nominator's confirmation and the agency's notification
    are queued after commit.
    """
    round: AwardRoundPage = form.round.source_round()
    category = form.cleaned_data.get("category")
    if category is not None and category.page_id != round.pk:
        # Chosen on a translated page: the original of the translated category.
        category = round.categories.filter(translation_key=category.translation_key).first()
    now = clock.now()
    with transaction.atomic():
        AwardRoundPage.objects.select_for_update().filter(pk=round.pk).first()
        state = round.nomination_state(now)
        if state != NominationState.OPEN:
            raise NominationWindowClosed(state)
        earlier = (
            Nomination.objects.filter(
                round=round,
                nominee_key=rules.nominee_key(form.cleaned_data["nominee_name"]),
                nominator_email__iexact=form.cleaned_data["nominator_email"],
                created_at__gte=now - DUPLICATE_WINDOW,
            )
            .order_by("-created_at")
            .first()
        )
        if earlier is not None:
            return NominationResult(earlier, duplicate=True)
        nomination = store_submission(
            form,
            notify=[send_nomination_emails],
            round=round,
            category=category,
            created_at=now,
            rule_flags=[],
        )
        nomination.rule_flags = nomination.compute_rule_flags()
        if nomination.rule_flags:
            nomination.save(update_fields=["rule_flags"])
        for upload in form.cleaned_data.get("attachments") or []:
            NominationAttachment.objects.create(
                nomination=nomination,
                file=upload,
                original_name=upload.name[:255],
                content_type=upload.sniffed_content_type,
                size=upload.size,
            )
    return NominationResult(nomination, duplicate=False)


def carry_over(nomination: Nomination) -> Nomination:
    """Copy a nomination that was not selected into the next round (DOMAIN.md: unsuccessful
    nominees may be nominated again). Ratings stay behind; attachments come along."""
    if nomination.status != Nomination.Status.NOT_SELECTED:
        raise ValueError("Only nominations that were not selected can be carried over.")
    target = (
        AwardRoundPage.objects.filter(
            year=nomination.round.year + 1, locale=nomination.round.locale
        )
        .order_by("pk")
        .first()
    )
    if target is None:
        raise LookupError("There is no round for the next year yet.")
    with transaction.atomic():
        existing = Nomination.objects.filter(round=target, carried_over_from=nomination).first()
        if existing is not None:
            return existing
        attachments = list(nomination.attachments.all())
        copy = Nomination.objects.get(pk=nomination.pk)
        copy.pk = None
        copy.round = target
        copy.category = None
        copy.status = Nomination.Status.RECEIVED
        copy.staff_note = ""
        copy.carried_over_from = nomination
        copy.save()
        copy.rule_flags = copy.compute_rule_flags()
        copy.save(update_fields=["rule_flags"])
        for attachment in attachments:
            NominationAttachment.objects.create(
                nomination=copy,
                file=attachment.file.name,
                original_name=attachment.original_name,
                content_type=attachment.content_type,
                size=attachment.size,
            )
    return copy
