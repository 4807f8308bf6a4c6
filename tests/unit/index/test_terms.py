"""Term weights stored by chunk and scored by term give the dot products, and refuse a file that
does not fit its index."""

from __future__ import annotations

import numpy as np
import pytest

from vellum.index.terms import TermWeights


def random_rows(rng: np.random.Generator, chunks: int, vocabulary: int) -> list[tuple[np.ndarray, np.ndarray]]:
    rows = []
    for _ in range(chunks):
        ids = np.sort(rng.choice(vocabulary, size=rng.integers(0, 12), replace=False)).astype(np.int32)
        rows.append((ids, rng.random(len(ids)).astype(np.float32) + 0.01))
    return rows


def dense(rows, vocabulary: int) -> np.ndarray:
    matrix = np.zeros((len(rows), vocabulary))
    for r, (ids, weights) in enumerate(rows):
        matrix[r, ids] = weights
    return matrix


def test_scores_of_rows_are_their_dot_products_and_weigh_only_their_terms():
    rng = np.random.default_rng(7)
    rows = random_rows(rng, 200, 300)
    terms = TermWeights.from_rows(rows)
    query = np.where(rng.random(300) < 0.3, rng.random(300), 0.0)
    picked = np.array([5, 17, 3, 150, 42])
    asked = []

    def weigh(ids):
        asked.append(ids)
        return query[ids]

    got = terms.scores_of_rows(picked, weigh)
    np.testing.assert_allclose(got, dense(rows, 300)[picked] @ query, rtol=1e-5)
    [ids] = asked
    assert list(ids) == sorted(set(np.concatenate([rows[r][0] for r in picked]).tolist()))


def test_rows_without_terms_score_zero_and_weigh_nothing():
    terms = TermWeights.from_rows([(np.zeros(0, np.int32), np.zeros(0, np.float32))] * 3)
    assert terms.scores_of_rows(np.array([0, 2]), lambda ids: 1 / 0).tolist() == [0.0, 0.0]


def test_bytes_round_trip_and_rows_pick_chunks():
    rows = random_rows(np.random.default_rng(1), 20, 50)
    terms = TermWeights.from_bytes(TermWeights.from_rows(rows).to_bytes(), 20)
    for (ids, weights), (got_ids, got_weights) in zip(rows, terms.rows(range(20))):
        np.testing.assert_array_equal(got_ids, ids)
        np.testing.assert_allclose(got_weights, weights, rtol=1e-3)  # stored as float16
    picked = terms.rows([3, 0])
    np.testing.assert_array_equal(picked[0][0], rows[3][0])


def test_a_file_for_another_number_of_chunks_is_refused():
    data = TermWeights.from_rows(random_rows(np.random.default_rng(2), 5, 20)).to_bytes()
    with pytest.raises(ValueError, match="term weights for 5 chunks"):
        TermWeights.from_bytes(data, 6)


def test_a_snapshot_whose_term_weights_do_not_fit_its_chunks_is_refused():
    from vellum.index import IndexError_, IndexSnapshot, Manifest

    manifest = Manifest("test", "v-test", None, "", "model", 2, {}, (), 2)
    chunks = [{"chunk_id": "a", "doc_id": "d", "page": 1, "text": "x"}] * 2
    terms = TermWeights.from_rows(random_rows(np.random.default_rng(3), 3, 10))
    with pytest.raises(IndexError_, match="2 chunks, 2 embeddings, 3 term weight rows"):
        IndexSnapshot(manifest=manifest, chunks=chunks, embeddings=np.zeros((2, 2), np.float32), uri="memory://t", terms=terms)
    with pytest.raises(IndexError_, match="2 chunks, 1 embeddings"):
        IndexSnapshot(manifest=manifest, chunks=chunks, embeddings=np.zeros((1, 2), np.float32), uri="memory://t")
