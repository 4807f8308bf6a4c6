"""Load a committed index version (verifying every file against the manifest)."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass

import numpy as np

from vellum.index.layout import CHUNKS, EMBEDDINGS, MANIFEST, TERMS
from vellum.index.manifest import IndexError_, Manifest, ManifestMissing
from vellum.index.terms import TermWeights
from vellum.storage import ObjectStore, StorageError, open_url


@dataclass
class IndexSnapshot:
    manifest: Manifest
    chunks: list[dict]
    embeddings: np.ndarray
    uri: str
    terms: TermWeights | None = None  # SPLADE weights per chunk; None in versions without them

    def __post_init__(self) -> None:
        # search reads row i of the embeddings and of the term weights for chunk i
        if len(self.embeddings) != len(self.chunks) or (self.terms is not None and len(self.terms) != len(self.chunks)):
            raise IndexError_(
                f"{self.uri}: {len(self.chunks)} chunks, {len(self.embeddings)} embeddings, "
                f"{'no' if self.terms is None else len(self.terms)} term weight rows"
            )

    @property
    def version(self) -> str:
        return self.manifest.version

    @classmethod
    def load(cls, uri: str, *, store: ObjectStore | None = None) -> "IndexSnapshot":
        """Load the version at ``uri`` (``.../<collection>/versions/<version>``).

        Refuses a version without a manifest (an unfinished publish) and any file whose hash
        differs from the manifest (a torn or tampered upload).
        """
        store = store or open_url(uri)
        try:
            manifest = Manifest.from_json(store.read_text(MANIFEST))
        except StorageError as exc:
            raise ManifestMissing(f"{uri}: no committed index version here ({exc})") from exc
        blobs = {name: _verified(store, manifest, name) for name in (CHUNKS, EMBEDDINGS)}
        chunks = [json.loads(line) for line in blobs[CHUNKS].decode().splitlines() if line]
        embeddings = np.load(io.BytesIO(blobs[EMBEDDINGS]), allow_pickle=False)
        if embeddings.shape != (len(chunks), manifest.embedding_dim):
            raise IndexError_(
                f"{uri}: embeddings shape {embeddings.shape} does not match "
                f"{len(chunks)} chunks x {manifest.embedding_dim}"
            )
        terms = None
        if TERMS in manifest.files:
            try:
                terms = TermWeights.from_bytes(_verified(store, manifest, TERMS), len(chunks))
            except ValueError as exc:
                raise IndexError_(f"{uri}: {exc}") from exc
        # Column-major: one contiguous row per dimension is the layout BLAS reads fastest when it
        # scores a batch of queries against every chunk (half the time of row-major at 50k x 384,
        # bench/serve/RESULTS.md); indexing and shapes are the same as row-major.
        return cls(manifest=manifest, chunks=chunks, embeddings=np.asfortranarray(embeddings), uri=uri, terms=terms)


def _verified(store: ObjectStore, manifest: Manifest, name: str) -> bytes:
    data = store.read_bytes(name)
    expected = manifest.files.get(name, {}).get("sha256")
    if expected != hashlib.sha256(data).hexdigest():
        raise IndexError_(f"{store.url(name)}: sha256 does not match the manifest")
    return data
