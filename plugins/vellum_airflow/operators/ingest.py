"""Run the KFP ingestion pipeline and return its run summary (new index version, rejections).

Backend by connection, not by code path in the DAG: with no ``vellum_kfp`` connection (or one
whose extra says ``{"mode": "local"}``) the compiled pipeline runs on this machine with
``kfp.local.SubprocessRunner`` inside the ``pipelines`` environment (a subprocess: Airflow and
kfp cannot share an environment, see DESIGN.md). Progress lines of the pipeline stream into the
task log as they happen.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from vellum_airflow.hooks.storage import VellumStorageHook
from vellum_airflow.settings import required_setting, setting


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
        summary = self._run_local(source_url, index_url, collection)
        self._report(summary)
        return summary

    def _run_local(self, source_url: str, index_url: str, collection: str) -> dict:
        python = required_setting("pipelines_python")
        home = Path(required_setting("home")).resolve()
        env = {**os.environ, **VellumStorageHook(setting("aws_conn_id", self.aws_conn_id)).subprocess_env([source_url, index_url])}
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
