"""Daily reconcile of the whole source: catches what event-driven runs cannot see.

Deleted files (their chunks leave the next index version), files changed in place, and
anything a missed sensor run skipped. Unchanged content is never re-embedded, so an idle
corpus costs one listing and publishes nothing new.
"""

from __future__ import annotations

from airflow.sdk import DAG

from vellum_airflow.tasks import dag_defaults, ingest_then_rollout

with DAG(
    dag_id="vellum_reconcile",
    description="Daily full reconcile of the source with the index",
    schedule="@daily",
    **dag_defaults(),
    doc_md=__doc__,
) as dag:
    ingest_then_rollout()
