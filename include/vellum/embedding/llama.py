"""The MiniLM encoder as a llama-index ``BaseEmbedding``, so llama-index pipelines can use it."""

from __future__ import annotations

import asyncio

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from vellum.embedding.minilm import MODEL_ID, MiniLMEncoder, default_encoder


class VellumEmbedding(BaseEmbedding):
    """llama-index embedding backed by :class:`MiniLMEncoder` (offline, no torch)."""

    _encoder: MiniLMEncoder = PrivateAttr()

    def __init__(self, encoder: MiniLMEncoder | None = None, **kwargs) -> None:
        kwargs.setdefault("model_name", MODEL_ID)
        kwargs.setdefault("embed_batch_size", 32)
        super().__init__(**kwargs)
        self._encoder = encoder or default_encoder()

    @classmethod
    def class_name(cls) -> str:
        return "VellumEmbedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encoder.encode([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encoder.encode([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encoder.encode(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return await asyncio.to_thread(self._get_query_embedding, query)
