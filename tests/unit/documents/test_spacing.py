"""Pages whose words pypdf glues together are re-read with pdfminer (documents/spacing.py).

The test PDF places every word with its own text matrix and a 1.3 pt gap (10 pt Helvetica), no space glyph: the
layout FOP/DocBook manuals use, which pypdf reads as "Themaximumnumberof...".
"""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth

from vellum.documents import parse_pdf
from vellum.documents.spacing import disagreement, looks_glued, with_spaces_of

from .factory import stream_pdf

SENTENCE = (
    "The maximum number of students per test is limited to four thousand and ninety five while the "
    "maximum number of pages per test is limited to sixty three unless the defaults are modified"
)


def tightly_set_pdf(lines: int = 12, gap: float = 1.3) -> bytes:
    return stream_pdf(tight_page(lines, gap))


def tight_page(lines: int = 12, gap: float = 1.3) -> bytes:
    """Content stream of a page whose every word has its own text matrix, no space glyph."""
    ops = [b"BT /F1 10 Tf"]
    for line in range(lines):
        x = 50.0
        for word in SENTENCE.split()[:14]:
            ops.append(b"1 0 0 1 %.2f %d Tm (%s) Tj" % (x, 740 - 14 * line, word.encode()))
            x += stringWidth(word, "Helvetica", 10) + gap
    ops.append(b"ET")
    return b"\n".join(ops)


def partly_glued_page(lines: int = 12, gap: float = 1.3) -> bytes:
    """Content stream of a page where every third word gap is a tight move, not a space glyph
    (as groff through Ghostscript sets justified lines): too many spaces to look glued."""
    words = SENTENCE.split()[:15]
    ops = [b"BT /F1 10 Tf"]
    for line in range(lines):
        x = 50.0
        for start in range(0, len(words), 3):
            run = " ".join(words[start:start + 3])
            ops.append(b"1 0 0 1 %.2f %d Tm (%s) Tj" % (x, 740 - 14 * line, run.encode()))
            x += stringWidth(run, "Helvetica", 10) + gap
    ops.append(b"ET")
    return b"\n".join(ops)


def shrunk_line_page(shrunk: int | None = None) -> bytes:
    """Content stream of a page of spaced lines; line `shrunk`'s word gaps are 1.3 pt moves in a
    TJ array, as TeX sets a justified line whose interword glue it shrank: pypdf glues that
    line's words, pdfminer does not."""
    words = SENTENCE.split()[:14]
    ops = [b"BT /F1 10 Tf"]
    for line in range(12):
        ops.append(b"1 0 0 1 50 %d Tm" % (740 - 14 * line))
        if line == shrunk:
            ops.append(b"[" + b" -130 ".join(b"(%s)" % word.encode() for word in words) + b"] TJ")
        else:
            ops.append(b"(%s) Tj" % " ".join(words).encode())
    ops.append(b"ET")
    return b"\n".join(ops)


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


def test_a_document_pypdf_misspaces_throughout_is_read_by_pdfminer():
    """Each page has enough spaces to pass `looks_glued`, yet a third of its words are glued:
    the sample pages show it, and every page (not only the sampled ones) is re-read."""
    pages = parse_pdf(stream_pdf(*[partly_glued_page()] * 8), source="groff.pdf").pages
    assert len(pages) == 8
    for page in pages:
        assert " ".join(SENTENCE.split()[:15]) in page.text, (page.number, page.text[:200])


def test_a_printed_line_stays_one_line_in_pdfminer_reading():
    """A contents line's page number sits far right of its title; pdfminer's default layout
    analysis would make it a line of its own."""
    entry = b"BT /F1 10 Tf 1 0 0 1 50 60 Tm (Replication and failover) Tj 1 0 0 1 540 60 Tm (17) Tj ET"
    text = parse_pdf(stream_pdf(tight_page() + b"\n" + entry), source="tight.pdf").pages[0].text
    assert "Replication and failover 17" in text


def test_disagreement_counts_our_words_the_other_reading_lacks():
    assert disagreement("the twoforms of it", "the two forms of it") == 1 / 4
    assert disagreement("x = 1", "") == 0.0
    assert disagreement(SENTENCE, SENTENCE.replace(" ", "\n")) == 0.0


def test_one_shrunk_line_is_respaced_on_a_page_the_sample_misses():
    """One glued line on one page of eight: too few glued words for the page or the sample
    checks; the line's run of letters gets it pdfminer's spaces, the rest of the page stays."""
    pdf = stream_pdf(*[shrunk_line_page()] * 4, shrunk_line_page(shrunk=3), *[shrunk_line_page()] * 3)
    from pypdf import PdfReader

    assert "Themaximumnumberofstudents" in PdfReader(io.BytesIO(pdf)).pages[4].extract_text()
    pages = parse_pdf(pdf, source="sphinx.pdf").pages
    assert "Themaximum" not in pages[4].text
    assert pages[4].text == pages[3].text


def test_spaces_are_added_never_removed_and_short_lines_are_left_alone():
    ours = "    x  =  goal_id1that(a,  b, c)\nthe amodus ponensrule applies\nG1selected"
    theirs = "x = goal_id1 that(a, b, c) the a modus\nponens rule applies G1 selected"
    assert with_spaces_of(ours, theirs).split("\n") == [
        "    x  =  goal_id1 that(a,  b, c)",  # indentation and alignment kept
        "the a modus ponens rule applies",  # a line break of the other reading is no gap here
        "G1selected",  # too short to be placed on the page with confidence
    ]
