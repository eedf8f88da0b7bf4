"""Every scheduled job exists, and beat and the command run the same declaration."""

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils.module_loading import import_string
from django_tasks.base import Task


def test_every_scheduled_job_is_a_task_that_beat_runs():
    assert settings.SCHEDULED_JOBS
    for name, job in settings.SCHEDULED_JOBS.items():
        assert isinstance(import_string(job["task"]), Task), name
        beat = settings.CELERY_BEAT_SCHEDULE[name]
        assert beat["task"] == "cms.run_django_task"
        assert beat["args"][0] == job["task"]


@pytest.mark.django_db
def test_run_scheduled_jobs_runs_them_all(capsys):
    call_command("run_scheduled_jobs")
    out = capsys.readouterr().out
    # On an empty database every job did nothing: a count of 0, or no counts per type.
    for name in settings.SCHEDULED_JOBS:
        assert f"{name}: 0\n" in out or f"{name}: {{}}\n" in out, name


def test_run_scheduled_jobs_refuses_unknown_names():
    with pytest.raises(CommandError):
        call_command("run_scheduled_jobs", "no-such-job")
