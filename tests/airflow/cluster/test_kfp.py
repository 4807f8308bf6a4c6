"""KFP over REST: the hook, the run trigger and the ingest operator's cluster path, against a fake KFP API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from airflow.sdk import Connection
from airflow.sdk.exceptions import AirflowException

from conftest import first_event, rebuilt, run_task
from kfp_api import Script
from vellum.index.layout import MANIFEST, IndexLayout
from vellum.index.manifest import DocumentEntry, Manifest
from vellum.ledger import Ledger, SourceRecord
from vellum.storage import open_url
from vellum_airflow.hooks.kfp import KfpEndpoint, KfpForbidden, KfpHook, KfpUnauthorized
from vellum_airflow.operators.ingest import COMPILED_PIPELINE, RunIngestPipelineOperator
from vellum_airflow.triggers.kfp_run import KfpRunTrigger

COLLECTION = "c1"
SHA = {name: name[0] * 64 for name in ("alpha", "beta", "gone", "xbad")}


def document(name: str, chunks: int, *sources: str) -> DocumentEntry:
    return DocumentEntry(
        doc_id=f"doc-{name}", content_sha256=SHA[name], sources=sources, title=name, page_count=1, chunk_count=chunks
    )


def commit(index_url: str, version: str, documents: list[DocumentEntry], parent: str | None, records: list[SourceRecord]) -> None:
    """What the pipeline's publish step leaves in the index store: manifest, LATEST, ledger."""
    store, layout = open_url(index_url), IndexLayout(COLLECTION)
    manifest = Manifest(
        collection=COLLECTION, version=version, parent_version=parent, created_at=_now(),
        embedding_model="minilm", embedding_dim=384, chunking={"tokens": 200}, documents=tuple(documents),
        chunk_count=sum(d.chunk_count for d in documents),
    )
    store.write_text(layout.version_key(version, MANIFEST), manifest.to_json())
    store.write_text(layout.latest_key, json.dumps({"version": version}))
    ledger = Ledger(collection=COLLECTION, sources={r.key: r for r in records}, index_version=version)
    ledger.save(store, layout)


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record(key: str, name: str, fingerprint: str, status: str = "indexed", reason: str | None = None) -> SourceRecord:
    return SourceRecord(key=key, fingerprint=fingerprint, size=10, content_sha256=SHA[name], status=status, reason=reason)


@pytest.fixture
def index_url(tmp_path) -> str:
    """An index with version v-old (alpha + gone) already serving, as a previous run left it."""
    url = f"file://{tmp_path / 'indexes'}"
    commit(
        url, "v-old", [document("alpha", 5, "in/alpha.pdf"), document("gone", 2, "in/gone.pdf")], None,
        [record("in/alpha.pdf", "alpha", "fp-a"), record("in/gone.pdf", "gone", "fp-g")],
    )
    return url


def publish_new_version(index_url: str):
    """The successful run's side effect: beta added, gone deleted, bad.pdf rejected and quarantined."""

    def on_success(run: dict) -> None:
        store = open_url(index_url)
        quarantined = f"{COLLECTION}/quarantine/{SHA['xbad'][:12]}-bad.pdf"
        store.write_bytes(quarantined, b"%PDF-encrypted")
        reason = {"reason": "encrypted", "detail": "the PDF is encrypted", "source": "in/bad.pdf"}
        store.write_text(f"{quarantined}.reason.json", json.dumps(reason))
        commit(
            index_url, "v-new", [document("alpha", 5, "in/alpha.pdf"), document("beta", 3, "in/beta.pdf")], "v-old",
            [
                record("in/alpha.pdf", "alpha", "fp-a"),
                record("in/beta.pdf", "beta", "fp-b"),
                record("in/bad.pdf", "xbad", "fp-x", status="rejected", reason="encrypted"),
            ],
        )

    return on_success


def operator(index_url: str, **overrides) -> RunIngestPipelineOperator:
    kwargs = dict(
        task_id="ingest", source_url="s3://drops/in/", index_url=index_url, collection=COLLECTION,
        batch={"in/beta.pdf": "fp-b", "in/bad.pdf": "fp-x"}, kfp_conn_id="vellum_kfp", aws_conn_id="unused",
        poll_interval=0.01,
    )
    kwargs.update(overrides)
    return RunIngestPipelineOperator(**kwargs)


# -- operator: the cluster path ------------------------------------------------------------------

