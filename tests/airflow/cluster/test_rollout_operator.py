"""RolloutPredictorOperator in cluster mode: defers while the candidate InferenceService comes
up, and rolls back with a clear message when it never becomes Ready (fake Kubernetes API)."""

from __future__ import annotations

import pytest
from airflow.sdk.exceptions import AirflowException, TaskDeferred

from conftest import first_event, rebuilt
from test_kserve import NS, backend, rolled_out, uri
from vellum_airflow.operators.rollout import RolloutPredictorOperator


@pytest.fixture
def kserve_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("VELLUM_SERVING_MODE", "kserve")
    monkeypatch.setenv("VELLUM_KSERVE_NAMESPACE", NS)
    monkeypatch.setenv("VELLUM_INDEX_URL", f"file://{tmp_path}")
    monkeypatch.setenv("VELLUM_COLLECTION", "default")


def test_candidate_never_ready_rolls_back_and_names_the_serving_version(k8s, kserve_settings):
    rolled_out(backend(), "v1")
    k8s.fail["v2"] = "index manifest missing"
    operator = RolloutPredictorOperator(task_id="rollout", version="v2", version_uri=uri("v2"))
    with pytest.raises(TaskDeferred) as deferred:
        operator.execute({})
    event = first_event(rebuilt(deferred.value.trigger))
    with pytest.raises(AirflowException, match=r"rollout of v2 rolled back: .*index manifest missing.*serving: v1"):
        operator.execute_complete({}, event)
    assert backend().stable().version == "v1"
    assert set(k8s.objects) == {(NS, "vellum-rag")}
