#!/usr/bin/env bash
# Redis for bitburg: daemonized redis-server on 127.0.0.1:$REDIS_PORT_BITBURG,
# with dir/pidfile/logfile in the per-user services dir (default persistence).
#   usage: redis.sh start|stop|status
set -euo pipefail
SERVICE_NAME=redis
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

R_DIR="$SERVICES_DIR/redis"
R_PID="$R_DIR/redis.pid"
R_LOG="$R_DIR/redis.log"

pid_alive() { [ -f "$R_PID" ] && kill -0 "$(cat "$R_PID")" 2>/dev/null; }
pings() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT_BITBURG" ping 2>/dev/null | grep -q PONG; }

start() {
    need_cmd redis-server redis-server
    lock_service "$R_DIR"
    if pid_alive && pings; then
        log "already running (port $REDIS_PORT_BITBURG)"
        return 0
    fi
    log "starting on 127.0.0.1:$REDIS_PORT_BITBURG"
    # No config file: everything on the command line. 9>&- keeps our lock fd
    # out of the daemon.
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT_BITBURG" \
        --protected-mode yes --dir "$R_DIR" --pidfile "$R_PID" --logfile "$R_LOG" 9>&-
    local i
    for i in $(seq 1 60); do
        pings && break
        [ "$i" = 60 ] && { tail -n 30 "$R_LOG" >&2; die "not answering PING after 30s"; }
        sleep 0.5
    done
    log "ready: redis://127.0.0.1:$REDIS_PORT_BITBURG/0"
}

stop() {
    if ! pid_alive; then log "not running"; rm -f "$R_PID"; return 0; fi
    lock_service "$R_DIR"
    local pid; pid="$(cat "$R_PID")"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT_BITBURG" shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    wait_for_exit "$pid"
    log "stopped"
}

status() {
    if pid_alive && pings; then
        log "running on 127.0.0.1:$REDIS_PORT_BITBURG (pid $(cat "$R_PID"))"
    else
        log "not running"; return 3
    fi
}

dispatch "$@"
