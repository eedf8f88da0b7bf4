"""Background work: a django-tasks backend that hands jobs to Celery after commit.

Wagtail 7.4 queues its own jobs (search indexing, the reference index, file deletion) through
django-tasks, from `post_save` signal handlers, i.e. inside the transaction that saves the
page. django-tasks 0.12 enqueues immediately, so a broker-backed worker could run the job
before the row is committed and index stale data or find nothing. This backend therefore
defers the hand-off with `transaction.on_commit`: a rolled-back transaction queues nothing.
The Celery task `run_django_task` imports the django-tasks function by its dotted path and
calls it; Celery supplies acks-late delivery and retries with backoff.

`django-tasks-celery` would do the hand-off but needs Python 3.12 and Django 6, so it is out.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id, normalize_json

logger = logging.getLogger(__name__)


class CeleryOnCommitBackend(BaseTaskBackend):
    supports_defer = True

    def enqueue(self, task: Task, args: Any, kwargs: Any) -> TaskResult:
        self.validate_task(task)
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=normalize_json(args),
            kwargs=normalize_json(kwargs),
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )

        def hand_to_celery() -> None:
            run_django_task.apply_async(
                args=[task.module_path, result.args, result.kwargs],
                task_id=result.id,
                eta=task.run_after,
            )
            object.__setattr__(result, "enqueued_at", timezone.now())

        # robust: if Redis is down after the data committed, log instead of turning a stored
        # submission into a server error.
        transaction.on_commit(hand_to_celery, robust=True)
        return result


@shared_task(
    name="cms.run_django_task",
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=6,
)
def run_django_task(module_path: str, args: list, kwargs: dict) -> Any:
    """Run a django-tasks task inside a Celery worker."""
    django_task: Task = import_string(module_path)
    logger.info("running %s", module_path)
    return normalize_json(django_task.call(*args, **kwargs))
