"""Roll back (or forward) to a named index version, on purpose, without a gate.

A person chose the version; the operator only checks that it is a committed version of the
collection, starts it, waits until it answers and promotes it at 100%.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from vellum_airflow.hooks.storage import VellumStorageHook
from vellum_airflow.operators.rollout import serving_backend
from vellum_airflow.settings import required_setting, setting


class RollbackPredictorOperator(BaseOperator):
    template_fields: Sequence[str] = ("version", "collection")

    def __init__(self, *, version: str, collection: str | None = None, model_name: str | None = None,
                 index_url: str | None = None, ready_timeout_s: float = 180.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.version = version
        self.collection = collection
        self.model_name = model_name
        self.index_url = index_url
        self.ready_timeout_s = ready_timeout_s

    def execute(self, context: Any) -> dict:
        from vellum.index.layout import MANIFEST, IndexLayout
        from vellum.rollout.backend import RolloutError

        version = self.version.strip()
        if not version:
            raise AirflowException("give the index version to roll back to (e.g. v-1160a9896d278795)")
        layout = IndexLayout(required_setting("collection", self.collection))
        index_url = required_setting("index_url", self.index_url)
        store = VellumStorageHook(setting("aws_conn_id")).open(index_url)
        if not store.exists(layout.version_key(version, MANIFEST)):
            raise AirflowException(f"{version} is not a committed version of {layout.collection!r} in {index_url}")
        backend = serving_backend(required_setting("serving_mode"), self.model_name)
        previous = backend.stable()
        try:
            with backend.exclusive():
                backend.start_candidate(version, layout.version_url(index_url, version))
                backend.wait_candidate_ready(self.ready_timeout_s)
                promoted = backend.promote()
        except RolloutError as exc:
            raise AirflowException(f"rollback to {version} failed: {exc}") from exc
        self.log.info("rolled back: %s -> %s", previous.version if previous else None, promoted.version)
        return {"version": promoted.version, "previous_version": previous.version if previous else None}
