"""Defects the ninth parser audit found (the thirteenth round's second unseen split: gnuplot's
LaTeX reference and SDCC's LyX manual), each on a PDF the test builds."""

from __future__ import annotations

from vellum.documents import parse_pdf

from .factory import build_manual, heading, para

PLAIN = ("A login shell invokes the profile files before it reads any other file at all.",
         "Commands are executed in order, and every word is expanded before the command runs.")
SECTIONS = (("1 Introduction", "1.6 System Requirements"), ("1 Introduction", "1.7 Other Resources"),
            ("3 Using SDCC", "3.5 SDCC Language Extensions"), ("4 Notes on supported processors", "4.1 MCS51 variants"))


def test_lyx_headers_naming_the_section_then_the_chapter_go():
    """LyX's fancyhdr header prints the section's number and title, then the chapter's, in
    capitals and with no page number; a section's header repeats only on its own pages, too
    rarely to be learned by repetition (dblatex prints the same two the other way round)."""
    pages, headers = [], []
    for chapter, section in SECTIONS:
        pages.append([heading(chapter), para(PLAIN[0] * 3), heading(section), para(PLAIN[1] * 4)])
        number, title = section.split(" ", 1)
        chapter_number, chapter_title = chapter.split(" ", 1)
        headers.append(f"{number}. {title.upper()} CHAPTER {chapter_number}. {chapter_title.upper()}")
    doc = parse_pdf(build_manual(pages, headers=headers, outline=True), "sdccman.pdf")
    text = "\n".join(page.text for page in doc.pages)
    assert "CHAPTER" not in text and "SYSTEM REQUIREMENTS" not in text
    assert "System Requirements" in text and "MCS51 variants" in text
