"""The ingest -> rollout chain every Vellum DAG ends with, built in one place."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from vellum_airflow.operators import RolloutPredictorOperator, RunIngestPipelineOperator

#: Every Vellum task retries once after a short pause: transient S3/API errors should not page
#: anyone, and a real failure should surface within a minute, not after Airflow's 5-minute default.
DEFAULT_ARGS: dict[str, Any] = {"owner": "vellum", "retries": 1, "retry_delay": timedelta(seconds=30)}
TAGS = ["vellum", "rag"]


def dag_defaults(**overrides: Any) -> dict[str, Any]:
    """Keyword arguments every Vellum DAG shares (no backfills, one run at a time, tags, retries)."""
    return {
        "start_date": datetime(2026, 1, 1),
        "catchup": False,
        "max_active_runs": 1,
        "default_args": DEFAULT_ARGS,
        "tags": TAGS,
        **overrides,
    }


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
