"""Run the KFP ingestion pipeline and return its run summary (new index version, rejections).

Backend by connection, not by code path in the DAG (:meth:`KfpHook.mode`):

- no ``vellum_kfp`` connection, or one whose extra says ``{"mode": "local"}``: the compiled
  pipeline runs on this machine with ``kfp.local.SubprocessRunner`` inside the ``pipelines``
  environment (a subprocess: Airflow and kfp cannot share an environment, see DESIGN.md).
  Progress lines of the pipeline stream into the task log as they happen.
- otherwise (``cluster``): the compiled pipeline spec is submitted inline to the KFP API, the
  task defers to :class:`KfpRunTrigger` (``deferrable=False`` polls in the worker instead), and
  a failed run fails the task with KFP's state and message.

Both paths return the same summary dict. KFP's REST API does not expose output parameter values
(see :mod:`vellum_airflow.hooks.kfp`), so the cluster path reads the outcome where the pipeline
committed it, the index store: ``LATEST`` names the version, its manifest gives the counts, and
the ledger compared with a snapshot taken before submitting gives this run's rejections and
deletions. This assumes one ingestion at a time per collection (the DAGs' ``max_active_runs``);
``chunks_embedded``/``chunks_reused`` are derived from the parent manifest (documents shared by
content hash count as reused), which differs from the local count only for ``force`` runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from vellum.index.layout import MANIFEST, IndexLayout, read_latest_version
from vellum.index.manifest import Manifest
from vellum.ledger import Ledger
from vellum.storage import ObjectStore
from vellum_airflow.hooks.kfp import KfpHook, load_pipeline_spec
from vellum_airflow.hooks.storage import VellumStorageHook
from vellum_airflow.settings import required_setting, setting
from vellum_airflow.triggers.kfp_run import KfpRunTrigger, run_event

#: The golden compiled pipeline (``python -m vellum.pipelines.ingest_pipeline`` rewrites it).
COMPILED_PIPELINE = resources.files("vellum.pipelines") / "compiled" / "ingest_pipeline.yaml"


def index_state(store: ObjectStore, collection: str) -> dict:
    """What a cluster run is compared against afterwards: LATEST and each source's fingerprint."""
    layout = IndexLayout(collection)
    sources = Ledger.load(store, layout).sources
    return {"latest": read_latest_version(store, layout), "sources": {key: r.fingerprint for key, r in sources.items()}}


def _quarantine_entry(store: ObjectStore, layout: IndexLayout, key: str) -> dict:
    """Where the parse step put a rejected source, found by its reason file's ``source``."""
    suffix = f"-{key.rsplit('/', 1)[-1]}.reason.json"
    for info in store.list(layout.quarantine_prefix() + "/"):
        if info.key.endswith(suffix):
            reason = json.loads(store.read_text(info.key))
            if reason.get("source") == key:
                return {"detail": reason.get("detail"), "quarantined_at": store.url(info.key.removesuffix(".reason.json"))}
    return {"detail": None, "quarantined_at": None}


def summary_from_index(store: ObjectStore, collection: str, before: dict, run_created_at: str | None) -> dict:
    """The run summary (same shape as the local path's) from what the run committed."""
    layout = IndexLayout(collection)
    version = read_latest_version(store, layout)
    if version is None:
        raise AirflowException(f"the KFP run succeeded but {store.url(layout.latest_key)} does not exist")
    manifest = Manifest.from_json(store.read_text(layout.version_key(version, MANIFEST)))
    ledger = Ledger.load(store, layout)
    # New = not what was serving before, and committed after the run started (re-publishing an
    # older version, e.g. after a revert, is not a new one).
    created = version != before["latest"] and (
        not run_created_at
        or datetime.fromisoformat(manifest.created_at) >= datetime.fromisoformat(run_created_at).replace(microsecond=0)
    )
    reused = 0
    if not created:
        reused = manifest.chunk_count
    elif manifest.parent_version:
        parent = Manifest.from_json(store.read_text(layout.version_key(manifest.parent_version, MANIFEST)))
        shared = parent.document_by_hash().keys() & manifest.document_by_hash().keys()
        reused = sum(d.chunk_count for d in manifest.documents if d.content_sha256 in shared)
    rejected = [
        {"key": key, "reason": record.reason, **_quarantine_entry(store, layout, key)}
        for key, record in sorted(ledger.sources.items())
        if record.status == "rejected" and before["sources"].get(key) != record.fingerprint
    ]
    return {
        "collection": collection,
        "version": version,
        "version_uri": layout.version_url(store.root_url, version),
        "created": created,
        "parent_version": before["latest"],
        "documents": len(manifest.documents),
        "chunks": manifest.chunk_count,
        "chunks_embedded": manifest.chunk_count - reused,
        "chunks_reused": reused,
        "deleted_sources": sorted(set(before["sources"]) - set(ledger.sources)),
        "rejected": rejected,
    }


