"""Ingest on demand, from the Airflow UI's "Trigger DAG" form.

Leave a field empty to use the deployment's setting (Variable ``vellum_<name>`` or env
``VELLUM_<NAME>``). ``force_reindex`` re-parses and re-embeds every document (use it after
changing the chunking recipe).
"""

from __future__ import annotations

from airflow.sdk import DAG, Param

from vellum_airflow.tasks import dag_defaults, ingest_then_rollout

with DAG(
    dag_id="vellum_manual",
    description="Ingest a source on demand (params form) and roll out",
    schedule=None,
    **dag_defaults(),
    doc_md=__doc__,
    params={
        "source_url": Param("", type="string", title="Source URI",
                            description="file:///path/to/folder or s3://bucket/prefix; empty = configured default"),
        "collection": Param("", type="string", title="Collection", pattern=r"^$|^[a-z0-9][a-z0-9-]{0,62}$",
                            description="Index collection name; empty = configured default"),
        "force_reindex": Param(False, type="boolean", title="Force re-index",
                               description="Re-parse and re-embed everything, even unchanged files"),
    },
) as dag:
    ingest_then_rollout(
        source_url="{{ params.source_url }}",
        collection="{{ params.collection }}",
        force="{{ params.force_reindex }}",
    )
