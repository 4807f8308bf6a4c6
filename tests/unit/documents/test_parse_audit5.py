"""Defects found by the fifth parser audit (PDF::API2, dvipdfm, WeasyPrint manuals), each on a
PDF the test builds itself."""

from __future__ import annotations

import io
import logging
import struct

import pypdf
import pytest

from pdfminer.pdffont import CFFFont

from vellum.documents import parse_pdf
from vellum.documents.builtin_encoding import cff_encoding
from vellum.documents.monospace import MonospaceJudge, PageRuns

from .factory import assemble_pdf, build_manual, heading, para, stream_pdf

WORDS = ("Unlike most named operators this one has the same precedence as assignment and it is also "
         "exempt from the looks like a function rule so that the parentheses do not group the "
         "arguments of the call").split()


def _api2_page(lines: list[list[str]], top: int = 740) -> bytes:
    """A page as PDF::API2 (pod2pdf) prints it: every word and every space a text object of its
    own, each followed by an empty one that resets the text matrix to the page's corner, and
    the line's end printed as a glyph (code 10)."""
    ops = []
    for row, words in enumerate(lines):
        y, x = top - 14 * row, 72.0
        for i, word in enumerate(words):
            for text in ([" "] if i else []) + [word] + (["\n"] if i == len(words) - 1 else []):
                escaped = text.replace("\n", "\\n").encode()
                ops.append(b"q BT 1 0 0 1 %.2f %d Tm /F1 10 Tf (%s) Tj ET Q BT 1 0 0 1 0 0 Tm ET" % (x, y, escaped))
                x += 5.5 * len(text)
    return b"\n".join(ops)


def _rotated(page: int) -> list[str]:
    return WORDS[page:] + WORDS[:page]


def test_pdf_api2_words_each_in_their_own_text_object_stay_on_their_line():
    pages = [[_rotated(n)[i:i + 8] for i in range(0, len(WORDS), 8)] for n in range(3)]
    parsed = parse_pdf(stream_pdf(*[_api2_page(lines) for lines in pages]), "perlfunc.pdf").pages
    for n, page in enumerate(parsed):
        assert " ".join(_rotated(n)) in " ".join(page.text.split())
        # one paragraph: no line per word, no blank line where the line-end glyph was printed
        assert "\n" not in page.text.strip()


def test_runs_on_different_baselines_keep_their_line_break():
    first, second = " ".join(WORDS[:10]), " ".join(WORDS[10:20])
    ops = b"BT /F1 10 Tf 1 0 0 1 72 700 Tm (%s) Tj ET BT 1 0 0 1 0 0 Tm ET " \
          b"BT /F1 10 Tf 1 0 0 1 72 686 Tm (%s) Tj ET" % (first.encode(), second.encode())
    page = pypdf.PdfReader(io.BytesIO(stream_pdf(ops))).pages[0]
    runs = PageRuns(MonospaceJudge())
    assert runs.text(page.extract_text(visitor_text=runs)).split("\n") == [first, second]


# --- a partial /ToUnicode over a CFF font program's own encoding (dvipdfm) --------------------

def _sid(name: str) -> int:
    return CFFFont.STANDARD_STRINGS.index(name)


def _index(items: list[bytes]) -> bytes:
    if not items:
        return b"\x00\x00"
    offsets, at = [1], 1
    for item in items:
        at += len(item)
        offsets.append(at)
    return struct.pack(">HB", len(items), 1) + bytes(offsets) + b"".join(items)


def cff_program(codes: dict[int, str]) -> bytes:
    """A minimal CFF font program whose custom encoding puts the named glyphs at `codes`
    (charset format 0, encoding format 0, every glyph an empty outline)."""
    names = list(codes.values())
    header, name_index = b"\x01\x00\x04\x01", _index([b"CMR10"])
    strings, gsubrs = _index([]), _index([])

    def top_dict(charset: int, encoding: int, charstrings: int, private: int) -> bytes:
        def number(n: int) -> bytes:
            return b"\x1d" + struct.pack(">i", n)
        return (number(charset) + b"\x0f" + number(encoding) + b"\x10" + number(charstrings) + b"\x11"
                + number(0) + number(private) + b"\x12")

    top_size = len(_index([top_dict(0, 0, 0, 0)]))
    start = len(header) + len(name_index) + top_size + len(strings) + len(gsubrs)
    charset = b"\x00" + b"".join(struct.pack(">H", _sid(name)) for name in names)
    encoding = bytes([0, len(codes)]) + bytes(codes)
    charstrings = _index([b"\x0e"] * (len(names) + 1))
    at_charset = start
    at_encoding = at_charset + len(charset)
    at_charstrings = at_encoding + len(encoding)
    at_private = at_charstrings + len(charstrings)
    top = _index([top_dict(at_charset, at_encoding, at_charstrings, at_private)])
    return header + name_index + top + strings + gsubrs + charset + encoding + charstrings


def test_cff_encoding_reads_a_custom_encoding():
    assert cff_encoding(cff_program({11: "ff", 12: "fi", 13: "fl"})) == {11: "ff", 12: "fi", 13: "fl"}
    assert cff_encoding(b"\x01\x00") == {}  # too short to be a font program: nothing, no error


