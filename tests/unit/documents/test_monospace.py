"""The font as the signal for code: lines set in monospace are listings, lines set in a
proportional font are prose, in documents whose fonts separate the two (documents/monospace.py)."""

from __future__ import annotations

import pytest
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

from vellum.documents import ParseLimits, parse_pdf
from vellum.documents.hyphenation import Vocabulary, join_hyphenated
from vellum.documents.monospace import MIN_GLYPHS, LineFonts, is_monospace, line_verdicts
from vellum.documents.reader import read_pdf

from .factory import CODE_FONT, MARGIN, PAGE_W, build_manual, code, lines, para, rich, stream_pdf, tex_code, wrap

INTRO = ("The digraph module keeps the vertices and edges of a graph in ETS tables, so a graph "
         "is changed in place and every function below returns the new state of the graph.")
OUTRO = ("A cycle is returned as a list of vertices that starts and ends with the same vertex, "
         "and the call fails when the vertex is not part of the graph at all.")
#: prose whose last line runs to the margin, so the shape rules carry on into the next line
LEAD_IN = ("A graph is changed in place, never copied, whichever of the functions below is called on it,",
           "and to find a cycle through a vertex V of a graph G the function is called as shown in")
#: a listing whose lines read like prose to the text-shape rules
LISTING = ("get_cycle(G, V) -> Vertices | false", "end", "exit 1")


def _page(pdf: bytes) -> str:
    return parse_pdf(pdf, "mono.pdf").pages[0].text


def test_a_listing_that_reads_like_prose_stays_verbatim():
    text = _page(build_manual([[lines(*LEAD_IN), code(*LISTING), para(OUTRO)]]))
    lead_in, listing, outro = text.split("\n\n")
    assert (lead_in, outro) == (" ".join(LEAD_IN), OUTRO)
    assert [line.strip() for line in listing.split("\n")] == list(LISTING)  # one block, line by line



def test_a_listing_indented_by_moves_keeps_its_indentation():
    """TeX starts an indented listing line further right instead of printing spaces, which
    pypdf reads flush left; where each line is printed gives the spaces back, in glyph widths,
    the closing braces at their own depths."""
    listing = ("\\tikz {", "  \\foreach \\x in {1,2} {", "    \\node at (\\x,0) {\\x};", "  }",
               "  \\draw (0,0) -- (1,1);", "}")
    pdf = build_manual([[para(INTRO), tex_code(*listing), para(OUTRO)]])
    assert not any(line.startswith("  ") for line in read_pdf(pdf, ParseLimits()).texts[0].splitlines())
    assert _page(pdf).split("\n\n") == [INTRO, "\n".join(listing), OUTRO]

def test_prose_with_inline_code_words_still_reflows():
    # the shape rules call the middle lines code ("{" density, a trailing ";" or "{"), the font says prose
    prose = ("Start the server with `start_link/3`; it returns `{ok, Pid}` when the process is",
             "up and `{error, {already_started, Pid}}` when a server of that name runs, so {",
             "the caller can match on the result and link to the `Pid` it gets back from the call.")
    text = _page(build_manual([[rich(*prose)]]))
    assert text == " ".join(line.replace("`", "") for line in prose)


def test_a_document_all_in_monospace_falls_back_to_text_shape():
    width = PAGE_W - 2 * MARGIN - 12
    pdf = build_manual([[code(*wrap(INTRO + " " + OUTRO, width, CODE_FONT, 9)), code(*LISTING)]])
    assert read_pdf(pdf, ParseLimits()).monospace == ()
    assert _page(pdf).startswith(INTRO + " " + OUTRO)  # reflowed as prose, as without fonts


def test_a_document_without_monospace_keeps_the_shape_rules():
    pdf = build_manual([[para(INTRO), para("$ harborctl reload --config /etc/harbor/broker.conf"),
                         para(OUTRO)]])
    assert read_pdf(pdf, ParseLimits()).monospace == ()
    assert "\n\n$ harborctl reload --config /etc/harbor/broker.conf\n\n" in _page(pdf)


def test_monospace_lines_are_never_joined_at_a_hyphen():
    lines = ["write_log(File, Opts) -> parse-", "error"]
    vocabulary = Vocabulary([["a parse error is logged"]])
    assert join_hyphenated(lines, vocabulary) == ["write_log(File, Opts) -> parseerror"]  # by shape
    fonts = LineFonts({"write_log(File,Opts)->parse-": True, "error": True})
    assert join_hyphenated(lines, vocabulary, fonts) == lines


