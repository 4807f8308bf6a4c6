"""Fixtures: fake KFP and Kubernetes API servers, reached through Airflow connections in env vars.

Nothing is patched: the hooks resolve ``AIRFLOW_CONN_*`` like in a deployment, and talk HTTP to
servers that answer with the real APIs' shapes. Deferrable operators are driven the way the
scheduler and triggerer would: ``execute`` raises ``TaskDeferred``, the trigger is rebuilt from
its serialized form and run to its first event, and the named method gets that event.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from k8s_api import FakeKubernetes  # noqa: E402
from kfp_api import FakeKfp  # noqa: E402


@pytest.fixture
def kfp(monkeypatch):
    with FakeKfp() as server:
        monkeypatch.setenv("AIRFLOW_CONN_VELLUM_KFP", json.dumps({"conn_type": "http", "host": server.url}))
        yield server


@pytest.fixture
def k8s(monkeypatch, tmp_path):
    """A fake API server and a kubeconfig pointing at it, as ``kubernetes_default``."""
    with FakeKubernetes(token="test-token") as server:
        kubeconfig = tmp_path / "kubeconfig.yaml"
        kubeconfig.write_text(
            json.dumps(
                {
                    "apiVersion": "v1",
                    "kind": "Config",
                    "clusters": [{"name": "fake", "cluster": {"server": server.url}}],
                    "users": [{"name": "airflow", "user": {"token": "test-token"}}],
                    "contexts": [{"name": "fake", "context": {"cluster": "fake", "user": "airflow", "namespace": "vellum-test"}}],
                    "current-context": "fake",
                }
            )
        )
        monkeypatch.setenv(
            "AIRFLOW_CONN_KUBERNETES_DEFAULT",
            json.dumps({"conn_type": "kubernetes", "extra": {"kube_config_path": str(kubeconfig)}}),
        )
        yield server


def rebuilt(trigger):
    """The trigger as the triggerer sees it: rebuilt from serialize() through JSON."""
    path, kwargs = trigger.serialize()
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)(**json.loads(json.dumps(kwargs)))


def first_event(trigger, timeout: float = 8.0) -> dict:
    async def run():
        async for event in trigger.run():
            return event.payload

    return asyncio.run(asyncio.wait_for(run(), timeout))


def run_task(operator, context: dict | None = None):
    """execute(); when it defers, run the (serialized) trigger and resume with its event."""
    from airflow.sdk.exceptions import TaskDeferred

    context = context or {"run_id": "manual__test"}
    try:
        return operator.execute(context)
    except TaskDeferred as deferred:
        event = first_event(rebuilt(deferred.trigger))
        kwargs = json.loads(json.dumps(deferred.kwargs or {}))  # next_kwargs are stored as JSON
        return getattr(operator, deferred.method_name)(context, event=event, **kwargs)
