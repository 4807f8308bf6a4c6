"""The vellum-project composition in Python, with Crossplane's Python function SDK.

A benchmark twin of the Go function (same validation, same composed objects, same status),
written only to compare memory under bench/rss.sh. Not shipped.
"""

import re
import sys

import grpc
from crossplane.function import resource, response, runtime
from crossplane.function.proto.v1 import run_function_pb2 as fnv1
from crossplane.function.proto.v1 import run_function_pb2_grpc as grpcv1

TEAM = re.compile(r"^[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?$")
COLLECTION = re.compile(r"^[a-z0-9]([a-z0-9-]{0,33}[a-z0-9])?$")
PREDICTOR, SIDECAR = "ghcr.io/vellum-rag/predictor:0.1.0", "ghcr.io/vellum-rag/piiproxy:0.1.0"


def problems(spec: dict) -> list[str]:
    out = []
    if not TEAM.match(spec.get("team", "")):
        out.append("spec.team is invalid")
    if not COLLECTION.match(spec.get("collection", "")):
        out.append("spec.collection is invalid")
    if not spec.get("model"):
        out.append("spec.model is required")
    gpus = int(spec.get("gpuCount", 1 if spec.get("type") == "gen-ai" else 0))
    if spec.get("type") == "gen-ai" and not 1 <= gpus <= 8:
        out.append("spec.gpuCount out of range")
    elif spec.get("type") == "classic" and gpus != 0:
        out.append("spec.gpuCount must be 0")
    elif spec.get("type") not in ("gen-ai", "classic"):
        out.append("spec.type is unknown")
    return out


def storage_uri(observed: dict, default: str) -> str:
    for c in observed.get("spec", {}).get("predictor", {}).get("containers", []):
        args = c.get("args", [])
        if c.get("name") == "kserve-container" and "--storage-uri" in args[:-1]:
            return args[args.index("--storage-uri") + 1]
    return default


def isvc(name: str, spec: dict, uri: str) -> dict:
    labels = {f"vellum-rag.io/{k}": spec[k] for k in ("team", "type", "collection")}
    limits = {"memory": "4Gi"}
    predictor = {"serviceAccountName": "vellum-predictor", "minReplicas": 1}
    if spec["type"] == "gen-ai":
        limits["nvidia.com/gpu"] = str(spec.get("gpuCount", 1))
        predictor["nodeSelector"] = {"nvidia.com/gpu.present": "true"}
        predictor["tolerations"] = [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    predictor["containers"] = [
        {"name": "kserve-container", "image": PREDICTOR, "command": ["python", "-m", "vellum.serving"],
         "args": ["--model-name", "vellum-rag", "--storage-uri", uri, "--http_port", "8081"],
         "env": [{"name": "VELLUM_COLLECTION", "value": spec["collection"]}, {"name": "VELLUM_MODEL", "value": spec["model"]}],
         "resources": {"requests": {"cpu": "1", "memory": "2Gi"}, "limits": limits},
         "livenessProbe": {"httpGet": {"path": "/v2/health/live", "port": 8081}}},
        {"name": "piiproxy", "image": SIDECAR, "args": ["-listen", ":8080", "-upstream", "http://127.0.0.1:8081"],
         "ports": [{"name": "http1", "containerPort": 8080, "protocol": "TCP"}],
         "readinessProbe": {"httpGet": {"path": "/-/readyz", "port": 8080}},
         "livenessProbe": {"httpGet": {"path": "/-/healthz", "port": 8080}}},
    ]
    return {"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService",
            "metadata": {"name": name, "labels": labels,
                         "annotations": {"serving.kserve.io/deploymentMode": "RawDeployment"}},
            "spec": {"predictor": predictor}}


class Runner(grpcv1.FunctionRunnerService):
    async def RunFunction(self, req: fnv1.RunFunctionRequest, _: grpc.aio.ServicerContext) -> fnv1.RunFunctionResponse:
        rsp = response.to(req)
        xr = resource.struct_to_dict(req.observed.composite.resource)
        spec, name = xr.get("spec", {}), xr["metadata"]["name"]
        if errs := problems(spec):
            response.fatal(rsp, "invalid VellumProject: " + "; ".join(errs))
            return rsp
        bucket = f"vellum-{spec['team']}-{spec['collection']}"
        observed = resource.struct_to_dict(req.observed.resources["inference-service"].resource)
        uri = storage_uri(observed, f"s3://{bucket}/{spec['collection']}/")
        resource.update(rsp.desired.resources["index-bucket"], {
            "apiVersion": "s3.aws.m.upbound.io/v1beta1", "kind": "Bucket",
            "metadata": {"name": f"{name}-index", "annotations": {"crossplane.io/external-name": bucket}},
            "spec": {"forProvider": {"region": "us-east-1"}}})
        resource.update(rsp.desired.resources["inference-service"], isvc(name, spec, uri))
        resource.update(rsp.desired.composite, {"status": {"bucketName": bucket, "storageUri": uri}})
        rsp.conditions.append(fnv1.Condition(type="ProjectValid", status=fnv1.STATUS_CONDITION_TRUE, reason="Composed"))
        return rsp


if __name__ == "__main__":
    runtime.serve(Runner(), sys.argv[1], creds=None, insecure=True)
