"""SPLADE term weights of an index version's chunks, stored by chunk, scored by term.

Stored (``terms.npz``) the way they are made, one row of (term id, weight) pairs per chunk, so a
new version can copy a kept document's rows; loaded into columns, one list of (chunk, weight)
per term, so a query touches only the chunks that share a term with it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cached_property

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

    def rows(self, picked: list[int] | np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        return [(self.ids[self.indptr[r] : self.indptr[r + 1]], self.weights[self.indptr[r] : self.indptr[r + 1]]) for r in picked]

    def to_bytes(self) -> bytes:
        """``.npz``; weights as float16, which ranks the same and halves the file."""
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

    @cached_property
    def vocabulary(self) -> np.ndarray:
        """Every term id some chunk holds, ascending: the only ones a query's weight can score."""
        return np.unique(self.ids)

    @cached_property
    def _columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(start of each vocabulary term's entries, their chunk rows, their weights), by term."""
        position = np.searchsorted(self.vocabulary, self.ids)
        order = np.argsort(position, kind="stable")
        starts = np.concatenate([[0], np.cumsum(np.bincount(position, minlength=len(self.vocabulary)))])
        chunk_of = np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.indptr))
        return starts, chunk_of[order], self.weights[order]

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Dot product of every chunk with ``query`` (weights over ``vocabulary``)."""
        starts, chunk_rows, weights = self._columns
        terms = np.flatnonzero(query)
        lengths = starts[terms + 1] - starts[terms]
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(len(self), dtype=np.float64)
        # the entries of every query term, gathered in one go: start of its run + offset in it
        offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        entries = np.repeat(starts[terms], lengths) + offsets
        return np.bincount(
            chunk_rows[entries], weights=weights[entries] * np.repeat(query[terms], lengths), minlength=len(self)
        )
