"""Turn a page's physical lines into blocks: reflowed paragraphs and verbatim listings.

pypdf's default extraction gives one line per printed line and no blank line between
paragraphs, so paragraph ends are inferred:
  * a line shorter than `SHORT_LINE` x the document's typical line width ends a paragraph
    (the last line of a paragraph rarely reaches the margin; headings are short too), its
    length as printed where a hyphen join made it longer (`hyphenation.JoinedLine`); a line
    that fills a narrow column (two or three columns, a margin note: documents/layout.py) is
    as long as the typical line;
  * so does a line ending in ":", or in ".!?" that is somewhat short and followed by a line
    starting with a capital, or (however long) by a short line starting like a numbered
    heading ("3.2. Administrative Duties");
  * a list item ("•", "1.", "a)") starts a new paragraph;
  * so does a line that starts a frame of its own (a margin note, a sidebar, a footnote:
    documents/layout.py, `_frame_breaks`), and a short line in bold between two lines that are
    not, or larger than both, after a sentence's end (a term, a heading or a label:
    `_terms_set_apart`).
A table's row (cells set apart by wide gaps, aligned with a neighbour's: documents/layout.py)
is a line of its own, never joined to the line before or after it.
Code / config / shell lines (`lines.is_code`: set in monospace where the document's fonts tell,
else by shape) are never reflowed: consecutive ones form a listing block kept line by line
(indented by where each line is printed, `_indented`, then dedented), so the chunker can keep
a listing intact.
A section heading marked from the outline (`headings.HEADING_MARK`) is always a block of its own.
A run of short one-line blocks (tables, lists, headings with a one-line body) or table rows is
kept as lines within one block rather than split into a blank-line-separated paragraph per line.

Output: blocks joined by a blank line; lines within a listing or a short-line run by "\\n".
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable

from .headings import HEADING_MARK
from .hyphenation import printed_end, printed_start
from .lines import is_code, is_comment_line, is_list_item
from .layout import PageLayout
from .monospace import NO_FONTS, LineFonts, Start

SHORT_LINE = 0.7
#: glyph widths; a listing indented deeper is rare, a line printed beside it is not
MAX_INDENT = 40
#: share of a glyph width by which a listing's line may start off its character grid
OFF_GRID = 0.15
SENTENCE_END_LINE = 0.85
#: points: a definition list's description is indented this much deeper than its term
TERM_INDENT = 10.0
#: points: lines starting this close start at the same place
LEFT_SLACK = 2.0
#: words a hanging item's first line holds at least (its tag and the start of its text)
MIN_ITEM_WORDS = 3
#: lines a definition list's term may take ("-o, --output=file" / "-o, --output=folder")
MAX_TERM_LINES = 3
MIN_WIDTH_SAMPLES = 20
#: a line set this much larger than the line before it (and the one after it) stands out as a
#: heading or a label (`_terms_set_apart`); as `font_headings`' smallest heading step
LARGER = 1.1
#: a short line starting like a numbered section heading ("3.2. Administrative Duties", "4.1.4
#: Requesting ..."): a dotted number, then a capital (one number and a dot is a list item)
_NUMBERED_HEADING = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?\s+[A-Z]")
_LEADERS = re.compile(r"(?: ?\.){4,} ?")  # runs on whitespace-collapsed text: no backtracking blow-up
_SPACES = re.compile(r"\s+")
#: a sentence's end, or a lead-in's, before any closing bracket or quote and footnote number
_SENTENCE_END = re.compile(r"[.!?][)\]}\"'’”»]*\d{0,3}$")
_CLAUSE_END = re.compile(r"[.!?:;,][)\]}\"'’”»]*\d{0,3}$")


def typical_width(pages: list[list[str]], fonts: list[LineFonts] | None = None) -> int | None:
    """80th percentile length of the document's prose lines, or None if too few to tell."""
    lengths = sorted(
        len(stripped) for lines, page_fonts in zip(pages, fonts or [NO_FONTS] * len(pages))
        for line in lines if len(stripped := line.strip()) >= 20 and not is_code(line, page_fonts)
    )
    if len(lengths) < MIN_WIDTH_SAMPLES:
        return None
    return lengths[int(0.8 * (len(lengths) - 1))]


