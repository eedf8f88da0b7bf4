#!/usr/bin/env bash
# Own PostgreSQL cluster for bitburg: runs as OS user 'postgres', data in the
# per-user services dir, TCP on 127.0.0.1:$PGPORT_BITBURG only, socket in that dir.
# Debian's default cluster is not used (there is no systemd to run it anyway).
#   usage: postgres.sh start|stop|status
set -euo pipefail
SERVICE_NAME=postgres
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

# socket + log live here; tests/cms/test_database_restart.py runs a second cluster of its
# own with POSTGRES_STATE_DIR and PGPORT_BITBURG set.
PG_DIR="${POSTGRES_STATE_DIR:-$SERVICES_DIR/postgres}"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
DB_USER=bitburg DB_PASS=bitburg DB_NAME=bitburg

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }

ensure_installed() {
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        apt_install postgresql
    fi
    BIN="$(pg_bin)"
}

# cd /: postgres may not read the caller's cwd; 9>&-: the server must not inherit our lock fd.
as_pg() { (cd / && runuser -u postgres -- "$@" 9>&-); }
is_running() { [ -f "$PG_DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }
psql_admin() { as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PGPORT_BITBURG" -U postgres -d postgres "$@"; }

start() {
    ensure_installed
    lock_service "$PG_DIR"
    chown postgres:postgres "$PG_DIR"
    grant_traverse postgres "$PG_DIR"

    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        log "initdb $PG_DATA"
        rm -rf "$PG_DATA"
        # local (socket) = peer for the admin, TCP = password (scram) for the app.
        as_pg "$BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=peer --auth-host=scram-sha-256 >/dev/null
    fi

    if is_running; then
        log "already running (port $PGPORT_BITBURG)"
    else
        log "starting on 127.0.0.1:$PGPORT_BITBURG"
        # Settings on the command line: loopback only, socket in our dir.
        as_pg "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT_BITBURG -c unix_socket_directories='$PG_DIR'" \
            start >/dev/null || { tail -n 30 "$PG_LOG" >&2; die "pg_ctl start failed"; }
    fi

    local i
    for i in $(seq 1 60); do
        "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT_BITBURG" && break
        [ "$i" = 60 ] && { tail -n 30 "$PG_LOG" >&2; die "not ready after 60s"; }
        sleep 1
    done

    # Role and database, idempotent. CREATEDB: Django's test runner creates test_* DBs.
    psql_admin <<SQL
SELECT 'CREATE ROLE $DB_USER' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') \gexec
ALTER ROLE $DB_USER WITH LOGIN CREATEDB PASSWORD '$DB_PASS';
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB_NAME') \gexec
SQL
    log "ready: postgres://$DB_USER:$DB_PASS@127.0.0.1:$PGPORT_BITBURG/$DB_NAME"
}

stop() {
    BIN="$(pg_bin)"
    if [ -z "$BIN" ] || ! is_running; then log "not running"; return 0; fi
    lock_service "$PG_DIR"
    as_pg "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
    log "stopped"
}

status() {
    BIN="$(pg_bin)"
    if [ -n "$BIN" ] && is_running && "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT_BITBURG"; then
        log "running on 127.0.0.1:$PGPORT_BITBURG (data $PG_DATA)"
    else
        log "not running"; return 3
    fi
}

dispatch "$@"
