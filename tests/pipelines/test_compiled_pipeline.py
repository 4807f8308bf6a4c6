"""The checked-in compiled pipeline YAML is exactly what the code compiles to.

Cluster users register that file with KFP; if the code changed and the YAML was not
regenerated (``make compile-pipeline``), they would run stale steps.
"""

from __future__ import annotations

import yaml

from vellum.pipelines.ingest_pipeline import COMPILED, compile_pipeline


def test_compiled_yaml_matches_code(tmp_path):
    fresh = compile_pipeline(tmp_path / "ingest_pipeline.yaml")
    assert yaml.safe_load(fresh.read_text()) == yaml.safe_load(COMPILED.read_text()), (
        "compiled pipeline is stale: run `make compile-pipeline` and commit the YAML"
    )


def test_pipeline_shape():
    spec = yaml.safe_load(COMPILED.read_text())
    tasks = spec["root"]["dag"]["tasks"]
    assert set(tasks) == {"parse-documents", "chunk-documents", "embed-chunks", "publish-index"}
    # Ledger-reading/writing steps must never come from KFP's cache; pure steps may.
    assert tasks["parse-documents"]["cachingOptions"] == {}
    assert tasks["publish-index"]["cachingOptions"] == {}
    assert tasks["embed-chunks"]["cachingOptions"] == {"enableCache": True}
    # Content fingerprints are a pipeline parameter, so KFP's cache keys on content.
    assert "source_fingerprints" in spec["root"]["inputDefinitions"]["parameters"]
    # No run-time pip installs: the component image carries kfp and vellum.
    assert "pip install" not in COMPILED.read_text()
