"""Fault injection against real services that these fixtures start and stop themselves.

The shared services (PostgreSQL, Redis, OpenSearch) are never touched: a test that needs a
broker to fail gets a dedicated `redis-server` (Debian's binary) on a free port, and
Celery workers are real `celery -A cms worker` processes on the test database.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import shutil
import signal
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.opportunities.conftest import (  # noqa: F401  (fixtures)
    club,
    consent_interest,
    languages,
    opportunity,
    organisation_index,
    taxonomy,
)
from tests.utils import free_port


class DedicatedRedis:
    """A throw-away Redis without persistence: a restart loses every queued task, as a
    real Redis restart without AOF would."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "Debian's redis-server is needed for the fault-injection tests"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder)]
            + ["--save", "", "--appendonly", "no", "--protected-mode", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.ConnectionError):
                if client.ping():
                    return
            time.sleep(0.05)
        raise RuntimeError("the dedicated redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def dedicated_redis(tmp_path):
    server = DedicatedRedis(tmp_path)
    yield server
    server.stop()


@contextlib.contextmanager
def celery_broker(url: str):
    """Point this process's Celery app at `url`. Celery reads CELERY_BROKER_URL from the
    environment before any setting; its pools are cached per app, so they are forgotten
    (not closed: kombu keeps pools per URL, and a closed one stays broken)."""
    from cms.celery import app

    def reset():
        app._pool = None
        app.amqp._producer_pool = None

    previous = os.environ.get("CELERY_BROKER_URL")
    os.environ["CELERY_BROKER_URL"] = url
    reset()
    try:
        assert app.connection_for_write().as_uri().endswith(f":{url.rsplit(':', 1)[1]}")
        yield
    finally:
        reset()
        if previous is None:
            del os.environ["CELERY_BROKER_URL"]
        else:
            os.environ["CELERY_BROKER_URL"] = previous


@pytest.fixture
def outbox_through(settings, dedicated_redis):
    """The outbox hands messages to Celery through the dedicated Redis (started or not)."""
    from cms import outbox

    settings.OUTBOX_TASK_BACKEND = "celery"
    outbox._broker_down_until = 0.0  # no pause left over from an earlier test
    with celery_broker(dedicated_redis.url):
        yield dedicated_redis
    outbox._broker_down_until = 0.0


class Workers:
    """Start real Celery workers on the test database and the dedicated broker."""

    def __init__(self, folder: Path, broker_url: str):
        self.folder = folder
        self.broker_url = broker_url
        self.processes: list[subprocess.Popen] = []

    def start(self, **env) -> subprocess.Popen:
        db = connection.settings_dict
        database_url = (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        )
        log = (self.folder / f"worker{len(self.processes)}.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "cms", "worker", "--pool=solo"]
            + ["--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"]
            + [f"--queues={settings.CELERY_TASK_DEFAULT_QUEUE}"],
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "cms.settings.test",
                "DATABASE_URL": database_url,
                "REDIS_URL": self.broker_url,
                **env,
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=settings.BASE_DIR,
        )
        self.processes.append(process)
        return process

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@pytest.fixture
def workers(tmp_path, dedicated_redis):
    pool = Workers(tmp_path, dedicated_redis.url)
    yield pool
    pool.stop_all()


SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def message_ids_in(folder: Path) -> list[str]:
    """The Message-ID of every mail Django's file backend wrote into the folder (one file
    can hold several messages, separated by a line of 79 dashes)."""
    ids = []
    for path in sorted(folder.glob("*.log")):
        for chunk in path.read_bytes().split(SEPARATOR):
            if chunk.strip():
                message = email.message_from_bytes(chunk, policy=email.policy.default)
                ids.append(message["Message-ID"])
    return ids


class StandInSMTP(socketserver.ThreadingTCPServer):
    """A minimal SMTP server that accepts a mail only when the client finished DATA and got
    "250". With `hang_once`, it does not answer the first DATA until the client is gone —
    a mail server that stalls while a worker is killed: that mail is not delivered."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), SMTPHandler)
        self.port = self.server_address[1]
        self.hang_once = False
        self.hanging = threading.Event()
        self.attempted: list[str] = []
        self.accepted: list[str] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()


class SMTPHandler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 stand-in ESMTP")
        while line := self.rfile.readline():
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self.reply("250 stand-in")
            elif command == b"DATA":
                self.reply("354 go ahead")
                if not self.receive():
                    return
            elif command == b"QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")

    def receive(self) -> bool:
        data = b""
        while (line := self.rfile.readline()) not in (b".\r\n", b""):
            data += line
        message_id = email.message_from_bytes(data, policy=email.policy.default)["Message-ID"]
        self.server.attempted.append(message_id)
        if self.server.hang_once:
            self.server.hang_once = False
            self.server.hanging.set()
            self.rfile.read()  # until the client's socket closes: the mail is dropped
            return False
        self.server.accepted.append(message_id)
        self.reply("250 queued")
        return True


@pytest.fixture
def smtp_server():
    server = StandInSMTP()
    yield server
    server.shutdown()
    server.server_close()


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
