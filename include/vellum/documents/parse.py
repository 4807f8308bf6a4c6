"""parse_pdf: PDF bytes -> cleaned, classified pages (the KFP "parse" component's core).

Pipeline, each step its own module:
  reader      bytes -> raw text per page, under ParseLimits; failures -> DocumentRejected;
              glyph names pypdf prints for glyphs without a character dropped, tabs (Qt's
              space glyph, PDF::API2's printed tabs) read as spaces (glyphs.py);
              fonts completed where pypdf misreads them (font_completion.py: characters a
              partial /ToUnicode leaves out, a CID font without widths); runs printed twice
              over each other read once; pypdf's line breaks inside one printed line and
              list markers printed after their items undone, a table's cells printed one by
              one read as its row (monospace.PageRuns.text); which lines are set in monospace,
              where they start (documents/monospace.py); which are table rows, footnotes or
              start a frame such as a margin note (documents/layout.py); words split at a
              kern on pages justified by word spacing rejoined (word_spacing.py)
  normalize   unicode/invisible-character cleanup, per page
  furniture   running headers/footers and page numbers, learned across the whole document;
              LaTeX's headers that name a section (a bookmark's title or a numbered heading's);
              a section's title and the page number at the document's page offset; a
              bookmark's title on its own page is its heading, kept
  classify    toc / index pages (kept line by line, not reflowed)
  headings    section heading lines marked, from the PDF outline, else from their fonts
              (larger than the body text, or bold and numbered: font_headings.py); with an
              outline, a chapter's list of its own sections in its body (HTML documentation's)
              blanked first
  footnotes   moved from a column's foot to the end of the page (layout.footnotes_last), so
              a sentence the column break cut reads on
  hyphenation line-end hyphen joins, using the document's own vocabulary
  reflow      paragraphs joined, code listings (monospace lines, else code-shaped) kept verbatim,
              indented by where their lines are printed; table rows kept line by line; a
              term, heading or label set apart by its font, and a hanging item, start a block
  listing_numbers  the line numbers of numbered code listings dropped
  title       metadata that page 1 agrees with, else the cover's largest print (title.py)
Every step after `reader` is linear in the text size.

Measured here (2 shared cores, tests/unit/documents/test_performance.py, generated 300-page
manual, ~2k chars/page): pypdf extraction ~500 pages/s, with cleanup ~430 pages/s; cleanup costs
~0.33 ms/page (0.47-0.54 ms/page in a later, busier hour, with the prose/code and compound-hyphen
rules: 0.44-0.50 without them in that hour). Those synthetic pages are cheap for pypdf (one base
font, one Tj per line); on real manuals pypdf runs ~130 pages/s (7.7 ms/page), where the same
cleanup is ~4-7%.
The reader's pdfminer sample (documents/spacing.py) adds a fixed ~0.15-0.7 s per document.
A 1 GiB deflate bomb is rejected in ~0.2 s with ~95 MiB peak RSS growth (64 MiB stream cap).
"""

from __future__ import annotations

import hashlib
import itertools

from .classify import BLANK_CHARS, classify_pages
from .errors import CorruptPdf, DocumentRejected, NoExtractableText
from .font_headings import mark_font_headings
from .furniture import remove_furniture
from .headings import drop_local_contents, mark_headings
from .hyphenation import Vocabulary, join_hyphenated
from .layout import NO_LAYOUT, footnotes_last
from .limits import ParseLimits
from .listing_numbers import drop_listing_numbers
from .model import Page, ParsedDocument
from .monospace import NO_FONTS, LineFonts
from .normalize import normalize_text
from .reader import RawDocument, read_pdf
from .reflow import line_block, reflow, typical_width
from .title import choose_title


def parse_pdf(data: bytes, source: str, limits: ParseLimits = ParseLimits()) -> ParsedDocument:
    """Parse `data` (a PDF file's bytes; `source` names it in errors and lineage).

    Raises a DocumentRejected subclass, with `source` set, for every file that cannot be
    turned into at least one non-blank page; never a raw pypdf/zlib error.
    """
    try:
        return _parse(data, source, limits)
    except DocumentRejected as rejected:
        rejected.source = source
        raise


def _parse(data: bytes, source: str, limits: ParseLimits) -> ParsedDocument:
    raw = read_pdf(data, limits)
    pages, title = clean_pages(raw)
    return ParsedDocument(
        source=source,
        content_sha256=hashlib.sha256(data).hexdigest(),
        page_count=raw.page_count,
        pages=pages,
        title=title,
        unreadable_pages=raw.unreadable_pages,
    )


def _headings_marked(pages: list[list[str]], raw: RawDocument, fonts: list[LineFonts],
                     body: list[bool]) -> list[list[str]]:
    """The section headings marked from the outline, or from the fonts where there is none
    (documents/font_headings.py): the outline is the author's own list, the fonts a guess."""
    if raw.outline:
        return mark_headings(drop_local_contents(pages, raw.outline, body), raw.outline, body)
    return mark_font_headings(pages, [page.style for page in fonts], [page.monospace for page in fonts], body,
                              raw.body_size)


def clean_pages(raw: RawDocument) -> tuple[tuple[Page, ...], str | None]:
    """Raw page texts -> cleaned, classified pages and a title (all steps after pypdf)."""
    extracted = [normalize_text(text) for text in raw.texts]
    pages = remove_furniture(extracted, raw.outline)
    kinds = classify_pages(pages)
    fonts = [LineFonts(verdicts or {}, starts or {}, lefts or {}, styles or {}, layout or NO_LAYOUT)
             for verdicts, starts, lefts, styles, layout in itertools.zip_longest(
                 raw.monospace, raw.starts, raw.lefts[:len(pages)], raw.styles[:len(pages)], raw.layouts[:len(pages)])
             ] or [NO_FONTS] * len(pages)
    pages = _headings_marked(pages, raw, fonts, [kind == "body" for kind in kinds])
    body = [lines for lines, kind in zip(pages, kinds) if kind == "body"]
    vocabulary = Vocabulary(body)
    width = typical_width(body, [page_fonts for page_fonts, kind in zip(fonts, kinds) if kind == "body"])

    result = []
    for number, (lines, kind, page_fonts) in enumerate(zip(pages, kinds, fonts), start=1):
        if kind == "body":
            lines = footnotes_last(lines, page_fonts.layout)
            text = drop_listing_numbers(reflow(join_hyphenated(lines, vocabulary, page_fonts), width, page_fonts))
        else:
            text = line_block(lines)
        result.append(Page(number, text, "blank" if len(text) < BLANK_CHARS else kind))

    if all(page.kind == "blank" for page in result):
        if raw.unreadable_pages:
            raise CorruptPdf("no page could be read: " + "; ".join(raw.errors[:3]))
        raise NoExtractableText(f"all {raw.page_count} pages are blank after text extraction "
                                "(image-only / scanned document?)")
    return tuple(result), choose_title(raw.metadata_title, pages[0], extracted[0], fonts[0].style, raw.body_size)
