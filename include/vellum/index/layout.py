"""Where things live under an index root; the one place that knows the key names."""

from __future__ import annotations

import json
from dataclasses import dataclass

from vellum.storage import ObjectStore, join_url

MANIFEST = "MANIFEST.json"
CHUNKS = "chunks.jsonl"
EMBEDDINGS = "embeddings.npy"
#: SPLADE term weights per chunk (``vellum.index.terms``); versions published before them have none
TERMS = "terms.npz"


@dataclass(frozen=True)
class IndexLayout:
    collection: str

    def version_prefix(self, version: str) -> str:
        return f"{self.collection}/versions/{version}"

    def version_key(self, version: str, name: str) -> str:
        return f"{self.version_prefix(version)}/{name}"

    @property
    def latest_key(self) -> str:
        return f"{self.collection}/LATEST"

    @property
    def ledger_key(self) -> str:
        return f"{self.collection}/LEDGER.json"

    def quarantine_prefix(self) -> str:
        return f"{self.collection}/quarantine"

    def version_url(self, index_root_url: str, version: str) -> str:
        """The storage URI a predictor loads (KServe ``storageUri``)."""
        return join_url(index_root_url, self.version_prefix(version))


def read_latest_version(store: ObjectStore, layout: IndexLayout) -> str | None:
    """The newest committed version of the collection, or None before the first publish.

    Here rather than in ``publish`` because the Airflow environment (no numpy) reads it too.
    """
    if not store.exists(layout.latest_key):
        return None
    return json.loads(store.read_text(layout.latest_key))["version"]
