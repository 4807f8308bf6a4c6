"""The cleanup steps one by one, on text (no PDF): the rules the docstrings promise."""

from __future__ import annotations

import pytest

from vellum.documents.classify import classify_pages
from vellum.documents.furniture import remove_furniture
from vellum.documents.hyphenation import Vocabulary, join_hyphenated
from vellum.documents.lines import is_code_line, is_page_number
from vellum.documents.normalize import normalize_text
from vellum.documents.reflow import reflow
from vellum.documents.title import choose_title


def test_unicode_normalisation():
    lines = normalize_text("e\ufb03cient \ufb01le\u00a0system\u200b\r\nre\u00adtry con\u00ad\nfigure\tx\x00 \n\uf0b7 item")
    assert lines == ["efficient file system", "retry configure    x", "• item"]


def test_a_control_code_at_a_line_start_is_a_bullet_and_dropped_elsewhere():
    """pypdf reads a custom-encoded glyph without Unicode as its code: a C1 control (gnuplot's
    Type 3 bullet is 0x88), never text; as a list marker it is a bullet."""
    assert normalize_text("\x88 set spiderplot selects\n  \x88 Plot style with\x95 boxes") == [
        "• set spiderplot selects", "  • Plot style with boxes"]


def test_ascii_lookalikes_of_word_printed_through_postscript_become_ascii():
    """RTKLIB's manual (Word -> PScript5 -> Distiller) writes hyphens as U+2010 and straight
    quotes as modifier letters, which MiniLM's tokenizer reads as letters of the quoted word."""
    raw = "real\u2010time \u2010p 3 \u2212 1, set \u02baFiles\u02ba tab, receivers\u02b9 ports, non\u2011breaking"
    assert normalize_text(raw) == ["real-time -p 3 - 1, set \"Files\" tab, receivers' ports, non-breaking"]
    kept = "ukra\u0457\u043d\u0441\u044c\u043a\u0430 \u043c\u02bc\u044f\u0442\u0430 \u2013 an en dash \u2014 an em dash"
    assert normalize_text(kept) == [kept]


def test_a_word_broken_at_a_unicode_hyphen_is_joined():
    lines = normalize_text("the configu\u2010\nration file sets the configuration of a real\u2010time relay")
    assert join_hyphenated(lines, Vocabulary([lines])) == [
        "the configuration file sets the configuration of a real-time relay"]


def test_sphinx_wrapped_code_lines_are_joined_back():
    """Sphinx breaks a long code line and starts the rest with "˓→", after a "␣" when it broke at
    a space; pypdf gives the rest a line of its own or glues it on with a space."""
    raw = ('eprintf "Prover %s not installed, using version %s\u2423\n\u02d3\u2192instead@."\n'
           "docker run --volume $HOME/.Xauthority:/home/ \u02d3\u2192guest/.Xauthority --env DISPLAY\n"
           "a line --\n  \u02d3\u2192workdir /data")
    assert normalize_text(raw) == [
        'eprintf "Prover %s not installed, using version %s instead@."',
        "docker run --volume $HOME/.Xauthority:/home/guest/.Xauthority --env DISPLAY",
        "a line --workdir /data",
    ]


@pytest.mark.parametrize("line", ["12", "- 12 -", "Page 12", "Page 12 of 40", "12 / 40", "iv", "xii", "[7]"])
def test_page_numbers(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["12 queues", "Version 4.2", "mix", "I/O errors", "Page layout"])
def test_not_page_numbers(line):
    assert not is_page_number(line)


@pytest.mark.parametrize("line", [
    "broker {", "}", "  listen = 0.0.0.0:5672;", "$ harborctl reload", "# comment", "max_depth: 100",
    "import os", "for i in range(3):", "client.connect(host, port)", "<queue name=\"a\"/>", "});",
])
def test_code_lines(line):
    assert is_code_line(line)


@pytest.mark.parametrize("line", [
    "for the queue to drain before the broker restarts and the", "(default 30 s) before it gives up and the",
    "Note: the broker keeps every queue in a journal.", "The broker keeps every queue in a journal.",
    "see https://docs.example.com for details and more about the", "Chapter 3",
])
def test_prose_lines(line):
    assert not is_code_line(line)


