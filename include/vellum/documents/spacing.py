"""Second opinion for pages whose words pypdf glued together.

Some PDF producers place every word with its own text matrix and no space glyph between words
(e.g. DocBook/FOP manuals such as Debian's auto-multiple-choice guide). pypdf infers a space
only when the gap exceeds a share of the font's space width, so tightly set words come out as
"Themaximumnumberofstudents...", which leaves keyword search nothing to match and the embedder
reading noise. pdfminer's layout analysis measures gaps against character widths and gets
these pages right, but is ~8x slower than pypdf, so it runs only on the pages that need it.
"""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)

#: Ordinary prose has about one space per 5-7 characters; glued text has almost none.
MIN_LETTERS = 200
MAX_SPACE_RATIO = 0.06


def looks_glued(text: str) -> bool:
    """True when a page has plenty of letters but almost no spaces between them."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        return False
    return text.count(" ") / letters < MAX_SPACE_RATIO


def respace(data: bytes, page_numbers: list[int]) -> dict[int, str]:
    """Text of the given 1-based pages by pdfminer, in one pass; pages it cannot read are left out.

    Only called after pypdf has read the whole file within our limits, so the document's
    streams are known to inflate to a bounded size.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    wanted = {n - 1 for n in page_numbers}
    out: dict[int, str] = {}
    try:
        for number, layout in zip(sorted(wanted), extract_pages(io.BytesIO(data), page_numbers=wanted)):
            out[number + 1] = "".join(el.get_text() for el in layout if isinstance(el, LTTextContainer))
    except Exception as exc:  # a second opinion that fails must not sink a readable document
        log.warning("pdfminer could not re-read pages %s (%s); keeping pypdf's text", page_numbers, exc)
    return out