def test_run_succeeds_and_returns_the_summary(kfp, index_url):
    kfp.script = Script(on_success=publish_new_version(index_url))
    summary = run_task(operator(index_url))
    assert summary == {
        "collection": COLLECTION,
        "version": "v-new",
        "version_uri": f"{index_url}/{COLLECTION}/versions/v-new",
        "created": True,
        "parent_version": "v-old",
        "documents": 2,
        "chunks": 8,
        "chunks_embedded": 3,
        "chunks_reused": 5,
        "deleted_sources": ["in/gone.pdf"],
        "rejected": [
            {
                "key": "in/bad.pdf",
                "reason": "encrypted",
                "detail": "the PDF is encrypted",
                "quarantined_at": f"{index_url}/{COLLECTION}/quarantine/{SHA['xbad'][:12]}-bad.pdf",
            }
        ],
    }
    (create,) = [r for r in kfp.requests if r.method == "POST"]
    assert create.body["pipeline_spec"] == yaml.safe_load(Path(COMPILED_PIPELINE).read_text())
    assert create.body["runtime_config"]["parameters"] == {
        "source_url": "s3://drops/in/", "index_url": index_url, "collection": COLLECTION,
        "source_fingerprints": json.dumps({"in/bad.pdf": "fp-x", "in/beta.pdf": "fp-b"}, sort_keys=True),
        "force": False, "chunk_tokens": 200, "overlap_tokens": 24,
    }
    assert COLLECTION in create.body["display_name"] and "experiment_id" not in create.body


def test_unchanged_content_reports_not_created(kfp, index_url):
    """A run that republishes the serving version (nothing new) says so, like the local path."""
    kfp.script = Script(states=["RUNNING", "SUCCEEDED"])
    summary = run_task(operator(index_url, batch=None))
    assert (summary["version"], summary["created"], summary["chunks_embedded"], summary["chunks_reused"]) == ("v-old", False, 0, 7)
    assert summary["rejected"] == [] and summary["deleted_sources"] == []


def test_non_deferrable_polls_in_the_worker(kfp, index_url):
    kfp.script = Script(on_success=publish_new_version(index_url))
    assert run_task(operator(index_url, deferrable=False))["version"] == "v-new"


def test_run_failed_fails_the_task_with_the_kfp_message(kfp, index_url):
    kfp.script = Script(
        states=["PENDING", "RUNNING", "FAILED"], failed_task="embed-chunks",
        task_error="RuntimeError: ONNX model file not found: /opt/models/minilm.onnx",
    )
    with pytest.raises(AirflowException, match=r"run-1 FAILED: task embed-chunks: RuntimeError: ONNX model file not found"):
        run_task(operator(index_url))


def test_forbidden_namespace_is_a_clear_error(kfp, index_url, monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_VELLUM_KFP",
        json.dumps({"conn_type": "http", "host": kfp.url, "extra": {"experiment": "vellum", "namespace": "team-a"}}),
    )
    kfp.forbidden_namespaces.add("team-a")
    with pytest.raises(KfpForbidden, match=r"GET /apis/v2beta1/experiments -> HTTP 403: .*PermissionDenied.*team-a") as caught:
        run_task(operator(index_url))
    assert caught.value.status == 403


def test_experiment_by_name_is_created_once_and_reused(kfp, index_url, monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_VELLUM_KFP",
        json.dumps({"conn_type": "http", "host": kfp.url, "extra": {"experiment": "vellum", "namespace": "team-b"}}),
    )
    hook = KfpHook()
    spec = yaml.safe_load(Path(COMPILED_PIPELINE).read_text())
    params = {"source_url": "s3://d/", "index_url": "s3://i/"}
    first, second = (hook.create_run("r", spec, params) for _ in range(2))
    (experiment,) = kfp.experiments.values()
    assert experiment["namespace"] == "team-b"
    assert {kfp.runs[first.run_id]["experiment_id"], kfp.runs[second.run_id]["experiment_id"]} == {experiment["experiment_id"]}


