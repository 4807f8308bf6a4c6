"""Section headings from the fonts where the PDF has no outline: set larger than the body text,
or bold at its size and numbered; body lines in the same fonts stay unmarked."""

from __future__ import annotations

from vellum.documents import parse_pdf
from vellum.documents.font_headings import mark_font_headings
from vellum.documents.headings import HEADING_MARK

from .factory import build_manual, heading, lines, para

BODY = ("The relay forwards every message it receives to the configured upstream queue and keeps "
        "a copy on disk until the upstream acknowledges it, so a restart loses nothing at all.")
BOLD = "Helvetica-Bold"


def _marked(text: str) -> list[str]:
    return [line[len(HEADING_MARK):] for line in text.splitlines() if line.startswith(HEADING_MARK)]


def test_headings_set_larger_than_the_body_are_marked_without_an_outline():
    pages = [[heading("1 Relay"), para(BODY), heading("1.1 Upstream queues"), para(BODY)],
             [para(BODY), heading("Retention"), para("Messages are kept for seven days by default.")]]
    doc = parse_pdf(build_manual(pages), "relay.pdf")
    assert [_marked(p.text) for p in doc.pages] == [["1 Relay", "1.1 Upstream queues"], ["Retention"]]
    assert "keeps a copy on disk" in doc.pages[0].text


def test_a_wrapped_heading_is_one_marked_line():
    doc = parse_pdf(build_manual([[heading("2 Retention of messages\nand of their copies"), para(BODY)]]), "r.pdf")
    assert _marked(doc.pages[0].text) == ["2 Retention of messages and of their copies"]


def test_bold_lines_of_the_body_size_are_headings_only_when_numbered_and_no_sentence():
    page = [para(BODY),
            lines("3.2 Administrative duties", font=BOLD),  # a heading
            para(BODY),
            lines("Keep a copy", font=BOLD),  # bold, but not numbered: emphasis
            lines("4 relays are enough.", font=BOLD),  # numbered, but a sentence
            lines("5 Sites", "6 Queues"),  # numbered, not bold: a list
            para(BODY)]
    doc = parse_pdf(build_manual([page, [para(BODY)]]), "duties.pdf")
    assert _marked(doc.pages[0].text) == ["3.2 Administrative duties"]
    assert "Keep a copy" in doc.pages[0].text and "4 relays are enough." in doc.pages[0].text


def test_with_an_outline_only_its_headings_are_marked():
    pages = [[heading("1 Relay"), para(BODY), lines("3.2 Administrative duties", font=BOLD), para(BODY)]]
    doc = parse_pdf(build_manual(pages, outline=True), "relay.pdf")
    assert _marked(doc.pages[0].text) == ["1 Relay"]


def _styles(table: dict[str, tuple[float, bool]]):
    return lambda line: table.get("".join(line.split()))


def test_running_heads_numbered_like_the_pages_are_not_headings():
    """LaTeX's book layout: "14 Chapter 1. Relay" on top of page 4, "1.2. Queues 15" on page 5."""
    prose = ["The relay forwards every message it receives to the upstream queue and keeps it."] * 3
    pages = [[f"{n + 10} Chapter 1. Relay" if n % 2 == 0 else f"1.{n}. Queues {n + 10}", *prose] for n in range(1, 6)]
    pages[2].insert(1, "1.3. Retention")
    table = {"".join(line.split()): (10.0, True) for page in pages for line in page[:2]}
    table["".join(prose[0].split())] = (10.0, False)
    marked = mark_font_headings(pages, [_styles(table)] * 5, [lambda line: None] * 5, [True] * 5, 10.0)
    assert [line for page in marked for line in page if line.startswith(HEADING_MARK)] == [HEADING_MARK + "1.3. Retention"]


def test_a_page_mostly_of_heading_lines_is_left_alone():
    """A title page, or a table of contents the page kinds took for text."""
    title = ["Relay Manual", "Release 1.5", "The Relay Team", BODY]
    table = {"".join(line.split()): (20.0, False) for line in title[:3]} | {"".join(BODY.split()): (10.0, False)}
    marked = mark_font_headings([title], [_styles(table)], [lambda line: None], [True], 10.0)
    assert marked == [title]
