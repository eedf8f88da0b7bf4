"""Local development: the embedded default unless the environment points at real services."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine on a laptop; production refuses to start without SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-0b5c1f9e4d7a4c2e8f3a6b1d9c7e5a2f"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Static files straight from the source folders: no collectstatic outside production.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
