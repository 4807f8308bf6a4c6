"""Page layout beyond one text column, from where pypdf's runs are printed: table rows,
footnotes, and the starts of frames (margin notes, sidebars).

pypdf reads a page in content-stream order, which for multi-column pages (LaTeX's twocolumn,
LibreOffice's sections, reportlab's frames) is column by column: the words come in the right
order: 0.94-0.99 of its adjacent word pairs are adjacent in pdftotext's reading on six audited
documents of pdfTeX, LuaTeX, LibreOffice and reportlab (0.85 on Octave's three-column reference
card, whose tables pdftotext reads column after column and pypdf row by row, the better order
here). What the text alone no longer shows is where the
layout, not the author, ended a line or put text aside, and reflow (documents/reflow.py)
guessed wrong there:
  * a table row is a line whose cells are set apart by a gap no word space reaches
    (`CELL_GAP`), before a cell that starts where a cell of the line before or after it
    starts: LibreOffice's table rows and the command / description rows of Octave's
    reference card were glued into one paragraph ("Register Address Reset value Description
    CTRL0 0x0040 0x79D6 Brown out threshold"), as a row is as long as a line of prose;
  * a footnote is printed at the foot of its column, in a smaller size, starting with its
    mark, and the text goes on in the next column above it: TUGboat's footnotes were read in
    the middle of the sentence that the column break cut ("... for the link to actually 2
    Those in the LaTeX base distribution ... work in the output PDF"). Footnotes go to the end
    of the page (`footnotes_last`), each a paragraph of its own;
  * a line printed above the line before it, in another size, starts a frame of its own: a
    margin note or a sidebar placed after the body text ("... the commit index. Note 1:
    Receives") was glued to the paragraph that closes the column, as the column's last line
    is a full one. The next column of the text itself goes on in the text's size, often
    mid-sentence: it is not taken for a frame.
All of it is told by position: a run's end is its start plus its glyphs' widths (pypdf's
`Font`, built once per font dictionary); the spaces inside a run are not counted, as their
printed width varies (TeX's stretched glue, a font without a space glyph), so each one widens
the gap needed by up to SPACE_SLACK. A font whose widths pypdf misreads (LuaTeX's small
capitals) can fake one gap, never the same cell start on two lines.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from pypdf.generic import DictionaryObject
# pypdf's own reading of a font's glyph widths (a private module: pyproject keeps pypdf below 8,
# and a font it cannot read only loses the layout hint, see `TextWidths._font`)
from pypdf.generic._font import Font

#: ems (of the run before the gap) between two runs of one baseline, past the width of the
#: spaces, from which the gap is a table's cell gap: justified prose stretches a space to 1 em
#: at most; a table's columns are set wider apart (5.6 em in Octave's reference card, 2-7 em
#: in a LibreOffice table with 0.1 cm of cell padding)
CELL_GAP = 2.0
#: ems a space inside a run may add to its printed width beyond none
SPACE_SLACK = 1.0
#: points two runs' baselines may differ by and still be one printed line (also `monospace.PageRuns.text`)
BASELINE_SLACK = 0.5
#: ems (of the line's size) by which a line printed above the line before it has gone back up
#: the page: no line spacing or superscript moves that far up
FRAME_JUMP = 2.0
#: points by which two sizes differ to be two sizes (a size is rounded to 0.1 pt)
SIZE_SLACK = 0.25
#: points by which two cells of a table's column start apart, at most
CELL_SLACK = 2.0
#: lines a page may print under its footnotes: a running footer and a page number
FOOT_LINES = 2
#: a list item's marker, printed as a run of its own
LIST_MARKER = re.compile(r"[•◦▪‣○●■□–-]|\d{1,3}[.)]|[a-z][.)]")
#: a footnote's mark: a number or a reference symbol, printed raised or smaller before its text
_FOOTNOTE_MARK = re.compile(r"\s*(?:\d{1,3}|[*†‡§¶]{1,3})\s*")
#: a line (its `line_key`) that starts with a footnote's mark before a word
_LEADING_MARK = re.compile(r"(\d{1,3}|[*†‡§¶]{1,3})(?=[^\W\d_])")
#: share of the page's text width up to which a column is narrow: two columns or more, or a
#: frame beside the text (a margin note); one column of text is the page's width
NARROW_COLUMN = 2 / 3
#: a space's width in a font's units (1000 to the em): Times' and Liberation Serif's, close to
#: Helvetica's 278 and Computer Modern's 333
SPACE_WIDTH = 250
#: ems from its column's right edge within which most lines of text set to the column's
#: width end (half a word short, on average, where the lines are not justified)
EDGE_SLACK = 2.0
#: words in a line of a column of text (a label, an index entry has fewer)
MIN_WORDS = 5
#: lines that start at one x from which they make a column whose width is known
MIN_COLUMN_LINES = 3
#: ems short of its column's right edge that a line may end, past the next line's first word,
#: and still fill it: the space before that word, and the error of measuring unstretched lines
FILL_SLACK = 1.0


@dataclass(frozen=True)
class PageLayout:
    """A page's lines, by `monospace.line_key`, that are table rows, footnotes or start a frame."""

    rows: frozenset[str] = field(default_factory=frozenset)
    """Lines holding a cell gap before a cell aligned with a cell of a neighbour: table rows."""
    frame_starts: frozenset[str] = field(default_factory=frozenset)
    """Lines that start a frame: printed above the line before them in another size (a margin
    note, a sidebar), or a footnote's first line."""
    footnotes: tuple[str, ...] = ()
    """The lines of the footnotes that the text goes on after (in the next column), in page
    order: `footnotes_last` moves them to the page's end, where the others already are."""
    marks: dict[str, str] = field(default_factory=dict)
    """Each footnote's first line -> its mark, which `footnotes_last` sets apart from the text
    where the producer printed none between them (LibreOffice: "1The divider ...")."""
    full: frozenset[str] = field(default_factory=frozenset)
    """Lines of a narrow column (`NARROW_COLUMN`) that fill it: the layout, not the author,
    ended them, however short they are against the document's usual line."""

    def is_row(self, line: str) -> bool:
        return _key(line) in self.rows

    def starts_frame(self, line: str) -> bool:
        return _key(line) in self.frame_starts

    def fills_column(self, line: str) -> bool:
        return _key(line) in self.full


