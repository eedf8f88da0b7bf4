"""Expressions of interest: one path for the HTML form and the API."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from cms.submissions import store_submission

from .forms import ExpressionOfInterestForm
from .models import ExpressionOfInterest, OpportunityPage
from .tasks import send_interest_emails

DUPLICATE_WINDOW = datetime.timedelta(days=1)


@dataclass
class InterestResult:
    interest: ExpressionOfInterest
    duplicate: bool


def submit_interest(form: ExpressionOfInterestForm) -> InterestResult:
    """Store a valid expression of interest, unless the same person sent one for the same
    opportunity within a day; e-mails go to the organisation and the citizen after commit."""
    opportunity: OpportunityPage = form.opportunity
    with transaction.atomic():
        # Serialise submissions per opportunity so a double click cannot create two records.
        OpportunityPage.objects.select_for_update().filter(pk=opportunity.pk).first()
        earlier = (
            ExpressionOfInterest.objects.filter(
                opportunity=opportunity,
                email__iexact=form.cleaned_data["email"],
                created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            )
            .order_by("-created_at")
            .first()
        )
        if earlier is not None:
            return InterestResult(earlier, duplicate=True)
        interest = store_submission(
            form,
            notify=[send_interest_emails],
            opportunity=opportunity,
            organisation_id=opportunity.organisation_id,
            age_confirmed=form.cleaned_data.get("age_confirmed", False),
        )
    return InterestResult(interest, duplicate=False)