def test_unauthenticated_then_token_from_password(index_url, monkeypatch):
    from kfp_api import FakeKfp

    with FakeKfp(token="s3cret") as server:
        monkeypatch.setenv("AIRFLOW_CONN_VELLUM_KFP", json.dumps({"conn_type": "http", "host": server.url}))
        with pytest.raises(KfpUnauthorized, match="HTTP 401: Unauthenticated"):
            KfpHook().get_run("run-1")
        monkeypatch.setenv("AIRFLOW_CONN_VELLUM_KFP", json.dumps({"conn_type": "http", "host": server.url, "password": "s3cret"}))
        server.script = Script(on_success=publish_new_version(index_url))
        assert run_task(operator(index_url))["version"] == "v-new"


def test_invalid_parameters_surface_the_server_message(kfp):
    with pytest.raises(Exception, match=r"HTTP 400: Invalid input error: unknown parameters \['bogus'\]"):
        KfpHook().create_run("r", yaml.safe_load(Path(COMPILED_PIPELINE).read_text()), {"bogus": 1})


# -- trigger -------------------------------------------------------------------------------------

def test_trigger_serialize_round_trip():
    trigger = KfpRunTrigger("run-7", "my_kfp", poll_interval=3.5, max_transient_errors=2)
    assert rebuilt(trigger).serialize() == trigger.serialize()


def test_trigger_rides_out_transient_5xx(kfp):
    kfp.script = Script(states=["RUNNING", "SUCCEEDED"])
    run = KfpHook().create_run("r", yaml.safe_load(Path(COMPILED_PIPELINE).read_text()), {"source_url": "a", "index_url": "b"})
    kfp.unavailable_gets = 2
    event = first_event(KfpRunTrigger(run.run_id, poll_interval=0.01, max_transient_errors=2))
    assert (event["status"], event["state"]) == ("success", "SUCCEEDED")


def test_trigger_gives_up_after_too_many_5xx(kfp):
    run = KfpHook().create_run("r", yaml.safe_load(Path(COMPILED_PIPELINE).read_text()), {"source_url": "a", "index_url": "b"})
    kfp.unavailable_gets = 5
    event = first_event(KfpRunTrigger(run.run_id, poll_interval=0.01, max_transient_errors=2))
    assert event["status"] == "error" and "KfpUnavailable" in event["message"] and "503" in event["message"]


def test_trigger_error_event_fails_the_operator_with_its_message(kfp, index_url):
    event = first_event(KfpRunTrigger("run-404", poll_interval=0.01))
    assert event["status"] == "error" and "Run run-404 not found" in event["message"]
    with pytest.raises(AirflowException, match="KFP run run-404 could not be followed: KfpNotFound: .*Run run-404 not found"):
        operator(index_url).execute_complete({}, event, index_url=index_url, collection=COLLECTION, before={})


# -- connection ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "conn, base_url",
    [
        (Connection(conn_id="k", conn_type="http", host="ml-pipeline.kubeflow.svc.cluster.local", port=8888, schema="http"),
         "http://ml-pipeline.kubeflow.svc.cluster.local:8888"),
        (Connection(conn_id="k", conn_type="http", host="https://kubeflow.example.com/pipeline/"), "https://kubeflow.example.com/pipeline"),
        (Connection(conn_id="k", conn_type="http", host="http://ml-pipeline-ui.kubeflow:80"), "http://ml-pipeline-ui.kubeflow:80"),
    ],
)
def test_base_url_from_connection(conn, base_url):
    assert KfpEndpoint.from_connection(conn).base_url == base_url


def test_token_path_is_read_per_request(tmp_path):
    token = tmp_path / "token"
    token.write_text("first\n")
    endpoint = KfpEndpoint.from_connection(
        Connection(conn_id="k", conn_type="http", host="http://kfp", extra=json.dumps({"token_path": str(token)}))
    )
    assert endpoint.headers()["Authorization"] == "Bearer first"
    token.write_text("rotated")
    assert endpoint.headers()["Authorization"] == "Bearer rotated"


def test_mode_is_local_without_a_connection_or_when_the_extra_says_so(monkeypatch):
    monkeypatch.delenv("AIRFLOW_CONN_VELLUM_KFP", raising=False)
    assert KfpHook().mode() == "local"
    monkeypatch.setenv("AIRFLOW_CONN_VELLUM_KFP", json.dumps({"conn_type": "http", "host": "http://kfp", "extra": {"mode": "local"}}))
    assert KfpHook().mode() == "local"
    monkeypatch.setenv("AIRFLOW_CONN_VELLUM_KFP", json.dumps({"conn_type": "http", "host": "http://kfp"}))
    assert KfpHook().mode() == "cluster"
