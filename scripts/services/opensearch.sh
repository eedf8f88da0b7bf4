#!/usr/bin/env bash
# OpenSearch for bitburg (Wagtail search), single node on 127.0.0.1.
# Assembled from Maven Central: the integ-test-zip distribution (core +
# transport-netty4 only) plus the analysis-common and lang-painless modules
# Wagtail's index settings need. ~/.m2 is the download cache; the assembled
# server is cached in $SERVICES_DIR/opensearch-$OPENSEARCH_VERSION, so later
# runs (from any clone) skip Maven entirely.
#   usage: opensearch.sh start|stop|status
set -euo pipefail
SERVICE_NAME=opensearch
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

OPENSEARCH_VERSION=2.19.6
ANTLR_VERSION=4.13.1   # from lang-painless-$OPENSEARCH_VERSION.pom
ASM_VERSION=9.7        # idem
OS_USER=opensearch
OS_HOME="$SERVICES_DIR/opensearch-$OPENSEARCH_VERSION"   # assembled server, root-owned, read-only use
# config/data/logs, owned by $OS_USER; tests/search/test_outage.py starts a second node
# of its own with OPENSEARCH_STATE_DIR and the two port variables set.
OS_STATE="${OPENSEARCH_STATE_DIR:-$SERVICES_DIR/opensearch}"
OS_PID="$OS_STATE/opensearch.pid"
OS_LOG="$OS_STATE/logs/bitburg.log"                       # <cluster.name>.log
OS_CONSOLE="$OS_STATE/logs/console.log"                   # launcher's stdout/stderr
ASSEMBLED_MARK="$OS_HOME/.bitburg-assembled"
URL="http://127.0.0.1:$OPENSEARCH_PORT_BITBURG"

# ---------------------------------------------------------------- assembly --

# A pom whose only job is 'dependency:copy' of every artifact into place,
# so one Maven run fetches everything.
write_pom() { # DIR
    local dir="$1" items="" a
    item() { # groupId artifactId version type outputDir
        items+="<artifactItem><groupId>$1</groupId><artifactId>$2</artifactId><version>$3</version><type>$4</type><outputDirectory>$5</outputDirectory></artifactItem>"
    }
    item org.opensearch.distribution.integ-test-zip opensearch "$OPENSEARCH_VERSION" zip "$dir/dist"
    item org.opensearch.plugin analysis-common "$OPENSEARCH_VERSION" jar "$dir/modules/analysis-common"
    item org.opensearch.plugin lang-painless "$OPENSEARCH_VERSION" jar "$dir/modules/lang-painless"
    # lang-painless' runtime deps (its pom); the SPI jar sits in lang-painless'
    # folder as in the official distribution, so extending modules
    # (analysis-common) see it through the parent class loader.
    item org.opensearch.plugin opensearch-scripting-painless-spi "$OPENSEARCH_VERSION" jar "$dir/modules/lang-painless"
    item org.antlr antlr4-runtime "$ANTLR_VERSION" jar "$dir/modules/lang-painless"
    for a in asm asm-util asm-tree asm-commons asm-analysis; do
        item org.ow2.asm "$a" "$ASM_VERSION" jar "$dir/modules/lang-painless"
    done
    cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bitburg</groupId><artifactId>opensearch-assembly</artifactId><version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.6.1</version>
    <configuration><artifactItems>$items</artifactItems></configuration>
  </plugin></plugins></build>
</project>
POM
}

# Maven serves modules as plain jars; the distribution's modules also carry a
# plugin-descriptor.properties (same fields as the zip's transport-netty4 one).
write_descriptor() { # DIR NAME CLASSNAME EXTENDED DESCRIPTION
    cat >"$1/plugin-descriptor.properties" <<PROPS
description=$5
version=$OPENSEARCH_VERSION
name=$2
classname=$3
java.version=11
opensearch.version=$OPENSEARCH_VERSION
custom.foldername=
extended.plugins=$4
has.native.controller=false
PROPS
}