def test_hyphenation_rule():
    vocab = Vocabulary([["the configuration file", "a command-line tool", "read-only mode"]])
    join = lambda *ls: join_hyphenated(list(ls), vocab)  # noqa: E731
    assert join("edit the configu-", "ration now") == ["edit the configuration now"]  # word seen
    assert join("use the command-", "line tool") == ["use the command-line tool"]  # compound seen
    assert join("only an admin-", "istrator may") == ["only an administrator may"]  # neither: join
    assert join("see Harbor-", "MQ docs") == ["see Harbor-", "MQ docs"]  # capital: not a break
    assert join("  --log-", "level=debug") == ["  --log-", "level=debug"]  # code is left alone
    assert join("total -", "minus") == ["total -", "minus"]  # a dash, not a hyphen


TOPICS = ["queues", "brokers", "journals", "leases", "clusters", "nodes", "routes", "audits",
          "tokens", "quotas", "alerts", "backups"]


def _body(i: int) -> str:
    return f"This page explains {TOPICS[i]} in depth."


def _pages(n, header):
    return [[header(i), _body(i), str(i + 1)] for i in range(n)]


def test_global_header_and_page_numbers():
    pages = remove_furniture(_pages(10, lambda i: "Harbor MQ Admin Guide"))
    assert pages == [[_body(i)] for i in range(10)]


def test_per_chapter_headers_are_furniture_but_a_two_page_header_is_not():
    chapters = ["Chapter 1: Queues"] * 5 + ["Chapter 2: Clusters"] * 5 + ["Appendix A: Tuning"] * 2
    pages = remove_furniture(_pages(12, lambda i: chapters[i]))
    assert all(not line.startswith("Chapter") for page in pages for line in page)
    assert pages[10][0] == "Appendix A: Tuning"  # only 2 pages: not enough evidence


def test_a_heading_on_its_bookmarks_page_is_no_running_header_however_its_shape_repeats():
    """Release notes, one short section per page, each heading at the page's top: with digits
    folded the headings are one line repeated on pages in a row. On the page its bookmark
    points at, such a line is the section's heading; the manual's running header still goes."""
    notes = [f"H.{26 + i}. Release Notes for Version 1.{9 - i}" for i in range(8)]
    pages = [[notes[i], _body(i), "The Altus Metrum System", str(i + 1)] for i in range(8)]
    outline = tuple((i + 1, title) for i, title in enumerate(notes) if i != 5)
    cleaned = remove_furniture(pages, outline)
    assert [page[0] for page in cleaned] == [*notes[:5], _body(5), *notes[6:]]  # page 6: no bookmark
    assert all(page[-1] == _body(i) for i, page in enumerate(cleaned))


def test_a_mixed_case_header_of_a_short_section_and_the_page_number_goes():
    """Sphinx's LaTeX header on odd pages prints the section and the printed page number; a
    section of one page repeats it too rarely to be learned. The number is a page number when
    it is printed at the same offset from the page's place on enough pages; a heading that
    ends in a number ("2.9 Python 3"), or a header at other offsets, stays."""
    sections = ["2.2. Getting Started with the GUI", "2.3. The Command Line", "2.4. Proof Sessions",
                "2.5. Drivers and Theories", "2.6. Python 3", "2.7. Strategies"]
    pages = [[_body(i), _body(i) + " More.", f"{sections[i]} {i + 7}"] for i in range(6)]  # printed = place + 6
    pages[4][-1] = sections[4]  # a page without its header: the heading "2.6. Python 3" itself
    outline = tuple((i + 1, title) for i, title in enumerate(sections))
    cleaned = remove_furniture(pages, outline)
    assert [page[-1] for page in cleaned] == [_body(i) + " More." for i in range(4)] + ["2.6. Python 3",
                                                                                         _body(5) + " More."]
    few = remove_furniture([page[:] for page in pages[:2]] + [[_body(9), f"{sections[2]} 40"]] * 2, outline)
    assert [page[-1] for page in few] == [f"{sections[0]} 7", f"{sections[1]} 8", f"{sections[2]} 40",
                                          f"{sections[2]} 40"]


