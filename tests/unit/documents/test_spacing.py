"""Pages whose words pypdf glues together are re-read with pdfminer (documents/spacing.py).

The test PDF places every word with its own text matrix and a 1.3 pt gap (10 pt Helvetica), no space glyph: the
layout FOP/DocBook manuals use, which pypdf reads as "Themaximumnumberof...".
"""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth

from vellum.documents import parse_pdf
from vellum.documents.spacing import looks_glued

SENTENCE = (
    "The maximum number of students per test is limited to four thousand and ninety five while the "
    "maximum number of pages per test is limited to sixty three unless the defaults are modified"
)


def _pdf(content: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def tightly_set_pdf(lines: int = 12, gap: float = 1.3) -> bytes:
    ops = [b"BT /F1 10 Tf"]
    for line in range(lines):
        x = 50.0
        for word in SENTENCE.split()[:14]:
            ops.append(b"1 0 0 1 %.2f %d Tm (%s) Tj" % (x, 740 - 14 * line, word.encode()))
            x += stringWidth(word, "Helvetica", 10) + gap
    ops.append(b"ET")
    return _pdf(b"\n".join(ops))


def test_glued_words_are_respaced():
    doc = parse_pdf(tightly_set_pdf(), source="tight.pdf")
    text = doc.pages[0].text
    assert "maximum number of students per test" in text
    assert not looks_glued(text)


def test_detector_leaves_prose_and_code_alone():
    assert looks_glued("Themaximumnumberofstudentspertestislimited" * 10)
    assert not looks_glued(SENTENCE * 3)
    assert not looks_glued("x = compute(a, b)\nfor item in items: print(item)\n" * 10)
    assert not looks_glued("short")


def test_pypdf_alone_glues_this_layout():
    """Guards the test itself: without the second reader this page would be glued."""
    from pypdf import PdfReader

    assert looks_glued(PdfReader(io.BytesIO(tightly_set_pdf())).pages[0].extract_text())
