"""The RAG predictor's InferenceService, as a plain dict: one definition for every rollout path.

The pod has two containers, exactly like ``k8s/base/inferenceservice.yaml`` (a test keeps the
two equal): ``kserve-container`` runs ``python -m vellum.serving`` on 8081 and declares no port;
``piiproxy`` (the Go PII scrubber) listens on 8080 and is the only container with a port, so
KServe's raw Service and Knative (which routes to the one container that declares a port) both
send every request through the scrubber.

The index version is the model version: it lives in exactly two places, the predictor's
``--storage-uri`` argument and the ``vellum.io/index-version`` label. :func:`with_index_version`
changes both and nothing else, so a rollout never resets settings someone applied with
kustomize. No Airflow or Kubernetes client import here: the KServe backend, the docs and the
tests all use the same builder.

A RawDeployment canary is the sidecar's own weighted split (KServe ignores
``canaryTrafficPercent`` in that mode): :func:`with_canary_upstream` adds ``-canary-upstream URL
-canary-weight N`` to the ``piiproxy`` arguments, :func:`without_canary_upstream` removes them.
Arguments rather than the ``PIIPROXY_CANARY_*`` environment variables, because the sidecar's
command line wins over its environment and already holds its other upstream settings.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

GROUP = "serving.kserve.io"
VERSION = "v1beta1"
PLURAL = "inferenceservices"
API_VERSION = f"{GROUP}/{VERSION}"

RAW = "RawDeployment"
SERVERLESS = "Serverless"
MODES = (RAW, SERVERLESS)

MODE_ANNOTATION = "serving.kserve.io/deploymentMode"
#: Serverless only: KServe tags the traffic targets ``latest``/``prev`` and gives each its own URL,
#: which is how the evaluation gate reaches exactly the candidate revision.
TAG_ROUTING_ANNOTATION = "serving.kserve.io/enable-tag-routing"
VERSION_LABEL = "vellum.io/index-version"

PREDICTOR_CONTAINER = "kserve-container"
SIDECAR_CONTAINER = "piiproxy"
PREDICTOR_PORT = 8081
SIDECAR_PORT = 8080
STORAGE_URI_ARGS = ("--storage-uri", "--storage_uri")
CANARY_UPSTREAM_FLAG = "-canary-upstream"
CANARY_WEIGHT_FLAG = "-canary-weight"
GPU_RESOURCE = "nvidia.com/gpu"

DEFAULT_PREDICTOR_RESOURCES = {"requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"memory": "4Gi"}}
DEFAULT_SIDECAR_RESOURCES = {"requests": {"cpu": "50m", "memory": "32Mi"}, "limits": {"memory": "128Mi"}}
_NO_PRIVILEGES = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}


def _http_probe(path: str, port: int, period_s: int, **extra: Any) -> dict:
    return {"httpGet": {"path": path, "port": port}, "periodSeconds": period_s, **extra}


def _predictor_container(
    model_name: str, version_uri: str, image: str, resources: dict, config_map: str, s3_secret: str
) -> dict:
    secret_env = [
        {"name": key, "valueFrom": {"secretKeyRef": {"name": s3_secret, "key": key, "optional": True}}}
        for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
    ]
    return {
        "name": PREDICTOR_CONTAINER,
        "image": image,
        "command": ["python", "-m", "vellum.serving"],
        "args": ["--model-name", model_name, "--storage-uri", version_uri, "--http_port", str(PREDICTOR_PORT)],
        "envFrom": [{"configMapRef": {"name": config_map}}],
        "env": secret_env,
        "resources": resources,
        # Loading an index version can take a while; the startup probe allows 5 minutes.
        "startupProbe": _http_probe("/v2/health/live", PREDICTOR_PORT, 5, failureThreshold=60),
        "livenessProbe": _http_probe("/v2/health/live", PREDICTOR_PORT, 10),
        "securityContext": copy.deepcopy(_NO_PRIVILEGES),
    }


def _sidecar_container(model_name: str, image: str, resources: dict) -> dict:
    # -ready-path: KServe's /v2/health/ready is 200 while the model still loads; the model's own
    # ready endpoint is 200 only once the index version is loaded.
    return {
        "name": SIDECAR_CONTAINER,
        "image": image,
        "args": [
            "-listen", f":{SIDECAR_PORT}",
            "-upstream", f"http://127.0.0.1:{PREDICTOR_PORT}",
            "-ready-path", f"/v2/models/{model_name}/ready",
        ],
        "ports": [{"name": "http1", "containerPort": SIDECAR_PORT, "protocol": "TCP"}],
        "resources": resources,
        # /-/readyz is 200 only when the predictor behind it is ready: the pod gets traffic
        # only once the index version is loaded.
        "readinessProbe": _http_probe("/-/readyz", SIDECAR_PORT, 5),
        "livenessProbe": _http_probe("/-/healthz", SIDECAR_PORT, 10),
        "securityContext": {**copy.deepcopy(_NO_PRIVILEGES), "readOnlyRootFilesystem": True},
    }


def build_inference_service(
    name: str,
    namespace: str,
    version: str,
    version_uri: str,
    *,
    predictor_image: str,
    sidecar_image: str,
    mode: str = RAW,
    model_name: str | None = None,
    service_account: str = "vellum-predictor",
    resources: dict | None = None,
    sidecar_resources: dict | None = None,
    gpu_count: int = 0,
    canary_traffic_percent: int | None = None,
    min_replicas: int = 1,
    max_replicas: int = 3,
    config_map: str = "vellum-predictor-config",
    s3_secret: str = "vellum-s3-credentials",
    labels: dict[str, str] | None = None,
    annotations: dict[str, str] | None = None,
) -> dict:
    """An InferenceService serving index ``version`` (at ``version_uri``) behind the PII sidecar.

    ``model_name`` is the name clients use in ``/v1/models/<model_name>:predict``; it defaults to
    ``name`` and differs from it for a raw-mode candidate (``<name>-candidate`` serves the same
    model name, so the evaluation gate sends the same requests to both).
    ``canary_traffic_percent`` is Serverless-only: RawDeployment ignores it, so asking for it
    there is an error rather than a silent no-op.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if canary_traffic_percent is not None:
        if mode != SERVERLESS:
            raise ValueError("canaryTrafficPercent works only in Serverless mode (RawDeployment ignores it)")
        if not 0 <= canary_traffic_percent <= 100:
            raise ValueError(f"canary_traffic_percent must be 0..100, not {canary_traffic_percent}")
    if gpu_count < 0:
        raise ValueError(f"gpu_count must be >= 0, not {gpu_count}")

    predictor_resources = copy.deepcopy(resources or DEFAULT_PREDICTOR_RESOURCES)
    predictor: dict[str, Any] = {
        "serviceAccountName": service_account,
        "minReplicas": min_replicas,
        "maxReplicas": max_replicas,
        "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
    }
    if gpu_count:
        # Extended resources are set as limits (requests default to them); GPU nodes are
        # labelled by the NVIDIA GPU Operator and tainted so nothing else lands there.
        predictor_resources.setdefault("limits", {})[GPU_RESOURCE] = str(gpu_count)
        predictor["nodeSelector"] = {f"{GPU_RESOURCE}.present": "true"}
        predictor["tolerations"] = [{"key": GPU_RESOURCE, "operator": "Exists", "effect": "NoSchedule"}]
    if canary_traffic_percent is not None:
        predictor["canaryTrafficPercent"] = canary_traffic_percent
    predictor["containers"] = [
        _predictor_container(model_name or name, version_uri, predictor_image, predictor_resources, config_map, s3_secret),
        _sidecar_container(model_name or name, sidecar_image, copy.deepcopy(sidecar_resources or DEFAULT_SIDECAR_RESOURCES)),
    ]

    all_annotations = {MODE_ANNOTATION: mode, **(annotations or {})}
    if mode == SERVERLESS:
        all_annotations.setdefault(TAG_ROUTING_ANNOTATION, "true")
    return {
        "apiVersion": API_VERSION,
        "kind": "InferenceService",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {"app.kubernetes.io/part-of": "vellum", **(labels or {}), VERSION_LABEL: version},
            "annotations": all_annotations,
        },
        "spec": {"predictor": predictor},
    }


