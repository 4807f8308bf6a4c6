"""Hybrid retrieval: exact dense search + BM25, fused by reciprocal rank (RRF).

Exact search is a single matrix-vector product over L2-normalised vectors; at 50k x 384 it
costs ~3 ms here (DESIGN.md), well below the query embedding itself, so no approximate index
is needed at the sizes one predictor serves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vellum.index.bm25 import BM25Index
from vellum.index.snapshot import IndexSnapshot

#: RRF damping constant from Cormack et al. (2009); 60 is the standard choice.
RRF_K = 60
#: How deep each ranker's list goes into the fusion.
CANDIDATES = 50


@dataclass(frozen=True)
class SearchHit:
    chunk: dict
    score: float  # fused RRF score (higher is better)
    dense_score: float  # cosine similarity, useful as an absolute relevance signal

    def citation(self, source_of: dict[str, str]) -> dict:
        return {
            "document": source_of.get(self.chunk["doc_id"], self.chunk["doc_id"]),
            "doc_id": self.chunk["doc_id"],
            "page": self.chunk["page"],
            "chunk_id": self.chunk["chunk_id"],
            "score": round(self.score, 6),
            "similarity": round(self.dense_score, 4),
        }


class HybridSearcher:
    def __init__(self, snapshot: IndexSnapshot) -> None:
        self.snapshot = snapshot
        self.bm25 = BM25Index([c["text"] for c in snapshot.chunks])
        self._doc_ids = np.array([c["doc_id"] for c in snapshot.chunks])
        # The first source name is what users recognise in a citation.
        self.source_of = {
            d.doc_id: d.sources[0].rsplit("/", 1)[-1] for d in snapshot.manifest.documents if d.sources
        }

    def _mask(self, documents: list[str] | None) -> np.ndarray | None:
        """Restrict to documents named by doc id or file name (a metadata filter)."""
        if not documents:
            return None
        wanted = set(documents)
        ids = {doc for doc, name in self.source_of.items() if doc in wanted or name in wanted}
        return np.isin(self._doc_ids, list(ids))

    def search(
        self, query: str, query_vector: np.ndarray, *, top_k: int = 5, documents: list[str] | None = None
    ) -> list[SearchHit]:
        if not self.snapshot.chunks:
            return []
        dense = self.snapshot.embeddings @ query_vector.astype(np.float32)
        sparse = self.bm25.scores(query)
        mask = self._mask(documents)
        if mask is not None:
            dense = np.where(mask, dense, -np.inf)
            sparse = np.where(mask, sparse, -np.inf)
        fused = np.zeros_like(dense)
        for scores, require_positive in ((dense, False), (sparse, True)):
            for rank, row in enumerate(_top(scores, CANDIDATES)):
                if not np.isfinite(scores[row]) or (require_positive and scores[row] <= 0):
                    break
                fused[row] += 1.0 / (RRF_K + rank + 1)
        best = [r for r in _top(fused, top_k) if fused[r] > 0]
        return [SearchHit(self.snapshot.chunks[r], float(fused[r]), float(dense[r])) for r in best]


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, best first (argpartition keeps it O(n))."""
    k = min(k, len(scores))
    if k == 0:
        return np.array([], dtype=np.int64)
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]
