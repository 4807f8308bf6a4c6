"""BM25 behaviour retrieval quality depends on (bench/quality/RESULTS.md)."""

from __future__ import annotations

import numpy as np

from vellum.index.bm25 import BM25Index, tokenize

TEXTS = [
    "The package was packaged by the maintainers.",
    "Set max_inflight_msgs to bound unacknowledged messages.",
    "The pump pump pump pump runs. The motor runs.",
    "The motor runs quietly.",
]


def test_porter_stemming_joins_word_forms():
    assert tokenize("packaging executes graylevels") == tokenize("packaged execute graylevel")


def test_compound_tokens_match_whole_and_by_part():
    index = BM25Index(TEXTS)
    assert int(np.argmax(index.scores("max_inflight_msgs"))) == 1
    assert int(np.argmax(index.scores("how many inflight messages"))) == 1


def test_stopwords_alone_match_nothing():
    assert not BM25Index(TEXTS).scores("what is the").any()


def test_rare_terms_outweigh_common_ones():
    index = BM25Index(TEXTS)
    assert index.idf("quietli") > index.idf("motor") > 0
    assert int(np.argmax(index.scores("motor quietly"))) == 3


def test_term_frequency_saturates():
    """Four mentions score well under four times one mention (k1 bounds the gain)."""
    scores = BM25Index(["pump pump pump pump", "pump valve seal gasket", "motor"]).scores("pump")
    assert scores[1] < scores[0] < 2 * scores[1]