def reflow(lines: list[str], width: int | None, fonts: LineFonts = NO_FONTS) -> str:
    """Cleaned text of one body page (`fonts`: its lines' monospace verdicts)."""
    if width is None:
        width = max((len(line.strip()) for line in lines), default=0)
    code = _code_flags(lines, fonts)
    starts = (_term_breaks(lines, code, fonts, width) | _hanging_items(lines, code, fonts, width)
              if fonts.lefts else set()) | _frame_breaks(lines, fonts.layout) \
        | (_terms_set_apart(lines, code, fonts, width) if fonts.styles else set())
    blocks: list[tuple[str, list[str]]] = []  # ("prose" | "code" | "row" | "heading", lines)
    for index, (line, code_line) in enumerate(zip(lines, code)):
        if not line.strip():
            blocks.append(("gap", []))
            continue
        if line.startswith(HEADING_MARK):
            blocks.append(("heading", [line]))
            continue
        kind = "code" if code_line else "row" if fonts.layout.is_row(line) else "prose"
        previous = blocks[-1] if blocks else ("gap", [])
        if previous[0] == kind and (kind == "code" or (kind == "prose" and not (  # a row goes on no line
                _breaks(printed_end(previous[1][-1]), line, width, fonts.layout) or index in starts))):
            previous[1].append(line)
        else:
            blocks.append((kind, [line]))
    return "\n\n".join(_render(blocks, width, fonts.start_cursor()))


def line_block(lines: list[str]) -> str:
    """Cleaned text of a page kept line by line (table of contents, index)."""
    return "\n".join(_prose_line(line) for line in lines if line.strip())


