"""Roll the predictor back (or forward) to a named index version, from the Trigger form.

No evaluation gate: a person chose the version. The version must be committed in the
collection's index (``<index>/<collection>/versions/<version>/MANIFEST.json``); the serving
history printed by every rollout lists the candidates.
"""

from __future__ import annotations

from airflow.sdk import DAG, Param

from vellum_airflow.operators import RollbackPredictorOperator
from vellum_airflow.tasks import dag_defaults

with DAG(
    dag_id="vellum_rollback",
    description="Serve a named index version again (manual rollback)",
    schedule=None,
    **dag_defaults(),
    doc_md=__doc__,
    params={
        "version": Param("", type="string", title="Index version", pattern=r"^v-[0-9a-f]{16}$",
                         description="e.g. v-1160a9896d278795"),
        "collection": Param("", type="string", title="Collection", description="empty = configured default"),
    },
) as dag:
    RollbackPredictorOperator(task_id="rollback", version="{{ params.version }}", collection="{{ params.collection }}")
