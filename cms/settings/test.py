"""The test suite: real PostgreSQL, Redis and OpenSearch from the environment.

`make test` starts the services and exports DATABASE_URL, REDIS_URL and SEARCH_URL; these
settings refuse to run without them, so a test can never pass against a stand-in.
"""

import os

from django.core.exceptions import ImproperlyConfigured

for _name in ("DATABASE_URL", "REDIS_URL", "SEARCH_URL"):
    if not os.environ.get(_name):
        raise ImproperlyConfigured(
            f"{_name} is not set: the tests run against real services. Use `make test`."
        )

os.environ.setdefault("SEARCH_INDEX_PREFIX", "bitburgtest")


def _isolate_xdist_worker() -> None:
    """Give each pytest-xdist worker its own search indexes and Redis database.

    pytest-django already gives each worker its own test database (``test_bitburg_gw0``);
    the indexes and Redis would otherwise be shared, and one worker's clean-up would
    delete the other's documents, queues and rate-limit counters.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    # Processes a test starts (a Celery worker, a server) inherit the adjusted environment.
    if not worker.startswith("gw") or os.environ.get("BITBURG_ISOLATED_WORKER") == worker:
        return
    os.environ["BITBURG_ISOLATED_WORKER"] = worker
    number = int(worker[2:])
    os.environ["SEARCH_INDEX_PREFIX"] += f"{worker}"
    # Files too: both workers' databases number rows alike, and a file named after a row's
    # id (a letter of thanks) written by one worker must not be deleted by the other.
    var = os.path.join(os.path.dirname(__file__), "..", "..", "var", f"test-{worker}")
    os.environ["MEDIA_ROOT"] = os.path.abspath(os.path.join(var, "media"))
    os.environ["PRIVATE_MEDIA_ROOT"] = os.path.abspath(os.path.join(var, "private"))
    base, _, db = os.environ["REDIS_URL"].rpartition("/")
    if not db.isdigit():
        base, db = os.environ["REDIS_URL"].rstrip("/"), "0"
    os.environ["REDIS_URL"] = f"{base}/{int(db) + 1 + number}"


_isolate_xdist_worker()

from .base import *  # noqa: E402, F403

SECRET_KEY = "test-only-not-secret-5e2d8c4b1a7f4e3d9c6b2a8f1e7d4c3b"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The worker that tests/cms/test_background.py starts writes its mail to files it can read.
EMAIL_BACKEND = os.environ.get(
    "TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend"
)
EMAIL_FILE_PATH = os.environ.get("TEST_EMAIL_FILE_PATH")
# Static files straight from the source folders: no collectstatic outside production.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Tasks run in-process in tests so each test sees its own effects. The "celery" alias is
# the production backend: tests/cms/test_background.py queues through it to a real worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "celery": {"BACKEND": "cms.tasks.CeleryOnCommitBackend"},
}
# The suite posts many forms from one address within a minute; tests/cms/test_api_*.py set
# a small rate where they test the limit.
API_SUBMISSION_RATE = "10000/minute"
# One process, one clock: a page rendered right after a publish may be cached at once
# (production waits PAGE_CACHE_CLOCK_SKEW_MS for the clocks of other servers).
PAGE_CACHE_CLOCK_SKEW_MS = 0
