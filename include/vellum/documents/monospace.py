"""Which lines are set in a monospace font: the typesetter's own mark of code.

Most manuals set listings, signatures and commands in a monospace font (Courier, LM Mono /
cmtt, DejaVu Sans Mono, Inconsolata, ...) and prose in a proportional one. Text shape alone
cannot tell a listing's "end", "exit 1" or "get_cycle(G, V) -> Vertices | false" from prose;
the font can. Measured with pdfminer's per-character fonts on five FOP, Prawn, Doxygen and
Sphinx manuals, the shape rules read 12.5k of 32.7k monospace lines as prose.

A font is monospace when its metrics say so: every glyph it gives a width has the same one
(/Widths of a simple font, /W of a CID font), judged only over at least MIN_GLYPHS glyphs, as a
small subset (the ten digits of a page-number font) is equal-width by chance; with fewer, the
FontDescriptor's FixedPitch flag, then the name (standard 14 "Courier" carries no metrics).
Metrics see what names miss: Prawn's "Panic Sans" is monospace, and so is the "FreeSans" of
Doxygen's class graphs, which Ghostscript set with Courier's glyphs.

Each line gets a verdict from its share of monospace characters (MONOSPACE, PROPORTIONAL):
monospace, proportional, or mixed (None, left to the shape rules). The reader collects the
verdicts while pypdf reads each page (`PageRuns`, a `visitor_text` callback: the content
stream is parsed once) and while pdfminer re-reads pages (documents/spacing.py), and hands
them over keyed by the line's text without whitespace (`line_key`): later steps add and remove
spaces (pdfminer's respacing, reflow) and drop lines (furniture), so a key survives where a
line index would not; a line whose text a step changed (a hyphen join) is simply not found and
falls back to text shape, as does a text that the same page sets in both kinds of font (a
listing that prints what the page shows).
pypdf's runs also tell where each monospace line starts (`MonospaceJudge.start`: x and the
font's glyph width), from which reflow indents a listing that TeX set by moving its lines
rather than by printing spaces (documents/reflow.py `_indented`); kept per key as a queue in
page order, as a listing repeats its "}" and "end" at other depths.
A document whose monospace share is under MIN_DOCUMENT_SHARE or over MAX_DOCUMENT_SHARE (no
code font, as in DocBook's XSL reference; or everything in one: groff, plain text printed to
PDF) says nothing about code, so it carries no verdicts at all (`informative`).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from pypdf.generic import ArrayObject, DictionaryObject

from .font_dicts import cid_font, font_descriptor
from .font_headings import LineStyle, StyleJudge, line_style
from .glyphs import UNMAPPED_CID
from .layout import BASELINE_SLACK, LIST_MARKER, NO_LAYOUT, PageLayout, Run, TextWidths, page_layout, width_scale
from .normalize import normalize_text

T = TypeVar("T")

#: fewer glyphs with a width than this leave the verdict to the FixedPitch flag and the name
MIN_GLYPHS = 12
#: share of a line's characters in monospace from which the line is monospace, and under which
#: it is proportional; a line in between mixes both and is judged by shape. A listing's line
#: is all monospace (44k of 45k such lines of 13 audited manuals are at >= 0.9); a prose line
#: with a few inline code words ("returns `ok` if `Key` is in `Table`") is under half; prose
#: that is mostly inline code ("in the resulting `NewReqIdCollection`. If `Delete` equals
#: `false`, ...") is in between: taken as code it would split its paragraph around it.
MONOSPACE = 0.9
PROPORTIONAL = 0.5
#: share of the document's characters in monospace outside which fonts tell nothing about code
MIN_DOCUMENT_SHARE = 0.01
MAX_DOCUMENT_SHARE = 0.9
#: points from a list marker to its item's text, at most (`PageRuns._late_markers`)
MARKER_GAP = 36
#: points by which a second copy of a run may be off the first and still print over it
#: (`PageRuns._overprints`: a CSS text-shadow of 1-2 px is 0.75-1.5 pt)
OVERPRINT = 2.0
_WORDLIKE = re.compile(r"\w")
#: glyph width of Courier, in 1/1000 of the font size (a standard 14 font carries no /Widths)
COURIER_WIDTH = 600
_FIXED_PITCH = 1
_UNCOUNTED = re.compile(r"[\s\d]+")
_NON_DIGITS = re.compile(r"\D+")
_MONO_NAME = re.compile(r"courier|mono(?!type)|cmtt|sftt|lmtt|txtt|typewriter|consol|inconsolata|menlo|code",
                        re.I)


#: where a line starts: x in points from the page's left edge, and its font's glyph width there
Start = tuple[float, float]


def line_key(line: str) -> str:
    """A line's text as every step after the reader sees it, without any whitespace."""
    return "".join("".join(normalize_text(line)).split())