def _dvipdfm_pdf(pages: int = 3) -> bytes:
    """Pages in a Computer Modern font as dvipdfm embeds it: a /ToUnicode that maps only the ff
    ligature (code 11), no /Encoding, and a CFF program whose own encoding has fi at 12."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <0B> <FB00> endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    program = cff_program({11: "ff", 12: "fi", 13: "fl", 14: "ffi"})
    line = (b"(The \x0celd is \x0cnished and the e\x0bect is de\x0cned, in the \x0crst \x0dow) Tj T* "
            b"(of the o\x0ecial speci\x0ccation, page %d.) Tj T*")
    count = pages
    contents = [b"BT /F1 10 Tf 72 700 Td 14 TL " + b" ".join(line % (10 * n + i) for i in range(6)) + b" ET"
                for n in range(count)]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (7 + i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMR10 /FirstChar 11 /LastChar 122 /Widths [%s] "
        b"/FontDescriptor 4 0 R /ToUnicode 5 0 R >>" % b" ".join([b"500"] * 112),
        b"<< /Type /FontDescriptor /FontName /ABCDEF+CMR10 /Flags 4 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 700 /Descent -200 /CapHeight 700 /StemV 80 /FontFile3 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Subtype /Type1C /Length %d >>\nstream\n" % len(program) + program + b"\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                b"/Contents %d 0 R >>" % (7 + count + i) for i in range(count)]
    objects += [b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream" for content in contents]
    return assemble_pdf(objects)


def test_ligatures_a_partial_to_unicode_leaves_out_come_from_the_font_program(caplog):
    with caplog.at_level(logging.INFO, logger="vellum.documents.spacing"):
        text = " ".join(parse_pdf(_dvipdfm_pdf(), "euslisp.pdf").pages[0].text.split())
    # pdfminer, which has no character for them either, does not get to read the document
    assert "pdfminer reads the document" not in caplog.text
    assert "The field is finished and the effect is defined, in the first flow of the official specification" in text


# --- compounds written in a line next to punctuation (WeasyPrint: no hyphenation at all) -------

def test_a_compound_followed_by_a_man_section_keeps_its_hyphen_at_a_line_end():
    filler = "The manual describes every command of the suite in its own page of reference text."
    pages = [
        [para(f"{filler} To find the commit that broke the build, see git-bisect(1) and its examples. {filler}")],
        [para(f"{filler} {filler} The command that finds the commit which introduced a bug is git-|bisect(1), "
              f"which halves the range of suspects at each step. {filler}")],
        [para(f"{filler} Read <start-point> as the commit a branch starts from. {filler}")],
        [para(f"{filler} {filler} A new branch begins at the given <start-|point>, which defaults to HEAD. {filler}")],
    ]
    text = "\n".join(page.text for page in parse_pdf(build_manual(pages), "git.pdf").pages)
    assert "git-bisect(1), which" in text and "gitbisect" not in text
    assert "<start-point>, which" in text and "startpoint" not in text


# --- list markers printed after the page's text (WeasyPrint) ------------------------------------

def test_list_markers_printed_after_the_text_go_back_to_their_items():
    items = ["The branch test is short for refs/heads/test in every repository.",
             "The tag v2.6.18 is short for refs/tags/v2.6.18 in every repository.",
             "The name origin/master is short for refs/remotes/origin/master."]
    intro = [" ".join(_rotated(n)[:12]) for n in range(6)]
    pages = []
    for page in range(3):
        ops = [b"BT /F1 10 Tf 14 TL 72 740 Td"] + [b"(%s) Tj T*" % line.encode() for line in intro[page:page + 3]]
        ops += [b"ET"] + [b"BT /F1 10 Tf 1 0 0 1 90 %d Tm (%s) Tj ET" % (690 - 14 * i, item.encode())
                          for i, item in enumerate(items if page == 0 else [f"Item {word}." for word in intro])]
        ops += [b"BT /F1 10 Tf 1 0 0 1 78 %d Tm (\\267) Tj ET" % (690 - 14 * i) for i in range(3)]  # the bullets, last
        pages.append(b"\n".join(ops))
    text = parse_pdf(stream_pdf(*pages), "weasyprint.pdf").pages[0].text
    for item in items:
        assert "\u2022 " + item in text
    assert not text.rstrip().endswith("\u2022")


# --- LaTeX book-class running headers of short sections -----------------------------------------

@pytest.mark.parametrize("outline", [True, False])  # the title from a bookmark, or from the heading line
def test_a_running_header_naming_a_short_section_goes_though_it_repeats_too_rarely(outline):
    filler = ("The compiler reads each translation unit once and reports every error it finds before "
              "it stops, so one run shows all of them. ")
    sections = ["Where the language comes from", "What object orientation means", "How this guide is built"]
    pages, headers = [], []
    for n in range(6):
        section = sections[n // 2]
        blocks = [heading(f"2.{n // 2 + 1} {section}")] if n % 2 == 0 else []
        if n == 0:
            blocks.insert(0, heading("2 Introduction"))
        pages.append(blocks + [para(filler * 3 + f"This is page {n + 1}.")])
        headers.append(f"2.{n // 2 + 1}. {section.upper()} {n + 1}" if n % 2 == 0
                       else f"{n + 1} CHAPTER 2. INTRODUCTION")
    parsed = parse_pdf(build_manual(pages, headers=headers, outline=outline), "book.pdf").pages
    text = "\n".join(page.text for page in parsed)
    assert not any(section.upper() in text for section in sections)
    assert all(section in text for section in sections)  # the headings themselves stay