NO_LAYOUT = PageLayout()


def footnotes_last(lines: list[str], layout: PageLayout) -> list[str]:
    """A page's `lines` with its footnotes' lines moved to its end, in their order, each
    footnote's mark set apart from its text (`_mark_apart`)."""
    if layout.marks:
        lines = [_mark_apart(line, layout.marks.get(_key(line))) for line in lines]
    if not layout.footnotes:
        return lines
    notes = set(layout.footnotes)
    keyed = [(_key(line) in notes, line) for line in lines]
    return [line for note, line in keyed if not note] + [line for note, line in keyed if note]


def _mark_apart(line: str, mark: str | None) -> str:
    """`line` with a space after its leading footnote `mark` where none is printed: "1The
    divider" -> "1 The divider", as a footnote reads (the line's key stays the same)."""
    text = line.lstrip()
    if mark is None or not text.startswith(mark) or text[len(mark):][:1].isspace():
        return line
    return line[:len(line) - len(text)] + mark + " " + text[len(mark):]


def _key(line: str) -> str:
    """A line's `monospace.line_key` as the steps after the reader see it (already normalized)."""
    return "".join(line.split())


class TextWidths:
    """The printed width of a run's glyphs, each font's widths read once per document."""

    def __init__(self) -> None:
        # keyed by id(), holding the dictionary so that its id is not reused by another object
        self._fonts: dict[int, tuple[DictionaryObject, Font | None, dict[str, float]]] = {}

    def end(self, run: Run) -> float | None:
        """x where `run`'s glyphs end, its spaces not counted (None: the font is unknown or too
        broken to read its widths). Measured only for the runs a cell gap may follow, as few
        runs share a baseline with the next one.
        Read as pypdf reads a font's widths, by character code: a subset that numbers its
        glyphs from 1 is measured at its default width, wider than most glyphs. That makes up
        for the word spaces such a font prints as moves, that its runs' text lacks (XeTeX's
        DejaVu in AMC's manual): measured by character (`width`), a line of its prose ends 40
        points short of the next run, a cell gap."""
        widths = self._read(run.font)[0]
        if widths is None:
            return None
        return run.x + widths.get_text_width(run.text.replace(" ", "").replace("\n", "")) * run.width_scale / 1000

    def width(self, run: Run, text: str) -> float | None:
        """The printed width of `text` in `run`'s font and size, spaces at their glyph's width
        (None: the font is unknown or too broken to read its widths), its glyphs' widths read by
        character (`_by_character`)."""
        font, widths = self._read(run.font)
        if font is None:
            return None
        default = widths.get("default", 0.0)
        return sum(widths.get(character, default) for character in text) * run.width_scale / 1000

    def _read(self, font: DictionaryObject | None) -> tuple[Font | None, dict[str, float]]:
        """pypdf's `Font` of the font dictionary `font` and its widths by character."""
        if font is None:
            return None, {}
        cached = self._fonts.get(id(font))
        if cached is None:
            try:
                read: Font | None = Font.from_font_resource(font)
            except Exception:  # noqa: BLE001 - a broken font only loses the layout hint
                read = None
            cached = self._fonts[id(font)] = (font, read, {} if read is None else _by_character(read))
        return cached[1], cached[2]


