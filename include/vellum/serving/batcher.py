"""Micro-batching of concurrent requests onto one worker call (retrieval's embed + score + search).

Why: under concurrent load, one ONNX run over 16 short queries costs far less than 16 runs of
one (bench/serve/RESULTS.md), and a single encoder pass at a time keeps ONNX's intra-op threads
from fighting each other over the cores. The same holds for exact dense search: scoring 16 query
vectors in one matrix product costs far less than 16 matrix-vector products. A single worker
task pulls everything queued, hands it to ``process`` in one call off the event loop (one thread
hop per batch, not one per request and stage), and resolves each caller's future; requests that
arrive while a batch is processed form the next batch. ``max_wait`` optionally holds a lone
request for a moment to let company arrive; it is 0 by default because waiting only adds
latency when the server is idle, while busy servers batch by themselves.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any

from vellum.serving import metrics


class MicroBatcher:
    def __init__(
        self,
        process: Callable[[Sequence[Any]], Sequence[Any]],
        *,
        max_batch: int = 32,
        max_wait: float = 0.0,
        stage: str = "embed",
    ) -> None:
        """``process`` maps a batch of items to one result per item, in order; a result that is
        an exception fails only its own caller."""
        self._process = process
        self.stage = stage
        self.max_batch = max_batch
        self.max_wait = max_wait
        self._queue: asyncio.Queue[tuple[Any, asyncio.Future]] | None = None
        self._worker: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def submit(self, item: Any) -> Any:
        """The result for ``item``, computed together with whatever else is waiting."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._worker is None or self._worker.done():
            self._start(loop)
        future: asyncio.Future = loop.create_future()
        self._queue.put_nowait((item, future))
        return await future

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue = asyncio.Queue()
        self._worker = loop.create_task(self._run(), name=f"vellum-{self.stage}-batcher")

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            try:
                await self._worker
            except asyncio.CancelledError:
                pass
            self._worker = None

    async def _run(self) -> None:
        queue = self._queue
        while True:
            batch = [await queue.get()]
            deadline = time.monotonic() + self.max_wait
            while len(batch) < self.max_batch:
                if not queue.empty():
                    batch.append(queue.get_nowait())
                    continue
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(queue.get(), remaining))
                except asyncio.TimeoutError:
                    break
            live = [(item, fut) for item, fut in batch if not fut.done()]  # callers may have gone
            if not live:
                continue
            metrics.BATCH_SIZE.labels(stage=self.stage).observe(len(live))
            try:
                results = await asyncio.to_thread(self._process, [item for item, _ in live])
            except Exception as exc:  # every waiting caller learns why
                results = [exc] * len(live)
            for (_, fut), result in zip(live, results):
                if fut.done():
                    continue
                if isinstance(result, Exception):
                    fut.set_exception(result)
                else:
                    fut.set_result(result)
