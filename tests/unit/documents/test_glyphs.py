"""Glyphs whose font names them no character: pypdf prints their names, pdfminer "(cid:N)";
neither is text (documents/glyphs.py)."""

from __future__ import annotations

import logging

from vellum.documents import parse_pdf
from vellum.documents.glyphs import UNMAPPED_CID

from .factory import stream_pdf

#: a music font as LilyPond embeds its Emmentaler: its own glyph names, no /ToUnicode
MUSIC_FONT = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Emmentaler-20 /FirstChar 65 /LastChar 67 "
              b"/Widths [300 600 300] /Encoding << /Type /Encoding /Differences [65 /noteheads.s2 /clefs.G "
              b"/flags.u3] >> >>")
VERSE = ("The next line in the nursery rhyme is sung to the same tune as the line before it, so the "
         "melody is repeated with new words while the rhythm of the notes stays the same").split()


def _page(number: int) -> bytes:
    """Prose, a staff (a clef and four notes with their flags, the lyrics drawn between them, as
    a music example is set), prose."""
    def prose(top: int) -> list[bytes]:
        lines = [" ".join(VERSE[(line + number) % 5:][:12]) for line in range(10)]
        return [b"BT /F1 10 Tf 14 TL 50 %d Td" % top, *(b"(%s) '" % line.encode() for line in lines), b"ET"]

    staff = (b"BT /F3 20 Tf 1 0 0 1 50 560 Tm (BAC) Tj 1 0 0 1 120 560 Tm (AC) Tj /F1 10 Tf "
             b"1 0 0 1 70 540 Tm (Girls) Tj 1 0 0 1 120 540 Tm (and boys) Tj ET")
    return b"\n".join([*prose(740), staff, *prose(500)])


def test_glyph_names_are_no_text_and_do_not_send_the_document_to_pdfminer(caplog):
    pdf = stream_pdf(*[_page(i) for i in range(8)], f3=MUSIC_FONT)
    with caplog.at_level(logging.INFO, logger="vellum.documents.spacing"):
        pages = parse_pdf(pdf, "learning.pdf").pages
    text = "\n".join(page.text for page in pages)
    assert "noteheads" not in text and "clefs" not in text and "flags" not in text
    assert "Girls" in text and VERSE[0] in pages[0].text
    assert "pdfminer reads the document" not in caplog.text  # the sample pages' words agree


def test_glyph_names_that_pypdf_prints_through_the_fonts_to_unicode_map_are_dropped_too(caplog):
    """Ghostscript gives PMW's music font a /ToUnicode for the few glyphs it can name, keyed by
    their codes; pypdf passes the names of the other glyphs through that map letter by letter,
    so "/clefs.G" comes out as "/ċlef6.G" where the codes of "c" and "s" are mapped."""
    to_unicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def "
                  b"1 begincodespacerange <00> <ff> endcodespacerange 3 beginbfchar <63> <010B> <73> <0036> "
                  b"<44> <266F> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    pdf = stream_pdf(*[_page(i) for i in range(8)], f3=MUSIC_FONT, f3_to_unicode=to_unicode)
    with caplog.at_level(logging.INFO, logger="vellum.documents.spacing"):
        text = "\n".join(page.text for page in parse_pdf(pdf, "spec.pdf").pages)
    assert "\u010blef6" not in text and "note" not in text and "flag6" not in text
    assert "Girls" in text and VERSE[0] in text
    assert "pdfminer reads the document" not in caplog.text


def test_pdfminer_unmapped_glyphs_are_matched_whole():
    assert UNMAPPED_CID.sub("", "a(cid:26) b (cid:5)(cid:1234)c (cid:x)") == "a b c (cid:x)"
