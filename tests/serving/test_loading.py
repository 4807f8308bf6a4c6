"""What the predictor refuses to serve."""

from __future__ import annotations

import pytest
from corpus import publish_corpus

from vellum.serving.model import EmbeddingModelMismatch, RagModel


def test_an_index_of_another_embedding_model_is_refused_with_the_way_out(tmp_path):
    uri = publish_corpus(tmp_path, embedding_model="sentence-transformers/all-MiniLM-L6-v2@onnx-float32")
    model = RagModel("vellum-rag", uri)
    with pytest.raises(EmbeddingModelMismatch, match="was embedded with sentence-transformers/all-MiniLM-L6-v2@onnx-float32.*re-ingest"):
        model.load()
    assert not model.ready
