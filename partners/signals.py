"""Moderation outcomes reach the submitter through the outbox.

Wagtail's admin sends its own approval/rejection e-mails synchronously inside the request
that approves; we disconnect those two and write ours to the outbox (cms.outbox) instead,
sent after the commit, so a slow or broken mail server never fails a moderator's click.
"""

from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

WAGTAIL_NOTIFIERS = [
    (workflow_approved, "workflow_state_approved_email_notification"),
    (workflow_rejected, "workflow_state_rejected_email_notification"),
]


def queue_notification(outcome: str, sender, instance, user=None, **kwargs) -> None:
    from cms import outbox

    from .tasks import notify_submitter

    if instance.requested_by_id is None or instance.requested_by_id == getattr(user, "pk", None):
        return
    outbox.notify(notify_submitter, instance.pk, outcome)


def on_approved(sender, instance, user=None, **kwargs):
    queue_notification("approved", sender, instance, user, **kwargs)


def on_rejected(sender, instance, user=None, **kwargs):
    queue_notification("rejected", sender, instance, user, **kwargs)


def connect() -> None:
    for signal, dispatch_uid in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
    workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="partners_approved")
    workflow_rejected.connect(on_rejected, sender=WorkflowState, dispatch_uid="partners_rejected")
