#!/usr/bin/env bash
# Creates .venv and installs the pinned requirements; does nothing when they are unchanged.
# With --tests also what the browser tests need (tests/browser/): Debian's Chromium, which
# Playwright drives (Playwright's own browser download cannot work here), and axe-core from
# npm, pinned in tests/browser/package-lock.json, into the ignored tests/browser/node_modules.
# With --bench what bench/run needs besides the virtualenv: Debian's wrk (the load generator)
# and the PostgreSQL client tools (pg_dump, pg_restore) that cache the benchmark data set.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $($PYTHON --version)" >&2
  "$PYTHON" -m venv .venv
fi

stamp=.venv/.requirements.sha256
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "bootstrap: installing requirements.txt" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
  echo "$want" > "$stamp"
fi

if [ "${1:-}" = "--tests" ]; then
  SERVICE_NAME=bootstrap
  # shellcheck source=services/_common.sh
  . scripts/services/_common.sh
  need_cmd chromium chromium
  need_cmd npm npm
  stamp=tests/browser/node_modules/.package-lock.sha256
  want=$(sha256sum tests/browser/package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "bootstrap: installing tests/browser/package-lock.json" >&2
    npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error >&2
    echo "$want" > "$stamp"
  fi
fi

if [ "${1:-}" = "--bench" ]; then
  SERVICE_NAME=bootstrap
  # shellcheck source=services/_common.sh
  . scripts/services/_common.sh
  need_cmd wrk wrk
  need_cmd pg_dump postgresql-client
  need_cmd pg_restore postgresql-client
fi
