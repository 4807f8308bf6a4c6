"""Micro-batching of query embeddings (and of the dense scoring that follows them).

Why: under concurrent load, one ONNX run over 16 short queries costs far less than 16 runs of
one (bench/serve/RESULTS.md), and a single encoder pass at a time keeps ONNX's intra-op threads
from fighting each other over the cores. The same holds for exact dense search: it is bound by
reading the whole embedding matrix from memory, so scoring 16 query vectors in one matrix
product costs about what one costs. A single worker task pulls everything queued, encodes it
in one call off the event loop, and resolves each caller's future; queries that arrive while a
batch is encoding form the next batch. ``max_wait`` optionally holds a lone query for a moment
to let company arrive; it is 0 by default because waiting only adds latency when the server is
idle, while busy servers batch by themselves.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from vellum.serving import metrics


class MicroBatcher:
    def __init__(
        self,
        encode: Callable[[Sequence[Any]], np.ndarray],
        *,
        max_batch: int = 32,
        max_wait: float = 0.0,
        stage: str = "embed",
    ) -> None:
        self._encode = encode
        self.stage = stage
        self.max_batch = max_batch
        self.max_wait = max_wait
        self._queue: asyncio.Queue[tuple[str, asyncio.Future]] | None = None
        self._worker: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def embed(self, text: Any) -> np.ndarray:
        """The row for ``text`` (a string, or a query vector when scoring), computed together
        with whatever else is waiting."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._worker is None or self._worker.done():
            self._start(loop)
        future: asyncio.Future = loop.create_future()
        self._queue.put_nowait((text, future))
        return await future

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue = asyncio.Queue()
        self._worker = loop.create_task(self._run(), name="vellum-embed-batcher")

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
            live = [(text, fut) for text, fut in batch if not fut.done()]  # callers may have gone
            if not live:
                continue
            metrics.BATCH_SIZE.labels(stage=self.stage).observe(len(live))
            try:
                with metrics.RETRIEVAL_SECONDS.labels(stage=self.stage).time():
                    vectors = await asyncio.to_thread(self._encode, [text for text, _ in live])
            except Exception as exc:  # every waiting caller learns why
                for _, fut in live:
                    if not fut.done():
                        fut.set_exception(exc)
                continue
            for (_, fut), vector in zip(live, vectors):
                if not fut.done():
                    fut.set_result(vector)
