"""Sensor: new or changed PDFs are waiting in the drop location (folder or S3 prefix).

Deferrable by default: the worker slot is released and :class:`NewDocumentsTrigger` polls in
the triggerer. The sensor owns the condition (what counts as new: the ledger says so), the
trigger owns the waiting, the hook owns the credentials. Returns the batch (key ->
fingerprint) as XCom so the pipeline ingests exactly what was seen settled.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from airflow.sdk import BaseSensorOperator
from airflow.sdk.exceptions import AirflowException

from vellum_airflow.settings import required_setting, setting
from vellum_airflow.triggers.new_documents import NewDocumentsTrigger


class NewDocumentsSensor(BaseSensorOperator):
    template_fields: Sequence[str] = ("source_url", "index_url", "collection")

    def __init__(
        self,
        *,
        source_url: str | None = None,
        index_url: str | None = None,
        collection: str | None = None,
        aws_conn_id: str | None = None,
        settle_polls: int = 2,
        deferrable: bool = True,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("poke_interval", 10)
        super().__init__(**kwargs)
        self.source_url = source_url
        self.index_url = index_url
        self.collection = collection
        self.aws_conn_id = aws_conn_id
        self.settle_polls = settle_polls
        self.deferrable = deferrable
        self._last_seen: dict[str, str] = {}

    def _trigger(self) -> NewDocumentsTrigger:
        return NewDocumentsTrigger(
            source_url=required_setting("source_url", self.source_url),
            index_url=required_setting("index_url", self.index_url),
            collection=required_setting("collection", self.collection),
            aws_conn_id=setting("aws_conn_id", self.aws_conn_id),
            poll_interval=float(self.poke_interval),
            settle_polls=self.settle_polls,
        )

    def execute(self, context: Any) -> dict[str, str] | None:
        if not self.deferrable:
            return super().execute(context)
        trigger = self._trigger()
        self.log.info("waiting for new or changed PDFs under %s (deferred to the triggerer)", trigger.source_url)
        self.defer(trigger=trigger, method_name="execute_complete", timeout=timedelta(seconds=self.timeout))
        return None

    def poke(self, context: Any) -> bool | Any:
        """Non-deferrable mode: settled = same fingerprint as in the previous poke."""
        from airflow.sdk import PokeReturnValue

        changed = self._trigger().changed_now()
        if self.settle_polls <= 1:
            settled = changed
        else:
            settled = {k: fp for k, fp in changed.items() if self._last_seen.get(k) == fp}
        self._last_seen = changed
        return PokeReturnValue(is_done=bool(settled), xcom_value=settled or None)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> dict[str, str]:
        if event.get("status") != "success":
            raise AirflowException(f"watching for new PDFs failed: {event.get('message', event)}")
        batch = event["batch"]
        for key in sorted(batch):
            self.log.info("new or changed: %s", key)
        return batch
