"""The embedded default's stand-in for KServe: predictor processes behind the Go sidecar.

A rollout is blue/green: start a predictor process on the new index version (a free port),
wait until KServe reports it ready, point the sidecar at it through the sidecar's admin API,
then stop the old predictor. Clients keep talking to the sidecar's fixed port and never see a
gap. If the new predictor does not become ready, it is stopped and the old one keeps serving.

State (which version serves, on which port, which pids, the history of versions) is one JSON
file under ``state_dir``, so a later Airflow task, ``make stop`` or a human can find the
processes. Processes run in their own session so they outlive the Airflow task that started
them, exactly like an InferenceService outlives the task that created it.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger("vellum.rollout")


class RolloutError(RuntimeError):
    """A rollout step failed; the message says which and what is serving now."""


@dataclass(frozen=True)
class LocalServingConfig:
    state_dir: Path
    serving_python: str
    piiproxy_bin: str
    model_name: str = "vellum-rag"
    host: str = "127.0.0.1"
    sidecar_port: int = 8780
    ready_timeout_s: float = 120.0

    @classmethod
    def from_env(cls, **overrides) -> "LocalServingConfig":
        home = Path(os.environ.get("VELLUM_HOME", "var")).resolve()
        values = {
            "state_dir": home / "serving",
            "serving_python": os.environ.get("VELLUM_SERVING_PYTHON", ".venv/serving/bin/python"),
            "piiproxy_bin": os.environ.get("VELLUM_PIIPROXY_BIN", "bin/piiproxy"),
            "model_name": os.environ.get("VELLUM_MODEL_NAME", "vellum-rag"),
            "sidecar_port": int(os.environ.get("VELLUM_PORT", "8780")),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def sidecar_url(self) -> str:
        return f"http://{self.host}:{self.sidecar_port}"


@dataclass
class ServingState:
    version: str | None = None
    version_uri: str | None = None
    predictor_pid: int | None = None
    predictor_port: int | None = None
    sidecar_pid: int | None = None
    history: list[dict] = field(default_factory=list)  # newest last: {version, version_uri, at}


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours is dead for our purposes.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _http_ok(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(pid: int | None, grace_s: float = 10.0) -> None:
    if not _alive(pid):
        return
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        os.killpg(pid, signal.SIGKILL)


class LocalServing:
    """Start, switch and stop the local predictor + sidecar for one model name."""

    def __init__(self, config: LocalServingConfig) -> None:
        self.config = config
        self.state_path = config.state_dir / f"{config.model_name}.json"

    # -- state ---------------------------------------------------------------------------------
    def load_state(self) -> ServingState:
        if not self.state_path.exists():
            return ServingState()
        return ServingState(**json.loads(self.state_path.read_text()))

    def _save_state(self, state: ServingState) -> None:
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(state), indent=1))
        os.replace(tmp, self.state_path)

    # -- processes -----------------------------------------------------------------------------
    def _spawn(self, argv: list[str], log_name: str) -> int:
        log_dir = self.config.state_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        with open(log_dir / log_name, "ab") as out:
            process = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        return process.pid

    def _start_predictor(self, version_uri: str) -> tuple[int, int]:
        port = _free_port(self.config.host)
        argv = [
            self.config.serving_python, "-m", "vellum.serving",
            "--model_name", self.config.model_name,
            "--storage-uri", version_uri,
            "--http_port", str(port),
        ]
        pid = self._spawn(argv, f"predictor-{port}.log")
        log.info("started predictor pid %d on port %d for %s", pid, port, version_uri)
        return pid, port

    def _wait_ready(self, pid: int, port: int) -> None:
        url = f"http://{self.config.host}:{port}/v2/models/{self.config.model_name}/ready"
        deadline = time.monotonic() + self.config.ready_timeout_s
        while time.monotonic() < deadline:
            if not _alive(pid):
                raise RolloutError(f"predictor pid {pid} exited before it was ready (see its log)")
            if _http_ok(url):
                return
            time.sleep(0.25)
        raise RolloutError(f"predictor on port {port} not ready after {self.config.ready_timeout_s:.0f}s")

    def _point_sidecar(self, state: ServingState, port: int) -> int:
        """Route the sidecar to ``port``; start the sidecar if it is not running."""
        upstream = f"http://{self.config.host}:{port}"
        if _alive(state.sidecar_pid):
            body = json.dumps({"stable": {"url": upstream}, "canary": None}).encode()
            request = urllib.request.Request(
                f"{self.config.sidecar_url}/-/admin/upstreams", data=body, method="PUT",
                headers={"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status != 200:
                    raise RolloutError(f"sidecar refused the new upstream: HTTP {response.status}")
            return state.sidecar_pid
        argv = [
            self.config.piiproxy_bin,
            "-listen", f"{self.config.host}:{self.config.sidecar_port}",
            "-upstream", upstream,
        ]
        pid = self._spawn(argv, "piiproxy.log")
        deadline = time.monotonic() + 10
        while not _http_ok(f"{self.config.sidecar_url}/-/healthz", timeout=0.5):
            if time.monotonic() > deadline or not _alive(pid):
                raise RolloutError(f"sidecar did not start on port {self.config.sidecar_port} (see piiproxy.log)")
            time.sleep(0.1)
        log.info("started PII sidecar pid %d on %s", pid, self.config.sidecar_url)
        return pid

    # -- operations ----------------------------------------------------------------------------
    def deploy(self, version: str, version_uri: str) -> ServingState:
        """Serve ``version``; on any failure the previous version keeps serving."""
        state = self.load_state()
        if state.version == version and _alive(state.predictor_pid) and _alive(state.sidecar_pid):
            log.info("version %s is already serving on %s", version, self.config.sidecar_url)
            return state
        pid, port = self._start_predictor(version_uri)
        try:
            self._wait_ready(pid, port)
            sidecar_pid = self._point_sidecar(state, port)
        except Exception as exc:
            _stop(pid)
            serving = state.version if _alive(state.predictor_pid) else "nothing"
            raise RolloutError(f"rollout of {version} failed: {exc}; still serving: {serving}") from exc
        old_pid = state.predictor_pid
        state.history.append(
            {"version": version, "version_uri": version_uri, "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        )
        state.version, state.version_uri = version, version_uri
        state.predictor_pid, state.predictor_port, state.sidecar_pid = pid, port, sidecar_pid
        self._save_state(state)
        if old_pid and old_pid != pid:
            _stop(old_pid)
        log.info("version %s is now serving at %s (previous: %s)", version, self.config.sidecar_url,
                 state.history[-2]["version"] if len(state.history) > 1 else None)
        return state

    def stop(self) -> None:
        state = self.load_state()
        _stop(state.predictor_pid)
        _stop(state.sidecar_pid)
        state.predictor_pid = state.sidecar_pid = state.predictor_port = None
        self._save_state(state)
