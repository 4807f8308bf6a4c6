"""Kubeflow Pipelines over its REST API (v2beta1), from an Airflow HTTP connection.

The Airflow image cannot hold the kfp SDK (it pins ``kubernetes<31``, see DESIGN.md), and the
two calls Vellum needs are plain JSON: ``POST /apis/v2beta1/runs`` with the compiled pipeline
spec inline, and ``GET /apis/v2beta1/runs/{run_id}`` until the run is terminal.

Connection ``vellum_kfp`` (type ``http``):

- ``host``: the API base URL, e.g. ``http://ml-pipeline.kubeflow:8888`` or
  ``https://kubeflow.example.com/pipeline``; or a bare host name with ``schema`` (``http``/``https``)
  and ``port``, the way ``k8s/airflow/values.yaml`` sets it.
- ``password`` or extra ``token``: a bearer token (multi-user KFP behind an auth proxy); extra
  ``token_path``: a file re-read on every request, e.g. the projected ServiceAccount token
  ``/var/run/secrets/kubeflow/pipelines/token`` that kfp's own client uses.
- extra ``experiment_id``, or ``experiment`` (a name, found or created, in ``namespace`` for
  multi-user KFP); neither: KFP's default experiment.
- extra ``mode``: ``cluster`` (default when the connection exists) or ``local`` (run the
  pipeline on this machine; also what a missing connection means).
- extra ``verify`` (bool or CA bundle path) and ``timeout`` (seconds, default 30).

What a run exposes: v2beta1 ``Run`` has the state, ``error``, ``state_history`` and per-task
``run_details.task_details[]`` (state, ``error``, *artifact ids* of inputs/outputs), but no output
parameter values (those live in ML Metadata, which has no REST API). So the version URI that
``publish-index`` returns cannot be read from the run; the ingest operator reads the published
version from the index store instead (``LATEST`` + manifest + ledger).
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from airflow.sdk.bases.hook import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

RUNS = "/apis/v2beta1/runs"
EXPERIMENTS = "/apis/v2beta1/experiments"

SUCCEEDED_STATES = frozenset({"SUCCEEDED", "SKIPPED"})
FAILED_STATES = frozenset({"FAILED", "CANCELED"})
TERMINAL_STATES = SUCCEEDED_STATES | FAILED_STATES
#: Not terminal: PENDING, RUNNING, CANCELING (ends FAILED/CANCELED/SUCCEEDED), PAUSED (resumable),
#: and RUNTIME_STATE_UNSPECIFIED (a run the server has not reconciled yet).


class KfpError(RuntimeError):
    """A KFP API call failed; the message has the HTTP status, the call and the server's words."""

    retryable = False

    def __init__(self, message: str, *, status: int | None = None, server_message: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.server_message = server_message


class KfpUnauthorized(KfpError):
    """401: no or an expired token (connection password / extra token / token_path)."""


class KfpForbidden(KfpError):
    """403: the token's identity may not do this (multi-user KFP: namespace/experiment access)."""


class KfpNotFound(KfpError):
    """404: no such run/experiment, or the host is not a KFP API (wrong base path)."""


class KfpConflict(KfpError):
    """409: the object already exists."""


class KfpUnavailable(KfpError):
    """5xx or no connection: the API server is down or restarting; worth retrying."""

    retryable = True


_BY_STATUS: dict[int, type[KfpError]] = {401: KfpUnauthorized, 403: KfpForbidden, 404: KfpNotFound, 409: KfpConflict}


def _server_message(response: httpx.Response) -> str:
    """The message of a google.rpc.Status-like error body (grpc-gateway and KFP's own shapes)."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500] or response.reason_phrase
    if isinstance(body, dict):
        for key in ("message", "error_message", "error"):
            if isinstance(body.get(key), str) and body[key]:
                return body[key]
    return json.dumps(body)[:500]


def _raise_for_status(response: httpx.Response) -> None:
    if response.is_success:
        return
    server = _server_message(response)
    cls = _BY_STATUS.get(response.status_code, KfpUnavailable if response.status_code >= 500 else KfpError)
    request = response.request
    raise cls(
        f"KFP API {request.method} {request.url.path} -> HTTP {response.status_code}: {server}",
        status=response.status_code,
        server_message=server,
    )


@dataclass(frozen=True)
class KfpRun:
    """The parts of a v2beta1 ``Run`` that Vellum acts on."""

    run_id: str
    state: str
    display_name: str = ""
    created_at: str | None = None
    finished_at: str | None = None
    error_message: str | None = None

    @classmethod
    def from_api(cls, run: dict) -> "KfpRun":
        return cls(
            run_id=run["run_id"],
            state=run.get("state") or "RUNTIME_STATE_UNSPECIFIED",
            display_name=run.get("display_name", ""),
            created_at=run.get("created_at"),
            finished_at=run.get("finished_at"),
            error_message=failure_message(run),
        )

    @property
    def terminal(self) -> bool:
        return self.state in TERMINAL_STATES

    @property
    def succeeded(self) -> bool:
        return self.state in SUCCEEDED_STATES


def failure_message(run: dict) -> str | None:
    """Why a run failed: the run's error, then each failed task's, then the last state's error."""
    messages = []
    if (run.get("error") or {}).get("message"):
        messages.append(run["error"]["message"])
    for task in (run.get("run_details") or {}).get("task_details", []):
        message = (task.get("error") or {}).get("message")  # set only on FAILED/CANCELED tasks
        if message:
            messages.append(f"task {task.get('display_name') or task.get('task_id')}: {message}")
    history = [h for h in run.get("state_history") or [] if (h.get("error") or {}).get("message")]
    if not messages and history:
        messages.append(history[-1]["error"]["message"])
    return "; ".join(dict.fromkeys(messages)) or None


def load_pipeline_spec(path: str | Path) -> dict:
    """A compiled pipeline YAML as the ``pipeline_spec`` Struct of a run.

    A package with a platform spec (a second YAML document, e.g. kfp-kubernetes settings) is
    sent the way kfp's client sends it: ``{"pipeline_spec": ..., "platform_spec": ...}``.
    """
    import yaml

    docs = [d for d in yaml.safe_load_all(Path(path).read_text()) if d]
    if len(docs) == 1:
        return docs[0]
    if len(docs) == 2:
        return {"pipeline_spec": docs[0], "platform_spec": docs[1]}
    raise ValueError(f"{path}: expected 1 or 2 YAML documents (pipeline spec [+ platform spec]), found {len(docs)}")


@dataclass(frozen=True)
class KfpEndpoint:
    """Everything a request needs, resolved from the connection once."""

    base_url: str
    extra: dict
    token: str | None = None

    @classmethod
    def from_connection(cls, conn: Any) -> "KfpEndpoint":
        extra = conn.extra_dejson
        host = (conn.host or "").strip()
        if not host:
            raise ValueError(f"connection {conn.conn_id!r} has no host (the KFP API base URL)")
        parts = urlsplit(host if "://" in host else f"{conn.schema or 'http'}://{host}")
        netloc = f"{parts.hostname}:{conn.port}" if conn.port and not parts.port else parts.netloc
        base_url = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
        return cls(base_url=base_url, extra=extra, token=conn.password or extra.get("token"))

    def headers(self) -> dict[str, str]:
        token = self.token
        if self.extra.get("token_path"):
            token = Path(self.extra["token_path"]).read_text().strip()
        return {"Accept": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}

    def client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "verify": self.extra.get("verify", True),
            "timeout": float(self.extra.get("timeout", 30)),
        }


