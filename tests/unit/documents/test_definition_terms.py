"""A definition list's term on its own line (texinfo's @table: LilyPond's Usage, R's manuals)
starts a block of its own, not the end of the paragraph before it."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from vellum.documents import parse_pdf

PARAGRAPH = [
    "The options below may also be given inside an input file, where they take effect for",
    "the rest of that file only, and they are read in the order in which they are written.",
]
TABLE = [  # (term, description lines): texinfo sets the term in the code font, its argument slanted
    ("debug-eval", "bool", ["If bool is #t, use the debugging evaluator, which prints backtraces with",
                            "line numbers on errors. Default: #f, or #t when using verbose mode."]),
    ("log-file", "string", ["Redirect every message of the run to the log file string.log instead of",
                            "the terminal. Default: #f (meaning no log file is written at all)."]),
    ("job-count", "num", ["Process the input files in parallel, using num jobs at the same time. This",
                          "is the default on machines with more than one processor core."]),
]
TERM_X, DESCRIPTION_X = 72, 72 + 43  # texinfo indents a description 0.6in below its term


def _texinfo_table() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 760
    for _ in range(3):  # enough prose for the document's typical line width
        for line in PARAGRAPH:
            c.setFont("Times-Roman", 10)
            c.drawString(TERM_X, y, line)
            y -= 12
        for term, argument, description in TABLE:
            text = c.beginText(TERM_X, y)
            text.setFont("Courier", 10)
            text.textOut(term + " ")
            text.setFont("Times-Italic", 10)
            text.textOut(argument)
            c.drawText(text)
            y -= 12
            c.setFont("Times-Roman", 10)
            for line in description:
                c.drawString(DESCRIPTION_X, y, line)
                y -= 12
        y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def test_texinfo_table_terms_start_their_own_block():
    text = parse_pdf(_texinfo_table(), "usage.pdf").pages[0].text
    blocks = [" ".join(block.split()) for block in text.split("\n")]
    for term, argument, description in TABLE:
        assert blocks.count(f"{term} {argument}") == 3, text  # never glued to the line before
        assert " ".join(description) in blocks, text
    assert " ".join(PARAGRAPH) in blocks  # the paragraph is whole and ends where it did


def test_paragraph_end_before_an_indented_paragraph_is_kept():
    """A paragraph's short last line that ends a sentence stays with its paragraph although
    the next paragraph's first line is indented (a first-line indent, no description)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Times-Roman", 10)
    y = 760
    for _ in range(8):
        c.drawString(TERM_X + 18, y, PARAGRAPH[0])
        c.drawString(TERM_X, y - 12, PARAGRAPH[1])
        c.drawString(TERM_X, y - 24, "with one more line of it.")
        y -= 36
    c.showPage()
    c.save()
    text = parse_pdf(buf.getvalue(), "indented.pdf").pages[0].text
    assert "order in which they are written. with one more line of it." in " ".join(text.split())
