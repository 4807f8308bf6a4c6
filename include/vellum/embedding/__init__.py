"""Sentence embeddings that run offline: all-MiniLM-L6-v2 as int8 ONNX from a PyPI package."""

from vellum.embedding.minilm import MiniLMEncoder, default_encoder
from vellum.embedding.llama import VellumEmbedding

__all__ = ["MiniLMEncoder", "VellumEmbedding", "default_encoder"]