@dataclass(frozen=True)
class LineFonts:
    """One page's verdict per `line_key`: monospace (True), proportional (False) or none; and
    where each monospace line starts (`starts`)."""

    verdicts: Mapping[str, bool | None]
    starts: Mapping[str, tuple[Start, ...]] = field(default_factory=dict)
    """Per `line_key`, where each monospace line of that text starts, in page order."""
    lefts: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    """Per `line_key`, the x (page space) where each line of that text starts, any font, in page
    order: the layout of definition lists (`reflow._term_breaks`)."""
    styles: Mapping[str, LineStyle | None] = field(default_factory=dict)
    """Per `line_key`, the line's size and weight (`font_headings.line_style`), None if mixed."""
    layout: PageLayout = NO_LAYOUT
    """The page's table rows, footnotes and frame starts (documents/layout.py)."""

    def monospace(self, line: str) -> bool | None:
        return self.verdicts.get("".join(line.split())) if self.verdicts else None

    def style(self, line: str) -> LineStyle | None:
        return self.styles.get("".join(line.split()))

    def start_cursor(self) -> Callable[[str], Start | None]:
        """A function giving, call by call, where the page's next monospace line of a line's
        text starts (None if unknown): a listing repeats lines ("}", "end") at other depths."""
        return _cursor(self.starts)

    def left_cursor(self) -> Callable[[str], float | None]:
        """Like `start_cursor`, where the page's next line of a line's text starts (any font)."""
        return _cursor(self.lefts)


def _cursor(places: Mapping[str, tuple[T, ...]]) -> Callable[[str], T | None]:
    """Call by call, the next of the places recorded for a line's text (None when none is left)."""
    queues = {key: iter(values) for key, values in places.items()}
    return lambda line: next(queues.get("".join(line.split()), iter(())), None)


NO_FONTS = LineFonts({})


class MonospaceJudge:
    """Monospace verdicts per font dictionary, each font judged once per document, and by
    font name for pdfminer's characters (which name their font but keep no dictionary)."""

    def __init__(self) -> None:
        # keyed by id(), holding the dictionary so that its id is not reused by another object
        self._verdicts: dict[int, tuple[DictionaryObject, bool, float]] = {}
        self._names: dict[str, bool] = {}

    def __call__(self, font: DictionaryObject | None) -> bool:
        return font is not None and self._judged(font)[1]

    def start(self, font: DictionaryObject, cm: list[float], tm: list[float], size: float) -> Start | None:
        """Where a run of monospace `font` starts and its glyph width there (from pypdf's text
        and transformation matrices `tm`, `cm` and the font size), for the indentation of
        listings; None if the font or the matrices give no width."""
        scale_x = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
        glyph = self._judged(font)[2] * size * scale_x / 1000
        return (tm[4] * cm[0] + tm[5] * cm[2] + cm[4], glyph) if glyph > 0 else None

    def _judged(self, font: DictionaryObject) -> tuple[DictionaryObject, bool, float]:
        cached = self._verdicts.get(id(font))
        if cached is None:
            verdict, names, width = _judged(font)
            cached = self._verdicts[id(font)] = (font, verdict, width)
            self._names.update(dict.fromkeys(names, verdict))
        return cached

    def named(self, name: str) -> bool:
        """The verdict on the font pypdf saw under this name, else the name's own."""
        verdict = self._names.get(name)
        if verdict is None:
            verdict = self._names[name] = _MONO_NAME.search(name) is not None
        return verdict


