"""An in-memory index over a few hand-written chunks, embedded with the real MiniLM encoder."""

from __future__ import annotations

import pytest

from vellum.embedding import default_encoder
from vellum.embedding.minilm import DIMENSION, MODEL_ID
from vellum.index import DocumentEntry, IndexSnapshot, Manifest

#: (file name, page, text); each page's fact is worded differently from the questions in the tests
CHUNKS = [
    ("pump.pdf", 3, "The AX-200 skid weighs 412 kg when the tank is empty."),
    ("pump.pdf", 6, "Replace the impeller every 4,000 operating hours."),
    ("pump.pdf", 6, "Worn impellers reduce the flow rate and raise the motor current."),
    ("pump.pdf", 7, "Bearings are greased with lithium grease every 500 operating hours."),
    ("queue.pdf", 2, "A message is moved to the dead-letter queue after five failed deliveries."),
    ("queue.pdf", 4, "Set max_inflight_msgs to bound how many messages a consumer holds unacknowledged."),
    ("queue.pdf", 5, "Partitions are replicated to three brokers; the leader handles all writes."),
    ("router.pdf", 1, "Hold the reset button for 15 seconds to restore the factory settings."),
]


def snapshot_of(rows: list[tuple[str, int, str]]) -> IndexSnapshot:
    names = list(dict.fromkeys(name for name, _, _ in rows))
    doc_of = {name: f"doc-{i:016d}" for i, name in enumerate(names)}
    chunks = [
        {"chunk_id": f"chk-{i:020d}", "doc_id": doc_of[name], "page": page, "ordinal": i, "text": text}
        for i, (name, page, text) in enumerate(rows)
    ]
    documents = tuple(
        DocumentEntry(doc_of[name], f"{i:064d}", (f"drops/{name}",), name, 10, sum(r[0] == name for r in rows))
        for i, name in enumerate(names)
    )
    manifest = Manifest("test", "v-test", None, "", MODEL_ID, DIMENSION, {}, documents, len(chunks))
    embeddings = default_encoder().encode([c["text"] for c in chunks])
    return IndexSnapshot(manifest=manifest, chunks=chunks, embeddings=embeddings, uri="memory://test")


@pytest.fixture(scope="session")
def snapshot() -> IndexSnapshot:
    return snapshot_of(CHUNKS)


@pytest.fixture(scope="session")
def encode():
    return lambda text: default_encoder().encode([text])[0]
