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


def test_scores_are_the_dot_products_with_every_chunk():
    rng = np.random.default_rng(7)
    rows = random_rows(rng, 200, 300)
    terms = TermWeights.from_rows(rows)
    query_full = np.where(rng.random(300) < 0.1, rng.random(300), 0.0)
    query_full[rng.choice(300, 3)] = 0.0
    got = terms.scores(query_full[terms.vocabulary])
    np.testing.assert_allclose(got, dense(rows, 300) @ query_full, rtol=1e-5)


def test_a_query_sharing_no_term_scores_zero_everywhere():
    terms = TermWeights.from_rows([(np.array([1, 5], np.int32), np.array([0.5, 1.0], np.float32))])
    assert terms.scores(np.zeros(len(terms.vocabulary))).tolist() == [0.0]


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
