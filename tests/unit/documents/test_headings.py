"""Section headings from the PDF outline: marked on their own line, only where the outline says."""

from __future__ import annotations

import pytest

from vellum.documents import parse_pdf
from vellum.documents.headings import HEADING_MARK, drop_local_contents, join_chapter_labels, mark_headings
from vellum.documents.limits import ParseLimits
from vellum.documents.reader import read_pdf

from .factory import build_manual, heading, para

BODY = ("The relay forwards every message it receives to the configured upstream queue and keeps "
        "a copy on disk until the upstream acknowledges it, so a restart loses nothing at all.")
PAGES = [
    [heading("1 Relay"), para(BODY), heading("1.1 Upstream queues"), para(BODY)],
    [para(BODY), heading("2 Retention"), para("Messages are kept for seven days by default.")],
]


def _marked(text: str) -> list[str]:
    return [line[len(HEADING_MARK):] for line in text.splitlines() if line.startswith(HEADING_MARK)]


def test_outline_headings_are_marked_as_their_own_blocks():
    doc = parse_pdf(build_manual(PAGES, outline=True), "relay.pdf")
    assert [_marked(p.text) for p in doc.pages] == [["1 Relay", "1.1 Upstream queues"], ["2 Retention"]]
    for page in doc.pages:
        blocks = page.text.split("\n\n")
        assert all(len(b.splitlines()) == 1 for b in blocks if b.startswith(HEADING_MARK)), blocks


@pytest.mark.parametrize("old, new", [
    (b"/First 8 0 R", b"/First 7 0 R"),  # the outline contains itself: a cycle
    (b"/Dest [ 4 0 R", b"/Dest [ 99 0 R"),  # a bookmark to a page that does not exist
    (b"/Outlines 7 0 R", b"/Outlines 9 0 R"),  # the outline is not an outline
], ids=["cycle", "dangling-destination", "not-an-outline"])
def test_a_broken_outline_costs_the_outline_not_the_document(old, new):
    pdf = build_manual([[heading("1 Relay"), para(BODY)]], outline=True)
    assert old in pdf
    doc = parse_pdf(pdf.replace(old, new), "relay.pdf")
    assert doc.pages[0].text.startswith(HEADING_MARK + "1 Relay\n")  # then found by its font
    assert "keeps a copy on disk" in doc.pages[0].text


def test_bookmarks_that_name_their_page_by_index_are_followed():
    """Qt's PDF writer (wkhtmltopdf) puts the page's 0-based index where the standard wants a
    reference to the page object; viewers follow it, and so must we."""
    pdf = build_manual(PAGES, outline=True)
    assert pdf.count(b"/Kids [ 4 0 R 5 0 R ]") == 1
    # same length, so the cross-reference table stays right: "4 0 R" -> "0    "
    by_index = pdf.replace(b"/Dest [ 4 0 R", b"/Dest [ 0    ").replace(b"/Dest [ 5 0 R", b"/Dest [ 1    ")
    assert b"/Dest [ 0 " in by_index and b"/Dest [ 1 " in by_index
    assert read_pdf(by_index, ParseLimits()).outline == read_pdf(pdf, ParseLimits()).outline == (
        (1, "Relay"), (1, "Upstream queues"), (2, "Retention"))
    doc = parse_pdf(by_index, "relay.pdf")
    assert [_marked(p.text) for p in doc.pages] == [["1 Relay", "1.1 Upstream queues"], ["2 Retention"]]


def test_match_ignores_case_spacing_and_a_section_number_the_outline_leaves_out():
    pages = [["Intro text that is long enough to be prose.", "4.3.1 Questionoptions", "body"],
             ["4.3.1 Question options", "Appendix A Tools"]]
    outline = ((1, "Question options"), (2, "Question options"), (2, "tools"))
    marked = mark_headings(pages, outline, [True, True])
    assert marked[0][1] == HEADING_MARK + "4.3.1 Questionoptions"
    assert marked[1] == [HEADING_MARK + "4.3.1 Question options", HEADING_MARK + "Appendix A Tools"]
    assert marked[0][0] == pages[0][0] and marked[0][2] == "body"


def test_only_body_pages_are_marked_and_each_bookmark_marks_one_line():
    pages = [["Retention ........ 3"], ["Retention", "Retention"]]
    marked = mark_headings(pages, ((1, "Retention"), (2, "Retention")), [False, True])
    assert marked[0] == pages[0]  # the table of contents lists every title too
    assert marked[1] == [HEADING_MARK + "Retention", "Retention"]


