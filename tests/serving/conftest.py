"""Fixtures: a real index version, the real predictor process, and a stub LLM server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import publish_corpus  # noqa: E402
from vellum.rollout.local import free_port  # noqa: E402

MODEL = "vellum-rag"


class Predictor:
    """``python -m vellum.serving`` in a subprocess, its stderr kept in a file."""

    def __init__(self, storage_uri: str, log_path: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "wb")
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "vellum.serving",
                "--model-name", MODEL,
                "--storage-uri", storage_uri,
                "--http_port", str(self.port),
                *extra,
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "VELLUM_EMBED_THREADS": "1"},
        )

    def status(self) -> int | None:
        try:
            return httpx.get(f"{self.url}/v1/models/{MODEL}", timeout=2).status_code
        except httpx.TransportError:
            return None

    def wait_until(self, want: int, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"predictor exited {self.process.returncode}:\n{self.log()}")
            if self.status() == want:
                return
            time.sleep(0.1)
        raise TimeoutError(f"predictor never answered {want}:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


@pytest.fixture(scope="session")
def index_uri(tmp_path_factory) -> str:
    return publish_corpus(tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def start_predictor(tmp_path_factory):
    started: list[Predictor] = []

    def start(storage_uri: str, *extra: str, wait: bool = True) -> Predictor:
        predictor = Predictor(storage_uri, tmp_path_factory.mktemp("predictor") / "log.txt", *extra)
        started.append(predictor)
        if wait:
            predictor.wait_until(200)
        return predictor

    yield start
    for predictor in started:
        predictor.stop()


@pytest.fixture(scope="session")
def predictor(start_predictor, index_uri) -> Predictor:
    return start_predictor(index_uri)
