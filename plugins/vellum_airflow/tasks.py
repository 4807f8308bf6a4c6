"""The ingest -> rollout chain every Vellum DAG ends with, built in one place."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from vellum_airflow.operators import RolloutPredictorOperator, RunIngestPipelineOperator

#: Every Vellum task retries once after a short pause: transient S3/API errors should not page
#: anyone, and a real failure should surface within a minute, not after Airflow's 5-minute default.
DEFAULT_ARGS: dict[str, Any] = {"owner": "vellum", "retries": 1, "retry_delay": timedelta(seconds=30)}
TAGS = ["vellum", "rag"]


def ingest_then_rollout(**ingest_kwargs: Any) -> tuple[RunIngestPipelineOperator, RolloutPredictorOperator]:
    """Run the ingestion pipeline, then serve whatever index version it reports."""
    ingest = RunIngestPipelineOperator(task_id="ingest", **ingest_kwargs)
    rollout = RolloutPredictorOperator(
        task_id="rollout",
        collection=ingest_kwargs.get("collection"),
        version="{{ ti.xcom_pull(task_ids='ingest')['version'] }}",
        version_uri="{{ ti.xcom_pull(task_ids='ingest')['version_uri'] }}",
    )
    ingest >> rollout
    return ingest, rollout