def _names(font: DictionaryObject) -> list[str]:
    """The names pdfminer may give the font: its /BaseFont, its descriptor's /FontName."""
    descriptor = font_descriptor(font)
    names = [font.get("/BaseFont"), descriptor.get("/FontName") if descriptor is not None else None]
    return [name[1:] for name in names if isinstance(name, str) and name.startswith("/")]


def _judged(font: DictionaryObject) -> tuple[bool, list[str], float]:
    """`is_monospace`, the font's names and its glyph width (in 1/1000 of the font size: the
    width its glyphs share, else Courier's, the standard 14 font without metrics); False, none
    and 0 for a font too broken to judge: this runs inside pypdf's text extraction, where an
    exception would cost the page its text."""
    try:
        widths = _glyph_widths(font)
        ascii_widths = _ascii_widths(font)
        grid = ascii_widths[0] if _one_width(ascii_widths) and not _one_width(widths) else None
        return is_monospace(font), _names(font), grid or min(widths, default=COURIER_WIDTH)
    except Exception:  # noqa: BLE001 - a broken width array or descriptor only loses the hint
        return False, [], 0.0


def is_monospace(font: DictionaryObject) -> bool:
    """Equal glyph widths over MIN_GLYPHS glyphs (those of the codes of printable ASCII, in a
    simple font whose other codes differ), else the FixedPitch flag, else the name.

    Why the ASCII codes: Prawn (asciidoctor-pdf) gives a TrueType subset's unused codes the
    width of the missing glyph, and M+ 1mn, the code font of asciidoctor-pdf's default theme,
    has full-width glyphs too: its widths were 364, 500 and 1000, so its listings were judged
    proportional, no font of the document was monospace and its prose was judged by shape
    ('("top"), or disable ("none").' taken for code, a paragraph split around it)."""
    widths = _glyph_widths(font)
    if len(widths) >= MIN_GLYPHS:
        return _one_width(widths) or _one_width(_ascii_widths(font))
    descriptor = font_descriptor(font)
    flags = descriptor.get("/Flags") if descriptor is not None else None
    if isinstance(flags, int) and flags & _FIXED_PITCH:
        return True
    name = font.get("/BaseFont")
    return isinstance(name, str) and _MONO_NAME.search(name) is not None


def _glyph_widths(font: DictionaryObject) -> list[float]:
    """The non-zero glyph widths a font declares, rounded to a unit (unused codes are 0)."""
    descendant = cid_font(font)
    entries = (descendant or font).get("/W" if descendant is not None else "/Widths")
    entries = entries.get_object() if entries is not None else None
    if not isinstance(entries, ArrayObject):
        return []
    widths = _cid_widths(entries) if descendant is not None else entries
    return [round(width) for width in widths if isinstance(width, (int, float)) and width > 0]


def _one_width(widths: list[float]) -> bool:
    """Are there MIN_GLYPHS widths or more, all one?"""
    return len(widths) >= MIN_GLYPHS and min(widths) == max(widths)


def _ascii_widths(font: DictionaryObject) -> list[float]:
    """The non-zero widths a simple font declares for the codes of printable ASCII (33-126),
    rounded to a unit; none for a CID font."""
    if cid_font(font) is not None:
        return []
    entries, first = font.get("/Widths"), font.get("/FirstChar")
    entries = entries.get_object() if entries is not None else None
    first = first.get_object() if first is not None else None
    if not isinstance(entries, ArrayObject) or not isinstance(first, int):
        return []
    codes = entries[max(0, 33 - first):max(0, 127 - first)]
    return [round(width) for width in (entry.get_object() for entry in codes)
            if isinstance(width, (int, float)) and width > 0]