class RunIngestPipelineOperator(BaseOperator):
    template_fields: Sequence[str] = ("source_url", "index_url", "collection", "batch", "force")

    def __init__(
        self,
        *,
        source_url: str | None = None,
        index_url: str | None = None,
        collection: str | None = None,
        batch: dict[str, str] | str | None = None,
        force: bool | str = False,
        chunk_tokens: int = 200,
        overlap_tokens: int = 24,
        aws_conn_id: str | None = None,
        kfp_conn_id: str | None = None,
        pipeline_package: str | None = None,
        deferrable: bool = True,
        poll_interval: float = 15.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.source_url = source_url
        self.index_url = index_url
        self.collection = collection
        self.batch = batch
        self.force = force
        self.chunk_tokens = chunk_tokens
        self.overlap_tokens = overlap_tokens
        self.aws_conn_id = aws_conn_id
        self.kfp_conn_id = kfp_conn_id
        self.pipeline_package = pipeline_package
        self.deferrable = deferrable
        self.poll_interval = poll_interval

    def _batch_json(self) -> str:
        batch = self.batch
        if isinstance(batch, str):
            batch = json.loads(batch) if batch.strip() not in ("", "None") else None
        return json.dumps(batch or {}, sort_keys=True)

    def _force(self) -> bool:
        return self.force if isinstance(self.force, bool) else str(self.force).lower() in ("true", "1", "yes")

    def execute(self, context: Any) -> dict:
        source_url = required_setting("source_url", self.source_url)
        index_url = required_setting("index_url", self.index_url)
        collection = required_setting("collection", self.collection)
        hook = KfpHook(required_setting("kfp_conn_id", self.kfp_conn_id))
        if hook.mode() == "cluster":
            return self._run_cluster(context, hook, source_url, index_url, collection)
        summary = self._run_local(source_url, index_url, collection)
        self._report(summary)
        return summary

    def _storage(self) -> VellumStorageHook:
        return VellumStorageHook(setting("aws_conn_id", self.aws_conn_id))

    def _run_cluster(self, context: Any, hook: KfpHook, source_url: str, index_url: str, collection: str) -> dict:
        before = index_state(self._storage().open(index_url), collection)
        run = hook.create_run(
            display_name=f"vellum-ingest {collection} {self.dag_id}.{self.task_id} {context.get('run_id') or ''}".strip(),
            pipeline_spec=load_pipeline_spec(self.pipeline_package or str(COMPILED_PIPELINE)),
            parameters={
                "source_url": source_url,
                "index_url": index_url,
                "collection": collection,
                "source_fingerprints": self._batch_json(),
                "force": self._force(),
                "chunk_tokens": self.chunk_tokens,
                "overlap_tokens": self.overlap_tokens,
            },
        )
        complete = {"index_url": index_url, "collection": collection, "before": before}
        if self.deferrable:
            self.log.info("waiting for KFP run %s (deferred to the triggerer)", run.run_id)
            self.defer(
                trigger=KfpRunTrigger(run.run_id, hook.kfp_conn_id, poll_interval=self.poll_interval),
                method_name="execute_complete",
                kwargs=complete,
            )
        run = hook.wait_for_run(run.run_id, poll_interval=self.poll_interval)
        return self.execute_complete(context, run_event(run), **complete)

    def execute_complete(self, context: Any, event: dict[str, Any], index_url: str, collection: str, before: dict) -> dict:
        """Turn the run's terminal event into the summary, or fail with KFP's state and message."""
        if event.get("status") != "success":
            state = event.get("state") or "could not be followed"
            raise AirflowException(f"KFP run {event.get('run_id')} {state}: {event.get('message')}")
        self.log.info("KFP run %s %s; reading the published version from %s", event["run_id"], event["state"], index_url)
        summary = summary_from_index(self._storage().open(index_url), collection, before, event.get("created_at"))
        self._report(summary)
        return summary

    def _run_local(self, source_url: str, index_url: str, collection: str) -> dict:
        python = required_setting("pipelines_python")
        home = Path(required_setting("home")).resolve()
        env = {**os.environ, **self._storage().subprocess_env([source_url, index_url])}
        with tempfile.TemporaryDirectory(prefix="vellum-ingest-") as scratch:
            summary_path = Path(scratch) / "summary.json"
            argv = [
                python, "-m", "vellum.pipelines.run_local",
                "--source-url", source_url,
                "--index-url", index_url,
                "--collection", collection,
                "--source-fingerprints", self._batch_json(),
                "--chunk-tokens", str(self.chunk_tokens),
                "--overlap-tokens", str(self.overlap_tokens),
                "--pipeline-root", str(home / "kfp-local" / collection),
                "--summary-out", str(summary_path),
            ] + (["--force"] if self._force() else [])
            self.log.info("running the ingestion pipeline locally (kfp.local): %s", " ".join(argv[1:4]))
            # cwd=scratch: never let a folder of the caller's cwd shadow a package (``python -m`` puts cwd first).
            process = subprocess.Popen(
                argv, env=env, cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
            assert process.stdout is not None
            for line in process.stdout:
                self.log.info("[pipeline] %s", line.rstrip())
            if process.wait() != 0:
                raise AirflowException(f"ingestion pipeline failed (exit {process.returncode}); see the [pipeline] lines above")
            return json.loads(summary_path.read_text())

    def _report(self, summary: dict) -> None:
        state = "published" if summary["created"] else "unchanged (already published)"
        self.log.info(
            "index version %s %s: %d documents, %d chunks (%d embedded, %d reused) -> %s",
            summary["version"], state, summary["documents"], summary["chunks"],
            summary["chunks_embedded"], summary["chunks_reused"], summary["version_uri"],
        )
        for rejected in summary["rejected"]:
            self.log.warning(
                "REJECTED %s: %s (%s); quarantined at %s",
                rejected["key"], rejected["reason"], rejected["detail"], rejected["quarantined_at"],
            )
        for key in summary["deleted_sources"]:
            self.log.info("removed from the index (source deleted): %s", key)
