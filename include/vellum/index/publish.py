"""Publish an index version atomically.

Order matters: data files first, then ``MANIFEST.json`` (a single atomic PUT/rename that
commits the version), then the ``LATEST`` pointer. A crash before the manifest leaves only
unreferenced files that no loader will read; re-running writes the same content-addressed
version again and commits it exactly once.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from vellum.index.layout import CHUNKS, EMBEDDINGS, MANIFEST, TERMS, IndexLayout, read_latest_version
from vellum.index.manifest import DocumentEntry, Manifest, content_version
from vellum.index.terms import TermWeights
from vellum.storage import ObjectStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PublishResult:
    version: str
    created: bool  # False when this exact version was already committed
    manifest: Manifest


def version_id(
    sources_by_hash: dict[str, list[str] | tuple[str, ...]], embedding_model: str, chunking: dict, term_model: str | None = None
) -> str:
    """Content-addressed id of the version holding these documents under these source names.

    Names are part of it because the manifest cites them: a second name for known bytes (or a
    removed one) is a new version that reuses every embedding, not a stale manifest.
    """
    keys = [f"{sha} {json.dumps(sorted(sources))}" for sha, sources in sources_by_hash.items()]
    return content_version(keys, embedding_model, chunking, term_model)


def read_manifest(store: ObjectStore, layout: IndexLayout, version: str) -> Manifest | None:
    """The manifest of a committed version, or None: a version without one does not exist."""
    key = layout.version_key(version, MANIFEST)
    if not store.exists(key):
        return None
    return Manifest.from_json(store.read_text(key))


def adopt_committed(store: ObjectStore, layout: IndexLayout, version: str) -> PublishResult | None:
    """If ``version`` is already committed, make it LATEST and return it (nothing is rewritten).

    This is what makes a re-run exactly-once: the same content maps to the same version id, so a
    run repeated after a crash (or on an unchanged corpus) finds its version committed.
    """
    manifest = read_manifest(store, layout, version)
    if manifest is None:
        return None
    log.info("index version %s is already committed; nothing to publish", version)
    _point_latest(store, layout, version)
    return PublishResult(version, False, manifest)


def publish_version(
    store: ObjectStore,
    layout: IndexLayout,
    *,
    documents: list[DocumentEntry],
    chunks: list[dict],
    embeddings: np.ndarray,
    embedding_model: str,
    chunking: dict,
    parent_version: str | None,
    terms: TermWeights | None = None,
    term_model: str | None = None,
) -> PublishResult:
    """Write and commit a version; return the existing one if it is already committed."""
    if embeddings.shape[0] != len(chunks):
        raise ValueError(f"{len(chunks)} chunks but {embeddings.shape[0]} embeddings")
    if (terms is None) != (term_model is None) or (terms is not None and len(terms) != len(chunks)):
        raise ValueError(f"{len(chunks)} chunks but term weights for {len(terms) if terms else 'none'} ({term_model})")
    version = version_id({d.content_sha256: d.sources for d in documents}, embedding_model, chunking, term_model)
    existing = adopt_committed(store, layout, version)
    if existing is not None:
        return existing

    blobs = {
        CHUNKS: "".join(json.dumps(c, sort_keys=True) + "\n" for c in chunks).encode(),
        EMBEDDINGS: _npy_bytes(embeddings.astype(np.float32, copy=False)),
    }
    if terms is not None:
        blobs[TERMS] = terms.to_bytes()
    for name, data in blobs.items():
        store.write_bytes(layout.version_key(version, name), data)
    manifest = Manifest(
        collection=layout.collection,
        version=version,
        parent_version=parent_version if parent_version != version else None,
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        embedding_model=embedding_model,
        embedding_dim=int(embeddings.shape[1]) if embeddings.ndim == 2 else 0,
        chunking=chunking,
        documents=tuple(sorted(documents, key=lambda d: d.doc_id)),
        chunk_count=len(chunks),
        files={n: {"sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)} for n, b in blobs.items()},
        term_model=term_model,
    )
    store.write_text(layout.version_key(version, MANIFEST), manifest.to_json())
    _point_latest(store, layout, version)
    log.info("published index version %s: %d documents, %d chunks", version, len(documents), len(chunks))
    return PublishResult(version, True, manifest)


def _point_latest(store: ObjectStore, layout: IndexLayout, version: str) -> None:
    """Move LATEST, skipping the PUT when it is already there (a no-op run writes nothing)."""
    if read_latest_version(store, layout) != version:
        store.write_text(layout.latest_key, json.dumps({"version": version}))


def _npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()
