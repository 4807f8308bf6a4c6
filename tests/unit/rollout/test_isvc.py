"""The InferenceService builder: valid against the real KServe CRD, and the same pod as k8s/base."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from vellum.rollout.isvc import (
    SERVERLESS,
    TAG_ROUTING_ANNOTATION,
    build_inference_service,
    canary_upstream_of,
    index_version_of,
    storage_uri_of,
    with_canary_upstream,
    with_index_version,
    without_canary_upstream,
)

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests" / "cluster"))
from crdschema import CRD_DIR, Schemas  # noqa: E402  (the cluster tests' strict CRD validator)

BASE_ISVC = ROOT / "k8s" / "base" / "inferenceservice.yaml"
URI = "s3://vellum-indexes/default/versions/v-0123456789abcdef"


@pytest.fixture(scope="module")
def schemas() -> Schemas:
    """Only the KServe CRD (the Crossplane ones are large), parsed with libyaml when present."""
    schemas = Schemas()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    schemas.add_crd(yaml.load((CRD_DIR / "serving.kserve.io_inferenceservices.yaml").read_text(), Loader=loader))
    return schemas


def build(**overrides):
    kwargs = dict(
        name="vellum-rag",
        namespace="vellum-prod",
        version="v-0123456789abcdef",
        version_uri=URI,
        predictor_image="ghcr.io/vellum-rag/predictor:0.1.0",
        sidecar_image="ghcr.io/vellum-rag/piiproxy:0.1.0",
    )
    kwargs.update(overrides)
    return build_inference_service(**kwargs)


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"mode": SERVERLESS},
        {"mode": SERVERLESS, "canary_traffic_percent": 10},
        {"gpu_count": 1, "resources": {"requests": {"cpu": "4", "memory": "16Gi"}, "limits": {"memory": "24Gi"}}},
        {"name": "vellum-rag-candidate", "model_name": "vellum-rag", "labels": {"team": "support"}},
    ],
    ids=["raw", "serverless", "serverless-canary", "gpu", "raw-candidate"],
)
def test_validates_against_the_kserve_crd(schemas, overrides):
    assert schemas.errors(build(**overrides)) == []


def test_unknown_field_is_rejected(schemas):
    isvc = build()
    isvc["spec"]["predictor"]["containers"][1]["listenPort"] = 8080
    isvc["spec"]["predictor"]["canaryTraficPercent"] = 10
    errors = schemas.errors(isvc)
    assert any("listenPort" in e for e in errors), errors
    assert any("canaryTraficPercent" in e for e in errors), errors


def test_same_pod_as_the_kustomize_base():
    """The builder and k8s/base describe one predictor: a change to either must reach both."""
    base = yaml.safe_load(BASE_ISVC.read_text())
    built = build(version="bootstrap", version_uri=storage_uri_of(base))
    assert built["spec"]["predictor"] == base["spec"]["predictor"]
    assert built["metadata"]["annotations"] == base["metadata"]["annotations"]


def test_serverless_enables_tag_routing_and_canary():
    isvc = build(mode=SERVERLESS, canary_traffic_percent=0)
    assert isvc["metadata"]["annotations"][TAG_ROUTING_ANNOTATION] == "true"
    assert isvc["spec"]["predictor"]["canaryTrafficPercent"] == 0


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"canary_traffic_percent": 10}, "only in Serverless"),
        ({"mode": SERVERLESS, "canary_traffic_percent": 101}, "0..100"),
        ({"mode": "Knative"}, "mode must be"),
        ({"gpu_count": -1}, "gpu_count"),
    ],
)
def test_rejects_what_kserve_would_ignore_or_refuse(overrides, message):
    with pytest.raises(ValueError, match=message):
        build(**overrides)


def test_gpu_adds_limits_and_placement():
    predictor = build(gpu_count=2)["spec"]["predictor"]
    assert predictor["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "2"
    assert predictor["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    assert predictor["tolerations"][0]["key"] == "nvidia.com/gpu"


def test_with_index_version_changes_only_uri_and_label():
    original = build()
    updated = with_index_version(original, "v-new", "s3://vellum-indexes/default/versions/v-new")
    assert (index_version_of(updated), storage_uri_of(updated)) == ("v-new", "s3://vellum-indexes/default/versions/v-new")
    assert (index_version_of(original), storage_uri_of(original)) == ("v-0123456789abcdef", URI)
    updated["metadata"]["labels"]["vellum.io/index-version"] = original["metadata"]["labels"]["vellum.io/index-version"]
    updated["spec"]["predictor"]["containers"][0]["args"][3] = URI
    assert updated == original


CANARY_URL = "http://vellum-rag-candidate-predictor.vellum-prod.svc.cluster.local"


def test_canary_upstream_is_two_sidecar_flags_and_valid(schemas):
    original = build()
    routed = with_canary_upstream(original, CANARY_URL, 20)
    assert schemas.errors(routed) == []
    assert routed["spec"]["predictor"]["containers"][1]["args"][-4:] == ["-canary-upstream", CANARY_URL, "-canary-weight", "20"]
    assert (canary_upstream_of(original), canary_upstream_of(routed)) == (None, (CANARY_URL, 20))
    assert with_canary_upstream(routed, CANARY_URL, 5)["spec"]["predictor"]["containers"][1]["args"] == (
        original["spec"]["predictor"]["containers"][1]["args"] + ["-canary-upstream", CANARY_URL, "-canary-weight", "5"]
    )
    assert without_canary_upstream(routed) == original
    assert without_canary_upstream(original) == original
    routed["spec"]["predictor"]["containers"][1]["args"].clear()
    assert original["spec"]["predictor"]["containers"][1]["args"]  # copies, never in place


@pytest.mark.parametrize(
    "flags",
    [
        ["--canary-upstream", CANARY_URL, "--canary-weight", "7"],
        [f"-canary-upstream={CANARY_URL}", "-canary-weight=7"],
        ["-canary-weight", "7", f"--canary-upstream={CANARY_URL}"],
    ],
    ids=["double-dash", "inline", "mixed"],
)
def test_canary_flags_in_any_go_spelling_are_read_and_removed(flags):
    """A kustomize-applied sidecar may spell the flags any way Go's flag package accepts."""
    original = build()
    applied = build()
    applied["spec"]["predictor"]["containers"][1]["args"] += flags
    assert canary_upstream_of(applied) == (CANARY_URL, 7)
    assert without_canary_upstream(applied) == original


@pytest.mark.parametrize("weight", [0, 101])
def test_canary_weight_must_send_something(weight):
    with pytest.raises(ValueError, match="1..100"):
        with_canary_upstream(build(), CANARY_URL, weight)
