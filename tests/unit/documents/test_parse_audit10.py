"""Defects the eighth parser audit found (groff's gropdf man pages, dblatex, Doxygen, rst2pdf,
asciidoctor-pdf), each on a PDF the test builds (one on a page's lines and styles)."""

from __future__ import annotations

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from vellum.documents import parse_pdf
from vellum.documents.monospace import LineFonts, is_monospace
from vellum.documents.reflow import reflow

from .factory import MARGIN, PAGE_W, build_manual, heading, lines, para, stream_pdf, wrap

SIZE = 10
WORD_SPACING = 2.0
#: (justified pieces of a line, split where gropdf kerns a pair by moving the text position)
JUSTIFIED = (
    ("If the shell is started with the -c option, the shell in", "vokes the first argument."),
    ("The return status is the exit status of the last command e", "xecuted before the trap."),
    ("Each variable assignment is e", "xpanded for tilde expansion before the command is run."),
    ("Loadable builtins allow monkey patching of the shell.",),  # one string: no move, no join
)
PLAIN = ("A login shell invokes the profile files before it reads any other file at all; monkeypatching aside.",
         "Commands are executed in order, and every word is expanded before the command runs.")


def _gropdf_line(y: float, pieces: tuple[str, ...]) -> bytes:
    """One line as gropdf prints a justified line: word spacing (Tw) on, and each kerned pair
    split with a relative move (Td) to where the next glyph starts."""
    out = b"1 0 0 1 72 %d Tm %.3f Tw " % (y, WORD_SPACING)
    for piece in pieces:
        out += b"(%s) Tj " % piece.encode()
        width = stringWidth(piece, "Times-Roman", SIZE) + WORD_SPACING * piece.count(" ")
        out += b"%.3f 0 Td " % width
    return out


def _gropdf_page(lines: tuple[tuple[str, ...], ...], plain: tuple[str, ...]) -> bytes:
    content = b"BT /F3 %d Tf " % SIZE
    y = 700
    for pieces in lines:
        content += _gropdf_line(y, pieces)
        y -= 14
    content += b"0 Tw "
    for line in plain:
        content += b"1 0 0 1 72 %d Tm (%s) Tj " % (y, line.encode())
        y -= 14
    return content + b"ET"


def test_words_split_at_a_kern_on_a_line_justified_by_word_spacing_are_read_whole():
    """gropdf justifies with Tw and kerns with Td; pypdf did not count the word spacing in the
    width of what was shown, so the move to a kerned glyph read as a gap: "in vokes", "e
    xecuted". A split word the document prints whole elsewhere is read whole again where the
    page moves between its two strings; two words of one string stay apart."""
    plain = _gropdf_page((), PLAIN * 3)  # most pages: pypdf's reading is trusted, pdfminer reads none
    data = stream_pdf(_gropdf_page(JUSTIFIED, PLAIN), plain, plain, plain, _gropdf_page(JUSTIFIED[::-1], PLAIN))
    text = " ".join(" ".join(page.text.split()) for page in parse_pdf(data, "bash.1.pdf").pages)
    assert "the shell invokes the first argument." in text
    assert "command executed before the trap." in text
    assert "is expanded for tilde expansion" in text
    assert " in v" not in text and " e x" not in text
    assert "allow monkey patching of the shell." in text


SECTIONS = (("5 Basics", "5.1 Packaging workflow"), ("5.6 Debian rules file", "5.14 Customization of the Debian package build"),
            ("7 Tips", "7.5 Debsign"), ("7.8 Building in a chroot", "7.12 New upstream release"))


def test_dblatex_headers_naming_the_chapter_and_the_section_go():
    """dblatex heads each page with the chapter's number and title and the section's, in
    capitals, the section's title cut short with "..." when long, and no page number: a
    section's header repeats only on its own pages, too rarely to be learned by repetition."""
    pages, headers = [], []
    for chapter, section in SECTIONS:
        pages.append([heading(chapter), para(PLAIN[0] * 3), heading(section), para(PLAIN[1] * 4)])
        number, title = section.split(" ", 1)
        title = title.upper() if len(title) < 30 else title.upper()[:28] + " ..."
        chapter_number, chapter_title = chapter.split(" ", 1)
        headers.append(f"CHAPTER {chapter_number}. {chapter_title.upper()} {number}. {title}")
    doc = parse_pdf(build_manual(pages, headers=headers, outline=True), "debmake-doc.en.pdf")
    text = "\n".join(page.text for page in doc.pages)
    assert "CHAPTER" not in text
    assert "Customization of the Debian package build" in text and "Debsign" in text


#: M+ 1mn as Prawn subsets it (asciidoctor-pdf's code font): printable ASCII at 500, a
#: full-width glyph at 1000, every unused code at the missing glyph's 364
MPLUS_1MN = (b"<< /Type /Font /Subtype /TrueType /BaseFont /ac37e8+mplus1mn-regular /FirstChar 32 "
             b"/LastChar 255 /Widths [%s] /FontDescriptor << /Type /FontDescriptor /FontName "
             b"/ac37e8+mplus1mn-regular /Flags 4 /FontBBox [0 -250 1000 900] /ItalicAngle 0 /Ascent 860 "
             b"/Descent -140 /CapHeight 700 /StemV 80 >> >>"
             % b" ".join([b"500"] * 98 + [b"364"] * 75 + [b"1000"] + [b"364"] * 50))
PROSE = ("Enable backlinks from section titles to table of contents entries (\"entry\"), to the top of the TOC",
         "(\"top\"), or disable (\"none\"). The setting applies to every writer that builds a table.")
