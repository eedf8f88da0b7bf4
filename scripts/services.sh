#!/usr/bin/env bash
# Start/stop/status of all local services bitburg needs (PostgreSQL, Redis,
# OpenSearch), each on loopback with its own port, state in the per-user
# services dir. Progress goes to stderr; 'start' writes
# $SERVICES_DIR/env.sh with DATABASE_URL, REDIS_URL and SEARCH_URL.
#   usage: scripts/services.sh start|stop|status
#   then:  . "${BITBURG_SERVICES_DIR:-$HOME/.cache/bitburg/services}/env.sh"
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVICE_NAME=services
. "$HERE/services/_common.sh"

SERVICES=(postgres redis opensearch)

write_env() {
    local env="$SERVICES_DIR/env.sh" tmp
    tmp="$(mktemp "$SERVICES_DIR/.env.sh.XXXXXX")"
    cat >"$tmp" <<ENV
export DATABASE_URL=postgres://bitburg:bitburg@127.0.0.1:$PGPORT_BITBURG/bitburg
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT_BITBURG/0
export SEARCH_URL=http://127.0.0.1:$OPENSEARCH_PORT_BITBURG
ENV
    chmod 644 "$tmp"
    mv "$tmp" "$env"
    log "wrote $env  (use: . $env)"
}

case "${1:-}" in
    start)
        # Not a service, but a system package the suite needs: the Unicode font the PDF
        # letters use (tests/awards/card/test_pdf.py prints a Cyrillic name).
        [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_install fonts-dejavu-core
        for s in "${SERVICES[@]}"; do bash "$HERE/services/$s.sh" start; done
        write_env
        ;;
    stop)
        # reverse order
        for ((i=${#SERVICES[@]}-1; i>=0; i--)); do bash "$HERE/services/${SERVICES[i]}.sh" stop; done
        ;;
    status)
        rc=0
        for s in "${SERVICES[@]}"; do bash "$HERE/services/$s.sh" status || rc=$?; done
        exit "$rc"
        ;;
    *) usage ;;
esac
