"""Chunking with llama-index's ``SentenceSplitter``, measured in the embedder's word pieces.

Why page-bounded: every citation names a page, so a chunk never spans two pages.
Why the model's tokenizer: all-MiniLM-L6-v2 reads at most 256 word pieces and silently drops
the rest; llama-index's default tokenizer (tiktoken) undercounts word pieces on technical text,
so its "256-token" chunks get truncated by the model.
Why stable ids: a chunk id is a hash of the document's content hash, page, position and text,
so re-ingesting unchanged bytes yields the same ids (lineage, dedup, KFP cache keys).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache

from vellum.embedding.minilm import MAX_SEQUENCE_TOKENS


@dataclass(frozen=True)
class ChunkingConfig:
    """Sizes in embedder word pieces (special tokens excluded)."""

    chunk_tokens: int = 200
    overlap_tokens: int = 24

    def __post_init__(self) -> None:
        if not 16 <= self.chunk_tokens <= MAX_SEQUENCE_TOKENS - 2:
            raise ValueError(
                f"chunk_tokens={self.chunk_tokens} must be 16..{MAX_SEQUENCE_TOKENS - 2}: "
                "the embedder truncates longer input"
            )
        if not 0 <= self.overlap_tokens < self.chunk_tokens // 2:
            raise ValueError("overlap_tokens must be >= 0 and < chunk_tokens / 2")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    page: int
    ordinal: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


def document_id(content_sha256: str) -> str:
    """Documents are identified by content: the same bytes under two names are one document."""
    return f"doc-{content_sha256[:16]}"


def _chunk_id(doc_id: str, page: int, ordinal: int, text: str) -> str:
    digest = hashlib.sha256(f"{doc_id}\x00{page}\x00{ordinal}\x00{text}".encode()).hexdigest()
    return f"chk-{digest[:20]}"


@lru_cache(maxsize=1)
def _word_piece_counter() -> Callable[[str], list]:
    """Loaded once per process: building the tokenizer costs more than chunking a short document."""
    from vellum.embedding.minilm import _tokenizer_path
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return lambda text: tokenizer.encode(text, add_special_tokens=False).ids


@lru_cache(maxsize=4)
def _splitter(config: ChunkingConfig):
    """One splitter per recipe and process (it is stateless between ``split_text`` calls)."""
    from llama_index.core.node_parser import SentenceSplitter

    return SentenceSplitter(
        chunk_size=config.chunk_tokens,
        chunk_overlap=config.overlap_tokens,
        tokenizer=_word_piece_counter(),
        paragraph_separator="\n\n",
    )


def chunk_pages(
    doc_id: str, pages: Iterable[tuple[int, str]], config: ChunkingConfig = ChunkingConfig()
) -> list[Chunk]:
    """Split each (page number, text) into chunks; empty pages give none."""
    splitter = _splitter(config)
    chunks: list[Chunk] = []
    for page, text in pages:
        if not text.strip():
            continue
        for ordinal, piece in enumerate(splitter.split_text(text)):
            piece = piece.strip()
            if piece:
                chunks.append(Chunk(_chunk_id(doc_id, page, ordinal, piece), doc_id, page, ordinal, piece))
    return chunks
