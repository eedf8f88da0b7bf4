"""Helpers for bench/run.sh: the benchmark database, the URL list and the report.

    tools.py bench-db URL NAME             ensure PostgreSQL database NAME exists; print its URL
    tools.py pages QUERIES_JSON            print "name<TAB>status<TAB>path" per page
    tools.py load SERVER_PID OUT -- wrk …  run wrk into OUT, and the CPU split into OUT.cpu.json
    tools.py report QUERIES_JSON WRK_DIR OUT_JSON [KEY=VALUE ...]
                                           parse wrk's output, print the table, write the JSON

Standard library only, except bench-db, which uses psycopg from the virtualenv.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def bench_db(url: str, name: str) -> str:
    """Create database `name` on the server of `url` if it is missing; return its URL."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"bench: created database {name}", file=sys.stderr)
    return urlunsplit(parts._replace(path=f"/{name}"))


# --- wrk ------------------------------------------------------------------------------------
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def to_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match[1]) * UNITS_MS[match[2]]


def parse_wrk(output: str) -> dict:
    """The figures of one `wrk --latency` run."""
    result: dict = {"latency_ms": {}}
    for pct, value in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", output, re.M):
        result["latency_ms"][f"p{pct}"] = round(to_ms(value), 2)
    if match := re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M):
        result["rps"] = float(match[1])
    if match := re.search(r"^\s+(\d+) requests in ([\d.]+\w+)", output, re.M):
        result["requests"] = int(match[1])
        result["duration_s"] = round(to_ms(match[2]) / 1000, 2)
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        result["socket_errors"] = dict(
            zip(("connect", "read", "write", "timeout"), map(int, match.groups()), strict=True)
        )
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["non_2xx_3xx"] = int(match[1])
    return result