def test_a_footer_of_an_unnumbered_section_title_and_the_page_number_goes_when_it_is_on_most_pages():
    """htmldoc's footer: the current section's title, which no bookmark names, and the page
    number. With the page number at one offset on most pages, the line is furniture; a body
    line that ends in a number at another offset, and a sentence, stay."""
    titles = ["Set Units", "PRINT and EXPORT Settings", "Layers", "Wheel Mouse", "Grid Modes", "Zoom"]
    pages = [[_body(i), _body(i) + " More.", f"{titles[i % 6]} {i + 5}"] for i in range(12)]
    pages[3][-1] = "Rotate the object by 90"  # a body line: another offset
    pages[7][-1] = "The grid is drawn every 12."  # a sentence
    cleaned = remove_furniture(pages)
    assert [page[-1] for page in cleaned] == [_body(i) + " More." for i in range(3)] + ["Rotate the object by 90"] + [
        _body(i) + " More." for i in range(4, 7)] + ["The grid is drawn every 12."] + [_body(i) + " More." for i in range(8, 12)]
    rare = [[_body(i % 12), _body(i % 12) + " More.", *([f"{titles[i % 6]} {i + 5}"] if i < 3 else [])] for i in range(16)]
    assert remove_furniture(rare)[0][-1] == "Set Units 5"  # on 3 of 16 pages only


def test_short_documents_only_lose_page_numbers():
    pages = remove_furniture(_pages(2, lambda i: "Same heading"))
    assert pages == [["Same heading", _body(i)] for i in range(2)]


def test_sphinx_listing_continuation_markers_go_wherever_they_stand():
    """Sphinx labels both halves of a listing split by a page break; one page's marker sits
    above the footer's lines, out of the edge zone, and two pages repeat nothing."""
    pages = [
        [_body(0), "type color = Blue | Green", "(continues on next page)", "Chapter 2", "Why3 manual", "21"],
        ["(continued from previous page)", "type person = Dane | Swede", _body(1)],
    ]
    cleaned = remove_furniture(pages)
    assert all("continue" not in line for page in cleaned for line in page)
    assert cleaned[0][:2] == [_body(0), "type color = Blue | Green"]
    assert "Chapter 2" in cleaned[0]  # two pages: nothing repeats, so no running footer is learned
    assert cleaned[1] == ["type person = Dane | Swede", _body(1)]


def test_repeated_symbols_at_page_top_are_not_headers():
    pages = remove_furniture([["}", f"Body text {i} with enough words to be prose."] for i in range(8)])
    assert all(page[0] == "}" for page in pages)


def test_lines_common_inside_pages_are_no_furniture_at_their_edges():
    """A listing's "end" that closes four pages and an "Example:" label that opens four are
    content: each occurs as often inside pages as at their edges. The chapter header, repeated
    once inside as its heading, is still furniture at the edges."""
    header, listing = "Chapter 3: Blocks", ["items.each do |item|", "  print item", "end"]
    opening = [[header, "Example:", *listing, header if i == 0 else _body(i), _body(i) + " More.",
                _body(i) + " Done.", str(i + 1)] for i in range(4)]
    closing = [[header, _body(i), _body(i) + " More.", "Example:", _body(i) + " Done.", *listing,
                str(i + 1)] for i in range(4, 8)]
    pages = remove_furniture(opening + closing)
    assert [page[0] for page in pages[:4]] == ["Example:"] * 4
    assert [page[-1] for page in pages[4:]] == ["end"] * 4
    assert sum(line == header for page in pages for line in page) == 1


def test_reflow_paragraphs_lists_and_code():
    width_line = "The broker keeps every queue in a journal and replays the journal when"
    lines = [
        "3.1 Journals",
        width_line,
        "it starts after a crash, so no message is lost.",
        "It is short.",
        "Options:",
        "• first option",
        "• second option",
        "broker {",
        "  listen = 0.0.0.0:5672;",
        "}",
    ]
    text = reflow(lines, width=len(width_line))
    assert text.split("\n\n") == [
        "3.1 Journals",
        width_line + " it starts after a crash, so no message is lost.",
        "It is short.\nOptions:\n• first option\n• second option",
        "broker {\n  listen = 0.0.0.0:5672;\n}",
    ]


def test_classify_is_conservative():
    toc = ["Contents", *(f"{i} Chapter {i} ........ {i * 10}" for i in range(1, 9))]
    toc_continued = [f"{i}.1 Section of chapter {i} {i * 10 + 1}" for i in range(1, 9)]
    index = ["Index", "A", *(f"{w}, {n}, {n + 7}" for n, w in enumerate(
        ["acks", "admin", "broker", "cluster", "consumer", "journal", "queue"], start=3))]
    config_table = ["Default ports", *(f"Port of service {i} is {5000 + i}" for i in range(8))]
    prose = ["The broker keeps every queue in a journal and replays it on start."] * 6
    assert classify_pages([toc, toc_continued, prose, config_table, index]) == [
        "toc", "toc", "body", "body", "index"]


