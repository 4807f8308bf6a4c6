"""Wait, in the triggerer, until new or changed PDFs have settled in a folder or S3 prefix.

Follows the cncf-kubernetes pod trigger's contract: the trigger never raises; every outcome is
an event (``success`` with the batch, or ``error`` with a message) that the sensor turns into a
task result. Listing and the ledger read are blocking boto3/file calls, so they run in a worker
thread and the triggerer's event loop stays free.

"Settled" means the object's fingerprint (S3 ETag, or file size+mtime) was the same in
``settle_polls`` consecutive polls: a file still being copied changes size between polls, and
S3 shows a multipart upload only once it is complete. ``.tmp``/``.part`` names never count.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent


class NewDocumentsTrigger(BaseTrigger):
    def __init__(
        self,
        source_url: str,
        index_url: str,
        collection: str,
        aws_conn_id: str | None = "vellum_s3",
        poll_interval: float = 10.0,
        settle_polls: int = 2,
    ) -> None:
        super().__init__()
        self.source_url = source_url
        self.index_url = index_url
        self.collection = collection
        self.aws_conn_id = aws_conn_id
        self.poll_interval = poll_interval
        self.settle_polls = max(1, settle_polls)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "source_url": self.source_url,
                "index_url": self.index_url,
                "collection": self.collection,
                "aws_conn_id": self.aws_conn_id,
                "poll_interval": self.poll_interval,
                "settle_polls": self.settle_polls,
            },
        )

    def changed_now(self) -> dict[str, str]:
        """One poll: key -> fingerprint of every new or changed PDF (blocking; run in a thread)."""
        from vellum.index import IndexLayout
        from vellum.ledger import Ledger, plan_changes
        from vellum_airflow.hooks.storage import VellumStorageHook

        hook = VellumStorageHook(self.aws_conn_id)
        listing = list(hook.open(self.source_url).list())
        ledger = Ledger.load(hook.open(self.index_url), IndexLayout(self.collection))
        plan = plan_changes(listing, ledger)
        return {info.key: info.fingerprint for info in plan.new_or_changed}

    async def run(self) -> AsyncIterator[TriggerEvent]:
        seen: dict[str, tuple[str, int]] = {}  # key -> (fingerprint, consecutive polls unchanged)
        try:
            while True:
                changed = await asyncio.to_thread(self.changed_now)
                seen = {
                    key: (fp, seen[key][1] + 1 if key in seen and seen[key][0] == fp else 1)
                    for key, fp in changed.items()
                }
                settled = {key: fp for key, (fp, polls) in seen.items() if polls >= self.settle_polls}
                if settled:
                    self.log.info("%d settled new/changed PDF(s) under %s", len(settled), self.source_url)
                    yield TriggerEvent({"status": "success", "batch": settled, "source_url": self.source_url})
                    return
                if changed:
                    self.log.info("%d PDF(s) still settling under %s", len(changed), self.source_url)
                await asyncio.sleep(self.poll_interval)
        except Exception as exc:  # the contract: report, never raise
            yield TriggerEvent({"status": "error", "message": f"{type(exc).__name__}: {exc}"})