def _by_character(font: Font) -> dict[str, float]:
    """`font`'s glyphs' widths by code, and also under the characters they print.
    Why: pypdf keys a simple font's widths by character code, but measures text by
    character: a subset that numbers its glyphs from 1 (LibreOffice's TrueType fonts: code 1
    prints "M") had every glyph measured at the default width."""
    widths = dict(font.character_widths)
    for code, character in font.character_map.items():
        if code in widths and character not in widths:
            widths[character] = widths[code]
    return widths


class Run(NamedTuple):
    """One of pypdf's runs as the layout sees it: where it is printed, how large, in which font."""

    text: str
    x: float
    y: float
    size: float
    monospace: bool
    font: DictionaryObject | None
    width_scale: float
    """Points per 1000 units of the font's glyph widths: the font size times the matrices'
    horizontal scale."""


def width_scale(cm: list[float], tm: list[float], size: float) -> float:
    """`Run.width_scale` from pypdf's transformation and text matrices and font size."""
    return size * math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])


class Line(NamedTuple):
    """One of the page's lines as the layout sees it."""

    key: str
    first: Run
    """The first run begun on the line: where the line is printed."""
    size: float
    """The size of the line's longest run (a footnote's mark is smaller than its text)."""
    cells: tuple[float, ...]
    """x of each run that starts after a cell gap (`_cell_gap`)."""
    marked: bool
    """Does the line start with a footnote's mark (`_footnote_mark`, `_cited_mark`)?"""
    runs: tuple[Run, ...]
    """The runs begun on the line."""


