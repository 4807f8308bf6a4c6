"""The embedded default's stand-in for KServe: predictor processes behind the Go sidecar.

Implements :class:`~vellum.rollout.backend.ServingBackend`. A candidate is a second predictor
process on a free port; the sidecar's weighted upstreams (its admin API) split client traffic
for the canary, and promotion points the sidecar's stable upstream at the candidate before the
old process is stopped, so clients on the sidecar's fixed port never see a gap.

State (versions, ports, pids, history) is one JSON file under ``state_dir`` so that later
Airflow tasks, ``make stop`` and humans find the processes. Processes run in their own session:
they outlive the task that started them, as an InferenceService outlives its creator.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from vellum.rollout.backend import Deployed, RolloutError, ServingBackend, TrafficStats
from vellum.rollout.sidecar_metrics import parse_upstream_counters

log = logging.getLogger("vellum.rollout")
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class LocalServingConfig:
    state_dir: Path
    serving_python: str
    piiproxy_bin: str
    model_name: str = "vellum-rag"
    host: str = "127.0.0.1"
    sidecar_port: int = 8780

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
class Process:
    version: str
    version_uri: str
    pid: int
    port: int


@dataclass
class ServingState:
    stable: Process | None = None
    candidate: Process | None = None
    sidecar_pid: int | None = None
    history: list[dict] = field(default_factory=list)  # oldest first

    @classmethod
    def from_dict(cls, data: dict) -> "ServingState":
        return cls(
            stable=Process(**data["stable"]) if data.get("stable") else None,
            candidate=Process(**data["candidate"]) if data.get("candidate") else None,
            sidecar_pid=data.get("sidecar_pid"),
            history=data.get("history", []),
        )


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now (the OS picks it)."""
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
    try:  # a zombie child of ours is dead for our purposes
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _http(url: str, *, method: str = "GET", body: dict | None = None, timeout: float = 5.0) -> tuple[int, str]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")
    except (urllib.error.URLError, OSError) as exc:
        return 0, str(exc)


def _stop(pid: int | None, grace_s: float = 10.0) -> None:
    if not _alive(pid):
        return
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        os.killpg(pid, signal.SIGKILL)


