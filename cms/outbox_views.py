"""The staff's dead-letter view: outgoing messages that failed for good, and their retry."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from . import outbox
from .outbox import OutboxMessage

RETRY_PERMISSION = "cms.retry_outboxmessage"


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Only the system writes outgoing messages; staff read them and retry dead ones."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change", "delete") and super().user_has_permission(
            user, action
        )

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(
            [a for a in actions if a not in ("add", "change", "delete")]
        )


class RetryView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks, POST puts a dead message back in the outbox with fresh attempts."""

    template_name = "cms/admin/outbox_retry.html"
    page_title = _("Retry message")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(RETRY_PERMISSION):
            raise PermissionDenied
        self.message = get_object_or_404(
            OutboxMessage, pk=kwargs["pk"], status=OutboxMessage.Status.DEAD
        )
        return super().dispatch(request, *args, **kwargs)

    def index_url(self) -> str:
        return reverse("wagtailsnippets_cms_outboxmessage:list")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            message=self.message,
            retry_url=reverse("outbox_retry", args=[self.message.pk]),
            index_url=self.index_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        outbox.requeue(self.message)
        messages.success(
            request,
            _("The message to %(recipient)s is queued again.")
            % {"recipient": self.message.recipient},
        )
        return redirect(self.index_url())
