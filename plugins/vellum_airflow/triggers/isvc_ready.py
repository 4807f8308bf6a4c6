"""Wait, in the triggerer, until an InferenceService is Ready for its current spec.

Polls ``GET .../inferenceservices/{name}`` through the cncf-kubernetes provider's
``AsyncKubernetesHook`` (same connection as the worker, kubernetes_asyncio client; the triggerer's
ServiceAccount needs only get, see ``k8s/base/airflow-rbac.yaml``) and judges readiness with
:func:`vellum.rollout.isvc.readiness`, the same function the worker-side wait uses.

Never raises; exactly one event:

- ``{"status": "success", "name", "namespace", "generation"}``: Ready for ``min_generation``
  (or the object's current generation);
- ``{"status": "failed", "name", "namespace", "message"}``: KServe reports a load failure or an
  invalid spec (the Ready condition's reason and message);
- ``{"status": "error", "name", "namespace", "message"}``: not found, forbidden, other API errors,
  or ``timeout`` seconds passed (the message then carries the last Ready message).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

from airflow.providers.cncf.kubernetes.hooks.kubernetes import AsyncKubernetesHook
from airflow.triggers.base import BaseTrigger, TriggerEvent
from kubernetes_asyncio.client import CustomObjectsApi

from vellum.rollout.backend import RolloutError
from vellum.rollout.isvc import GROUP, PLURAL, VERSION, readiness
from vellum_airflow.hooks.kserve import api_error_message


class IsvcReadyTrigger(BaseTrigger):
    def __init__(
        self,
        name: str,
        namespace: str,
        kubernetes_conn_id: str = "kubernetes_default",
        min_generation: int | None = None,
        poll_interval: float = 5.0,
        timeout: float = 600.0,
    ) -> None:
        super().__init__()
        self.name = name
        self.namespace = namespace
        self.kubernetes_conn_id = kubernetes_conn_id
        self.min_generation = min_generation
        self.poll_interval = poll_interval
        self.timeout = timeout

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "name": self.name,
                "namespace": self.namespace,
                "kubernetes_conn_id": self.kubernetes_conn_id,
                "min_generation": self.min_generation,
                "poll_interval": self.poll_interval,
                "timeout": self.timeout,
            },
        )

    def _event(self, status: str, **fields: Any) -> TriggerEvent:
        return TriggerEvent({"status": status, "name": self.name, "namespace": self.namespace, **fields})

    async def _get(self, api) -> dict:
        return await api.get_namespaced_custom_object(
            group=GROUP, version=VERSION, namespace=self.namespace, plural=PLURAL, name=self.name
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        deadline = time.monotonic() + self.timeout
        try:
            async with AsyncKubernetesHook(conn_id=self.kubernetes_conn_id).get_conn() as client:
                api = CustomObjectsApi(client)
                while True:
                    isvc = await self._get(api)
                    generation = isvc["metadata"].get("generation")
                    state = readiness(isvc)
                    stale = self.min_generation is not None and (generation or 0) < self.min_generation
                    if state.ready and not stale:
                        yield self._event("success", generation=generation)
                        return
                    if state.failed:
                        yield self._event("failed", message=state.message)
                        return
                    if time.monotonic() >= deadline:
                        yield self._event("error", message=f"not Ready after {self.timeout:.0f}s: {state.message}")
                        return
                    self.log.info("inferenceservice %s/%s not ready: %s", self.namespace, self.name, state.message)
                    await asyncio.sleep(self.poll_interval)
        except Exception as exc:  # the contract: report, never raise
            status = f"HTTP {exc.status}: " if getattr(exc, "status", None) else ""
            yield self._event("error", message=f"{type(exc).__name__}: {status}{api_error_message(exc)}")


def raise_for_event(event: dict[str, Any]) -> dict[str, Any]:
    """For the deferring operator's ``execute_complete``: the event, or RolloutError with its message."""
    if event.get("status") != "success":
        raise RolloutError(
            f"inferenceservice {event.get('namespace')}/{event.get('name')} {event.get('status')}: {event.get('message')}"
        )
    return event