def _code_flags(lines: list[str], fonts: LineFonts) -> list[bool]:
    """`lines.is_code`, plus lines sandwiched between code lines (inside a listing) that are
    short and not a finished sentence, or that start like a comment, unless their font says
    they are prose.

    A comment that reads like a sentence ("## do something else not involving rgl.") is not
    code on its own (`is_code_line` lets sentence-like "#" lines through as prose, since a
    prose line may start with "#"), but between two code lines it is part of the listing:
    leaving it out would split the listing in two around a one-line paragraph. A line set in
    a proportional font between two monospace ones is the author's prose between two listings
    (Erlang's reference puts "Types:" between a signature and its types, 945 times).
    """
    flags = [is_code(line, fonts) for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for before, i, after in zip(filled, filled[1:], filled[2:]):
        stripped = lines[i].strip()
        if flags[before] and flags[after] and not flags[i] and fonts.monospace(stripped) is None and (
                (len(stripped) <= 60 and not stripped.endswith(".")) or is_comment_line(stripped)):
            flags[i] = True
    return flags


def _term_breaks(lines: list[str], code: list[bool], fonts: LineFonts, width: int) -> set[int]:
    """Indexes of the prose lines that are a definition list's term: each starts a block.

    A term is one to MAX_TERM_LINES short prose lines, the first not starting with a capital,
    that start where the line before them does (or left of it), that line ending a sentence;
    none of them ends like a sentence or a lead-in (".!?:;,", before any closing bracket,
    quote or footnote number), and the first line after them that starts elsewhere is prose
    indented at least TERM_INDENT points deeper: the term's description.
    Why: texinfo's @table (GNU manuals: LilyPond's Usage, R's, Asymptote's) prints a term on
    its own line at the list's left edge and its description indented below it; `_breaks`
    glues a short line onto a long one before it that ends a sentence unless it starts with
    a capital, and most terms are lower-case options and commands ("debug-eval bool",
    "--verbose"). A paragraph's last line (before the next's indented first line) ends a
    sentence; an indented example after a paragraph is code; a wrapped line of a paragraph
    or of a function's signature follows a line that does not end a sentence.
    """
    cursor = fonts.left_cursor()
    lefts = [cursor(line) if line.strip() and not line.startswith(HEADING_MARK) else None for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    terms: set[int] = set()
    for at, i in enumerate(filled[1:], start=1):
        x, before = lefts[i], lefts[filled[at - 1]]
        if code[i] or x is None or before is None or before < x - LEFT_SLACK or lines[i].lstrip()[:1].isupper() \
                or not _SENTENCE_END.search(lines[filled[at - 1]].rstrip()):
            continue
        for j in filled[at:at + MAX_TERM_LINES + 1]:
            where, text = lefts[j], lines[j].strip()
            if where is None or code[j]:
                break
            if abs(where - x) <= LEFT_SLACK:
                if len(text) >= SHORT_LINE * width or _CLAUSE_END.search(text):
                    break
                continue
            if where - x >= TERM_INDENT and j != i:
                terms.add(i)
            break
    return terms


def _hanging_items(lines: list[str], code: list[bool], fonts: LineFonts, width: int) -> set[int]:
    """Indexes of the prose lines that start an item of a list set with a hanging indent, its
    tag on its first line ("@        Expands to the positional parameters ..."): each starts a
    block.

    Such a line, of MIN_ITEM_WORDS words or more, starts TERM_INDENT points or more left of the
    line before it, which ends a sentence, and the item before it hangs as this one does: the
    line before it goes on (at its left, within LEFT_SLACK) from a full line that starts where
    this one does and ends no sentence or clause, that item's tag line; or this line is such a
    full line and its next line starts TERM_INDENT points deeper.
    Why: a man page (groff's .TP, .IP) prints a short tag and the start of its text on one
    line, the text's other lines indented under it, and no space between items: an item after
    one that ends a sentence on a full line was glued to it ("... without intervening
    separators. @ Expands to ...": 18 of the 134 such items of bash's man page). A paragraph's
    first line, indented (TeX's parindent), goes on at the left edge too, but after a line that
    ends a sentence (the paragraph before), so its second line starts no block; and the last
    line of the paragraph before an indented one is a sentence's end, not a line that goes on.
    """
    cursor = fonts.left_cursor()
    lefts = [cursor(printed_start(line)) if line.strip() and not line.startswith(HEADING_MARK) else None
             for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    items: set[int] = set()
    for at, i in enumerate(filled[1:], start=1):
        x, previous = lefts[i], filled[at - 1]
        body = lefts[previous]
        if code[i] or x is None or body is None or body - x < TERM_INDENT \
                or not _SENTENCE_END.search(lines[previous].rstrip()):
            continue
        text = lines[i].strip()
        if len(text.split()) < MIN_ITEM_WORDS:
            continue
        following = lefts[filled[at + 1]] if at + 1 < len(filled) else None
        if following is not None and following - x >= TERM_INDENT and _goes_on(lines[i], width):
            items.add(i)
            continue
        back = at - 1
        while back > 0 and lefts[filled[back]] is not None and abs(lefts[filled[back]] - body) <= LEFT_SLACK:
            back -= 1
        tag = filled[back]
        if lefts[tag] is not None and abs(lefts[tag] - x) <= LEFT_SLACK and not code[tag] and _goes_on(lines[tag], width):
            items.add(i)
    return items


def _goes_on(line: str, width: int) -> bool:
    """Is `line` a full line that ends no sentence or clause: its text goes on on the next line?"""
    return len(line.strip()) >= SHORT_LINE * width and not _CLAUSE_END.search(printed_end(line).rstrip())


def _terms_set_apart(lines: list[str], code: list[bool], fonts: LineFonts, width: int) -> set[int]:
    """Indexes of the prose lines that are a definition list's term, a heading or a label set
    apart by its font on a line of its own: each starts a block.

    Such a line is short, does not end like a sentence or a lead-in, follows a line that ends a
    sentence and is followed by a prose line; it is set in a bold face (`LineFonts.style`) and
    neither of those two lines is, or it is set LARGER than the line before it and than the
    line after it (a line of mixed sizes after it counts as smaller).
    Why: asciidoctor-pdf prints a term in bold above its description, both at the list's left
    edge, so `_term_breaks`, which needs the description indented, does not see it, and
    `_breaks` glued a lower-case term to the sentence before it ("... --no-toc-backlinks.
    traceback"): 29 of the 77 terms of a docutils book. The same frees the bold headings an
    outline leaves out and admonitions' labels from the paragraph before them ("... after the
    test sheets have been printed. Note", "... primitive shapes. Using a Widget": 14 pages of
    AMC's guide, 3 of reportlab's), and dblatex's admonition labels, set larger, not bold
    ("... compatible header. Tip": 3 of the Guide for Debian Maintainers'). A bold heading that
    wraps is bold on both lines, and a paragraph's bold last line is followed by a line of
    another paragraph that starts it anyway.
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    terms: set[int] = set()
    for before, i, after in zip(filled, filled[1:], filled[2:]):
        text = lines[i].strip()
        if code[i] or code[after] or lines[i].startswith(HEADING_MARK) or len(text) >= SHORT_LINE * width \
                or _CLAUSE_END.search(text) or not _SENTENCE_END.search(lines[before].rstrip()):
            continue
        style, previous, following = (fonts.style(lines[j]) for j in (i, before, after))
        if style is None:
            continue
        if (style[1] and not (previous and previous[1]) and not (following and following[1])) or (
                previous is not None and style[0] >= LARGER * previous[0]
                and (following is None or style[0] >= LARGER * following[0])):
            terms.add(i)
    return terms


def _frame_breaks(lines: list[str], layout: PageLayout) -> set[int]:
    """Indexes of the lines that start a frame of another size (documents/layout.py): each
    starts a block.

    Why: the last line of a column is a full one, so a margin note, a sidebar or footnotes
    printed after the column were glued to its paragraph ("... the commit index. Note 1:").
    """
    return {i for i, line in enumerate(lines) if layout.starts_frame(line)} if layout.frame_starts else set()


def _breaks(previous: str, line: str, width: int, layout: PageLayout) -> bool:
    """Does `previous` end a paragraph, given the `line` that follows it?

    A line that fills a narrow column (`layout`: documents/layout.py) is as long as a line
    gets there: it counts as `width` long, however few characters it holds.

    A sentence's end followed by a short line that starts like a numbered heading is one,
    however long the sentence's line: in a document without bookmarks no heading is marked
    (Chromium prints none), and such a heading starts with a digit, not the capital the last
    rule wants: 79 of the 264 numbered headings of Debian's Developer's Reference printed by
    Chromium were glued to the paragraph before them ("... may bring. 3.2. Administrative
    Duties"), 15 after (package names in lower case, "1.5.2. dput"; titles as long as a line;
    a line before them that ends no sentence).
    """
    prev = previous.strip()
    length = width if layout.fills_column(prev) else len(prev)
    if is_list_item(line) or prev.endswith(":") or length < SHORT_LINE * width:
        return True
    if prev[-1] not in ".!?":
        return False
    stripped = line.strip()
    if len(stripped) < SHORT_LINE * width and _NUMBERED_HEADING.match(stripped):
        return True
    return length < SENTENCE_END_LINE * width and stripped[:1].isupper()


def _render(blocks: list[tuple[str, list[str]]], width: int, start: Callable[[str], Start | None]) -> list[str]:
    rendered: list[str] = []
    short_run: list[str] = []
    for kind, block_lines in blocks:
        if kind == "gap":
            continue
        if kind == "heading":
            text = block_lines[0]
        elif kind == "code":
            text = textwrap.dedent("\n".join(_indented(block_lines, start))).strip("\n")
        else:
            text = _prose_line(" ".join(line.strip() for line in block_lines))
        if kind == "row" or (kind == "prose" and len(block_lines) == 1 and len(text) < SHORT_LINE * width):
            short_run.append(text)
            continue
        if short_run:
            rendered.append("\n".join(short_run))
            short_run = []
        rendered.append(text)
    if short_run:
        rendered.append("\n".join(short_run))
    return rendered


def _indented(lines: list[str], start: Callable[[str], Start | None]) -> list[str]:
    """A listing's lines, each indented by as many spaces as it is printed glyph widths right of
    the listing's leftmost line (`start`: where the page's next line of a line's text starts),
    when its lines start at different places on a grid of whole glyph widths.

    Why: TeX (and others) indent a listing's line by moving to where it starts, with no space
    glyphs, so pypdf reads every line flush left (61% of the pgf manual's listing lines, 72%
    of LilyPond's Learning Manual's), or with a space of its own where a line starts right of
    the one before. A producer that prints spaces starts every line at the listing's left
    edge: its lines keep their own spaces. The glyph width is the listing's most common one (a
    comment's italic may be narrower). Lines that mostly start off the grid are labels placed
    in a drawing (Doxygen's class graphs), no listing: left as they are; so is a line off the
    grid (pypdf misplaces a few runs), more than MAX_INDENT glyph widths right (printed beside
    the listing) or whose start is unknown.
    """
    starts = [start(line) for line in lines]
    known = [where for where in starts if where is not None]
    if len(known) < 2:
        return lines
    left = min(x for x, _ in known)
    glyph = Counter(round(width, 2) for _, width in known).most_common(1)[0][0]
    if glyph <= 0:  # a font with no advance widths says nothing about columns
        return lines
    columns = [None if where is None else (where[0] - left) / glyph for where in starts]
    on_grid = [column is not None and abs(column - round(column)) <= OFF_GRID and column <= MAX_INDENT
               for column in columns]
    if max(column or 0.0 for column in columns) < 1 - OFF_GRID or 4 * sum(on_grid) < 3 * len(known):
        return lines
    return [" " * round(column) + line.lstrip() if grid else line
            for line, column, grid in zip(lines, columns, on_grid)]


def _prose_line(text: str) -> str:
    return _SPACES.sub(" ", _LEADERS.sub(" ... ", _SPACES.sub(" ", text))).strip()
