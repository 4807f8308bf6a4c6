"""A fake Kubeflow Pipelines API server speaking the v2beta1 REST shapes the KFP hook uses.

``POST /apis/v2beta1/runs`` validates the inline pipeline spec and its parameters the way the
API server does (unknown or missing required parameters are ``InvalidArgument``), then each
``GET /apis/v2beta1/runs/{id}`` moves the run one step along its script (PENDING -> RUNNING ->
SUCCEEDED/FAILED). ``on_success`` plays the pipeline's side effect (publishing an index
version) when the run succeeds. Errors are google.rpc.Status bodies (``code``/``message``/
``details``) with the HTTP status grpc-gateway maps them to.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from apiserver import JsonApiServer, Request, Response

RUNS = "/apis/v2beta1/runs"
EXPERIMENTS = "/apis/v2beta1/experiments"

# google.rpc.Code by HTTP status, as grpc-gateway maps them.
GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 500: 13, 503: 14}


def status(http: int, message: str) -> Response:
    return Response(http, {"code": GRPC_CODES[http], "message": message, "details": []})


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Script:
    """How the next created run behaves, one state per GET."""

    states: list[str] = field(default_factory=lambda: ["PENDING", "RUNNING", "SUCCEEDED"])
    failed_task: str = "publish-index"
    task_error: str | None = None
    on_success: Callable[[dict], None] | None = None


class FakeKfp(JsonApiServer):
    def __init__(self, *, token: str | None = None) -> None:
        super().__init__()
        self.token = token
        self.script = Script()
        self.runs: dict[str, dict] = {}
        self._scripts: dict[str, tuple[Script, list[str]]] = {}  # run id -> (script, states still to come)
        self.experiments: dict[str, dict] = {}
        self.forbidden_namespaces: set[str] = set()
        self.unavailable_gets = 0  # answer this many GETs with 503 first
        self._ids = itertools.count(1)

    # -- routing -------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if self.token and request.headers.get("authorization") != f"Bearer {self.token}":
            return status(401, "Unauthenticated: Request header error: there is no user identity header.")
        if request.path == RUNS and request.method == "POST":
            return self._create_run(request.body or {})
        if request.path.startswith(RUNS + "/") and request.method == "GET":
            return self._get_run(request.path.removeprefix(RUNS + "/"))
        if request.path == EXPERIMENTS and request.method == "GET":
            return self._list_experiments(request.query)
        if request.path == EXPERIMENTS and request.method == "POST":
            return self._create_experiment(request.body or {})
        return Response(404, {"code": 5, "message": "Not Found"})  # grpc-gateway's unknown route

    # -- runs ----------------------------------------------------------------------------------
    def _create_run(self, body: dict) -> Response:
        spec = body.get("pipeline_spec") or {}
        if not body.get("display_name") or "root" not in spec or "pipelineInfo" not in spec:
            return status(400, "Invalid input error: a run needs a display_name and a pipeline_spec")
        experiment = self.experiments.get(body.get("experiment_id", ""), {})
        if experiment.get("namespace") in self.forbidden_namespaces:
            return status(403, f"Failed to authorize with API: PermissionDenied: user cannot create runs in namespace {experiment['namespace']}")
        declared = spec["root"].get("inputDefinitions", {}).get("parameters", {})
        given = (body.get("runtime_config") or {}).get("parameters", {})
        unknown = sorted(set(given) - set(declared))
        missing = sorted(k for k, d in declared.items() if not d.get("isOptional") and k not in given)
        if unknown or missing:
            return status(400, f"Invalid input error: unknown parameters {unknown}, missing required parameters {missing}")
        run_id = f"run-{next(self._ids)}"
        run = {
            "run_id": run_id,
            "experiment_id": body.get("experiment_id", "default-experiment"),
            "display_name": body["display_name"],
            "pipeline_spec": spec,
            "runtime_config": body.get("runtime_config", {}),
            "storage_state": "AVAILABLE",
            "created_at": now(),
            "scheduled_at": now(),
            "state": "PENDING",
            "state_history": [{"update_time": now(), "state": "PENDING"}],
            "run_details": {"task_details": []},
        }
        self.runs[run_id] = run
        self._scripts[run_id] = (self.script, list(self.script.states))
        return Response(200, run)

    def _get_run(self, run_id: str) -> Response:
        if self.unavailable_gets > 0:
            self.unavailable_gets -= 1
            return status(503, "upstream connect error or disconnect/reset before headers")
        run = self.runs.get(run_id)
        if run is None:
            return status(404, f"Failed to get run: ResourceNotFoundError: Run {run_id} not found")
        script, states = self._scripts[run_id]
        if states:
            self._advance(run, script, states.pop(0))
        return Response(200, json.loads(json.dumps({k: v for k, v in run.items() if k != "pipeline_spec"})))

    def _advance(self, run: dict, script: Script, state: str) -> None:
        if state == run["state"]:
            return
        run["state"] = state
        run["state_history"].append({"update_time": now(), "state": state})
        task = {"run_id": run["run_id"], "task_id": f"{run['run_id']}-{script.failed_task}", "display_name": script.failed_task}
        if state == "SUCCEEDED":
            run["finished_at"] = now()
            run["run_details"]["task_details"] = [{**task, "state": "SUCCEEDED"}]
            if script.on_success:
                script.on_success(run)
        elif state == "FAILED":
            run["finished_at"] = now()
            error = {"code": 2, "message": script.task_error or "task failed", "details": []}
            run["run_details"]["task_details"] = [{**task, "state": "FAILED", "error": error}]

    # -- experiments ---------------------------------------------------------------------------
    def _list_experiments(self, query: dict) -> Response:
        namespace = query.get("namespace")
        if namespace in self.forbidden_namespaces:
            return status(403, f"Failed to authorize with API: PermissionDenied: user cannot list experiments in namespace {namespace}")
        predicates = json.loads(query.get("filter") or '{"predicates": []}')["predicates"]
        names = {p["string_value"] for p in predicates if p["key"] == "display_name" and p["operation"] == "EQUALS"}
        found = [
            e for e in self.experiments.values()
            if (not names or e["display_name"] in names) and (namespace is None or e.get("namespace") == namespace)
        ]
        return Response(200, {"experiments": found, "total_size": len(found)} if found else {})

    def _create_experiment(self, body: dict) -> Response:
        if any(e["display_name"] == body.get("display_name") and e.get("namespace") == body.get("namespace") for e in self.experiments.values()):
            return status(409, f"Already exist error: experiment {body.get('display_name')!r} already exists")
        experiment_id = f"exp-{next(self._ids)}"
        self.experiments[experiment_id] = {
            "experiment_id": experiment_id,
            "display_name": body["display_name"],
            "namespace": body.get("namespace"),
            "created_at": now(),
            "storage_state": "AVAILABLE",
        }
        return Response(200, self.experiments[experiment_id])