class LocalServing(ServingBackend):
    """Local predictor processes + the PII sidecar for one model name."""

    def __init__(self, config: LocalServingConfig) -> None:
        self.config = config
        self.state_path = config.state_dir / f"{config.model_name}.json"

    # -- state ---------------------------------------------------------------------------------
    def load_state(self) -> ServingState:
        if not self.state_path.exists():
            return ServingState()
        return ServingState.from_dict(json.loads(self.state_path.read_text()))

    def _save(self, state: ServingState) -> None:
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(state), indent=1))
        os.replace(tmp, self.state_path)

    def _predict_url(self, port: int) -> str:
        return f"http://{self.config.host}:{port}/v1/models/{self.config.model_name}:predict"

    def _deployed(self, process: Process) -> Deployed:
        return Deployed(process.version, process.version_uri, self._predict_url(process.port))

    # -- processes -----------------------------------------------------------------------------
    def _spawn(self, argv: list[str], log_name: str) -> int:
        log_dir = self.config.state_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        with open(log_dir / log_name, "ab") as out:
            process = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        return process.pid

    def _sidecar_upstreams(self, state: ServingState, stable_port: int, canary: tuple[int, int] | None) -> None:
        """Point the sidecar at the given ports, starting it on first use."""
        stable_url = f"http://{self.config.host}:{stable_port}"
        if not _alive(state.sidecar_pid):
            argv = [
                self.config.piiproxy_bin,
                "-listen", f"{self.config.host}:{self.config.sidecar_port}",
                "-upstream", stable_url,
                "-ready-path", f"/v2/models/{self.config.model_name}/ready",
            ]
            state.sidecar_pid = self._spawn(argv, "piiproxy.log")
            deadline = time.monotonic() + 10
            while _http(f"{self.config.sidecar_url}/-/healthz", timeout=0.5)[0] != 200:
                if time.monotonic() > deadline or not _alive(state.sidecar_pid):
                    raise RolloutError(f"sidecar did not start on port {self.config.sidecar_port} (see piiproxy.log)")
                time.sleep(0.1)
            log.info("started the PII sidecar (pid %d) on %s", state.sidecar_pid, self.config.sidecar_url)
            if canary is None:
                return
        body = {
            "stable": {"url": stable_url},
            "canary": {"url": f"http://{self.config.host}:{canary[0]}", "weight": canary[1]} if canary else None,
        }
        status, text = _http(f"{self.config.sidecar_url}/-/admin/upstreams", method="PUT", body=body)
        if status != 200:
            raise RolloutError(f"the sidecar refused the new upstreams: HTTP {status}: {text[:200]}")

    # -- ServingBackend ------------------------------------------------------------------------
    def stable(self) -> Deployed | None:
        state = self.load_state()
        if state.stable and _alive(state.stable.pid):
            return self._deployed(state.stable)
        return None

    def start_candidate(self, version: str, version_uri: str) -> None:
        state = self.load_state()
        if state.candidate:
            _stop(state.candidate.pid)
        port = free_port(self.config.host)
        argv = [
            self.config.serving_python, "-m", "vellum.serving",
            "--model_name", self.config.model_name,
            "--storage-uri", version_uri,
            "--http_port", str(port),
        ]
        pid = self._spawn(argv, f"predictor-{version}-{port}.log")
        state.candidate = Process(version, version_uri, pid, port)
        self._save(state)
        log.info("started candidate predictor %s (pid %d, port %d)", version, pid, port)

    def wait_candidate_ready(self, timeout_s: float) -> Deployed:
        state = self.load_state()
        candidate = state.candidate
        if candidate is None:
            raise RolloutError("no candidate to wait for")
        ready_url = f"http://{self.config.host}:{candidate.port}/v2/models/{self.config.model_name}/ready"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not _alive(candidate.pid):
                self.discard_candidate()
                raise RolloutError(
                    f"candidate {candidate.version} exited before it was ready "
                    f"(log: {self.config.state_dir / 'logs'}); still serving: {self._serving_name()}"
                )
            if _http(ready_url, timeout=2)[0] == 200:
                return self._deployed(candidate)
            time.sleep(0.25)
        self.discard_candidate()
        raise RolloutError(
            f"candidate {candidate.version} not ready after {timeout_s:.0f}s; still serving: {self._serving_name()}"
        )

    def set_canary_weight(self, percent: int) -> None:
        state = self.load_state()
        if state.candidate is None or state.stable is None:
            raise RolloutError("a canary needs both a stable version and a candidate")
        self._sidecar_upstreams(state, state.stable.port, (state.candidate.port, percent))
        self._save(state)
        log.info("canary: %d%% of traffic to %s", percent, state.candidate.version)

    def traffic_stats(self) -> TrafficStats:
        status, text = _http(f"{self.config.sidecar_url}/-/metrics")
        if status != 200:
            raise RolloutError(f"cannot read the sidecar's metrics: HTTP {status}: {text[:200]}")
        return parse_upstream_counters(text)

    def promote(self) -> Deployed:
        state = self.load_state()
        candidate = state.candidate
        if candidate is None:
            raise RolloutError("no candidate to promote")
        self._sidecar_upstreams(state, candidate.port, None)
        old = state.stable
        state.stable, state.candidate = candidate, None
        state.history.append(
            {"version": candidate.version, "version_uri": candidate.version_uri,
             "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        )
        state.history = state.history[-HISTORY_LIMIT:]
        self._save(state)
        if old and old.pid != candidate.pid:
            _stop(old.pid)
        log.info("promoted %s: it now serves 100%% at %s", candidate.version, self.config.sidecar_url)
        return self._deployed(candidate)

    def discard_candidate(self) -> None:
        state = self.load_state()
        if state.candidate is None:
            return
        if state.stable and _alive(state.sidecar_pid):
            self._sidecar_upstreams(state, state.stable.port, None)
        _stop(state.candidate.pid)
        log.info("discarded candidate %s; serving: %s", state.candidate.version, self._serving_name(state))
        state.candidate = None
        self._save(state)

    def history(self) -> list[dict]:
        return list(self.load_state().history)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """A file lock next to the state: the drop and reconcile DAGs may finish together."""
        self.config.state_dir.mkdir(parents=True, exist_ok=True)
        with open(self.state_path.with_suffix(".lock"), "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- helpers -------------------------------------------------------------------------------
    def _serving_name(self, state: ServingState | None = None) -> str:
        state = state or self.load_state()
        if state.stable and _alive(state.stable.pid):
            return state.stable.version
        return "nothing"

    def stop(self) -> None:
        """Stop every process (``make stop``); the history is kept."""
        state = self.load_state()
        for process in (state.candidate, state.stable):
            if process:
                _stop(process.pid)
        _stop(state.sidecar_pid)
        state.stable = state.candidate = None
        state.sidecar_pid = None
        self._save(state)
