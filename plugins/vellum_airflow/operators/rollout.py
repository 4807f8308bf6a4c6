"""Put an index version into service and wait until it answers.

Embedded default (``serving_mode`` = ``local``): a blue/green swap of local KServe
``ModelServer`` processes behind the Go PII sidecar (:mod:`vellum.rollout.local`). The previous
version stays recorded in the serving state's history and keeps serving if the new one fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from vellum_airflow.settings import required_setting


class RolloutPredictorOperator(BaseOperator):
    template_fields: Sequence[str] = ("version", "version_uri", "model_name")

    def __init__(
        self,
        *,
        version: str,
        version_uri: str,
        model_name: str | None = None,
        serving_mode: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.version = version
        self.version_uri = version_uri
        self.model_name = model_name
        self.serving_mode = serving_mode

    def execute(self, context: Any) -> dict:
        mode = required_setting("serving_mode", self.serving_mode)
        if mode != "local":
            raise AirflowException(f"serving_mode {mode!r} is not supported by this operator (use 'local')")
        from vellum.rollout.local import LocalServing, LocalServingConfig, RolloutError

        config = LocalServingConfig.from_env(
            serving_python=required_setting("serving_python"),
            piiproxy_bin=required_setting("piiproxy_bin"),
            model_name=self.model_name,
        )
        self.log.info("rolling out %s (%s) on the local predictor", self.version, self.version_uri)
        try:
            state = LocalServing(config).deploy(self.version, self.version_uri)
        except RolloutError as exc:
            raise AirflowException(str(exc)) from exc
        previous = state.history[-2]["version"] if len(state.history) > 1 else None
        self.log.info("serving %s at %s (previous version: %s)", state.version, config.sidecar_url, previous)
        return {"version": state.version, "endpoint": config.sidecar_url, "previous_version": previous}