def page_layout(lines: Iterable[tuple[str, list[Run]]], widths: TextWidths) -> PageLayout:
    """The rows, frame starts and footnotes among a page's `lines`, each its `line_key` and the
    runs with text that begin on it (a run that goes on from the line before starts there)."""
    found = [(key, begun) for key, begun in lines if key and begun]
    cited = _cited_marks(begun for _, begun in found)
    page = [_line(key, begun, widths, cited) for key, begun in found]
    areas = _footnotes(page)
    notes = {i for area in areas for i in area}
    frame_starts = {page[i].key for i in notes if page[i].marked}
    marks = {page[i].key: _mark(page[i]) for i in notes if page[i].marked}
    inside = [i for area in areas if area.stop < len(page) and _above(page, area.stop) for i in area]
    previous: Line | None = None  # the line before, footnotes left out
    for i, line in enumerate(page):
        if i in notes:
            continue
        if previous is not None and _new_frame(previous, line):
            frame_starts.add(line.key)
        previous = line
    return PageLayout(_rows(page), frozenset(frame_starts), tuple(page[i].key for i in inside), marks,
                      _full_lines(page, widths))


def _line(key: str, begun: list[Run], widths: TextWidths, cited: set[str]) -> Line:
    """The line of `key` whose runs (with text) begin as `begun`; `cited`: the footnote marks
    the page's text cites (`_cited_marks`)."""
    cells = tuple(after.x for before, after in zip(begun, begun[1:]) if _cell_gap(before, after, widths)
                  and not LIST_MARKER.fullmatch(before.text.strip()))  # a list's marker and its item
    longest = _longest(begun)
    return Line(key, begun[0], longest.size, cells, _footnote_mark(begun) or _cited_mark(key, begun, cited),
                tuple(begun))


def _longest(runs: list[Run]) -> Run:
    """The run with the most text: the one that tells a line's size and baseline."""
    return max(runs, key=lambda run: len(run.text.strip()))


def _cited_marks(lines: Iterable[list[Run]]) -> set[str]:
    """The footnote marks cited on a page: a number or symbol (`_FOOTNOTE_MARK`) in a run of
    its own after a line's first, raised above the line's text or smaller.
    Why: Word and LibreOffice set a footnote's own mark like its text, so only the mark in
    the text, set as a superscript, tells that a line under it starting with "1" is a footnote."""
    cited: set[str] = set()
    for runs in lines:
        text = _longest(runs)
        cited.update(run.text.strip() for run in runs[1:] if _FOOTNOTE_MARK.fullmatch(run.text)
                     and (run.y - text.y > BASELINE_SLACK or run.size < text.size - SIZE_SLACK))
    return cited


def _cited_mark(key: str, runs: list[Run], cited: set[str]) -> bool:
    """Does the line of `key` start with a mark `cited` on its page, before words in a
    proportional font (set like its text: Word, LibreOffice)?"""
    mark = _LEADING_MARK.match(key)
    return mark is not None and mark.group(1) in cited and not runs[-1].monospace


def _mark(line: Line) -> str:
    """The footnote mark that `line` (a footnote's first) starts with."""
    mark = _LEADING_MARK.match(line.key)
    return mark.group(1) if mark else line.first.text.strip()


def _footnote_mark(runs: list[Run]) -> bool:
    """Do `runs` (a line's) start with a footnote's mark: a number or symbol in a run of its
    own, raised above the text after it or smaller, the text in words of a proportional font?
    A listing numbers its lines in a smaller size too, before code in monospace."""
    if len(runs) < 2 or not _FOOTNOTE_MARK.fullmatch(runs[0].text):
        return False
    mark, text = runs[0], runs[1]
    return not text.monospace and any(ch.isalpha() for ch in text.text) \
        and (mark.y - text.y > BASELINE_SLACK or mark.size < text.size - SIZE_SLACK)


def _rows(page: list[Line]) -> frozenset[str]:
    """Keys of the lines with a cell that starts where a cell of the line before or after starts."""
    rows: set[str] = set()
    for line, below in zip(page, page[1:]):
        if any(abs(x - other) <= CELL_SLACK for x in line.cells for other in below.cells):
            rows.update((line.key, below.key))
    return frozenset(rows)


