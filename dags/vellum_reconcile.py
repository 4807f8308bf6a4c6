"""Daily reconcile of the whole source: catches what event-driven runs cannot see.

Deleted files (their chunks leave the next index version), files changed in place, and
anything a missed sensor run skipped. Unchanged content is never re-embedded, so an idle
corpus costs one listing and publishes nothing new.
"""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import DAG

from vellum_airflow.tasks import DEFAULT_ARGS, TAGS, ingest_then_rollout

with DAG(
    dag_id="vellum_reconcile",
    description="Daily full reconcile of the source with the index",
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=TAGS,
    doc_md=__doc__,
) as dag:
    ingest_then_rollout()