def test_a_long_line_that_starts_with_a_title_is_prose_not_a_heading():
    line = "Retention " + "of messages is configurable per queue and per tenant " * 3
    assert mark_headings([[line]], ((1, "Retention"),), [True]) == [[line]]


def test_a_wrapped_title_is_marked_as_one_line():
    title = "12 Hierarchical Structures:\nPackage, Environments, Scopes, and Styles"
    doc = parse_pdf(build_manual([[heading(title), para(BODY)], [para(BODY), heading("13 Retention")]],
                                 outline=True), "pgf.pdf")
    assert [_marked(p.text) for p in doc.pages] == [[title.replace("\n", " ")], ["13 Retention"]]
    assert doc.pages[0].text.split("\n\n")[1] == BODY


def test_a_chapters_list_of_its_sections_in_the_body_is_blanked():
    """wkhtmltopdf keeps an HTML chapter's links to its sections as plain lines: the titles
    without their numbers, five or more in a row. A shorter run, a numbered line or a page
    that is not body text is left alone."""
    outline = ((1, "10 SWIG and C++20"), (1, "10.1 Introduction"), (1, "10.2 Core language changes"),
               (1, "10.2.1 Spaceship operator"), (1, "10.2.2 Lambda templates"), (1, "10.3 Standard library changes"))
    listing = ["Introduction", "Core language changes", "Spaceship operator", "Lambda templates",
               "Standard library changes"]
    page = ["10 SWIG and C++20", *listing, "10.1 Introduction", "This chapter gives you a brief overview."]
    assert drop_local_contents([page], outline, [True]) == [
        ["10 SWIG and C++20", "", "", "", "", "", "10.1 Introduction", "This chapter gives you a brief overview."]]
    assert drop_local_contents([page], outline, [False]) == [page]
    short = ["Levels of abstraction:", *listing[:4], "Each level is described below."]
    assert drop_local_contents([short], outline, [True]) == [short]
    numbered = ["10.1 Introduction", "10.2 Core language changes", "10.2.1 Spaceship operator",
                "10.2.2 Lambda templates", "10.3 Standard library changes"]
    assert drop_local_contents([numbered], outline, [True]) == [numbered]
    assert mark_headings(drop_local_contents([page], outline, [True]), outline, [True])[0][6] == (
        HEADING_MARK + "10.1 Introduction")


def test_a_bookmark_is_read_as_the_page_text_is_normalised():
    """NFKC makes the page's "Bluetooth™" "BluetoothTM" (Asciidoctor's Altus Metrum manual); its
    bookmark must be read the same way, or the heading goes unmarked."""
    pages = [[heading("1 Pairing over Bluetooth\u2122"), para(BODY)], [heading("2 The \u2018first\u2019 flight"), para(BODY)]]
    doc = parse_pdf(build_manual(pages, outline=True), "telebt.pdf")
    assert [_marked(p.text) for p in doc.pages] == [["1 Pairing over BluetoothTM"], ["2 The \u2018first\u2019 flight"]]


def test_a_chapter_label_above_its_title_joins_the_heading():
    """LaTeX's book class prints "Chapter 8" on a line of its own above the title the outline names."""
    pages = [["Use a debugger.", "", "Chapter 8", "", "More Examples", "Practice makes perfect."],
             ["Appendix A", "8 Tools", "text"], ["Chapter 9 is about tools.", "Tools"]]
    outline = ((1, "More Examples"), (2, "Tools"), (3, "Tools"))
    marked = mark_headings(pages, outline, [True, True, True])
    assert marked[0] == ["Use a debugger.", "", "", "", HEADING_MARK + "Chapter 8 More Examples",
                         "Practice makes perfect."]
    assert marked[1] == ["", HEADING_MARK + "Appendix A 8 Tools", "text"]  # another number: both kept
    assert marked[2] == ["Chapter 9 is about tools.", HEADING_MARK + "Tools"]  # prose, not a label


def test_a_chapter_label_marked_by_its_font_joins_the_title_under_it():
    lines = [HEADING_MARK + "Chapter 2", "", HEADING_MARK + "Basic Principles", "text"]
    join_chapter_labels(lines)
    assert lines == ["", "", HEADING_MARK + "Chapter 2 Basic Principles", "text"]