def _footnotes(page: list[Line]) -> list[range]:
    """The footnote areas, as ranges of line indexes: from a line that starts with a mark
    (`Line.marked`), printed below the line before it in a smaller size, through the lines
    after it in that size or smaller, down to a line printed above (the next column) or to the
    page's foot (its end, or FOOT_LINES printed below: a running footer, a page number)."""
    areas: list[range] = []
    i = 1
    while i < len(page):
        body, first = page[i - 1], page[i]
        if not (first.marked and first.first.y < body.first.y and first.size < body.size - SIZE_SLACK):
            i += 1
            continue
        end = i + 1
        while end < len(page) and page[end].size <= first.size + SIZE_SLACK \
                and page[end].first.y < page[end - 1].first.y:
            end += 1
        if _column_ends(page, end):
            areas.append(range(i, end))
        i = end
    return areas


def _column_ends(page: list[Line], end: int) -> bool:
    """Does the column end before line `end`: is that line printed above the one before it, or
    are the lines from it on the page's foot?"""
    rest = page[end - 1:]
    return (end < len(page) and _above(page, end)) or (
        len(rest) <= FOOT_LINES + 1 and all(below.first.y < above.first.y for above, below in zip(rest, rest[1:])))


def _full_lines(page: list[Line], widths: TextWidths) -> frozenset[str]:
    """Keys of the lines that fill a narrow column of text (`_fills`): a column is the lines
    that start at one x (`_columns`), its right edge where the furthest of them ends; one of
    text is set to its width (`_set_to_width`); it is narrow up to NARROW_COLUMN of the page's
    text width, another column of text beside it (`_beside`).
    Why: reflow ends a paragraph at a line short against the document's usual line, and the
    lines of LibreOffice's three columns or of a note in the margin are all short: a column's
    paragraphs were kept line by line. A page of one column has none narrow, and keeps its
    reading."""
    ends = [_end(line, widths) for line in page]
    known = [i for i, end in enumerate(ends) if end is not None]
    if not known:
        return frozenset()
    text_width = max(ends[i] for i in known) - min(page[i].first.x for i in known)
    columns = (Column(column, min(page[i].first.x for i in column), max(ends[i] or 0.0 for i in column))
               for column in _columns(page, known))
    text = [column for column in columns if _set_to_width(page, ends, column)]
    full: set[str] = set()
    for column in text:
        if column.right - column.left <= NARROW_COLUMN * text_width and _beside(page, column, text):
            full.update(page[i].key for i in column.lines if i + 1 < len(page)
                        and _fills(page[i], ends[i] or 0.0, page[i + 1], column.right, widths))
    return frozenset(full)


class Column(NamedTuple):
    """Lines printed one under the other from one x (`_columns`), and where they are printed."""

    lines: list[int]
    """Indexes of its lines in the page's."""
    left: float
    """x where its lines start."""
    right: float
    """x where its furthest line ends (`_end`)."""


def _set_to_width(page: list[Line], ends: list[float | None], column: Column) -> bool:
    """Do at least half of `column`'s lines end within EDGE_SLACK of its right edge, in
    MIN_WORDS words or more, not in a number, as the lines of text set to a column's width do,
    justified or not?
    Why: the entries of an index or a list in two columns are columns of short lines too,
    ending anywhere, and so are a table's or a figure's labels, one or two words each: read as
    paragraphs, their entries were glued together. An index's entries of five words that end
    near the edge end in their page numbers (Why3's "why3-extract command line option, 82")."""
    near = sum(1 for i in column.lines if column.right - (ends[i] or 0.0) <= EDGE_SLACK * max(page[i].size, 1.0)
               and sum(len(run.text.split()) for run in page[i].runs) >= MIN_WORDS
               and not page[i].key[-1].isdigit())
    return 2 * near >= len(column.lines)