def _cid_widths(entries: ArrayObject) -> list[float]:
    """Widths of a CID font's /W array: `c [w1 w2 ...]` lists widths, `c1 c2 w` one width for
    a range (counted once per code, at most MIN_GLYPHS times: only the count matters)."""
    widths: list[float] = []
    items = [entry.get_object() for entry in entries]
    i = 0
    while i < len(items) - 1:
        if isinstance(items[i + 1], ArrayObject):
            widths.extend(width.get_object() for width in items[i + 1])
            i += 2
        elif i + 2 < len(items) and all(isinstance(x, (int, float)) for x in items[i:i + 3]):
            first, last, width = items[i:i + 3]
            widths.extend([width] * max(0, min(int(last) - int(first) + 1, MIN_GLYPHS)))
            i += 3
        else:
            break
    return widths


class PageRuns:
    """pypdf's text runs of one page, each with its font's verdict and, for a monospace run,
    where it starts (`MonospaceJudge.start`): a `visitor_text` callback. Also where each run
    is printed, to undo the line breaks pypdf puts between runs of one baseline (`text`), and
    its size and weight, which tell headings (documents/font_headings.py); from both, the
    page's table rows, footnotes and frames (`layout`, documents/layout.py)."""

    def __init__(self, judge: MonospaceJudge, styles: StyleJudge | None = None,
                 widths: TextWidths | None = None) -> None:
        self._judge = judge
        self._style_judge = styles or StyleJudge()
        self._widths = widths or TextWidths()
        self.runs: list[tuple[str, bool, Start | None]] = []
        self._where: list[tuple[float, float]] = []  # (x, y) of each run, in page space
        self._fonts: list[tuple[DictionaryObject | None, float]] = []  # each run's font and `Run.width_scale`
        self._styles: list[LineStyle] = []  # each run's size and weight
        self._line_start = True

    def __call__(self, text: str, cm: list[float], tm: list[float], font: DictionaryObject | None,
                 size: float) -> None:
        if text:
            mono = self._judge(font)
            start = self._judge.start(font, cm, tm, size) if mono and self._line_start else None
            self.runs.append((text, mono, start))
            self._where.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))
            self._fonts.append((font, width_scale(cm, tm, size)))
            self._styles.append(self._style_judge(font, cm, tm, size))
            self._line_start = text.endswith("\n")  # only a line's first run needs its start

    def text(self, extracted: str) -> str:
        """pypdf's text of the page (`extracted`, which its runs make up), without the line
        breaks it put between two runs printed on one baseline, left to right.

        Why: pypdf starts a new line whenever the text matrix jumps vertically, even to a place
        where nothing is printed. PDF::API2 (pod2pdf) prints every word and every space in a
        text object of its own, each followed by an empty one that resets the matrix to the
        page's corner, so pypdf read Perl's perlfunc one word per line (105k breaks on its 122
        pages); pdftotext and pdfminer, which place glyphs, read the lines whole. A break whose
        neighbours share a baseline (within BASELINE_SLACK points), the second one further
        right, is no line end: it goes, with a space in its place unless one side has one; so
        does a line break printed as a glyph (PDF::API2 prints the source's "\\n", code 10, at
        each line end) before a real one, which made a blank line: a paragraph break.
        Other producers put no break there (none in 14 audited manuals but a reportlab symbol
        table's rows).
        Also a run printed again over itself is read once (`_overprints`), and a list's marker
        printed after the page's text goes back to the start of its item's line
        (`_late_markers`). The runs change with the text, so their lines stay the text's.
        """
        if "".join(text for text, _, _ in self.runs) != extracted:  # runs not pypdf's text: keep it
            return extracted
        changed = False
        for rule in (self._overprints, self._false_breaks, self._cell_breaks, self._late_markers):
            changes = rule()
            if changes:
                self._rewrite(changes)
                changed = True
        return "".join(text for text, _, _ in self.runs) if changed else extracted

    def _rewrite(self, changes: dict[int, str]) -> None:
        """Give the runs at the keys of `changes` their new texts; drop those left empty."""
        for i, text in changes.items():
            _, mono, start = self.runs[i]
            self.runs[i] = (text, mono, start)
        kept = [i for i, (text, _, _) in enumerate(self.runs) if text]
        self.runs = [self.runs[i] for i in kept]
        self._where = [self._where[i] for i in kept]
        self._fonts = [self._fonts[i] for i in kept]
        self._styles = [self._styles[i] for i in kept]

    def _overprints(self) -> dict[int, str]:
        """Each run whose text, letters or digits among it, repeats the last run with text before
        it, printed within OVERPRINT points of that one -> its own whitespace alone, and the
        whitespace runs between the two -> "".

        Why: Chromium (Skia) prints a CSS text-shadow as a copy of the text 1 px off, drawn
        just before the text itself: the Sphinx theme of Debian's Developer's Reference shadows
        every heading, so pypdf read "4.2. 4.2. IRC channelsIRC channels" on 103 of its 105
        printed pages, and the doubled heading, too long for a heading, was glued to the
        paragraph after it. pdftotext drops such a copy; pdfminer does not. Two copies of a
        text this close print over each other: no layout puts content there.
        """
        drop: dict[int, str] = {}
        previous: int | None = None  # last run with text that is no copy
        pending: list[int] = []  # whitespace runs since then
        for i, (text, _, _) in enumerate(self.runs):
            content = text.strip()
            if not content:
                pending.append(i)
            elif previous is not None and content == self.runs[previous][0].strip() \
                    and _WORDLIKE.search(content) and self._over(previous, i):
                drop.update(dict.fromkeys(pending, ""))
                drop[i] = text.replace(content, "", 1)
                pending = []
            else:
                previous, pending = i, []
        return drop

    def _over(self, first: int, second: int) -> bool:
        """Is run `second` printed within OVERPRINT points of where run `first` is?"""
        (x0, y0), (x1, y1) = self._where[first], self._where[second]
        return abs(x1 - x0) <= OVERPRINT and abs(y1 - y0) <= OVERPRINT

    def _late_markers(self) -> dict[int, str]:
        """Each list marker ("•", "1.", "a)") printed after the text that follows it on its
        baseline -> "", and that line's first run -> the marker and a space before its text.

        Why: WeasyPrint prints a page's list markers after all of its text, so pypdf put all 54
        bullets of the git user manual at the ends of their pages ("... when there are multiple
        •\n•\n•") and none before its item. A marker is moved only to a line that starts
        (after a line break) on the marker's baseline, at most MARKER_GAP points right of it.
        """
        starts: dict[int, list[int]] = {}  # rounded baseline -> runs that start a line there
        moved: dict[int, str] = {}
        line_start = True
        for i, (text, _, _) in enumerate(self.runs):
            marker = text.strip()
            if LIST_MARKER.fullmatch(marker):
                x, y = self._where[i]
                target = next((j for key in (round(y) - 1, round(y), round(y) + 1) for j in starts.get(key, ())
                               if j not in moved and abs(self._where[j][1] - y) <= BASELINE_SLACK
                               and 0 < self._where[j][0] - x <= MARKER_GAP), None)
                if target is not None:
                    moved[i] = ""
                    moved[target] = marker + " " + self.runs[target][0].lstrip()
                    continue
            if line_start and text.strip():
                starts.setdefault(round(self._where[i][1]), []).append(i)
            if text.strip() or "\n" in text:
                line_start = text.endswith("\n")
        return moved

    def _false_breaks(self) -> dict[int, str]:
        """Index of each break run (whitespace holding a line break) between two runs on one
        baseline, the next one to the right -> what replaces it ("" or " ")."""
        drop: dict[int, str] = {}
        previous: int | None = None  # last run with something besides line breaks
        pending: list[int] = []  # break runs since then
        for i, (text, _, _) in enumerate(self.runs):
            if not text.strip("\n"):
                pending.append(i)
                continue
            if not text.strip() and "\n" in text:
                pending.append(i)
                continue
            if previous is not None and pending:
                if self._after(previous, i):
                    spaced = self.runs[previous][0][-1:].isspace() or text[:1].isspace()
                    for j in pending:
                        drop[j] = ""
                    drop[pending[0]] = "" if spaced else " "
                else:  # a line end; a break printed as a glyph on the line before adds a blank line
                    printed = [j for j in pending if self._after(previous, j)]
                    if len(printed) < len(pending):
                        drop.update(dict.fromkeys(printed, ""))
            previous, pending = i, []
        return drop

    def _cell_breaks(self) -> dict[int, str]:
        """Each run ending in a line break that the next run, printed on its baseline right of
        it, continues -> its text with a space for that break.

        Why: reportlab's tables print each cell in a text object of its own, and pypdf ends
        each text object's run with a line break, so a row came out one cell per line
        ("Setting\nDefault\nMeaning\nraft.heartbeat_ms\n186\n..."), its cells no longer told
        apart from the next row's. A row is one printed line, as pdftotext reads it.
        """
        joined: dict[int, str] = {}
        for i, ((text, _, _), (following, _, _)) in enumerate(zip(self.runs, self.runs[1:])):
            if text.endswith("\n") and text.strip() and following.strip() and not following.startswith("\n") \
                    and "\n" not in text[:-1] and self._after(i, i + 1):
                joined[i] = text[:-1] + ("" if following[:1].isspace() else " ")
        return joined

    def _after(self, first: int, second: int) -> bool:
        """Is run `second` printed on run `first`'s baseline, right of where it starts?"""
        (x0, y0), (x1, y1) = self._where[first], self._where[second]
        return abs(y1 - y0) <= BASELINE_SLACK and x1 > x0

    def line_verdicts(self) -> tuple[dict[str, bool | None], Counter[bool], dict[str, tuple[Start, ...]],
                                     dict[str, tuple[float, ...]]]:
        """`line_verdicts` of the page's lines (`_lines`), each starting where the run that
        begins its text does, leading spaces included (unknown if a run's line break does);
        and per `line_key`, where each line of that text starts, any font."""
        lines = self._lines()
        starts: list[Start | None] = []
        lefts: list[float | None] = []
        for line in lines:
            first = next(((i, begins) for i, piece, begins in line if piece), None)
            starts.append(self.runs[first[0]][2] if first is not None and first[1] else None)
            left = next((i for i, piece, _ in line if piece.strip()), None)
            lefts.append(self._where[left][0] if left is not None else None)
        keys: list[str] = []
        verdicts = line_verdicts([[(piece, self.runs[i][1]) for i, piece, _ in line] for line in lines], starts, keys)
        found: dict[str, list[float]] = {}
        for key, left in zip(keys, lefts):
            if key and left is not None:
                found.setdefault(key, []).append(left)
        return (*verdicts, {key: tuple(where) for key, where in found.items()})

    def layout(self) -> PageLayout:
        """The page's table rows, footnotes and frame starts (documents/layout.py), from its runs' places."""
        lines = ((line_key("".join(piece for _, piece, _ in line)),
                  [Run(self.runs[i][0], *self._where[i], self._styles[i][0], self.runs[i][1], *self._fonts[i])
                   for i, _, begins in line if begins and self.runs[i][0].strip()])
                 for line in self._lines())
        return page_layout(lines, self._widths)

    def line_styles(self, sizes: Counter[float]) -> dict[str, LineStyle | None]:
        """Per `line_key`, the style of the page's lines of that text (`font_headings.line_style`;
        None also where the same key has two), counting characters per size into `sizes`."""
        styles: dict[str, LineStyle | None] = {}
        for line in self._lines():
            key = line_key("".join(piece for _, piece, _ in line))
            style = line_style(((piece, self._styles[i]) for i, piece, _ in line), sizes)
            if key:
                _record(styles, key, style)
        return styles

    def _lines(self) -> list[list[tuple[int, str, bool]]]:
        """The page's lines, its runs split at line breaks: per line its pieces, each the index
        of its run, its text and whether that text begins the run."""
        lines: list[list[tuple[int, str, bool]]] = [[]]
        for i, (text, _, _) in enumerate(self.runs):
            first, *rest = text.split("\n")
            lines[-1].append((i, first, True))
            lines.extend([(i, piece, False)] for piece in rest)
        return lines


