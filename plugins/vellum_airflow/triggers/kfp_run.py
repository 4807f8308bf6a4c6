"""Wait, in the triggerer, until a Kubeflow Pipelines run is terminal.

Never raises (the cncf-kubernetes pod trigger's contract); exactly one event:

- ``{"status": "success", "run_id", "state", "created_at"}``: SUCCEEDED (or SKIPPED);
- ``{"status": "failed", "run_id", "state", "message"}``: the run ended FAILED/CANCELED, with
  KFP's failure message (run error, failed tasks' errors);
- ``{"status": "error", "run_id", "message"}``: the run could not be followed (401/403/404, or
  more consecutive 5xx/connection errors than ``max_transient_errors``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from vellum_airflow.hooks.kfp import KfpHook, KfpRun


def run_event(run: KfpRun) -> dict[str, Any]:
    """The event for a terminal run; the non-deferrable operator path builds the same one."""
    if run.succeeded:
        return {"status": "success", "run_id": run.run_id, "state": run.state, "created_at": run.created_at}
    return {
        "status": "failed",
        "run_id": run.run_id,
        "state": run.state,
        "message": run.error_message or f"run ended {run.state} without an error message",
    }


class KfpRunTrigger(BaseTrigger):
    def __init__(
        self,
        run_id: str,
        kfp_conn_id: str = "vellum_kfp",
        poll_interval: float = 15.0,
        max_transient_errors: int = 5,
    ) -> None:
        super().__init__()
        self.run_id = run_id
        self.kfp_conn_id = kfp_conn_id
        self.poll_interval = poll_interval
        self.max_transient_errors = max_transient_errors

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "run_id": self.run_id,
                "kfp_conn_id": self.kfp_conn_id,
                "poll_interval": self.poll_interval,
                "max_transient_errors": self.max_transient_errors,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        try:
            run = await KfpHook(self.kfp_conn_id).await_run(
                self.run_id, poll_interval=self.poll_interval, max_transient_errors=self.max_transient_errors
            )
        except Exception as exc:  # the contract: report, never raise
            yield TriggerEvent({"status": "error", "run_id": self.run_id, "message": f"{type(exc).__name__}: {exc}"})
            return
        yield TriggerEvent(run_event(run))
