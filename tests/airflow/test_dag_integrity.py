"""Every DAG imports cleanly and follows the house rules (Astronomer-style integrity test)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXPECTED = {"vellum_drop", "vellum_reconcile", "vellum_manual", "vellum_rollback"}


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(REPO / "dags"))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}


def test_expected_dags_exist(dagbag):
    assert set(dagbag.dag_ids) == EXPECTED


@pytest.mark.parametrize("dag_id", sorted(EXPECTED))
def test_tags_retries_and_docs(dagbag, dag_id):
    dag = dagbag.dags[dag_id]
    assert "vellum" in dag.tags
    assert dag.doc_md, f"{dag_id} needs doc_md: the UI shows it to operators"
    for task in dag.tasks:
        assert task.retries >= 1, f"{dag_id}.{task.task_id} must retry transient failures"


def test_drop_dag_is_sensor_then_ingest_then_rollout(dagbag):
    dag = dagbag.dags["vellum_drop"]
    sensor = dag.get_task("wait_for_pdfs")
    assert sensor.deferrable
    assert [t.task_id for t in sensor.downstream_list] == ["ingest"]
    assert [t.task_id for t in dag.get_task("ingest").downstream_list] == ["rollout"]


def test_manual_dag_has_params_form(dagbag):
    params = dagbag.dags["vellum_manual"].params
    assert {"source_url", "collection", "force_reindex"} <= set(params.keys())


def test_no_literal_locations_in_tasks(dagbag):
    """Locations are configuration (Variables/env/params), never literals wired into tasks."""
    for dag in dagbag.dags.values():
        for task in dag.tasks:
            for field in task.template_fields:
                value = getattr(task, field)
                if isinstance(value, str):
                    assert "://" not in value and "127.0.0.1" not in value, f"{dag.dag_id}.{task.task_id}.{field}={value!r}"
