#!/usr/bin/env bash
# Throughput, latency and SQL queries of the main public pages (see bench/README.md).
#
# Against the real services when scripts/services.sh has written its env file (PostgreSQL
# database bitburg_bench, Redis, OpenSearch indexes bitburgbench_*, production settings),
# else on the embedded default (SQLite file bench/results/bench.sqlite3, database search,
# cms.settings.dev with DEBUG off). BENCH_EMBEDDED=1 forces the embedded default. If the
# search backend cannot be loaded, it falls back to database search and warns.
#
# gunicorn cms.wsgi, 2 sync workers, on 127.0.0.1:$BENCH_PORT (8765); wrk -t2 -c16 with
# "Connection: close" for $BENCH_SECONDS (10) per URL, then the same for a trivial Django
# view (bench/trivial.py) as the machine's baseline (BENCH_BASELINE=0 skips it). Prints one
# table, writes it as JSON to bench/results/latest.json and exits 1 if a page failed or wrk
# saw errors.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT=${BENCH_PORT:-8765}
DURATION=${BENCH_SECONDS:-10}
THREADS=2
CONNECTIONS=16
WORKERS=2
RESULTS=bench/results

log() { echo "[bench] $*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

if ! [[ "$DURATION" =~ ^[0-9]+$ ]] || [ "$DURATION" -lt 1 ] || [ "$DURATION" -gt 120 ]; then
    die "BENCH_SECONDS must be a whole number of seconds from 1 to 120"
fi
[ -x "$PY" ] || die "no virtualenv; run scripts/bootstrap.sh first"
# Other work on the machine skews every figure; the report shows the load we started with.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if ! command -v wrk >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "wrk is missing; install it (apt-get install wrk) or run as root"
    log "installing wrk"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2; then
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2
    fi
fi
command -v curl >/dev/null 2>&1 || die "curl is missing"

# --- Environment: the services' env file, or the embedded default -------------------------
ENV_FILE="${BITBURG_SERVICES_DIR:-$HOME/.cache/bitburg/services}/env.sh"
if [ "${BENCH_EMBEDDED:-}" != 1 ] && [ -f "$ENV_FILE" ]; then
    # shellcheck disable=SC1090
    source "$ENV_FILE"
else
    unset DATABASE_URL REDIS_URL SEARCH_URL
fi
mkdir -p "$RESULTS"

case "${DATABASE_URL:-}" in
    postgres://* | postgresql://*)
        # A database of its own, so the benchmark never touches the demo's or the tests'.
        DATABASE_URL=$($PY bench/tools.py bench-db "$DATABASE_URL" bitburg_bench)
        ;;
    "") DATABASE_URL="sqlite:///$PWD/$RESULTS/bench.sqlite3" ;;
    *) die "unsupported DATABASE_URL scheme: ${DATABASE_URL%%:*}" ;;
esac
export DATABASE_URL
export SEARCH_INDEX_PREFIX=bitburgbench CACHE_KEY_PREFIX=bitburgbench CELERY_QUEUE=bitburgbench
SEARCH_NOTE=""
if [ -n "${SEARCH_URL:-}" ]; then
    # A search backend that cannot even be loaded would turn the search page (and the demo
    # loader's indexing) into errors; benchmark with Wagtail's database search instead and
    # say so in the report, rather than not at all.
    if ! why=$(DJANGO_SETTINGS_MODULE=cms.settings.dev REDIS_URL="" \
        $PY bench/queries.py --check-search 2>&1); then
        SEARCH_NOTE="the search backend for $SEARCH_URL does not load ($(echo "$why" | tail -n1));"
        SEARCH_NOTE+=" falling back to Wagtail's database search and cms.settings.dev, DEBUG off"
        log "WARNING: $SEARCH_NOTE"
        unset SEARCH_URL
    fi
fi
if [ -n "${REDIS_URL:-}" ] && [ -n "${SEARCH_URL:-}" ]; then
    SETTINGS=cms.settings.production
else
    SETTINGS=cms.settings.dev
fi
MODE="database ${DATABASE_URL%%:*}, cache $([ -n "${REDIS_URL:-}" ] && echo redis || echo locmem)"
MODE+=", search $([ -n "${SEARCH_URL:-}" ] && echo "${SEARCH_ENGINE:-opensearch2}" || echo database)"

