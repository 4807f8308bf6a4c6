"""What parsing produces: immutable pages with cleaned text, ready for chunking."""

from __future__ import annotations

from dataclasses import dataclass

PAGE_KINDS = ("body", "toc", "index", "blank")


@dataclass(frozen=True)
class Page:
    number: int
    """1-based, the PDF's physical page order (not the printed page label)."""
    text: str
    """Cleaned text: paragraphs separated by a blank line, code/listing lines kept as lines."""
    kind: str
    """"body", "toc", "index" or "blank"; downstream may skip toc/index/blank when embedding."""


@dataclass(frozen=True)
class ParsedDocument:
    source: str
    content_sha256: str
    page_count: int
    pages: tuple[Page, ...]
    title: str | None
    unreadable_pages: tuple[int, ...] = ()
    """Pages pypdf failed on (kept as blank pages, so numbering stays aligned with the PDF)."""
