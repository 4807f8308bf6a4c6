"""SPLADE term weights of an index version's chunks, stored and scored by chunk.

Stored (``terms.npz``) the way they are made, one row of (term id, weight) pairs per chunk, so a
new version can copy a kept document's rows, and scored the same way: a question is scored
against the few chunks the other rankers put forward, so only their rows are read and only
their terms are weighed for it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TermWeights:
    """Rows of sparse weights: chunk ``i`` holds ``ids[indptr[i]:indptr[i+1]]`` (ascending)."""

    indptr: np.ndarray  # int64, chunks + 1
    ids: np.ndarray  # int32 vocabulary ids
    weights: np.ndarray  # float32

    @classmethod
    def from_rows(cls, rows: list[tuple[np.ndarray, np.ndarray]]) -> "TermWeights":
        lengths = [len(ids) for ids, _ in rows]
        return cls(
            np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
            np.concatenate([ids for ids, _ in rows]).astype(np.int32) if rows else np.zeros(0, np.int32),
            np.concatenate([w for _, w in rows]).astype(np.float32) if rows else np.zeros(0, np.float32),
        )

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def rows(self, picked: Iterable[int]) -> list[tuple[np.ndarray, np.ndarray]]:
        spans = [(self.indptr[r], self.indptr[r + 1]) for r in picked]
        return [(self.ids[start:end], self.weights[start:end]) for start, end in spans]

    def to_bytes(self) -> bytes:
        """``.npz``; weights as float16 (about three significant digits, the precision a ranking
        of ~100 candidates needs), which halves the file. The quality bench scores from such files."""
        buffer = io.BytesIO()
        np.savez(buffer, indptr=self.indptr, ids=self.ids, weights=self.weights.astype(np.float16))
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, chunks: int) -> "TermWeights":
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            terms = cls(npz["indptr"].astype(np.int64), npz["ids"].astype(np.int32), npz["weights"].astype(np.float32))
        if len(terms) != chunks or terms.indptr[-1] != len(terms.ids) or len(terms.ids) != len(terms.weights):
            raise ValueError(f"term weights for {len(terms)} chunks ({len(terms.ids)} entries), expected {chunks} chunks")
        return terms

    def scores_of_rows(self, rows: np.ndarray, weigh: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """Dot product of each chunk of ``rows`` with a query whose weights ``weigh(term_ids)``
        gives (ascending ids in, one weight each out), asked only for the terms those chunks hold."""
        starts = self.indptr[rows]
        lengths = self.indptr[np.asarray(rows) + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(len(rows), dtype=np.float64)
        # every entry of every row, gathered in one go: start of its row + offset in it
        offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        entries = np.repeat(starts, lengths) + offsets
        ids = self.ids[entries]
        # the distinct ids in ascending order, and each entry's place among them, from a count
        # over the vocabulary: half the time of np.unique's sort of every entry
        terms = np.flatnonzero(np.bincount(ids))
        place = np.empty(int(terms[-1]) + 1, dtype=np.int32)
        place[terms] = np.arange(len(terms), dtype=np.int32)
        which = place[ids]
        query = weigh(terms)
        return np.bincount(
            np.repeat(np.arange(len(rows)), lengths), weights=self.weights[entries] * query[which], minlength=len(rows)
        )
