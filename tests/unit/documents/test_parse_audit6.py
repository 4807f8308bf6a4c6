"""Defects found by the sixth parser audit (Chromium/Skia, wkhtmltopdf/Qt, LibreOffice, Typst
manuals), each on a PDF the test builds itself."""

from __future__ import annotations

from vellum.documents import parse_pdf
from vellum.documents.glyphs import tabs_as_spaces
from vellum.documents.spacing import looks_glued

from .factory import assemble_pdf, build_manual, lines, para, stream_pdf

PROSE = ("Several channels are dedicated to the development of the distribution and most of them "
         "are hosted on the same network, where anyone who wants to learn may read along.")


# --- a CSS text-shadow printed as a second copy of the text (Chromium / Skia) -------------------

def _shadowed(text: bytes, x: float, y: float, size: int = 14) -> bytes:
    """`text` as Skia prints it under a 1 px text-shadow: a white copy 0.75 pt up, then the text."""
    return (b"BT 1 g /F1 %d Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET "
            b"BT 0 g /F1 %d Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (size, x, y + 0.75, text, size, x, y, text))


def _prose(top: int, page: int) -> bytes:
    """Lines of prose, the words turned by `page` so that no page repeats another's."""
    words = PROSE.split()
    words = words[page:] + words[:page]
    rows = [" ".join(words[i:i + 10]) for i in range(0, len(words), 10)]
    return b"BT /F1 10 Tf 14 TL 72 %d Td " % top + b" ".join(b"(%s) Tj T*" % row.encode() for row in rows) + b" ET"


def test_a_heading_printed_again_as_its_shadow_is_read_once():
    # at the body size: a larger heading would be marked from its font (font_headings.py), and
    # this is about the line the shadow's copy made too long to stand on its own
    pages = [b"\n".join([_prose(740, n), _shadowed(b"4.%d. " % (n + 1), 72, 660, size=10),
                         _shadowed(b"IRC channels", 104, 660, size=10), _prose(630, n + 5)]) for n in range(3)]
    text = parse_pdf(stream_pdf(*pages), "devref.pdf").pages[0].text
    assert text.count("IRC channels") == 1 and text.count("4.1.") == 1
    assert "\n4.1. IRC channels\n" in text  # no longer too long to stand as a line of its own


def test_the_same_word_printed_apart_on_a_line_stays_twice():
    row = b"BT /F1 10 Tf 1 0 0 1 72 600 Tm (yes) Tj ET BT /F1 10 Tf 1 0 0 1 76 600 Tm (yes) Tj ET"
    text = parse_pdf(stream_pdf(_prose(740, 0) + b"\n" + row), "table.pdf").pages[0].text
    assert text.count("yes") == 2


# --- Qt's fonts (wkhtmltopdf): the space glyph read as a tab, code 32 a letter, no /W -------------

def _qt_pdf(pages: list[list[str]]) -> bytes:
    """Pages (their lines) in a monospace CID font as Qt 5 writes it: glyphs numbered in order of
    use from 1, except that "v" has code 32 (whatever glyph Qt numbered 32), the space glyph
    mapped to U+0009 by the /ToUnicode, every glyph /DW wide and no /W; each glyph placed by a Td
    of its own."""
    chars = sorted({ch for lines in pages for line in lines for ch in line} - {"v"})
    codes = {ch: code for ch, code in zip(chars, [c for c in range(1, 64) if c != 32])} | {"v": 32}
    mapped = {code: 0x09 if ch == " " else ord(ch) for ch, code in codes.items()}
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Qt def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n" % len(mapped)
            + b"".join(b"<%04X> <%04X>\n" % item for item in sorted(mapped.items())) + b"endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    contents = [b"BT /F1 10 Tf " + b" ".join(
        b"1 0 0 1 72 %d Tm " % (740 - 14 * row) + b" 6 0 Td ".join(b"<%04X> Tj" % codes[ch] for ch in line)
        for row, line in enumerate(lines)) + b" ET" for lines in pages]
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (7 + i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSansMono /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSansMono /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /CIDToGIDMap /Identity /DW 600 >>",
        b"<< /Type /FontDescriptor /FontName /DejaVuSansMono /Flags 4 /FontBBox [0 -200 600 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                b"/Contents %d 0 R >>" % (7 + count + i) for i in range(count)]
    objects += [b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream" for content in contents]
    return assemble_pdf(objects)


def test_a_qt_listing_keeps_single_spaces_and_whole_words():
    names = ["values", "vectors", "levels", "variance", "verbose", "solved", "eigen", "vcov", "inverse"]
    calls = ["solve", "var", "nlevels", "ave", "rev", "sva"]
    pages = [[f"{names[(3 * n + i) % 9]} = {calls[(n + i) % 6]}({names[(n + 2 * i) % 9]}, vector)"
              for i in range(5)] for n in range(3)]
    parsed = parse_pdf(_qt_pdf(pages), "r-intro.pdf").pages
    for page, lines in zip(parsed, pages):
        for line in lines:
            assert line in page.text.split("\n")


def test_a_readers_tabs_are_spaces():
    # normalize would make a tab four spaces, and a page whose gaps are all tabs looks glued
    assert tabs_as_spaces("X\t<-\tcbind(arg_1,\targ_2)") == "X <- cbind(arg_1, arg_2)"
    assert not looks_glued(tabs_as_spaces((PROSE + " ").replace(" ", "\t") * 3))


# --- a typesetter that does not hyphenate: every line-end hyphen is the author's ----------------

def test_compounds_broken_at_a_line_end_keep_their_hyphen_where_nothing_is_hyphenated():
    compounds = ["architecture-independent", "comma-separated", "build-dependencies", "co-maintainer",
                 "pseudo-package", "non-native"]
    filler = "The policy says which fields a package must carry in its control file and why."
    first = [para(f"{filler} It names {compound} packages in a line of its own. {filler}") for compound in compounds]
    broken = [c.replace("-", "-|", 1) for c in compounds] + ["BSD-|like", "date-|based"]
    second = [para(f"{filler} {filler} Here the text names {word} things and goes on. {filler}") for word in broken]
    text = " ".join(page.text for page in parse_pdf(build_manual([first, second]), "policy.pdf").pages)
    assert "BSD-like things" in text and "date-based things" in text
    assert "BSDlike" not in text and "datebased" not in text


# --- a numbered heading after a sentence, in a document without bookmarks (Chromium) -----------

def test_a_numbered_heading_after_a_full_line_ending_a_sentence_starts_a_block():
    words = PROSE.split()
    full = [" ".join((words[i:] + words[:i])[:15]) for i in range(6)]  # lines as wide as the page's
    titles = ["3.2. Administrative Duties", "4.1.4. Requesting new lists", "5.8.2 Preparing the upload"]
    pages = [[lines(*full[n:n + 3], full[n + 3] + ".", title, *full[n:n + 2])] for n, title in enumerate(titles)]
    for title, page in zip(titles, parse_pdf(build_manual(pages), "devref.pdf").pages):
        assert f".\n\n{title}\n\n" in page.text


# --- a paragraph's last line that completes a word hyphenated on the line before -------------

def test_a_paragraph_ends_after_a_short_last_line_that_completes_a_hyphenated_word():
    words = PROSE.split()
    rows = [" ".join((words[i:] + words[:i])[:15]) for i in range(18)]  # lines as wide as the page's
    pages = [rows[6 * n:6 * n + 6] for n in range(3)]  # no line on two pages: none is furniture
    broken = [" ".join(page[2].split()[:12]) + " the config-" for page in pages]
    pdf = build_manual([[lines(*page[:2], head, "uration is read.", *page[3:])] for page, head in zip(pages, broken)])
    for page, head, parsed in zip(pages, broken, parse_pdf(pdf, "devref.pdf").pages):
        assert f"{head[:-1]}uration is read.\n\n{page[3]}" in parsed.text
