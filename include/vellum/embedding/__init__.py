"""Sentence embeddings that run offline: all-MiniLM-L6-v2 as int8 ONNX from a PyPI package.

``VellumEmbedding`` (the llama-index adapter) is loaded lazily: importing llama-index costs
seconds, and the predictor and the pipeline's embed step need only :class:`MiniLMEncoder`.
"""

from vellum.embedding.minilm import MiniLMEncoder, default_encoder

__all__ = ["MiniLMEncoder", "VellumEmbedding", "default_encoder"]


def __getattr__(name: str):
    if name == "VellumEmbedding":
        from vellum.embedding.llama import VellumEmbedding

        return VellumEmbedding
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