LISTING = ("[general]", "toc_backlinks: top", "output_encoding: utf-8:strict")
WRITERS = ("html", "latex", "odt")  # a listing's lines differ from page to page: no running footer


def test_a_code_font_whose_unused_codes_have_another_width_is_monospace():
    """Prawn gives a TrueType subset's unused codes the missing glyph's width, and M+ 1mn has
    full-width glyphs too (widths 364, 500, 1000): judged proportional, it left the document
    with no monospace font, so its prose was judged by shape and a line like '("top"), or
    disable ("none").' was taken for code, its paragraph split around it."""
    font = DictionaryObject({NameObject("/Subtype"): NameObject("/TrueType"), NameObject("/FirstChar"): NumberObject(32),
                             NameObject("/Widths"): ArrayObject(NumberObject(w) for w in [500] * 98 + [364] * 126)})
    assert is_monospace(font)
    font[NameObject("/Widths")] = ArrayObject(NumberObject(w) for w in [250, 333, 408, 500, 500, 833] * 16 + [364] * 128)
    assert not is_monospace(font)

    def page(n: int) -> bytes:
        content = b"BT /F1 10 Tf 14 TL 1 0 0 1 72 720 Tm "
        filler = [f"Section {n}.{i}: the reader keeps every setting of the file it was given." for i in range(6)]
        for line in filler[:3] + (list(PROSE) if n == 1 else []) + filler[3:]:
            content += b"(%s) Tj T* " % line.replace("(", "\\(").replace(")", "\\)").encode()
        content += b"/F3 10 Tf " + b"".join(b"(%s) Tj T* " % f"{line} # {WRITERS[n]}".encode() for line in LISTING)
        return content + b"ET"

    text = parse_pdf(stream_pdf(*(page(n) for n in range(3)), f3=MPLUS_1MN), "asciidoctor.pdf").pages[1].text
    assert " ".join(PROSE) in text
    assert "\n".join(f"{line} # {WRITERS[1]}" for line in LISTING) in text


TERMS = (("toc_backlinks", "Enable backlinks from section titles to table of contents entries"),
         ("traceback", "Enable Python tracebacks when halt-level system messages and other exceptions occur"),
         ("warning_stream", "Path to a file for the output of system messages and warnings by default"))


def _full_lines(text: str) -> list[str]:
    """`text` said again until its wrapped last line runs to the margin, as the sentence before
    a glued term did: a short last line ends its paragraph anyway."""
    words = text.split()
    for n in range(len(words), 6 * len(words)):
        printed = wrap(" ".join((words * 6)[:n]) + ".", PAGE_W - 2 * MARGIN)
        if len(printed) > 1 and len(printed[-1]) >= 0.95 * len(printed[0]):
            return printed
    raise AssertionError("no full last line")


def test_a_bold_term_above_its_description_at_the_same_edge_starts_a_block():
    """asciidoctor-pdf prints a definition list's term in bold on its own line, its description
    below it at the same left edge: a lower-case term was glued to the sentence before it."""
    blocks = []
    for term, description in TERMS:
        blocks += [lines(term, font="Helvetica-Bold"), lines(*_full_lines(description))]
    text = parse_pdf(build_manual([blocks, blocks[::-1]]), "asciidoctor.pdf").pages[0].text
    for term, _ in TERMS[1:]:
        assert f"\n\n{term}\n" in text


def test_a_label_set_larger_than_the_lines_around_it_starts_a_block():
    """dblatex sets an admonition's label ("Tip", "Caution") in a larger size, not bold, above
    its text: in a document with an outline (no headings from fonts) it was glued to the
    sentence before it, a line that runs to the margin."""
    page = ["The writer of the guide explains how the package is built, signed and uploaded to the",
            "archive, and every step below is run again by the builder once the package is uploaded.",
            "Caution",
            "It takes many hours to properly create and maintain Debian packages, so plan for them."]
    styles = {"".join(line.split()): (12.0 if line == "Caution" else 10.0, False) for line in page}
    text = reflow(page, len(page[0]), LineFonts({}, styles=styles))
    assert "once the package is uploaded.\n\nCaution\n" in text


#: a man page's tagged paragraphs (groff's .TP): a tag and its text's first line on one line,
#: the text's other lines indented under it, no space between items
TAGGED = (("*", ("Expands to the positional parameters, starting from one, and when the expansion is not",
                 "within double quotes, each positional parameter expands to a separate word of its own.")),
          ("@", ("Expands to the positional parameters, starting from one, and in contexts where word",
                 "splitting is performed, this expands each parameter to a separate word of the command.")),
          ("#", ("Expands to the number of positional parameters in decimal, as the shell was started",
                 "with them or as the set builtin command has replaced them since, whichever came last.")))


def _man_page(items: tuple[tuple[str, tuple[str, ...]], ...]) -> bytes:
    content, y = b"BT /F3 10 Tf ", 700
    for tag, text in items:
        content += b"1 0 0 1 108 %d Tm (%s) Tj " % (y, tag.encode())
        for line in text:
            content += b"1 0 0 1 144 %d Tm (%s) Tj " % (y, line.encode())
            y -= 12
    return content + b"ET"


def test_a_hanging_items_tag_on_its_first_line_starts_a_block():
    """An item whose tag shares its first line, after an item that ends a sentence on a full
    line, was glued to that item ("... a separate word of its own. @ Expands to ...")."""
    pages = [_man_page(TAGGED * 3), _man_page(TAGGED[::-1] * 3)]
    text = parse_pdf(stream_pdf(*pages), "bash.1.pdf").pages[0].text
    assert "a separate word of its own.\n\n@ Expands to" in text
    assert "a separate word of the command.\n\n# Expands to" in text
