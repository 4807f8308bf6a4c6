"""New or changed PDFs in the drop location become a served index version.

A deferrable sensor waits (in the triggerer, no worker slot) until PDFs have settled, then the
ingestion pipeline embeds exactly that batch and the predictor is rolled out. ``@continuous``
with one active run: as soon as a run ends, the next one starts waiting for the next drop.
Where to watch is configuration (Variables ``vellum_source_url``/``vellum_index_url`` or env
``VELLUM_SOURCE_URL``/``VELLUM_INDEX_URL``), not code.
"""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import DAG

from vellum_airflow.sensors import NewDocumentsSensor
from vellum_airflow.tasks import dag_defaults, ingest_then_rollout

with DAG(
    dag_id="vellum_drop",
    description="Drop PDFs -> ingest (KFP) -> roll out the RAG predictor",
    schedule="@continuous",
    **dag_defaults(),
    doc_md=__doc__,
) as dag:
    wait = NewDocumentsSensor(task_id="wait_for_pdfs", timeout=timedelta(days=7).total_seconds(), poke_interval=10)
    ingest, _ = ingest_then_rollout(batch="{{ ti.xcom_pull(task_ids='wait_for_pdfs') | tojson }}")
    wait >> ingest