def _container(isvc: dict, name: str) -> dict:
    containers = isvc.get("spec", {}).get("predictor", {}).get("containers", [])
    for container in containers:
        if container.get("name") == name:
            return container
    raise ValueError(f"InferenceService {isvc.get('metadata', {}).get('name')!r} has no {name!r} container")


def _predictor(isvc: dict) -> dict:
    return _container(isvc, PREDICTOR_CONTAINER)


def _storage_uri_index(args: list[str]) -> int:
    for i, arg in enumerate(args[:-1]):
        if arg in STORAGE_URI_ARGS:
            return i + 1
    raise ValueError(f"the {PREDICTOR_CONTAINER!r} container has no --storage-uri argument: {args}")


def storage_uri_of(isvc: dict) -> str:
    args = _predictor(isvc).get("args", [])
    return args[_storage_uri_index(args)]


def index_version_of(isvc: dict) -> str | None:
    return isvc.get("metadata", {}).get("labels", {}).get(VERSION_LABEL)


def deployment_mode_of(isvc: dict) -> str:
    """The object's mode; KServe's own default (Serverless) when the annotation is absent."""
    return isvc.get("metadata", {}).get("annotations", {}).get(MODE_ANNOTATION, SERVERLESS)


def with_index_version(isvc: dict, version: str, version_uri: str) -> dict:
    """A copy of ``isvc`` that serves ``version``: storage URI argument and label, nothing else."""
    updated = copy.deepcopy(isvc)
    args = _predictor(updated).setdefault("args", [])
    args[_storage_uri_index(args)] = version_uri
    updated.setdefault("metadata", {}).setdefault("labels", {})[VERSION_LABEL] = version
    return updated


