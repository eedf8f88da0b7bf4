"""Production settings pass Django's deployment checks and refuse to start half-configured."""

import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x7#kq2!vL9p$Wm4zR8tB1nF6cY3hJ0dG5sA2eU7iO9wQ4lK8-bitburg-Erdorf-Irsch",
    "DATABASE_URL": "postgres://bitburg:bitburg@127.0.0.1:5432/bitburg",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SEARCH_URL": "http://127.0.0.1:9200",
    "ALLOWED_HOSTS": "ehrenamt.bitburg.de",
    "WAGTAILADMIN_BASE_URL": "https://ehrenamt.bitburg.de",
}


def run_manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env={**clean, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_in_production():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_embedded_default_needs_no_service():
    env = {"DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'],"
        " s.TASKS['default']['BACKEND'], s.EMAIL_BACKEND)",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "wagtail.search.backends.database",
        "django_tasks.backends.immediate.ImmediateBackend",
        "django.core.mail.backends.console.EmailBackend",
    ]


def test_elasticsearch8_is_selectable_by_configuration():
    env = {**PRODUCTION_ENV, "SEARCH_ENGINE": "elasticsearch8"}
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from wagtail.search.backends import get_search_backend as g;print(type(g()).__module__)",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "wagtail.search.backends.elasticsearch8"
