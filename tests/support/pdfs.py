"""Test PDFs, good and bad, built in memory by each test (nothing is downloaded).

The builders live with the parser's own tests (``tests/unit/documents/factory.py``); this
module is the one import path other suites use, plus the bad-file catalogue: one file per
rejection reason the ingestion must quarantine.
"""

from __future__ import annotations

import random
from functools import lru_cache

from tests.unit.documents.factory import (  # noqa: F401  (re-exported builders)
    build_manual,
    deflate_bomb_pdf,
    encrypt,
    harbor_manual,
    image_only_pdf,
    para,
    heading,
    sentences,
    text_pdf,
    zero_page_pdf,
)


@lru_cache(maxsize=None)
def manual(seed: int, pages: int = 3) -> bytes:
    """A small, distinct, text-rich PDF: ``seed`` decides its words, so two seeds never collide.

    Cached because reportlab stamps the time and a random id into every file: the same seed
    must give the same bytes (that is what a duplicate drop is).
    """
    rng = random.Random(seed)
    return build_manual(
        [[heading(f"Manual {seed} part {p + 1}"), para(sentences(rng, 12)), para(sentences(rng, 12))]
         for p in range(pages)],
        title=f"Manual {seed}",
    )


def bad_pdfs() -> dict[str, tuple[bytes, str]]:
    """file name -> (bytes, the rejection reason the parser must give), one per bad kind."""
    good = text_pdf("A valid document that is about to be damaged in transit.", n_pages=3)
    return {
        "encrypted.pdf": (encrypt(good, user_password="s3cret"), "encrypted"),
        "truncated.pdf": (good[: len(good) // 3], "corrupt"),
        "not-really.pdf": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not_a_pdf"),
        "zero-pages.pdf": (zero_page_pdf(), "empty"),
        "scanned.pdf": (image_only_pdf(2), "no_text"),
        "bomb.pdf": (deflate_bomb_pdf(decompressed_bytes=1 << 27), "decompression_bomb"),
    }
