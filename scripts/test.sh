#!/usr/bin/env bash
# Linters, the migrations check and the test suite. Expects the services that
# scripts/services.sh starts (their URLs come from the env file it writes).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

echo "== ruff" >&2
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== djhtml" >&2
.venv/bin/djhtml --check templates
echo "== migrations" >&2
DJANGO_SETTINGS_MODULE=cms.settings.dev $PY manage.py makemigrations --check --dry-run
$PY manage.py compile_translations -v0 >/dev/null

if [ "${1:-}" = "--lint-only" ]; then exit 0; fi

# shellcheck disable=SC1091
source "${BITBURG_SERVICES_DIR:-$HOME/.cache/bitburg/services}/env.sh"
echo "== pytest" >&2
# Two workers by default (the machines have two cores); each has its own test database,
# Redis database and search indexes (cms/settings/test.py). PYTEST_WORKERS=0 runs serially.
# The browser tests are one group (tests/conftest.py): one worker drives Chromium against
# the live demo server while the other runs the rest.
exec $PY -m pytest -n "${PYTEST_WORKERS:-2}" --dist loadscope "${@}"
