"""The admin dashboard's "what waits for you" panel: one count per kind of work, scoped to
what the user may see — a moderator sees every new counselling request, a partner editor
only their own organisation's expressions of interest and expiring opportunities.

Each line costs one COUNT query (plus Wagtail's cached permission lookups), so the panel's
query count does not grow with the number of waiting items.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

EXPIRY_HORIZON_DAYS = 14


@dataclass
class Waiting:
    label: str
    count: int
    url: str


def awaiting_moderation(user) -> Waiting | None:
    states = TaskState.objects.reviewable_by(user)
    count = states.count()
    if not count:
        return None
    oldest = states.order_by("started_at").values_list("workflow_state__object_id", flat=True)
    return Waiting(
        "Seiten warten auf Ihre Freigabe",
        count,
        reverse("wagtailadmin_pages:edit", args=[int(oldest[0])]),
    )


def submission_items(user) -> list[Waiting | None]:
    from awards.card import EhrenamtskarteApplication
    from awards.models import Nomination
    from cms.permissions import SubmissionPermissionPolicy
    from home.models import CounsellingRequest
    from opportunities.models import ExpressionOfInterest
    from opportunities.wagtail_hooks import InterestPermissionPolicy

    from .models import PartnerApplication

    kinds = [
        (
            InterestPermissionPolicy(ExpressionOfInterest),
            ExpressionOfInterest,
            "new",
            "Neue Interessensbekundungen",
        ),
        (
            SubmissionPermissionPolicy(CounsellingRequest),
            CounsellingRequest,
            "new",
            "Neue Beratungsanfragen",
        ),
        (SubmissionPermissionPolicy(Nomination), Nomination, "received", "Neue Vorschläge"),
        (
            SubmissionPermissionPolicy(EhrenamtskarteApplication),
            EhrenamtskarteApplication,
            "submitted",
            "Neue Anträge auf die Ehrenamtskarte",
        ),
        (
            SubmissionPermissionPolicy(PartnerApplication),
            PartnerApplication,
            "new",
            "Neue Anträge auf Partnerzugang",
        ),
    ]
    items = []
    for policy, model, status, label in kinds:
        if not policy.user_has_permission(user, "view"):
            continue
        queryset = model.objects.filter(status=status)
        if hasattr(policy, "scope"):
            queryset = policy.scope(user, queryset)
        meta = model._meta
        url = reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
        items.append(Waiting(label, queryset.count(), f"{url}?status={status}"))
    return items


def expiring_opportunities(user) -> Waiting | None:
    from opportunities.models import OpportunityPage

    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    today = timezone.localdate()
    count = (
        OpportunityPage.objects.live()
        .open()
        .filter(
            expires_on__lte=today + datetime.timedelta(days=EXPIRY_HORIZON_DAYS),
            pk__in=editable.values("pk"),
        )
        .count()
    )
    if not count:
        return None
    return Waiting(
        f"Angebote laufen in den nächsten {EXPIRY_HORIZON_DAYS} Tagen ab",
        count,
        reverse("wagtailadmin_pages:search") + "?content_type=opportunities.opportunitypage",
    )


def waiting_for(user) -> list[Waiting]:
    items = [awaiting_moderation(user), *submission_items(user), expiring_opportunities(user)]
    return [item for item in items if item is not None and item.count]


class WaitingForYouPanel(Component):
    name = "waiting_for_you"
    template_name = "partners/admin/waiting_panel.html"
    order = 50

    def __init__(self, user):
        self.items = waiting_for(user)

    def get_context_data(self, parent_context):
        return {"items": self.items}
