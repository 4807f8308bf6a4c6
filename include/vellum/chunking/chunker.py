"""Chunking with llama-index's ``SentenceSplitter``, measured in the embedder's word pieces.

Why page-bounded: every citation names a page, so a chunk never spans two pages.
Why the model's tokenizer: all-MiniLM-L6-v2 reads at most 256 word pieces and silently drops
the rest; llama-index's default tokenizer (tiktoken) undercounts word pieces on technical text,
so its "256-token" chunks get truncated by the model.
Why stable ids: a chunk id is a hash of the document's content hash, page, position and text,
so re-ingesting unchanged bytes yields the same ids (lineage, dedup, KFP cache keys).
Why section headings in every chunk: a chunk cut from the middle of a section ("Note: in unix,
this command calls the Bourne shell") does not say which section it belongs to ("9.3.50
system"); the parser marks section headings (``vellum.documents.headings``, from the outline or
the fonts), a section never shares a chunk with the next one, and each chunk of a section starts
with its heading, so the embedder and BM25 both see it (bench/quality/RESULTS.md measured the gain).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache

from vellum.documents.headings import HEADING_MARK
from vellum.embedding.minilm import MAX_SEQUENCE_TOKENS


@dataclass(frozen=True)
class ChunkingConfig:
    """Sizes in embedder word pieces (special tokens excluded)."""

    chunk_tokens: int = 200
    overlap_tokens: int = 24
    #: split at marked section headings and start every chunk with its section's heading
    section_headings: bool = True

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


@lru_cache(maxsize=64)
def _splitter(chunk_tokens: int, overlap_tokens: int):
    """One splitter per size and process (stateless between ``split_text`` calls); sizes vary
    because a chunk's heading takes part of its word-piece budget."""
    from llama_index.core.node_parser import SentenceSplitter

    return SentenceSplitter(
        chunk_size=chunk_tokens,
        chunk_overlap=overlap_tokens,
        tokenizer=_word_piece_counter(),
        paragraph_separator="\n\n",
    )


def chunk_pages(
    doc_id: str, pages: Iterable[tuple[int, str]], config: ChunkingConfig = ChunkingConfig()
) -> list[Chunk]:
    """Split each (page number, text) into chunks; empty pages give none.

    Pages must come in document order: a section that runs onto the next page keeps its heading.
    """
    chunks: list[Chunk] = []
    heading = ""
    for page, text in pages:
        if not text.strip():
            continue
        ordinal = 0
        # ``heading`` is rebound here on purpose: the last section of a page continues on the next
        for heading, body in _sections(text, heading, config.section_headings):
            for piece in _split(heading, body, config):
                chunks.append(Chunk(_chunk_id(doc_id, page, ordinal, piece), doc_id, page, ordinal, piece))
                ordinal += 1
    return chunks


def _sections(text: str, heading: str, use_headings: bool) -> Iterable[tuple[str, str]]:
    """(heading, body) runs of one page, the first one under the heading carried from before.

    Consecutive headings with no text between them ("9 Commands", "9.1 Overview") form one
    heading. A block that begins with the mark in the PDF's own text ("§ 12 Liability") counts
    as a heading too, which it nearly always is. Without ``use_headings`` the marks are dropped
    and the page is one run.
    """
    blocks = text.split("\n\n")
    if not use_headings:
        yield "", "\n\n".join(_unmarked(block) for block in blocks)
        return
    body: list[str] = []
    pending: list[str] = []
    for block in blocks:
        if block.startswith(HEADING_MARK):
            if body:
                yield heading, "\n\n".join(body)
                body = []
            pending.append(_unmarked(block))
            continue
        if pending:
            heading, pending = "\n".join(pending), []
        body.append(block)
    if body:
        yield heading, "\n\n".join(body)
    elif pending:  # headings at the page end: their section starts on the next page
        yield "\n".join(pending), ""


def _unmarked(block: str) -> str:
    return block[len(HEADING_MARK):] if block.startswith(HEADING_MARK) else block


def _split(heading: str, body: str, config: ChunkingConfig) -> list[str]:
    """``body`` in chunks that each start with ``heading``, all within ``chunk_tokens``.

    The heading gets at most a quarter of the budget (a longer one is cut), so a chunk keeps
    room for the text it cites.
    """
    if not body.strip():
        return []
    size = config.chunk_tokens
    if heading:
        budget = size // 4
        ids = _word_piece_counter()(heading)
        if len(ids) > budget:
            heading = _cut(heading, budget)
        size -= min(len(ids), budget) + 1  # + the line break
    pieces = (piece.strip() for piece in _splitter(size, config.overlap_tokens).split_text(body))
    return [f"{heading}\n{piece}" if heading else piece for piece in pieces if piece]


def _cut(text: str, tokens: int) -> str:
    """The longest whitespace-delimited prefix of ``text`` within ``tokens`` word pieces."""
    count = _word_piece_counter()
    words = text.split()
    while words and len(count(" ".join(words))) > tokens:
        words.pop()
    return " ".join(words)