class KfpHook(BaseHook):
    """Create and follow KFP runs; see the module docstring for the connection format."""

    conn_name_attr = "kfp_conn_id"
    default_conn_name = "vellum_kfp"
    conn_type = "http"
    hook_name = "Vellum Kubeflow Pipelines"

    def __init__(self, kfp_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.kfp_conn_id = kfp_conn_id

    # -- connection ----------------------------------------------------------------------------
    def mode(self) -> str:
        """``local`` without a connection (embedded default), else the extra's mode (``cluster``)."""
        try:
            conn = self.get_connection(self.kfp_conn_id)
        except AirflowNotFoundException:
            return "local"
        mode = conn.extra_dejson.get("mode", "cluster")
        if mode not in ("cluster", "local"):
            raise ValueError(f"connection {self.kfp_conn_id!r}: extra mode must be 'cluster' or 'local', not {mode!r}")
        return mode

    def get_conn(self) -> KfpEndpoint:
        return KfpEndpoint.from_connection(self.get_connection(self.kfp_conn_id))

    async def aget_conn(self) -> KfpEndpoint:
        return KfpEndpoint.from_connection(await self.aget_connection(self.kfp_conn_id))

    # -- transport -----------------------------------------------------------------------------
    def _call(self, method: str, path: str, **kwargs: Any) -> dict:
        endpoint = self.get_conn()
        try:
            with httpx.Client(**endpoint.client_kwargs()) as client:
                response = client.request(method, path, headers=endpoint.headers(), **kwargs)
        except httpx.TransportError as exc:
            raise KfpUnavailable(f"KFP API {method} {endpoint.base_url}{path} unreachable: {exc}") from exc
        _raise_for_status(response)
        return response.json() if response.content else {}

    async def _acall(self, method: str, path: str, **kwargs: Any) -> dict:
        endpoint = await self.aget_conn()
        try:
            async with httpx.AsyncClient(**endpoint.client_kwargs()) as client:
                response = await client.request(method, path, headers=endpoint.headers(), **kwargs)
        except httpx.TransportError as exc:
            raise KfpUnavailable(f"KFP API {method} {endpoint.base_url}{path} unreachable: {exc}") from exc
        _raise_for_status(response)
        return response.json() if response.content else {}

    # -- experiments ---------------------------------------------------------------------------
    def experiment_id(self) -> str | None:
        """The connection's experiment: by id, or by name (created on first use), or None."""
        extra = self.get_conn().extra
        if extra.get("experiment_id"):
            return extra["experiment_id"]
        name = extra.get("experiment")
        if not name:
            return None
        namespace = extra.get("namespace")
        query = {"filter": json.dumps({"predicates": [{"key": "display_name", "operation": "EQUALS", "string_value": name}]})}
        if namespace:
            query["namespace"] = namespace
        found = self._call("GET", EXPERIMENTS, params=query).get("experiments") or []
        if found:
            return found[0]["experiment_id"]
        body = {"display_name": name, **({"namespace": namespace} if namespace else {})}
        created = self._call("POST", EXPERIMENTS, json=body)
        self.log.info("created KFP experiment %r (%s)", name, created["experiment_id"])
        return created["experiment_id"]

    # -- runs ----------------------------------------------------------------------------------
    def create_run(self, display_name: str, pipeline_spec: dict, parameters: dict[str, Any]) -> KfpRun:
        """Start a run of an inline pipeline spec (no pipeline registration needed)."""
        body: dict[str, Any] = {
            "display_name": display_name,
            "pipeline_spec": pipeline_spec,
            "runtime_config": {"parameters": parameters},
        }
        experiment_id = self.experiment_id()
        if experiment_id:
            body["experiment_id"] = experiment_id
        run = KfpRun.from_api(self._call("POST", RUNS, json=body))
        self.log.info("created KFP run %s (%s), state %s", run.run_id, display_name, run.state)
        return run

    def get_run(self, run_id: str) -> KfpRun:
        return KfpRun.from_api(self._call("GET", f"{RUNS}/{run_id}"))

    async def aget_run(self, run_id: str) -> KfpRun:
        return KfpRun.from_api(await self._acall("GET", f"{RUNS}/{run_id}"))

    def wait_for_run(self, run_id: str, *, poll_interval: float = 10.0, timeout: float | None = None) -> KfpRun:
        """Poll (in this process) until the run is terminal; for the non-deferrable path."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            run = self.get_run(run_id)
            if run.terminal:
                return run
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"KFP run {run_id} still {run.state} after {timeout:.0f}s")
            time.sleep(poll_interval)

    async def await_run(self, run_id: str, *, poll_interval: float, max_transient_errors: int) -> KfpRun:
        """Poll asynchronously until terminal; tolerate a few consecutive 5xx/connection errors."""
        transient = 0
        while True:
            try:
                run = await self.aget_run(run_id)
            except KfpError as exc:
                if not exc.retryable or transient >= max_transient_errors:
                    raise
                transient += 1
                self.log.warning("KFP run %s: %s (transient %d/%d)", run_id, exc, transient, max_transient_errors)
            else:
                transient = 0
                if run.terminal:
                    return run
                self.log.info("KFP run %s is %s", run_id, run.state)
            await asyncio.sleep(poll_interval)