def _beside(page: list[Line], column: Column, text: list[Column]) -> bool:
    """Are MIN_COLUMN_LINES lines of the other columns of `text` (`_set_to_width`) printed
    beside `column`, between its first and last baselines: another column of the text, or the
    text a margin note stands by?
    Why: a page of one column has narrow groups of lines too (a poem, a grammar's rules, a
    figure's labels, a demo of a narrow frame), whose longest line is no column's edge; what
    is printed beside them is no text set to a column's width (a program's listing, a table)."""
    top, bottom = page[column.lines[0]].first.y, page[column.lines[-1]].first.y
    return sum(1 for other in text if other.right < column.left or other.left > column.right
               for i in other.lines if bottom <= page[i].first.y <= top) >= MIN_COLUMN_LINES


def _end(line: Line, widths: TextWidths) -> float | None:
    """x where `line`'s printed text would end set without stretching its spaces (None:
    unknown): its glyphs, and SPACE_WIDTH between two words. pypdf's text has a space for
    each move of a justified line (LibreOffice's: two), and a font's space glyph may be
    missing or read with a default width, so neither says how wide a line's spaces are."""
    ends: list[float] = []
    for run in line.runs:
        words = run.text.split("\n")[0].split()
        glyphs = widths.width(run, "".join(words))
        if glyphs is None:
            return None
        ends.append(run.x + glyphs + SPACE_WIDTH * max(len(words) - 1, 0) * run.width_scale / 1000)
    return max(ends)


def _columns(page: list[Line], known: list[int]) -> list[list[int]]:
    """The lines `known` (indexes, their ends known) in columns: lines printed one after the
    other, in one size, each starting within CELL_SLACK of the one before; columns of
    MIN_COLUMN_LINES lines or more.
    Why one after the other: a column's first line often starts where the one-column text
    above it does, whose lines are wider; a heading (another size) or a column of its own
    printed in between sets them apart."""
    columns: list[list[int]] = []
    for i in known:
        last = columns[-1][-1] if columns else None
        if last == i - 1 and abs(page[i].first.x - page[last].first.x) <= CELL_SLACK \
                and abs(page[i].size - page[last].size) <= SIZE_SLACK:
            columns[-1].append(i)
        else:
            columns.append([i])
    return [column for column in columns if len(column) >= MIN_COLUMN_LINES]


def _fills(line: Line, end: float, following: Line, right: float, widths: TextWidths) -> bool:
    """Does `line`, ending at `end`, fill its column up to `right`: would the first word of
    the line `following` it not have fit after it (within FILL_SLACK)? That is where a
    layout wraps a line, justified or not; a paragraph's last line leaves room. `end` and
    `right` are measured unstretched (`_end`): a justified line stretches by less than the
    word that did not fit, so its end measured is as far from `right` at most."""
    words = following.first.text.split()
    word = widths.width(following.first, words[0]) if words else None
    return right - end < (word or 0.0) + FILL_SLACK * max(line.size, 1.0)


def _above(page: list[Line], i: int) -> bool:
    """Is line `i` printed above the line before it?"""
    return page[i].first.y > page[i - 1].first.y


def _new_frame(before: Line, line: Line) -> bool:
    """Does `line` start a frame, after the line `before`: printed well above it, in another size?"""
    return line.first.y - before.first.y > FRAME_JUMP * max(line.size, 1.0) \
        and abs(line.size - before.size) > SIZE_SLACK


def _cell_gap(before: Run, after: Run, widths: TextWidths) -> bool:
    """Is `after` printed on `before`'s baseline, a cell gap right of its end? (Not known for a
    `before` that goes on to the next line: its end is not on this one.) The glyphs' widths are
    only summed where `after` starts far enough right of `before`'s start for a gap to fit."""
    if abs(after.y - before.y) > BASELINE_SLACK or "\n" in before.text.rstrip("\n"):
        return False
    gap = (CELL_GAP + SPACE_SLACK * before.text.strip().count(" ")) * max(before.size, 1.0)
    if after.x - before.x <= gap:
        return False
    end = widths.end(before)
    return end is not None and after.x - end > gap
