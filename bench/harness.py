"""The benchmark harness behind `bench/run` (see the README's "Benchmarks").

Builds (or restores) the data set at a scale in a PostgreSQL database of its own, times a
full search index rebuild, counts each scenario's SQL queries, serves the production
settings with gunicorn (2 sync workers) on loopback, loads each scenario with wrk (16
connections, `Connection: close`, after a warm-up), measures a trivial Django view the same
way, and prints one table.

Never touches the shared `bitburg` database, the tests' databases or other Redis databases:
database `bitburg_bench_<scale>`, Redis database BENCH_REDIS_DB (14), search index prefix
and cache key prefix `bitburgbench`, Celery queue `bitburgbench` (no worker reads it; the
Redis database is emptied before and after the run).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import secrets
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import tools  # noqa: E402

PY = str(ROOT / ".venv/bin/python")
VAR = ROOT / "var/bench"
RESULTS = ROOT / "bench/results"
SERVICES_ENV = (
    Path(os.environ.get("BITBURG_SERVICES_DIR", Path.home() / ".cache/bitburg/services")) / "env.sh"
)
PREFIX = "bitburgbench"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_args(argv):
    from scenarios import LANGS, NAMES

    parser = argparse.ArgumentParser(prog="bench/run", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10_000, help="opportunities and events")
    parser.add_argument("--scenarios", default=",".join(NAMES), help="comma-separated")
    parser.add_argument("--langs", default=",".join(LANGS), help="comma-separated")
    parser.add_argument("--duration", default="10s", help="wrk run per scenario (10s)")
    parser.add_argument("--warmup", default="2s", help="wrk warm-up per scenario (2s)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached dump")
    parser.add_argument("--build-only", action="store_true", help="stop after the data set")
    parser.add_argument("--no-trivial", action="store_true", help="skip the trivial view")
    parser.add_argument(
        "--skip-index",
        action="store_true",
        help="no update_index (use with scenarios other than search and search-api)",
    )
    parser.add_argument(
        "--cached",
        action="store_true",
        help="a second pass of the GET scenarios with the page cache on (--cache-env)",
    )
    parser.add_argument(
        "--cache-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="environment that turns the full-page cache on for the cached pass",
    )
    args = parser.parse_args(argv)
    args.duration_s = seconds(args.duration)
    args.warmup_s = seconds(args.warmup)
    unknown = set(args.scenarios.split(",")) - set(NAMES)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    return args


def seconds(text: str) -> int:
    text = text.strip()
    value = int(text.rstrip("sm"))
    return value * 60 if text.endswith("m") else value


# --- environment ----------------------------------------------------------------------------
def service_env() -> dict[str, str]:
    """The services' URLs from scripts/services.sh's env file (`export NAME=value` lines)."""
    if not SERVICES_ENV.exists():
        raise SystemExit(f"bench: {SERVICES_ENV} is missing; run scripts/services.sh start")
    found = {}
    for line in SERVICES_ENV.read_text().splitlines():
        line = line.strip()
        if line.startswith("export ") and "=" in line:
            name, value = line[len("export ") :].split("=", 1)
            found[name] = shlex.split(value)[0] if value else ""
    for name in ("DATABASE_URL", "REDIS_URL", "SEARCH_URL"):
        if not found.get(name):
            raise SystemExit(f"bench: {name} is not set in {SERVICES_ENV}")
    return found


def with_path(url: str, path: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{path}"))


def bench_env(args, services: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BENCH_"))}
    env.update(services)
    env.update(
        DATABASE_URL=with_path(services["DATABASE_URL"], f"bitburg_bench_{args.scale}"),
        REDIS_URL=with_path(services["REDIS_URL"], os.environ.get("BENCH_REDIS_DB", "14")),
        SEARCH_INDEX_PREFIX=PREFIX,
        CACHE_KEY_PREFIX=PREFIX,
        CELERY_QUEUE=PREFIX,
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        # The load pass measures rendering; --cached --cache-env PAGE_CACHE=true the caches.
        PAGE_CACHE="false",
        DEBUG="false",
        LOG_LEVEL="WARNING",
        STATIC_ROOT=str(VAR / "static"),
        MEDIA_ROOT=str(VAR / "media"),
        # The expression-of-interest scenario posts thousands of times from one address.
        API_SUBMISSION_RATE="100000000/second",
        PYTHONUNBUFFERED="1",
    )
    return env


def run(cmd: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, **kwargs)


def manage(env, *arguments: str, **kwargs):
    return run([PY, "manage.py", *arguments], env, **kwargs)


# --- data set -------------------------------------------------------------------------------
def recreate_database(env) -> None:
    import psycopg
    from psycopg import sql

    url = env["DATABASE_URL"]
    name = urlsplit(url).path.lstrip("/")
    if not name.startswith("bitburg_bench_"):
        raise SystemExit(f"bench: refusing to recreate database {name!r}")
    with psycopg.connect(with_path(url, "postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def pg_args(env) -> tuple[list[str], dict[str, str]]:
    parts = urlsplit(env["DATABASE_URL"])
    pg_env = {**env, "PGPASSWORD": parts.password or ""}
    return [
        "-h",
        parts.hostname or "127.0.0.1",
        "-p",
        str(parts.port or 5432),
        "-U",
        parts.username or "postgres",
        "-d",
        parts.path.lstrip("/"),
    ], pg_env


def dataset_key(env, action: str, *extra: str) -> str:
    return run(
        [PY, "bench/dataset.py", action, *extra], env, capture_output=True, text=True
    ).stdout.strip()


def prepare_data(args, env) -> dict:
    """Restore the cached dump of this scale and code, or build the data set and dump it.

    Two levels: the demo site (migrations and `load_demo_content`, minutes on a busy
    machine) is dumped once for all scales; each scale's bulk data on top of it once more.
    """
    key = dataset_key(env, "key", "--scale", str(args.scale))
    VAR.mkdir(parents=True, exist_ok=True)
    dump = VAR / f"bitburg_bench_{key}.dump"
    base = VAR / f"bitburg_bench_base-{dataset_key(env, 'base-key')}.dump"
    conn_args, pg_env = pg_args(env)
    started = time.monotonic()
    recreate_database(env)
    if dump.exists() and not args.rebuild:
        log(f"restoring {dump.relative_to(ROOT)}")
        run(["pg_restore", "--no-owner", "-j", "2", *conn_args, str(dump)], pg_env)
        return {
            "dataset": "restored",
            "dump": str(dump.relative_to(ROOT)),
            "seconds": round(time.monotonic() - started, 1),
        }
    # Dev settings without Redis: the demo loader's background jobs run in-process instead
    # of waiting in a queue nobody reads.
    build_env = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "REDIS_URL": ""}
    if base.exists() and not args.rebuild:
        log(f"restoring the demo site {base.relative_to(ROOT)}")
        run(["pg_restore", "--no-owner", "-j", "2", *conn_args, str(base)], pg_env)
    else:
        log("building the demo site (migrate, load_demo_content)")
        run([PY, "bench/dataset.py", "base"], build_env)
        save_dump(base, conn_args, pg_env, "bitburg_bench_base-*.dump")
    log(f"adding the data of scale {args.scale}")
    run([PY, "bench/dataset.py", "build", "--scale", str(args.scale)], build_env)
    save_dump(dump, conn_args, pg_env, f"bitburg_bench_{args.scale}-*.dump")
    return {
        "dataset": "built",
        "dump": str(dump.relative_to(ROOT)),
        "seconds": round(time.monotonic() - started, 1),
    }


def save_dump(dump: Path, conn_args: list[str], pg_env, stale: str) -> None:
    """pg_dump into `dump` (atomically), removing older dumps matching `stale`."""
    tmp = dump.with_suffix(".tmp")
    run(["pg_dump", "-Fc", "-f", str(tmp), *conn_args], pg_env)
    tmp.rename(dump)
    for old in VAR.glob(stale):
        if old != dump:
            old.unlink()


def flush_redis(env) -> None:
    import redis

    redis.Redis.from_url(env["REDIS_URL"]).flushdb()


def rebuild_index(env) -> dict:
    """Time a full `update_index` (every backend: OpenSearch and the database fallback)."""
    log("rebuilding the search index (update_index)")
    started = time.monotonic()
    # The site gives OpenSearch 5 s (SEARCH_TIMEOUT); bulk requests of a rebuild on a busy
    # machine need more.
    manage({**env, "SEARCH_TIMEOUT": "120"}, "update_index", "--verbosity", "0")
    elapsed = time.monotonic() - started
    url = f"{env['SEARCH_URL'].rstrip('/')}/{PREFIX}_*/_count"
    urllib.request.urlopen(f"{env['SEARCH_URL'].rstrip('/')}/{PREFIX}_*/_refresh", data=b"")
    with urllib.request.urlopen(url) as response:
        documents = json.load(response)["count"]
    return {
        "documents": documents,
        "seconds": round(elapsed, 1),
        "documents_per_second": round(documents / elapsed, 1),
    }


# --- server and load ------------------------------------------------------------------------
class Server:
    """gunicorn on loopback with `workers` sync workers; stopped by `stop()` or on exit."""

    def __init__(self, app: str, env, args, extra: list[str] = ()):
        self.log = VAR / "gunicorn.log"
        self.base = f"http://127.0.0.1:{args.port}"
        cmd = [
            str(ROOT / ".venv/bin/gunicorn"),
            app,
            *extra,
            "--workers",
            str(args.workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--error-logfile",
            str(self.log),
            "--log-level",
            "warning",
        ]
        log(f"starting gunicorn {app} ({args.workers} sync workers) on {self.base}")
        self.process = subprocess.Popen(cmd, env=env, cwd=ROOT, stdin=subprocess.DEVNULL)

    def wait(self, path: str) -> None:
        for _ in range(120):
            if self.process.poll() is not None:
                raise SystemExit(f"bench: gunicorn exited; see {self.log}")
            try:
                with urllib.request.urlopen(self.base + path, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise SystemExit(f"bench: gunicorn did not answer {path} within 60 s")

    def workers_rss_mb(self) -> list[float]:
        """Resident memory of each worker (the master's children), from /proc."""
        found = []
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(
                    line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
                )
            except OSError:
                continue
            if int(fields.get("PPid", "0").strip()) == self.process.pid:
                found.append(int(fields["VmRSS"].split()[0]) / 1024)
        return sorted(found)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def fetch(base: str, scenario: dict, n: int) -> tuple[int, dict]:
    body = scenario["body"].replace("{n}", f"warm-{n}").encode() if scenario["body"] else None
    req = urllib.request.Request(
        base + scenario["path"],
        data=body,
        method=scenario["method"],
        headers={"Host": "localhost", **scenario["headers"]},
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            response.read()
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)
    except (urllib.error.URLError, OSError):  # a timeout: reported as status 0
        return 0, {}


def load(server: Server, scenario: dict, args, label: str) -> dict:
    """Warm the workers, then wrk: a warm-up run, and the measured one."""
    statuses = [fetch(server.base, scenario, i)[0] for i in range(4)]
    if any(status == 0 or status >= 400 for status in statuses):
        bad = [status for status in statuses if status == 0 or status >= 400]
        return {"skipped": f"HTTP {bad[0] or 'timeout (60 s)'} from gunicorn"}
    env = {
        **os.environ,
        "BENCH_METHOD": scenario["method"],
        "BENCH_HEADERS": "\n".join(f"{k}: {v}" for k, v in scenario["headers"].items()),
    }
    if scenario["body"]:
        env["BENCH_BODY"] = scenario["body"]
    paths = scenario.get("paths") or []
    if paths:
        # The warm-up asks the second half, the measured run the first: no path of the
        # run has been asked before (the site keeps search outcomes).
        env["BENCH_PATHS"] = "\n".join(paths[len(paths) // 2 :])
    connections = scenario.get("connections") or args.connections
    threads = min(args.threads, connections)
    wrk = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        "--latency",
        # A slow page is measured, not dropped as a socket timeout after wrk's default 2 s.
        "--timeout",
        "30s",
        "-s",
        str(ROOT / "bench/request.lua"),
        server.base + scenario["path"],
    ]
    if args.warmup_s:
        subprocess.run(
            [*wrk[:1], f"-d{args.warmup_s}s", *wrk[1:]],
            env=env,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        # gunicorn still answers the warm-up's queued requests after wrk has gone; wait
        # for them, or a slow page's measured run starts behind a full queue.
        fetch(server.base, scenario, 99)
    if paths:
        env["BENCH_PATHS"] = "\n".join(paths[: len(paths) // 2])
    out = VAR / "wrk" / f"{label}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    old_env = dict(os.environ)
    os.environ.update(env)  # tools.load runs wrk with this process's environment
    try:
        tools.load(server.process.pid, str(out), [*wrk[:1], f"-d{args.duration_s}s", *wrk[1:]])
    finally:
        os.environ.clear()
        os.environ.update(old_env)
    result = {"rss_mb": server.workers_rss_mb(), "connections": connections}
    for line in out.read_text().splitlines():
        if line.startswith("BENCH_JSON "):
            result.update(json.loads(line[len("BENCH_JSON ") :]))
    cpu = out.with_suffix(".cpu.json")
    if cpu.exists():
        result["cpu"] = json.loads(cpu.read_text())
    if "requests" not in result:
        result["skipped"] = f"wrk output not understood ({out})"
    return result


# --- report ---------------------------------------------------------------------------------
def ms(us: float | None) -> str:
    if us is None:
        return "-"
    value = us / 1000
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def table(rows: list[dict], trivial: dict | None) -> str:
    trivial_rps = trivial and trivial.get("rps")
    headers = [
        "scenario",
        "lang",
        "conn",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "errors",
        "queries",
        "worker RSS MB",
        "× trivial",
        "CPU other %",
    ]
    lines = []
    for row in rows + ([trivial] if trivial else []):
        load_ = row.get("load", {})
        rps = load_.get("rps")
        errors = None
        if "requests" in load_:
            errors = sum(load_[k] for k in ("connect", "read", "write", "status", "timeout"))
        rss = load_.get("rss_mb") or []
        lines.append(
            [
                row["name"],
                row.get("lang", ""),
                str(load_.get("connections", "-")),
                f"{rps:,.1f}" if rps is not None else "-",
                ms(load_.get("p50_us")),
                ms(load_.get("p95_us")),
                ms(load_.get("p99_us")),
                "-" if errors is None else str(errors),
                "-" if row.get("queries") is None else str(row["queries"]),
                "/".join(f"{v:.0f}" for v in rss) or "-",
                f"{rps / trivial_rps:.3f}" if rps and trivial_rps and row is not trivial else "-",
                f"{load_['cpu']['other_pct']:.0f}" if "cpu" in load_ else "-",
            ]
        )
        if load_.get("skipped") or row.get("skipped"):
            lines[-1][3] = load_.get("skipped") or row.get("skipped")
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headers)]

    def fmt(cells):
        return (
            "| "
            + " | ".join(
                c.ljust(w) if i < 2 else c.rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
            + " |"
        )

    rule = (
        "| "
        + " | ".join("-" * w if i < 2 else "-" * (w - 1) + ":" for i, w in enumerate(widths))
        + " |"
    )
    return "\n".join([fmt(headers), rule, *(fmt(line) for line in lines)])


def finish_load(result: dict) -> dict:
    if "requests" in result and result.get("duration_us"):
        result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    env = bench_env(args, service_env())
    # tools.load counts this database's PostgreSQL backends as the services' work.
    tools.BENCH_DB = urlsplit(env["DATABASE_URL"]).path.lstrip("/")
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    meta = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "scale": args.scale,
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration_s}s "
        f"(warm-up {args.warmup_s}s) Connection: close",
        "gunicorn": f"{args.workers} sync workers",
        "settings": "cms.settings.production",
    }
    meta["data"] = prepare_data(args, env)
    log(f"data set: {meta['data']}")
    if args.build_only:
        return 0
    manage(env, "compile_translations", "-v0", stdout=subprocess.DEVNULL)
    manage(env, "collectstatic", "--noinput", "-v0")
    flush_redis(env)
    if args.skip_index:
        meta["index"] = None
    else:
        meta["index"] = rebuild_index(env)
        log(f"search index: {meta['index']}")

    log("counting SQL queries per scenario (in-process test client)")
    queries_json = VAR / "queries.json"
    subprocess.run(
        [
            PY,
            "bench/scenarios.py",
            "--json",
            str(queries_json),
            "--names",
            args.scenarios,
            "--langs",
            args.langs,
        ],
        env=env,
        cwd=ROOT,
        stdout=sys.stderr,
        check=False,
    )
    rows = json.loads(queries_json.read_text())
    for row in rows:
        if row["status"] >= 400:
            row["skipped"] = f"HTTP {row['status']} in-process"

    server = Server("cms.wsgi", env, args)
    try:
        server.wait("/health/")
        for row in rows:
            if row.get("skipped"):
                continue
            log(f"wrk {row['name']} {row['lang']}: {row['method']} {row['path']}")
            row["load"] = finish_load(load(server, row, args, f"{row['name']}-{row['lang']}"))
    finally:
        server.stop()

    cached_rows = []
    if args.cached:
        cache_env = dict(item.split("=", 1) for item in args.cache_env)
        server = Server("cms.wsgi", {**env, **cache_env}, args)
        try:
            server.wait("/health/")
            for row in rows:
                # Every request of a scenario with `paths` is a new URL: nothing to keep.
                if row.get("skipped") or row["method"] != "GET" or row.get("paths"):
                    continue
                _status, headers = fetch(server.base, row, 0)
                marks = {
                    k: v
                    for k, v in headers.items()
                    if k.lower() in ("age", "x-cache", "cache-control", "etag")
                }
                cached = {**row, "name": f"{row['name']} (cached)", "cache_headers": marks}
                log(f"wrk cached {row['name']} {row['lang']}: headers {marks}")
                cached["load"] = finish_load(
                    load(server, row, args, f"cached-{row['name']}-{row['lang']}")
                )
                cached_rows.append(cached)
        finally:
            server.stop()

    trivial = None
    if not args.no_trivial:
        server = Server("trivial:application", env, args, ["--chdir", str(ROOT / "bench")])
        try:
            server.wait("/")
            log("wrk trivial Django view (bench/trivial.py)")
            probe = {"path": "/", "method": "GET", "body": None, "headers": {}}
            trivial = {
                "name": "trivial Django view",
                "lang": "",
                "load": finish_load(load(server, probe, args, "trivial")),
            }
            trivial["rps"] = trivial["load"].get("rps")
        finally:
            server.stop()
    flush_redis(env)

    text = table(rows + cached_rows, trivial)
    index = meta["index"]
    print()
    print(
        f"Bitburg benchmark {meta['date']}: scale {args.scale} "
        f"({meta['data']['dataset']} in {meta['data']['seconds']} s), {os.cpu_count()} CPUs, "
        f"load average before {' '.join(load_before)}; gunicorn {meta['gunicorn']}, "
        f"cms.settings.production; wrk {meta['wrk']}"
    )
    if index:
        print(
            f"Search index rebuild: {index['documents']} documents in {index['seconds']} s "
            f"= {index['documents_per_second']} documents/s"
        )
    else:
        print("Search index: not rebuilt (--skip-index)")
    if args.cached and not any(
        r.get("cache_headers", {}).get("Age") or r.get("cache_headers", {}).get("X-Cache")
        for r in cached_rows
    ):
        print(
            "NOTE: the cached pass saw no Age or X-Cache header: no full-page cache is active "
            "with --cache-env " + (" ".join(args.cache_env) or "(none)") + "; its rows "
            "measure the uncached site again."
        )
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps(
            {"meta": meta, "rows": rows, "cached": cached_rows, "trivial": trivial},
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    problems = [
        r for r in rows + cached_rows if r.get("skipped") or r.get("load", {}).get("skipped")
    ]
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