def line_verdicts(lines: Iterable[list[tuple[str, bool]]], starts: Iterable[Start | None] = (),
                  keys: list[str] | None = None) -> tuple[dict[str, bool | None], Counter[bool], dict[str, tuple[Start, ...]]]:
    """Per `line_key` of each line (its pieces of text, each with its font's verdict), is the
    line set in monospace, proportional or mixed (`_verdict`; None also where the same key
    has two verdicts); the count of counted characters per font verdict, for `informative`;
    and where the monospace lines start, where known (`starts`, line by line). Each line's
    key is appended to `keys` if given.

    Digits count only in a line of digits alone: listings often number their lines in the
    body font, which would outweigh a short line's code ("25 }"). A line of digits alone is
    monospace if set so (a numbered blank line of a listing, a row of data), else it has no
    verdict: a listing's line number and a table cell look the same in a proportional font.
    """
    verdicts: dict[str, bool | None] = {}
    characters: Counter[bool] = Counter()
    found: dict[str, list[Start]] = {}
    for pieces, start in itertools.zip_longest(lines, starts):
        count: Counter[bool] = Counter()
        digits: Counter[bool] = Counter()
        for piece, mono in pieces:
            count[mono] += len(_UNCOUNTED.sub("", piece))
            digits[mono] += len(_NON_DIGITS.sub("", piece))
        characters.update(count)
        key = line_key("".join(piece for piece, _ in pieces))
        if keys is not None:
            keys.append(key)
        if key and (count.total() or digits.total()):
            verdict = _verdict(count) if count.total() else _verdict(digits) or None
            _record(verdicts, key, verdict)
            if verdict and start is not None:
                found.setdefault(key, []).append(start)
    return verdicts, characters, {key: tuple(where) for key, where in found.items()}


