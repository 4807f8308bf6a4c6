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

    def is_row(self, line: str) -> bool:
        return _key(line) in self.rows

    def starts_frame(self, line: str) -> bool:
        return _key(line) in self.frame_starts


NO_LAYOUT = PageLayout()


def footnotes_last(lines: list[str], layout: PageLayout) -> list[str]:
    """A page's `lines` with its footnotes' lines moved to its end, in their order."""
    if not layout.footnotes:
        return lines
    notes = set(layout.footnotes)
    keyed = [(_key(line) in notes, line) for line in lines]
    return [line for note, line in keyed if not note] + [line for note, line in keyed if note]


def _key(line: str) -> str:
    """A line's `monospace.line_key` as the steps after the reader see it (already normalized)."""
    return "".join(line.split())


class TextWidths:
    """The printed width of a run's glyphs, each font's widths read once per document."""

    def __init__(self) -> None:
        # keyed by id(), holding the dictionary so that its id is not reused by another object
        self._fonts: dict[int, tuple[DictionaryObject, Font | None]] = {}

    def end(self, run: Run) -> float | None:
        """x where `run`'s glyphs end, its spaces not counted (None: the font is unknown or too
        broken to read its widths). Measured only for the runs a cell gap may follow, as few
        runs share a baseline with the next one."""
        widths = self._font(run.font)
        if widths is None:
            return None
        return run.x + widths.get_text_width(run.text.replace(" ", "").replace("\n", "")) * run.width_scale / 1000

    def _font(self, font: DictionaryObject | None) -> Font | None:
        if font is None:
            return None
        cached = self._fonts.get(id(font))
        if cached is None:
            try:
                read: Font | None = Font.from_font_resource(font)
            except Exception:  # noqa: BLE001 - a broken font only loses the layout hint
                read = None
            cached = self._fonts[id(font)] = (font, read)
        return cached[1]


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
    """Does the line start with a footnote's mark (`_footnote_mark`)?"""


def page_layout(lines: Iterable[tuple[str, list[Run]]], widths: TextWidths) -> PageLayout:
    """The rows, frame starts and footnotes among a page's `lines`, each its `line_key` and the
    runs with text that begin on it (a run that goes on from the line before starts there)."""
    page = [_line(key, begun, widths) for key, begun in lines if key and begun]
    areas = _footnotes(page)
    notes = {i for area in areas for i in area}
    frame_starts = {page[i].key for i in notes if page[i].marked}
    inside = [i for area in areas if area.stop < len(page) and _above(page, area.stop) for i in area]
    previous: Line | None = None  # the line before, footnotes left out
    for i, line in enumerate(page):
        if i in notes:
            continue
        if previous is not None and _new_frame(previous, line):
            frame_starts.add(line.key)
        previous = line
    return PageLayout(_rows(page), frozenset(frame_starts), tuple(page[i].key for i in inside))


def _line(key: str, begun: list[Run], widths: TextWidths) -> Line:
    """The line of `key` whose runs (with text) begin as `begun`."""
    cells = tuple(after.x for before, after in zip(begun, begun[1:]) if _cell_gap(before, after, widths)
                  and not LIST_MARKER.fullmatch(before.text.strip()))  # a list's marker and its item
    longest = max(begun, key=lambda run: len(run.text.strip()))
    return Line(key, begun[0], longest.size, cells, _footnote_mark(begun))


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
