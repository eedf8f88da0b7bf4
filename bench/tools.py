"""CPU accounting of a load run for bench/harness.py: how the machine's CPUs were spent
while wrk ran (the server, wrk, the services, everything else), so that a run disturbed
by other work on the machine shows it. Standard library only.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import time
from pathlib import Path


# --- CPU accounting ----------------------------------------------------------------------
def busy_seconds() -> float:
    """CPU time all CPUs spent busy since boot: user, nice, system and steal (the hypervisor
    running someone else). Interrupts are left out: on loopback they are mostly the
    benchmark's own connections, which no process is charged for."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, _irq, _softirq, steal = fields[:8]
    return (user + nice + system + steal) / os.sysconf("SC_CLK_TCK")


SERVICE_COMMANDS = {"postgres", "redis-server", "java"}  # PostgreSQL, Redis, OpenSearch
BENCH_DB = "bitburg_bench"  # set by the harness to its database


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