# --- CPU accounting ----------------------------------------------------------------------
def busy_seconds() -> float:
    """CPU time all CPUs spent busy since boot: user, nice, system and steal (the hypervisor
    running someone else). Interrupts are left out: on loopback they are mostly the
    benchmark's own connections, which no process is charged for."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, _irq, _softirq, steal = fields[:8]
    return (user + nice + system + steal) / os.sysconf("SC_CLK_TCK")


SERVICE_COMMANDS = {"postgres", "redis-server", "java"}  # PostgreSQL, Redis, OpenSearch
BENCH_DB = "bitburg_bench"


def processes() -> dict[int, tuple[str, int, float]]:
    """pid -> (command, parent pid, CPU seconds so far) of every process.

    A PostgreSQL backend serving another database than the benchmark's is called
    "postgres-other" and a JVM that is not OpenSearch "java-other", so that they count as
    other work, not as the services'.
    """
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            comm = text[text.index("(") + 1 : text.rindex(")")]
            if comm == "postgres":
                # "postgres: USER DATABASE HOST(PORT) STATE" for a client's backend.
                title = (stat.parent / "cmdline").read_text().replace("\0", " ").split()
                client = len(title) >= 4 and ("(" in title[3] or title[3] == "[local]")
                if client and title[2] != BENCH_DB:
                    comm = "postgres-other"
            elif comm == "java":  # OpenSearch, or any other JVM (a Maven build, say)
                cmdline = (stat.parent / "cmdline").read_text()
                if "org.opensearch.bootstrap.OpenSearch" not in cmdline:
                    comm = "java-other"
        except (OSError, ValueError):  # the process has gone
            continue
        fields = text.rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick
        found[int(stat.parent.name)] = (comm, int(fields[1]), cpu)
    return found


def load(server_pid: int, out: str, command: list[str]) -> int:
    """Run wrk (`command`), save its output to `out` and the machine's CPU split next to it.

    Of all the CPU time during the run: the server's (gunicorn master and workers), wrk's,
    the services' (PostgreSQL, Redis, OpenSearch; serving the server, but also anyone else
    who uses them), and everything else's -- other work on the machine, which makes the
    figures worse than they should be.
    """
    cpus = os.cpu_count() or 1
    start = (time.monotonic(), busy_seconds(), children_seconds(), processes())
    with open(out, "w") as stdout:
        status = subprocess.call(command, stdout=stdout, stdin=subprocess.DEVNULL)
    end = (time.monotonic(), busy_seconds(), children_seconds(), processes())
    wall, busy, client = end[0] - start[0], end[1] - start[1], end[2] - start[2]
    server = 0.0
    by_service = dict.fromkeys(sorted(SERVICE_COMMANDS), 0.0)
    for pid, (comm, ppid, cpu) in end[3].items():
        used = cpu - start[3].get(pid, (comm, ppid, 0.0))[2]
        if server_pid in (pid, ppid):
            server += used
        elif comm in SERVICE_COMMANDS:
            by_service[comm] += used
    services = sum(by_service.values())
    capacity = wall * cpus / 100
    split = {
        "wall_s": round(wall, 2),
        "server_cpu_s": round(server, 2),
        "server_pct": round(server / capacity, 1),
        "wrk_pct": round(client / capacity, 1),
        "services_pct": round(services / capacity, 1),
        **{f"{name}_pct": round(used / capacity, 1) for name, used in by_service.items()},
        "other_pct": round(max(busy - server - client - services, 0) / capacity, 1),
        "idle_or_interrupts_pct": round(max(wall * cpus - busy, 0) / capacity, 1),
    }
    Path(out).with_suffix(".cpu.json").write_text(json.dumps(split) + "\n")
    return status


def children_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def report(queries_json: str, wrk_dir: str, out_json: str, meta_args: list[str]) -> int:
    pages = json.loads(Path(queries_json).read_text())
    if (Path(wrk_dir) / "baseline.txt").exists():
        pages.append(
            {
                "name": "baseline",
                "path": "(trivial Django view, bench/trivial.py)",
                "status": 200,
                "queries": None,
                "queries_cold": None,
            }
        )
    meta = dict(arg.split("=", 1) for arg in meta_args)
    rows, problems = [], 0
    for page in pages:
        row = {key: page[key] for key in ("name", "path", "status", "queries", "queries_cold")}
        wrk_file = Path(wrk_dir) / f"{page['name']}.txt"
        note = page.get("error") or ""
        if wrk_file.exists():
            row["wrk"] = parse_wrk(wrk_file.read_text())
            if (cpu_file := wrk_file.with_suffix(".cpu.json")).exists():
                row["cpu"] = json.loads(cpu_file.read_text())
                if row["wrk"].get("requests"):
                    # What a request costs the server, whatever else the machine was doing.
                    cost = row["cpu"]["server_cpu_s"] * 1000 / row["wrk"]["requests"]
                    row["server_cpu_ms_per_request"] = round(cost, 1)
            if "rps" not in row["wrk"]:
                note = "wrk output not understood"
            errors = sum(row["wrk"].get("socket_errors", {}).values())
            bad = row["wrk"].get("non_2xx_3xx", 0)
            if errors:
                note = f"{errors} socket errors {row['wrk']['socket_errors']}"
            if bad:
                note = (note + "; " if note else "") + f"{bad} non-2xx/3xx responses"
        else:
            skipped = (Path(wrk_dir) / f"{page['name']}.skipped").read_text().strip()
            note = note or skipped or "not load-tested"
        row["note"] = note or None
        problems += bool(note)
        rows.append(row)

    headers = (
        "URL",
        "req/s",
        "p50",
        "p90",
        "p99",
        "queries",
        "CPU ms/req",
        "CPU srv/svc/other",
        "note",
    )
    table = []
    for row in rows:
        wrk = row.get("wrk", {})
        lat = wrk.get("latency_ms", {})
        table.append(
            (
                row["path"],
                f"{wrk['rps']:.1f}" if "rps" in wrk else "-",
                fmt_ms(lat.get("p50")),
                fmt_ms(lat.get("p90")),
                fmt_ms(lat.get("p99")),
                "-" if row["queries"] is None or row["status"] != 200 else str(row["queries"]),
                fmt_ms(row.get("server_cpu_ms_per_request")).removesuffix(" ms"),
                "{server_pct:.0f}/{services_pct:.0f}/{other_pct:.0f}%".format(**row["cpu"])
                if "cpu" in row
                else "-",
                row["note"] or "",
            )
        )
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    align = ["<", ">", ">", ">", ">", ">", ">", ">", "<"]

    def line(cells) -> str:
        return "  ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, align, widths, strict=True))

    print(line(headers).rstrip())
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print(line(cells).rstrip())

    Path(out_json).parent.mkdir(parents=True, exist_ok=True)
    Path(out_json).write_text(json.dumps({"meta": meta, "pages": rows}, indent=2) + "\n")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "bench-db":
        print(bench_db(argv[1], argv[2]))
        return 0
    if len(argv) == 2 and argv[0] == "pages":
        for page in json.loads(Path(argv[1]).read_text()):
            print(f"{page['name']}\t{page['status']}\t{page['path']}")
        return 0
    if len(argv) >= 5 and argv[0] == "load" and argv[3] == "--":
        return load(int(argv[1]), argv[2], argv[4:])
    if len(argv) >= 4 and argv[0] == "report":
        return report(argv[1], argv[2], argv[3], argv[4:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:  # Ctrl-C during wrk: run.sh's trap cleans up
        sys.exit(130)
