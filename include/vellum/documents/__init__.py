"""PDF -> clean page text, with typed rejections for every file that cannot be used.

    from vellum.documents import parse_pdf, ParseLimits, DocumentRejected
    try:
        doc = parse_pdf(data, source="s3://drops/guide.pdf")
    except DocumentRejected as rejected:
        ledger.record(rejected.to_dict())   # {"reason": "encrypted", "detail": ..., "source": ...}

Reason codes (one subclass each): not_a_pdf, encrypted, corrupt, empty, no_text,
decompression_bomb, too_large.
"""

from .errors import (
    CorruptPdf,
    DecompressionBomb,
    DocumentRejected,
    EmptyPdf,
    EncryptedPdf,
    NoExtractableText,
    NotAPdf,
    TooLarge,
)
from .limits import ParseLimits
from .model import Page, ParsedDocument
from .parse import parse_pdf

__all__ = [
    "CorruptPdf",
    "DecompressionBomb",
    "DocumentRejected",
    "EmptyPdf",
    "EncryptedPdf",
    "NoExtractableText",
    "NotAPdf",
    "Page",
    "ParseLimits",
    "ParsedDocument",
    "TooLarge",
    "parse_pdf",
]
