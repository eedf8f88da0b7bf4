"""One path for every citizen submission: store it and its notifications in one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models, transaction
from django.utils import translation
from django_tasks.base import Task

from . import outbox
from .forms import SubmissionForm


def store_submission(form: SubmissionForm, *, notify: Iterable[Task] = (), **extra) -> models.Model:
    """Save a valid submission form with its consent and language in one transaction.

    Each task in `notify` runs with the new object's primary key inside the transaction and
    writes its e-mails to the outbox (cms.outbox), which sends them once the transaction has
    committed: a worker never sees a submission that might still roll back, and a broken
    mail server or broker can never undo the stored submission or fail the answer.
    """
    with transaction.atomic():
        instance = form.save(commit=False)
        instance.consent = form.cleaned_data["consent_shown"]
        instance.language = translation.get_language()
        for name, value in extra.items():
            setattr(instance, name, value)
        instance.save()
        form.save_m2m()
        for task in notify:
            outbox.notify(task, instance.pk)
    return instance