def test_a_section_opener_with_an_introduction_and_its_entries_is_body():
    """Silo's FrameMaker guide opens each API section with a paragraph about it and a list of
    its functions with dot leaders: more leaders than prose, but skipping the page as contents
    lost the only text on what the section's functions are for."""
    intro = [
        "1 API Section Error Handling and Other Global Library",
        "Behavior",
        "The functions described in this section of the Silo Application Programming Interface (API) man-",
        "ual, are those that effect behavior of the library, globally, for any file(s) that are or will be open.",
        "These include such things as error handling, requiring Silo to do extra work to warn of and avoid",
        "overwrites, to compute and warn of checksum errors and to compress data before writing it to disk.",
        "The functions described here are...",
    ]
    entries = [f"DBFunction{i} . . . . . . . . . . . . . . . . {i + 8}" for i in range(20)]
    wrapped_toc = ["Contents", *(line for i in range(1, 9) for line in (
        f"{i} A chapter whose long title wraps onto a second line of the contents page",
        f"and ends here ........ {i * 10}"))]
    assert classify_pages([intro + entries, entries, wrapped_toc]) == ["body", "toc", "toc"]


def test_title_choice():
    assert choose_title("Harbor MQ Admin Guide", []) == "Harbor MQ Admin Guide"
    for junk in ("Microsoft Word - draft3.docx", "untitled", "guide_v2.pdf", "  ", None):
        assert choose_title(junk, ["iv", "Harbor MQ", "Release 4.2"]) == "Harbor MQ"
    assert choose_title(None, ["12", "{"]) is None
    assert choose_title(None, ["Harbor MQ Reference: Parame-", "Harbor MQ"]) == "Harbor MQ"  # a broken line


def test_title_is_the_covers_display_line_even_when_it_is_also_the_running_header():
    """RTKLIB's manual (Word) prints its title at 22 pt on the cover and as every page's running
    header: furniture removal takes it off page 1, and the first line left there was a date."""
    from vellum.documents.parse import clean_pages
    from vellum.documents.reader import RawDocument

    header, body = "Harbor MQ 4.2 Manual", "The broker keeps every queue on disk and replays it after a crash."
    cover = f"Copyright (C) 2013, T. Author. All rights reserved.\n{header}\nApril 29, 2013\nContents"
    texts = (cover, *(f"{header}\n{body} Page {n} says more.\n{n}" for n in range(2, 8)))
    sizes = {"".join(header.split()): (22.0, False), "".join(body.split()): (9.0, False)}
    raw = RawDocument(len(texts), texts, (), (), None, styles=(sizes,) * len(texts), body_size=9.0)
    pages, title = clean_pages(raw)
    assert header not in pages[1].text  # still furniture on the body pages
    assert title == header
    stray = RawDocument(len(texts), texts, (), (), "PostScript code for Alpha font", styles=raw.styles, body_size=9.0)
    assert clean_pages(stray)[1] == header  # the title of a file the producer embedded
    agreeing = RawDocument(len(texts), texts, (), (), "Harbor MQ Manual", styles=raw.styles, body_size=9.0)
    assert clean_pages(agreeing)[1] == "Harbor MQ Manual"
    small = RawDocument(len(texts), texts, (), (), None, styles=({**sizes, "".join(header.split()): (10.0, False)},)
                        * len(texts), body_size=9.0)
    assert clean_pages(small)[1] != header  # no display size: the first-lines scan, as before


@pytest.mark.timeout(20)
def test_hostile_long_lines_stay_linear():
    """200k-character pages (the per-page cap) of spaces, dots or hyphens must not make any
    regex backtrack quadratically."""
    import time

    from vellum.documents.parse import clean_pages
    from vellum.documents.reader import RawDocument

    n = 200_000
    texts = ("a" + " " * n + "b", ". " * (n // 2) + "x", "-" * n, "a" * n + "-\nb", "x =" * (n // 3),
             ("Contents\n" + ". " * 1000 + "x\n") * 50)
    raw = RawDocument(len(texts), texts, (), (), None)
    started = time.perf_counter()
    clean_pages(raw)
    assert time.perf_counter() - started < 5
