"""The Celery app: the broker-backed worker for background work when REDIS_URL is set.

Run a worker with `celery -A cms worker` (and `celery -A cms beat` for schedules).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["cms"])