def _verdict(count: Counter[bool]) -> bool | None:
    """Monospace (True), proportional (False) or mixed (None), by the share of characters."""
    share = count[True] / count.total()
    return True if share >= MONOSPACE else False if share < PROPORTIONAL else None


def _record(verdicts: dict[str, T | None], key: str, value: T | None) -> None:
    """Set `key`'s verdict (or style), or None if it already holds a different one."""
    verdicts[key] = value if verdicts.get(key, value) == value else None


class DocumentFonts:
    """The line verdicts of a document, collected while it is read: pypdf's page by page (the
    reader), then pdfminer's of the pages it re-reads (documents/spacing.py), whose lines can
    differ from pypdf's (a table row pypdf reads as one line, pdfminer as one line per cell)."""

    def __init__(self) -> None:
        self.judge = MonospaceJudge()
        self._style_judge = StyleJudge()
        self._pages: list[dict[str, bool | None]] = []
        self._starts: list[dict[str, tuple[Start, ...]]] = []
        self._lefts: list[dict[str, tuple[float, ...]]] = []
        self._styles: list[dict[str, LineStyle | None]] = []
        self._layouts: list[PageLayout] = []
        self._widths = TextWidths()
        self._characters: Counter[bool] = Counter()
        self.sizes: Counter[float] = Counter()
        """Characters per printed size, over pypdf's lines of all pages (`font_headings.body_size`)."""

    def page_runs(self) -> PageRuns:
        """A visitor for pypdf's reading of the next page."""
        return PageRuns(self.judge, self._style_judge, self._widths)

    def add_page(self, runs: PageRuns) -> None:
        """The next page, from pypdf's runs of it (no runs for a page pypdf could not read)."""
        verdicts, characters, starts, lefts = runs.line_verdicts()
        self._pages.append(verdicts)
        self._starts.append(starts)
        self._lefts.append(lefts)
        self._styles.append(runs.line_styles(self.sizes))
        self._layouts.append(runs.layout())
        self._characters.update(characters)

    def add_pdfminer_page(self, number: int, layout: Iterable[object]) -> None:
        """pdfminer's lines of the 1-based page `number`, from its `layout`, next to pypdf's: their
        monospace verdicts, and where those pypdf has no line of start (`lefts`)."""
        from pdfminer.layout import LTTextContainer, LTTextLine

        found = [line for box in layout if isinstance(box, LTTextContainer)
                 for line in ([box] if isinstance(box, LTTextLine) else box) if isinstance(line, LTTextLine)]
        page = self._pages[number - 1]
        for key, mono in line_verdicts([self._pieces(line) for line in found])[0].items():
            _record(page, key, mono)
        # where pdfminer's lines start, for the lines pypdf's runs do not hold (in page order)
        lefts = self._lefts[number - 1]
        starts: dict[str, list[float]] = {}
        for line in found:
            key = line_key(line.get_text())
            if key and key not in lefts:
                starts.setdefault(key, []).append(line.x0)
        lefts.update({key: tuple(where) for key, where in starts.items()})

    def _pieces(self, line: Iterable[object]) -> list[tuple[str, bool]]:
        """A pdfminer line's characters, in runs of one verdict (as pypdf's runs are), without
        the glyphs that have no character (as its text is, documents/spacing.py)."""
        from pdfminer.layout import LTChar

        runs: list[tuple[list[str], bool]] = []
        for char in line:
            if isinstance(char, LTChar) and not UNMAPPED_CID.fullmatch(char.get_text()):
                mono = self.judge.named(char.fontname)
                if runs and runs[-1][1] == mono:
                    runs[-1][0].append(char.get_text())
                else:
                    runs.append(([char.get_text()], mono))
        return [("".join(texts), mono) for texts, mono in runs]

    def verdicts(self) -> tuple[dict[str, bool | None], ...]:
        """Each page's verdicts, or () if the document's fonts say nothing about code."""
        return tuple(self._pages) if informative(self._characters) else ()

    def starts(self) -> tuple[dict[str, tuple[Start, ...]], ...]:
        """Where each page's monospace lines start (pypdf's lines), or () with the verdicts."""
        return tuple(self._starts) if informative(self._characters) else ()

    def lefts(self) -> tuple[dict[str, tuple[float, ...]], ...]:
        """Where each of each page's lines starts (pypdf's lines, any font)."""
        return tuple(self._lefts)

    def styles(self) -> tuple[dict[str, LineStyle | None], ...]:
        """Each page's line styles (pypdf's lines): their size and weight."""
        return tuple(self._styles)

    def layouts(self) -> tuple[PageLayout, ...]:
        """Each page's table rows, footnotes and frame starts (pypdf's lines, documents/layout.py)."""
        return tuple(self._layouts)


def informative(counts: Counter[bool]) -> bool:
    """Does a document's split of characters between monospace and other fonts (`counts`)
    say which lines are code? Not when one kind is (nearly) all of it."""
    total = counts[True] + counts[False]
    return total > 0 and MIN_DOCUMENT_SHARE <= counts[True] / total <= MAX_DOCUMENT_SHARE
