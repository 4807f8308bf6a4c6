"""A fake Kubernetes API server for ``inferenceservices.serving.kserve.io/v1beta1``, plus a fake KServe.

API machinery as the real server does it: bearer-token authentication (401), per-verb RBAC
(403), ``Status`` objects for errors (404 NotFound, 409 AlreadyExists/Conflict, 422 Invalid,
415 for a patch type it does not take), JSON merge patch, ``metadata.generation`` bumped on
spec changes, ``resourceVersion`` preconditions, and strict schema validation of every write
against the vendored KServe CRD (``tests/cluster/crds``), like ``fieldValidation=Strict``.

The "controller" is simulated on reads: ``ready_after`` GETs after a spec change, the object's
status says Ready for that generation (Serverless: with revisions and ``latest``/``prev``
traffic tags), or Ready=False with a model load failure when ``fail`` names the version.
"""

from __future__ import annotations

import copy
import itertools
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

from apiserver import JsonApiServer, Request, Response

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "cluster"))
from crdschema import CRD_DIR, Schemas  # noqa: E402

PREFIX = "/apis/serving.kserve.io/v1beta1/namespaces/"
RESOURCE = "inferenceservices"
_SCHEMAS: Schemas | None = None


def kserve_schemas() -> Schemas:
    global _SCHEMAS
    if _SCHEMAS is None:
        _SCHEMAS = Schemas()
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        _SCHEMAS.add_crd(yaml.load((CRD_DIR / "serving.kserve.io_inferenceservices.yaml").read_text(), Loader=loader))
    return _SCHEMAS


def status(code: int, reason: str, message: str, name: str | None = None) -> Response:
    details = {"group": "serving.kserve.io", "kind": RESOURCE, **({"name": name} if name else {})}
    return Response(
        code,
        {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
         "message": message, "reason": reason, "details": details, "code": code},
    )


