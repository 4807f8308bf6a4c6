"""Resource limits for parsing untrusted PDFs.

Defaults are sized for long technical manuals on a component pod with ~1-2 GiB of memory:
a 5000-page manual is accepted, a 1 GiB zero-filled content stream is not. Every limit is
enforced without first allocating the thing it limits (the byte size is checked before pypdf
sees the file; streams are inflated with a hard output cap inside pypdf).
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1 << 20


@dataclass(frozen=True)
class ParseLimits:
    max_bytes: int = 200 * MiB
    """Files larger than this are rejected as `too_large` before parsing."""

    max_pages: int = 5000
    """Documents with more pages are rejected as `too_large` (page count is cheap to read)."""

    max_chars_per_page: int = 200_000
    """Extracted text beyond this is cut off; a real page holds ~3-10k characters, more is
    hidden or repeated text that would only bloat the index and the cleanup work."""

    max_decompressed_bytes_per_stream: int = 64 * MiB
    """Cap on one inflated stream (pypdf's zlib/LZW/run-length/brotli output caps). Past it:
    `decompression_bomb`. Peak memory of one parse is roughly this plus pypdf's objects."""

    max_decompressed_bytes_total: int = 1024 * MiB
    """Cap on the sum of inflated page content over the whole document: many streams that
    are each under the per-stream cap must not add up to an unbounded amount of work."""

    max_outline_entries: int = 20_000
    """Bookmarks read from the PDF outline (section headings for chunking); the rest are ignored."""

    max_seconds: float | None = 600.0
    """Wall-clock budget, checked between pages (a single page cannot be interrupted cheaply).
    Past it: `too_large`. None disables the check."""