assemble() {
    if [ -f "$ASSEMBLED_MARK" ]; then return 0; fi
    need_cmd mvn maven
    need_cmd unzip unzip
    mkdir -p "$SERVICES_DIR"
    work="$(mktemp -d "$SERVICES_DIR/.opensearch-assemble.XXXXXX")"   # global: the trap needs it
    trap 'rm -rf "$work"' EXIT
    write_pom "$work"
    log "assembling OpenSearch $OPENSEARCH_VERSION from Maven (cache: ~/.m2)"
    # Offline first: if ~/.m2 already has everything, nothing is downloaded.
    if mvn -o -q -B -f "$work/pom.xml" dependency:copy >"$work/mvn-offline.log" 2>&1; then
        log "all artifacts found in ~/.m2 (maven offline, nothing downloaded)"
    else
        log "not all in ~/.m2 yet; downloading from Maven Central"
        mvn -q -B --strict-checksums -f "$work/pom.xml" dependency:copy >&2 || die "maven download failed"
    fi

    unzip -q "$work/dist/opensearch-$OPENSEARCH_VERSION.zip" -d "$work/dist"
    local home="$work/dist/opensearch-$OPENSEARCH_VERSION"
    [ -d "$home/modules/transport-netty4" ] || die "integ-test-zip lacks modules/transport-netty4"

    # Class names checked in the 2.19.6 jars (unzip -l): 2.x still uses these,
    # newer mainline renamed them to *ModulePlugin.
    write_descriptor "$work/modules/analysis-common" analysis-common \
        org.opensearch.analysis.common.CommonAnalysisPlugin lang-painless \
        'Adds "built in" analyzers to OpenSearch.'
    write_descriptor "$work/modules/lang-painless" lang-painless \
        org.opensearch.painless.PainlessPlugin "" \
        'An easy, safe and fast scripting language for OpenSearch'
    # Same grants as OpenSearch's own modules/lang-painless/plugin-security.policy:
    # Painless compiles scripts to bytecode in its own class loaders.
    cat >"$work/modules/lang-painless/plugin-security.policy" <<'POLICY'
grant {
  // needed to generate runtime classes
  permission java.lang.RuntimePermission "createClassLoader";

  // needed to find the classloader to load allowlisted classes from
  permission java.lang.RuntimePermission "getClassLoader";
};
POLICY
    mv "$work/modules/analysis-common" "$work/modules/lang-painless" "$home/modules/"

    chmod -R a+rX "$home"
    echo "$OPENSEARCH_VERSION analysis-common lang-painless" >"$home/.bitburg-assembled"
    rm -rf "$OS_HOME"
    mv "$home" "$OS_HOME"   # same filesystem: atomic, so a half-built dir never looks complete
    rm -rf "$work"; trap - EXIT
    log "assembled in $OS_HOME"
}

# ------------------------------------------------------------------ server --

ensure_user() {
    id -u "$OS_USER" >/dev/null 2>&1 && return 0
    log "creating system user $OS_USER (OpenSearch refuses to run as root)"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$OS_USER"
}

# Config is regenerated on every start (ports may change); the keystore that
# OpenSearch creates in it on first start is kept.
write_config() {
    local conf="$OS_STATE/config"
    mkdir -p "$conf" "$OS_STATE/data" "$OS_STATE/logs"
    cp "$OS_HOME/config/log4j2.properties" "$conf/"
    # bin/opensearch cd's into the (root-owned) install dir, so point the
    # relative logs/ and data paths of jvm.options (gc log, heap/crash dumps)
    # at our writable state dir.
    sed -e "s#logs/#$OS_STATE/logs/#g" -e "s#HeapDumpPath=data#HeapDumpPath=$OS_STATE/data#" \
        "$OS_HOME/config/jvm.options" >"$conf/jvm.options"
    mkdir -p "$conf/jvm.options.d"
    cat >"$conf/opensearch.yml" <<YML
# Generated by scripts/services/opensearch.sh; edits are overwritten.
cluster.name: bitburg
node.name: bitburg-dev
path.data: $OS_STATE/data
path.logs: $OS_STATE/logs
network.host: 127.0.0.1
http.port: $OPENSEARCH_PORT_BITBURG
transport.port: $OPENSEARCH_TRANSPORT_PORT_BITBURG
discovery.type: single-node
# dev box: never turn indices read-only because the disk is fairly full
cluster.routing.allocation.disk.threshold_enabled: false
YML
    chown -R "$OS_USER:$OS_USER" "$OS_STATE"
}