@pytest.mark.parametrize("pieces, expected", [
    ([("get_cycle(G, V) -> Vertices | false", True)], True),
    ([("Returns ", False), ("{ok, Pid}", True), (" when the server is started.", False)], False),
    # mostly inline code: neither, so the shape rules decide as without fonts
    ([("in the resulting ", False), ("NewReqIdCollection", True), (". If ", False), ("Delete", True),
      (" equals ", False), ("false", True)], None),
    ([("25 ", False), ("}", True)], True),  # a listing's line number in the body font
    ([("00001", True)], True),               # a numbered blank line of a listing
    ([("26", False)], None),                 # a line number or a table cell: no telling
])
def test_a_line_is_monospace_by_its_share_of_characters(pieces, expected):
    verdicts, _, _ = line_verdicts([pieces])
    assert list(verdicts.values()) == [expected]


def test_the_same_text_in_both_kinds_of_font_gets_no_verdict():
    verdicts, characters, _ = line_verdicts([[("plead?", True)], [("plead?", False)]])
    assert verdicts == {"plead?": None}
    assert characters == {True: 6, False: 6}


def _font(**entries: object) -> DictionaryObject:
    """A font dictionary: keyword -> /Key, str -> name, list -> array, dict -> dictionary."""
    def pdf(value: object) -> object:
        if isinstance(value, list):
            return ArrayObject(pdf(v) for v in value)
        if isinstance(value, dict):
            return DictionaryObject({NameObject(f"/{k}"): pdf(v) for k, v in value.items()})
        return NameObject(value) if isinstance(value, str) else NumberObject(value)
    return pdf(entries)


@pytest.mark.parametrize("font, expected", [
    (_font(BaseFont="/XYZ+Foo", Widths=[600] * MIN_GLYPHS), True),                    # metrics
    (_font(BaseFont="/XYZ+Foo", Widths=[0, 525, 0] + [525] * MIN_GLYPHS), True),      # unused codes
    (_font(BaseFont="/XYZ+Courier", Widths=list(range(300, 300 + 10 * MIN_GLYPHS, 10))), False),
    (_font(BaseFont="/XYZ+Foo", Widths=[500] * 10, FontDescriptor={"Flags": 33}), True),  # FixedPitch
    (_font(BaseFont="/Courier"), True),                                               # standard 14: name
    (_font(BaseFont="/Helvetica"), False),
    (_font(BaseFont="/XYZ+LMMono10-Regular", Widths=[525] * 3), True),
    (_font(BaseFont="/XYZ+Foo", Subtype="/Type0", DescendantFonts=[{"W": [3, [600, 600], 10, 40, 600]}]), True),
    (_font(BaseFont="/XYZ+Foo", Subtype="/Type0", DescendantFonts=[{"W": [3, [278, 556], 10, 40, 600]}]), False),
])
def test_monospace_font_judged_by_its_metrics_then_flag_then_name(font, expected):
    assert is_monospace(font) is expected



def _staggered_table(rows: list[tuple[str, str]], top: int = 520) -> bytes:
    """Content stream of a two-column table in 7 pt type: each row's cell in Courier (/F2) and,
    to its right and 4.5 pt lower, a cell in Helvetica (/F1). pypdf reads a row as one line of
    mixed fonts (4.5 pt is under its line break of 0.8 x the font size); pdfminer reads one line
    per cell (the cells overlap by less than half their height)."""
    ops = [b"BT"]
    for i, (mono, proportional) in enumerate(rows):
        y = top - 14 * i
        ops.append(b"/F2 7 Tf 1 0 0 1 40 %d Tm (%s) Tj" % (y, mono.encode()))
        ops.append(b"/F1 7 Tf 1 0 0 1 340 %.1f Tm (%s) Tj" % (y - 4.5, proportional.encode()))
    ops.append(b"ET")
    return b"\n".join(ops)


def test_the_verdicts_of_pdfminer_lines_decide_on_a_page_it_rereads():
    """A page whose words pypdf glues is read by pdfminer (documents/spacing.py), and its text
    holds pdfminer's lines, which pypdf's fonts say nothing about: here each table row is one
    mixed line for pypdf and two lines for pdfminer. The font verdicts pdfminer's characters
    give those lines (`DocumentFonts.add_pdfminer_page`) keep a listing whose lines read as
    prose verbatim, and reflow prose with a line that reads as code (it ends in "{")."""
    from .test_spacing import tight_page

    listing = ("case lists:keyfind(Name, 1, Servers) of false -> start(Name, Options)",
               "receive {ok, Pid} when is_pid(Pid) -> link(Pid) after 5000 -> exit", "end")
    prose = ("Start the server with start_link/3 and wait for its reply; it returns",
             "{ok, Pid} when the process is up and {error, {already_started, Pid}} {",
             "when a server of that name is running, so the caller can match on it.")
    pdf = stream_pdf(tight_page(lines=10) + b"\n" + _staggered_table(list(zip(listing, prose))))
    blocks = _page(pdf).split("\n\n")
    assert "\n".join(listing) in blocks
    assert " ".join(prose) in blocks
