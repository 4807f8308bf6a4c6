"""Typed rejections: every way a dropped file can fail to become pages.

The parse component records `to_dict()` in the ledger and moves on, so a bad file never fails a
whole pipeline run. Each reason code has exactly one subclass, so callers can `except` the case
they care about and dashboards can count by `reason` without parsing messages.
"""

from __future__ import annotations


class DocumentRejected(Exception):
    """Base class: the document was not turned into pages. `reason` is a stable code."""

    reason: str = "rejected"

    def __init__(self, detail: str, source: str = "") -> None:
        super().__init__(f"{self.reason}: {detail}" + (f" ({source})" if source else ""))
        self.detail = detail
        self.source = source

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason, "detail": self.detail, "source": self.source}


class NotAPdf(DocumentRejected):
    """No `%PDF-` header in the first 1024 bytes (an image, HTML, a zip renamed to .pdf ...)."""

    reason = "not_a_pdf"


class EncryptedPdf(DocumentRejected):
    """Needs a password we do not have, or forbids text extraction, or uses an unsupported cipher."""

    reason = "encrypted"


class CorruptPdf(DocumentRejected):
    """pypdf could not make sense of the file structure (or of any page in it)."""

    reason = "corrupt"


class EmptyPdf(DocumentRejected):
    """A structurally valid PDF with zero pages."""

    reason = "empty"


class NoExtractableText(DocumentRejected):
    """Every page is blank after cleanup: typically a scan without an OCR text layer."""

    reason = "no_text"


class DecompressionBomb(DocumentRejected):
    """A stream (or the document as a whole) inflates beyond the configured memory bounds."""

    reason = "decompression_bomb"


class TooLarge(DocumentRejected):
    """Over a size limit: bytes, pages, or the parse time budget."""

    reason = "too_large"


REJECTIONS: tuple[type[DocumentRejected], ...] = (
    NotAPdf, EncryptedPdf, CorruptPdf, EmptyPdf, NoExtractableText, DecompressionBomb, TooLarge,
)