def merge_patch(target, patch):
    """RFC 7386."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


class FakeKubernetes(JsonApiServer):
    def __init__(self, *, token: str, ready_after: int = 2) -> None:
        super().__init__()
        self.token = token
        self.ready_after = ready_after
        self.objects: dict[tuple[str, str], dict] = {}
        self.forbidden_verbs: set[str] = set()
        self.fail: dict[str, str] = {}  # index version -> model load error message
        self.addresses: dict[str, str] = {}  # ISVC name -> status.address.url (e.g. a fake sidecar)
        self._countdown: dict[tuple[str, str], int] = {}
        self._rolled_out: dict[tuple[str, str], list[str]] = {}  # revisions that had 100%, newest last
        self._versions = itertools.count(100)

    # -- routing -------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return status(401, "Unauthorized", "Unauthorized")
        if not request.path.startswith(PREFIX):
            return status(404, "NotFound", "the server could not find the requested resource")
        namespace, _, rest = request.path.removeprefix(PREFIX).partition("/")
        plural, _, name = rest.partition("/")
        if plural != RESOURCE or "/" in name:
            return status(404, "NotFound", "the server could not find the requested resource")
        verb = {"GET": "get" if name else "list", "POST": "create", "PATCH": "patch", "DELETE": "delete"}[request.method]
        if verb in self.forbidden_verbs:
            who = "system:serviceaccount:airflow:airflow-worker"
            return status(
                403, "Forbidden",
                f'{RESOURCE}.serving.kserve.io "{name}" is forbidden: User "{who}" cannot {verb} resource "{RESOURCE}" '
                f'in API group "serving.kserve.io" in the namespace "{namespace}"', name or None,
            )
        key = (namespace, name)
        if verb == "list":
            items = [self._observe(k) for k in self.objects if k[0] == namespace]
            return Response(200, {"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceServiceList", "items": items, "metadata": {}})
        if verb == "create":
            return self._create(namespace, request.body or {})
        if key not in self.objects:
            return status(404, "NotFound", f'{RESOURCE}.serving.kserve.io "{name}" not found', name)
        if verb == "get":
            return Response(200, self._observe(key))
        if verb == "delete":
            del self.objects[key]
            return Response(200, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "details": {"name": name}})
        return self._patch(key, request)

    # -- writes --------------------------------------------------------------------------------
    def _create(self, namespace: str, body: dict) -> Response:
        name = body.get("metadata", {}).get("name", "")
        if (namespace, name) in self.objects:
            return status(409, "AlreadyExists", f'{RESOURCE}.serving.kserve.io "{name}" already exists', name)
        obj = copy.deepcopy(body)
        obj.pop("status", None)
        meta = obj["metadata"]
        meta.update(namespace=namespace, uid=f"uid-{name}", generation=1, creationTimestamp=_now())
        return self._store((namespace, name), obj, spec_changed=True) or Response(201, self._observe((namespace, name)))

    def _patch(self, key: tuple[str, str], request: Request) -> Response:
        if request.content_type != "application/merge-patch+json":
            return status(415, "UnsupportedMediaType", f"the body of the request was in an unknown format - accepted media types include: application/merge-patch+json (got {request.content_type})")
        current = self.objects[key]
        patch = request.body or {}
        wanted_rv = patch.get("metadata", {}).get("resourceVersion")
        if wanted_rv and wanted_rv != current["metadata"]["resourceVersion"]:
            return status(409, "Conflict", f'Operation cannot be fulfilled on {RESOURCE}.serving.kserve.io "{key[1]}": the object has been modified; please apply your changes to the latest version and try again', key[1])
        patch = {k: v for k, v in patch.items() if k != "status"}  # status is a subresource
        updated = merge_patch(current, patch)
        spec_changed = updated.get("spec") != current.get("spec")
        if spec_changed:
            updated["metadata"]["generation"] = current["metadata"]["generation"] + 1
        return self._store(key, updated, spec_changed) or Response(200, self._observe(key))

    def _store(self, key: tuple[str, str], obj: dict, spec_changed: bool) -> Response | None:
        errors = kserve_schemas().errors({k: v for k, v in obj.items() if k != "status"})
        if errors:
            return status(422, "Invalid", f'InferenceService.serving.kserve.io "{key[1]}" is invalid: {"; ".join(errors)}', key[1])
        obj["metadata"]["resourceVersion"] = str(next(self._versions))
        self.objects[key] = obj
        if spec_changed:
            self._countdown[key] = self.ready_after
        return None

    # -- the simulated KServe controller -------------------------------------------------------
    def _observe(self, key: tuple[str, str]) -> dict:
        obj = self.objects[key]
        namespace, name = key
        generation = obj["metadata"]["generation"]
        status_ = obj.setdefault("status", {})
        status_["observedGeneration"] = generation
        version = obj["metadata"].get("labels", {}).get("vellum.io/index-version")
        left = self._countdown.get(key, 0)
        self._countdown[key] = max(0, left - 1)
        failing = self.fail.get(version)
        if failing and left == 0:
            status_["conditions"] = [{"type": "Ready", "status": "False", "reason": "RevisionFailed", "message": f"Revision \"{name}-predictor-{generation:05d}\" failed with message: Container failed with: {failing}."}]
            status_["modelStatus"] = {"transitionStatus": "BlockedByFailedLoad", "lastFailureInfo": {"reason": "ModelLoadFailed", "message": failing}}
        elif left > 0:
            status_["conditions"] = [{"type": "Ready", "status": "Unknown", "reason": "RevisionMissing", "message": "Configuration is waiting for a Revision to become ready."}]
        else:
            status_["conditions"] = [{"type": "Ready", "status": "True"}]
            status_["modelStatus"] = {"transitionStatus": "UpToDate"}
        address = self.addresses.get(name, f"http://{name}-predictor.{namespace}.svc.cluster.local")
        status_["address"] = {"url": address}
        status_["url"] = f"http://{name}-{namespace}.example.com"
        if obj["metadata"].get("annotations", {}).get("serving.kserve.io/deploymentMode") == "Serverless":
            self._serverless_status(key, obj, ready=status_["conditions"][0]["status"] == "True")
        return copy.deepcopy(obj)

    def _serverless_status(self, key: tuple[str, str], obj: dict, ready: bool) -> None:
        """Revisions and traffic as KServe's ksvc reconciler sets them (tag routing enabled)."""
        name, generation = key[1], obj["metadata"]["generation"]
        latest = f"{name}-predictor-{generation:05d}"
        rolled = self._rolled_out.setdefault(key, [])
        canary = obj["spec"]["predictor"].get("canaryTrafficPercent")
        if ready and (canary is None or canary == 100 or not rolled) and latest not in rolled:
            rolled.append(latest)
        last_good = rolled[-1] if rolled else None
        if last_good == latest and canary is not None and canary < 100:
            last_good = rolled[-2] if len(rolled) > 1 else None
        base = f"{name}-predictor.{key[0]}.example.com"
        traffic = [{"tag": "latest", "revisionName": latest, "latestRevision": True, "percent": 100 if canary is None or last_good is None else canary, "url": self.addresses.get(f"latest-{name}", f"http://latest-{base}")}]
        if last_good and canary is not None and canary < 100:
            traffic.append({"tag": "prev", "revisionName": last_good, "latestRevision": False, "percent": 100 - canary, "url": self.addresses.get(f"prev-{name}", f"http://prev-{base}")})
        obj["status"]["components"] = {
            "predictor": {
                "latestCreatedRevision": latest,
                "latestReadyRevision": latest if ready else (rolled[-1] if rolled else None),
                "latestRolledoutRevision": rolled[-1] if rolled else None,
                "previousRolledoutRevision": rolled[-2] if len(rolled) > 1 else None,
                "traffic": traffic,
                "url": f"http://{base}",
            }
        }
        obj["status"]["components"]["predictor"] = {k: v for k, v in obj["status"]["components"]["predictor"].items() if v is not None}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