def _canary_args(args: list[str]) -> list[tuple[int, int, str, str]]:
    """``(start, end, flag, value)`` of each canary flag in a piiproxy command line.

    Go's flag package takes ``-flag value``, ``-flag=value`` and the same with ``--``; a
    kustomize-applied object may use any of them.
    """
    spans, i = [], 0
    while i < len(args):
        name, inline, value = args[i].lstrip("-").partition("=")
        flag = f"-{name}"
        if not args[i].startswith("-") or flag not in (CANARY_UPSTREAM_FLAG, CANARY_WEIGHT_FLAG):
            i += 1
            continue
        if not inline:  # the value is the next argument
            value = args[i + 1] if i + 1 < len(args) else ""
        end = i + 1 if inline else min(i + 2, len(args))
        spans.append((i, end, flag, value))
        i = end
    return spans


def canary_upstream_of(isvc: dict) -> tuple[str, int] | None:
    """(URL, weight %) the sidecar sends a share of requests to, None without a canary."""
    values = {flag: value for _, _, flag, value in _canary_args(_container(isvc, SIDECAR_CONTAINER).get("args", []))}
    url = values.get(CANARY_UPSTREAM_FLAG)
    return (url, int(values.get(CANARY_WEIGHT_FLAG) or 0)) if url else None


def without_canary_upstream(isvc: dict) -> dict:
    """A copy of ``isvc`` whose sidecar sends every request to its own predictor."""
    updated = copy.deepcopy(isvc)
    sidecar = _container(updated, SIDECAR_CONTAINER)
    args = sidecar.get("args", [])
    dropped = {i for start, end, _, _ in _canary_args(args) for i in range(start, end)}
    if dropped:
        sidecar["args"] = [arg for i, arg in enumerate(args) if i not in dropped]
    return updated


def with_canary_upstream(isvc: dict, url: str, weight: int) -> dict:
    """A copy of ``isvc`` whose sidecar sends ``weight``% of requests to ``url``, the rest to its predictor.

    The split is per request (by a hash of ``X-Request-Id`` when the client sends one, else at
    random), in every pod of ``isvc``. Changing the pod template is a rolling restart of those
    pods; the old ones keep serving until the new ones are ready.
    """
    if not 0 < weight <= 100:
        raise ValueError(f"canary weight must be 1..100 (remove the canary for 0), not {weight}")
    updated = without_canary_upstream(isvc)
    _container(updated, SIDECAR_CONTAINER).setdefault("args", []).extend(
        [CANARY_UPSTREAM_FLAG, url, CANARY_WEIGHT_FLAG, str(weight)]
    )
    return updated


#: ``status.modelStatus.transitionStatus`` values after which waiting longer will not help.
FAILED_TRANSITIONS = frozenset({"BlockedByFailedLoad", "InvalidSpec"})


@dataclass(frozen=True)
class Readiness:
    ready: bool
    failed: bool  # terminal: KServe reports a failure it will not recover from by itself
    message: str


def readiness(isvc: dict) -> Readiness:
    """Is the InferenceService's *current* spec serving? Read from its status as KServe writes it.

    Ready must be for this generation (``status.observedGeneration``): right after a patch the
    old ``Ready=True`` is still there. In Serverless mode the newest revision must also be the
    ready one. ``Ready=False`` alone is not a failure (it is also "still rolling out"); it is one
    when the model status says the load failed or the spec is invalid.
    """
    generation = isvc.get("metadata", {}).get("generation")
    status = isvc.get("status") or {}
    observed = status.get("observedGeneration")
    if generation is not None and (observed or 0) < generation:
        return Readiness(False, False, f"KServe has not reconciled generation {generation} yet (observed: {observed})")
    condition = next((c for c in status.get("conditions", []) if c.get("type") == "Ready"), None)
    if condition is None:
        return Readiness(False, False, "no Ready condition yet")
    if condition.get("status") == "True":
        predictor = status.get("components", {}).get("predictor", {})
        created, latest = predictor.get("latestCreatedRevision"), predictor.get("latestReadyRevision")
        if created and latest and created != latest:
            return Readiness(False, False, f"revision {created} is not ready yet (latest ready: {latest})")
        return Readiness(True, False, "Ready")
    message = ": ".join(x for x in (condition.get("reason"), condition.get("message")) if x) or "Ready is not True"
    model = status.get("modelStatus") or {}
    failure = model.get("lastFailureInfo") or {}
    if failure.get("message"):
        message += f" (model: {failure.get('reason') or 'failed'}: {failure['message']})"
    failed = condition.get("status") == "False" and (model.get("transitionStatus") in FAILED_TRANSITIONS or bool(failure))
    return Readiness(False, failed, message)
