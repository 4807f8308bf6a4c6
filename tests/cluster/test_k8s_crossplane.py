"""The Crossplane API (XRD, Composition, Function) and the function's example and output agree."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from clusterkit import K8S, ROOT
from crdschema import Schemas

FN = ROOT / "go" / "functions" / "vellum-project"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_example_xr_matches_the_xrd(schemas):
    xr = load(FN / "example" / "xr.yaml")
    assert schemas.errors(xr) == []


@pytest.mark.parametrize("testcase", sorted(p.name for p in (FN / "testdata").iterdir()))
def test_golden_xrs_match_the_xrd(schemas, testcase):
    assert schemas.errors(load(FN / "testdata" / testcase / "xr.yaml")) == []


@pytest.mark.parametrize(
    "change, complaint",
    [
        ({"type": "agentic"}, "agentic"),
        ({"type": "classic", "gpuCount": 2}, "classic projects run on CPU"),
        ({"gpuCount": 0}, "gen-ai projects need 1-8 GPUs"),
        ({"gpuCount": 9}, "9"),
        ({"collection": "Product_Docs"}, "Product_Docs"),
        ({"tenant": "x"}, "tenant"),
    ],
)
def test_invalid_xr_is_rejected_by_the_xrd(schemas, change, complaint):
    xr = copy.deepcopy(load(FN / "example" / "xr.yaml"))
    xr["spec"].update(change)
    errors = schemas.errors(xr)
    assert any(complaint in e for e in errors), errors


def test_xr_without_team_is_rejected(schemas):
    xr = copy.deepcopy(load(FN / "example" / "xr.yaml"))
    del xr["spec"]["team"]
    assert any("team" in e for e in schemas.errors(xr))


def test_example_composition_is_the_deployed_one():
    assert load(FN / "example" / "composition.yaml") == load(K8S / "crossplane" / "composition.yaml")


def test_example_function_for_render(schemas):
    fn = load(FN / "example" / "functions.yaml")
    assert fn["metadata"]["annotations"]["render.crossplane.io/runtime"] == "Development"
    assert schemas.errors(fn) == []


def test_composition_input_matches_the_function_input_crd():
    input_schemas = Schemas()
    input_schemas.add_crd(load(FN / "package" / "input" / "fn.vellum-rag.io_inputs.yaml"))
    (step,) = load(K8S / "crossplane" / "composition.yaml")["spec"]["pipeline"]
    assert input_schemas.errors(step["input"]) == []
    bad = dict(step["input"], deploymentMode="ModelMesh")
    assert input_schemas.errors(bad)


@pytest.mark.parametrize("testcase", sorted(p.name for p in (FN / "testdata").iterdir()))
def test_function_output_is_a_valid_inferenceservice(schemas, testcase):
    """The InferenceService the Go function composes (its golden output) passes KServe's CRD."""
    rendered = load(FN / "testdata" / testcase / "want.yaml")
    (isvc,) = [c["resource"] for c in rendered["composed"] if c["resource"]["kind"] == "InferenceService"]
    assert schemas.errors(isvc) == []
