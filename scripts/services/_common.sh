# Shared helpers for scripts/services/*.sh (sourced, not run).
# Everything lives in a per-user cache so nothing lands in the repo and a
# fresh clone in another folder reuses the same installs and data.

SERVICES_DIR="${BITBURG_SERVICES_DIR:-$HOME/.cache/bitburg/services}"
# Ports below Linux's ephemeral range (32768-60999): a port in that range can be held by
# closed client connections (TIME_WAIT, e.g. after a benchmark) and make a start fail.
PGPORT_BITBURG="${PGPORT_BITBURG:-15432}"
REDIS_PORT_BITBURG="${REDIS_PORT_BITBURG:-16379}"
OPENSEARCH_PORT_BITBURG="${OPENSEARCH_PORT_BITBURG:-19200}"
OPENSEARCH_TRANSPORT_PORT_BITBURG="${OPENSEARCH_TRANSPORT_PORT_BITBURG:-19300}"

# Progress goes to stderr so stdout stays clean for callers.
log() { echo "[${SERVICE_NAME:-services}] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# apt-get install, with the one 'apt-get update' a fresh machine needs first.
APT_UPDATED=""
apt_install() {
    [ "$(id -u)" = 0 ] || die "need root to apt-get install $*"
    if [ -z "$APT_UPDATED" ]; then
        log "apt-get update"
        apt-get update -qq >&2
        APT_UPDATED=1
    fi
    log "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Install the Debian package $2 if command $1 is missing.
need_cmd() { command -v "$1" >/dev/null 2>&1 || apt_install "$2"; }

# Services that run as their own system user (postgres, opensearch) must be
# able to walk down to their dir; $HOME (e.g. /root, mode 700) usually blocks
# that. Grant search-only (x, no listing) on the blocking ancestors.
grant_traverse() { # USER DIR
    local user="$1" d="" part
    local IFS=/
    # Walk top-down so only the directories that really block get changed.
    for part in $2; do
        [ -n "$part" ] || continue
        d="$d/$part"
        [ -d "$d" ] || break
        if ! runuser -u "$user" -- test -x "$d" 2>/dev/null; then
            if command -v setfacl >/dev/null 2>&1; then
                setfacl -m "u:$user:x" "$d"
            else
                chmod o+x "$d"
            fi
            log "granted search (x) permission on $d so '$user' can reach its files"
        fi
    done
}

# Serialise start/stop of one service (safe if two shells run it at once).
# Daemons must be launched with 9>&- so they don't keep holding the lock.
lock_service() { # STATE_DIR
    mkdir -p "$1"
    exec 9>"$1/.lock"
    flock 9
}

usage() { echo "usage: $0 start|stop|status" >&2; exit 2; }

# Wait until process $1 has exited (up to 30 s).
wait_for_exit() { # PID
    local i
    for i in $(seq 1 60); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.5
    done
    die "pid $1 still alive after 30s"
}

# The last line of every service script: run its start, stop or status function.
dispatch() {
    case "${1:-}" in
        start) start ;; stop) stop ;; status) status ;; *) usage ;;
    esac
}
