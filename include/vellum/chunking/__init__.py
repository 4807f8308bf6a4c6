"""Page text -> chunks sized for the embedding model, with stable ids."""

from vellum.chunking.chunker import Chunk, ChunkingConfig, chunk_pages, document_id

__all__ = ["Chunk", "ChunkingConfig", "chunk_pages", "document_id"]