pid_alive() { [ -f "$OS_PID" ] && kill -0 "$(cat "$OS_PID")" 2>/dev/null; }
# -d returns before the JVM writes its pidfile, and a node that fails removes
# it again, so look at the console output too.
launch_failed() {
    { [ -f "$OS_PID" ] && ! pid_alive; } ||
        grep -qE 'uncaught exception|Exception in thread|^ERROR:' "$OS_CONSOLE" 2>/dev/null
}
healthy() { curl -sf "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1; }

start() {
    need_cmd curl curl
    assemble
    ensure_user
    lock_service "$OS_STATE"
    if pid_alive && healthy; then
        log "already running ($URL)"
        return 0
    fi
    if pid_alive; then
        log "process $(cat "$OS_PID") alive but not healthy yet; waiting"
    else
        rm -f "$OS_PID"
        write_config
        grant_traverse "$OS_USER" "$OS_HOME"
        grant_traverse "$OS_USER" "$OS_STATE"
        local java_home; java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        log "starting on $URL (java: $java_home)"
        # cd: the opensearch user may not read the caller's cwd.
        # Even with -d the JVM keeps fds 1/2 open, so send them to a file, or a
        # caller reading our output through a pipe would wait forever.
        # 9>&- keeps our lock fd out of the daemon.
        (cd "$OS_STATE" && runuser -u "$OS_USER" -- env \
            OPENSEARCH_JAVA_HOME="$java_home" \
            OPENSEARCH_PATH_CONF="$OS_STATE/config" \
            OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
            "$OS_HOME/bin/opensearch" -d -p "$OS_PID" 9>&- >"$OS_CONSOLE" 2>&1 </dev/null) \
            || { tail -n 40 "$OS_CONSOLE" >&2; die "failed to launch"; }
    fi
    local i
    for i in $(seq 1 120); do
        healthy && break
        if [ "$i" = 120 ] || launch_failed; then
            grep -vE '^\s+at |^WARNING: ' "$OS_CONSOLE" | tail -n 20 >&2 || true
            if grep -q 'Address already in use' "$OS_CONSOLE"; then
                log "hint: ports $OPENSEARCH_PORT_BITBURG/$OPENSEARCH_TRANSPORT_PORT_BITBURG are taken; ports in the" \
                    "kernel's ephemeral range ($(tr '\t' - </proc/sys/net/ipv4/ip_local_port_range)) can be held" \
                    "by TIME_WAIT client sockets for ~60s; retry, or set OPENSEARCH_PORT_BITBURG /" \
                    "OPENSEARCH_TRANSPORT_PORT_BITBURG below that range"
            fi
            die "not healthy (yellow) after ${i}s; logs: $OS_CONSOLE, $OS_LOG"
        fi
        sleep 1
    done
    log "ready: $URL"
}

stop() {
    if ! pid_alive; then log "not running"; rm -f "$OS_PID"; return 0; fi
    lock_service "$OS_STATE"
    local pid; pid="$(cat "$OS_PID")"
    kill "$pid"
    wait_for_exit "$pid"
    rm -f "$OS_PID"
    log "stopped"
}

status() {
    if pid_alive && healthy; then
        log "running on $URL (pid $(cat "$OS_PID"))"
    else
        log "not running"; return 3
    fi
}

dispatch "$@"