TMP=$(mktemp -d -t bitburg-bench.XXXXXX)
GUNICORN_PID=""
stop_gunicorn() {
    if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
        kill -TERM "$GUNICORN_PID" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$GUNICORN_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$GUNICORN_PID" 2>/dev/null || true
        wait "$GUNICORN_PID" 2>/dev/null || true
    fi
    GUNICORN_PID=""
}
cleanup() {
    stop_gunicorn
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export STATIC_ROOT="$TMP/static" MEDIA_ROOT="$TMP/media"
export DEBUG=false SECURE_SSL_REDIRECT=false ALLOWED_HOSTS=127.0.0.1,localhost LOG_LEVEL=WARNING
SECRET_KEY=$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY

# --- Data: migrations, translations, demo content, static files -------------------------
# Run with the dev settings and without Redis, so the indexing jobs of the demo loader run
# in-process instead of waiting in a Celery queue that no worker reads.
log "$MODE ($SETTINGS); preparing data"
(
    unset REDIS_URL
    export DJANGO_SETTINGS_MODULE=cms.settings.dev
    $PY manage.py migrate --noinput -v0
    $PY manage.py compile_translations -v0 >/dev/null
    $PY manage.py load_demo_content >/dev/null
) >&2
# The production settings' manifest storage needs collected files (into the temp dir); the
# dev settings serve them from the source folders.
if [ "$SETTINGS" = cms.settings.production ]; then
    DJANGO_SETTINGS_MODULE=$SETTINGS $PY manage.py collectstatic --noinput -v0 >&2
fi

# --- Server ---------------------------------------------------------------------------------
export DJANGO_SETTINGS_MODULE=$SETTINGS
BASE="http://127.0.0.1:$PORT"
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
    die "something already listens on 127.0.0.1:$PORT (set BENCH_PORT)"
fi
start_gunicorn() { # APP [gunicorn options...]: 2 sync workers on $PORT, waits for $READY
    log "starting gunicorn $1 ($WORKERS sync workers) on 127.0.0.1:$PORT"
    .venv/bin/gunicorn "$@" --workers "$WORKERS" --worker-class sync \
        --bind "127.0.0.1:$PORT" --error-logfile "$TMP/gunicorn.log" --log-level warning &
    GUNICORN_PID=$!
    local code=""
    for _ in $(seq 60); do
        kill -0 "$GUNICORN_PID" 2>/dev/null || {
            cat "$TMP/gunicorn.log" >&2
            die "gunicorn exited"
        }
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$READY" </dev/null || true)
        [ "$code" = 200 ] && return 0
        sleep 0.5
    done
    die "gunicorn did not answer $READY with 200 within 30 s (got $code)"
}
run_wrk() { # OUT URL: the load test, with the machine's CPU split written next to OUT
    $PY bench/tools.py load "$GUNICORN_PID" "$1" -- wrk -t"$THREADS" -c"$CONNECTIONS" \
        -d"${DURATION}s" --latency -H 'Connection: close' "$2"
}
READY=/health/ start_gunicorn cms.wsgi

# --- Queries per page (in-process, same settings and database) ----------------------------
log "counting SQL queries per page"
STATUS=0
$PY bench/queries.py --json "$TMP/queries.json" >&2 || STATUS=1
[ -s "$TMP/queries.json" ] || die "bench/queries.py could not measure the pages"

# --- Load ----------------------------------------------------------------------------------
mkdir -p "$TMP/wrk"
while IFS=$'\t' read -r name status path; do
    if [ "$status" != 200 ]; then
        echo "HTTP $status in-process" >"$TMP/wrk/$name.skipped"
        log "skipping $path (HTTP $status)"
        continue
    fi
    # Warm both workers (templates, caches) and check the server itself answers 200.
    for _ in 1 2 3 4; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE$path" </dev/null || true)
    done
    if [ "$code" != 200 ]; then
        echo "HTTP $code from gunicorn" >"$TMP/wrk/$name.skipped"
        log "skipping $path (gunicorn answered $code)"
        continue
    fi
    log "wrk ${DURATION}s $path"
    run_wrk "$TMP/wrk/$name.txt" "$BASE$path" || log "wrk failed for $path"
done < <($PY bench/tools.py pages "$TMP/queries.json")
stop_gunicorn

# The machine's ceiling for this method: a trivial Django view, same server and load.
if [ "${BENCH_BASELINE:-1}" = 1 ]; then
    READY=/ start_gunicorn trivial:application --chdir bench
    log "wrk ${DURATION}s trivial Django view (bench/trivial.py)"
    run_wrk "$TMP/wrk/baseline.txt" "$BASE/" || log "wrk failed for the baseline"
    stop_gunicorn
fi

# --- Report --------------------------------------------------------------------------------
echo
echo "Ehrenamt Bitburg benchmark, $(date -u +'%Y-%m-%d %H:%M UTC'): $MODE ($SETTINGS);" \
    "$(nproc) CPUs, load average before: $LOAD_BEFORE; gunicorn $WORKERS sync workers;" \
    "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s -H 'Connection: close'"
[ -z "$SEARCH_NOTE" ] || echo "WARNING: $SEARCH_NOTE"
$PY bench/tools.py report "$TMP/queries.json" "$TMP/wrk" "$RESULTS/latest.json" \
    "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" "mode=$MODE" "settings=$SETTINGS" \
    "warning=$SEARCH_NOTE" "cpus=$(nproc)" "workers=$WORKERS" \
    "cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)" "loadavg_before=$LOAD_BEFORE" \
    "wrk=-t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -H 'Connection: close'" ||
    STATUS=1
rm -rf "$RESULTS/wrk" && cp -r "$TMP/wrk" "$RESULTS/wrk"
echo "queries: SQL queries of a warm request (in-process test client). CPU ms/req: the" \
    "server's (gunicorn's) CPU time per request. CPU srv/svc/other: share of all $(nproc)" \
    "CPUs used during the run by the server, the services (PostgreSQL, Redis, OpenSearch)" \
    "and everything else, i.e. other work on this machine: the higher, the lower req/s" \
    "than the site can do. Details: $RESULTS/latest.json, wrk's output: $RESULTS/wrk/"
if [ -s "$TMP/gunicorn.log" ]; then
    log "gunicorn logged:"
    tail -n 20 "$TMP/gunicorn.log" >&2
fi
exit "$STATUS"
