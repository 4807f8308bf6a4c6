"""Every kustomization renders, and what it renders is what an API server would accept."""

from __future__ import annotations

import copy
import os

import kubernetes_validate
import pytest

from clusterkit import K8S, render

TARGETS = ["k8s/base", "k8s/overlays/dev", "k8s/overlays/prod", "k8s/crossplane", "k8s/kfp"]
K8S_VERSION = "1.33"


def core_errors(obj: dict) -> str | None:
    try:
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return str(exc)
    return None



@pytest.mark.parametrize("target", TARGETS)
def test_renders_and_validates(target, schemas):
    docs = render(target)
    assert docs, f"{target} rendered nothing"
    for obj in docs:
        name = f"{obj['kind']}/{obj['metadata']['name']}"
        if schemas.knows(obj):
            assert schemas.errors(obj) == [], name
        else:
            assert core_errors(obj) is None, f"{name}: {core_errors(obj)}"


@pytest.mark.parametrize("component, mode", [("raw-deployment", "RawDeployment"), ("serverless", "Serverless")])
def test_each_mode_component_applies_to_base(tmp_path, component, mode, schemas):
    (tmp_path / "kustomization.yaml").write_text(
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
        f"resources: [{os.path.relpath(K8S / 'base', tmp_path)}]\n"
        f"components: [{os.path.relpath(K8S / 'components' / component, tmp_path)}]\n"
    )
    (isvc,) = [d for d in render(str(tmp_path)) if d["kind"] == "InferenceService"]
    assert isvc["metadata"]["annotations"]["serving.kserve.io/deploymentMode"] == mode
    assert ("canaryTrafficPercent" in isvc["spec"]["predictor"]) == (mode == "Serverless")
    assert schemas.errors(isvc) == []


def isvc_of(target: str) -> dict:
    (isvc,) = [d for d in render(target) if d["kind"] == "InferenceService"]
    return isvc


def test_overlays_pick_their_mode():
    assert isvc_of("k8s/overlays/dev")["metadata"]["annotations"]["serving.kserve.io/deploymentMode"] == "RawDeployment"
    prod = isvc_of("k8s/overlays/prod")
    assert prod["metadata"]["annotations"]["serving.kserve.io/deploymentMode"] == "Serverless"
    assert prod["spec"]["predictor"]["canaryTrafficPercent"] == 100


@pytest.mark.parametrize("target", ["k8s/overlays/dev", "k8s/overlays/prod"])
def test_traffic_goes_through_the_sidecar(target):
    """Only piiproxy declares a port, 8080; the predictor listens on 8081 behind it."""
    containers = {c["name"]: c for c in isvc_of(target)["spec"]["predictor"]["containers"]}
    assert list(containers) == ["kserve-container", "piiproxy"]
    assert "ports" not in containers["kserve-container"]
    assert containers["piiproxy"]["ports"][0]["containerPort"] == 8080
    assert containers["piiproxy"]["args"] == [
        "-listen", ":8080", "-upstream", "http://127.0.0.1:8081",
        # Ready only once the index is loaded (KServe's /v2/health/ready is 200 before that).
        "-ready-path", "/v2/models/vellum-rag/ready",
    ]
    args = containers["kserve-container"]["args"]
    assert args[args.index("--http_port") + 1] == "8081"
    assert containers["piiproxy"]["readinessProbe"]["httpGet"]["path"] == "/-/readyz"
    assert containers["piiproxy"]["livenessProbe"]["httpGet"]["path"] == "/-/healthz"
    for c in containers.values():
        assert c["resources"]["requests"] and c["resources"]["limits"]["memory"]


@pytest.mark.parametrize("target", ["k8s/overlays/dev", "k8s/overlays/prod"])
def test_config_and_secret_references(target):
    """Settings come from the generated ConfigMap (hash suffix followed); secrets only by reference."""
    docs = render(target)
    assert not [d for d in docs if d["kind"] == "Secret"], "no Secret may be committed"
    (cm,) = [d for d in docs if d["kind"] == "ConfigMap"]
    pred = isvc_of(target)["spec"]["predictor"]["containers"][0]
    assert pred["envFrom"] == [{"configMapRef": {"name": cm["metadata"]["name"]}}]
    refs = {e["valueFrom"]["secretKeyRef"]["name"] for e in pred["env"] if "valueFrom" in e}
    assert refs == {"vellum-s3-credentials"}


@pytest.mark.parametrize("target", ["k8s/overlays/dev", "k8s/overlays/prod"])
def test_airflow_rbac_is_least_privilege(target):
    docs = render(target)
    namespace = isvc_of(target)["metadata"]["namespace"]
    assert not [d for d in docs if d["kind"] in ("ClusterRole", "ClusterRoleBinding")]
    roles = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Role"}
    assert all(r["metadata"]["namespace"] == namespace for r in roles.values())
    manager = roles["vellum-inferenceservice-manager"]["rules"]
    assert manager == [{
        "apiGroups": ["serving.kserve.io"], "resources": ["inferenceservices"],
        "verbs": ["get", "list", "watch", "create", "patch", "delete"],
    }]
    assert roles["vellum-inferenceservice-reader"]["rules"][0]["verbs"] == ["get", "list", "watch"]
    bindings = {d["roleRef"]["name"]: d["subjects"] for d in docs if d["kind"] == "RoleBinding"}
    assert bindings["vellum-inferenceservice-manager"] == [{"kind": "ServiceAccount", "name": "airflow-worker", "namespace": "airflow"}]
    assert bindings["vellum-inferenceservice-reader"] == [{"kind": "ServiceAccount", "name": "airflow-triggerer", "namespace": "airflow"}]


def test_unknown_field_in_custom_resource_fails(schemas):
    isvc = copy.deepcopy(isvc_of("k8s/overlays/prod"))
    isvc["spec"]["predictor"]["canaryTrafficPercentage"] = 10  # misspelt
    assert any("canaryTrafficPercentage" in e for e in schemas.errors(isvc))
    isvc = copy.deepcopy(isvc_of("k8s/overlays/prod"))
    isvc["spec"]["predictor"]["containers"][1]["livenessProbe"]["httpGet"]["paht"] = "/"
    assert any("paht" in e for e in schemas.errors(isvc))


def test_wrong_type_in_custom_resource_fails(schemas):
    isvc = copy.deepcopy(isvc_of("k8s/overlays/prod"))
    isvc["spec"]["predictor"]["minReplicas"] = "two"
    assert schemas.errors(isvc)


def test_unknown_field_in_core_kind_fails():
    (sa,) = [d for d in render("k8s/overlays/dev") if d["kind"] == "ServiceAccount"]
    bad = copy.deepcopy(sa)
    bad["automountToken"] = False
    assert core_errors(bad)
