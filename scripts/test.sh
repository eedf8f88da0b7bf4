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
if [ $# -gt 0 ]; then
    exec $PY -m pytest -n "${PYTEST_WORKERS:-2}" --dist loadgroup "${@}"
fi
# The whole suite: the browser tests drive Chromium against a live server and run alone
# after the rest, so that no other worker's load makes their admin pages time out.
rc=0
$PY -m pytest -n "${PYTEST_WORKERS:-2}" --dist loadgroup --ignore=tests/browser || rc=$?
$PY -m pytest tests/browser || rc=$?
exit "$rc"
