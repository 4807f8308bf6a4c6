"""Mark section headings from the fonts, in documents without an outline (bookmarks).

Why: the chunker starts every chunk of a section with its heading and never crosses sections
(vellum.chunking), which the outline's marks lifted the quality bench's dev top-5 from 0.80 to
0.90 (headings.py); but Chromium's print-to-PDF, OCR'd scans, LaTeX without hyperref and many
Word exports carry no outline. The text alone cannot tell a heading from any other short line;
the typesetter's fonts can: a heading is set larger than the body text, or in its bold face
after a section number ("3.2 Installing"), on a line of its own.

While pypdf reads a page, each run's printed size (the Tf size scaled by the text and
transformation matrices) and weight are recorded (`StyleJudge`), and each line gets the style
most of its characters are set in (`line_style`), keyed like the monospace verdicts
(`monospace.line_key`). The body size is the size most of the document's characters are set
in. A line is a heading when its style and shape say so (`_shaped`, `_heading`), unless it is a
running head (`_running_offset`) or on a page mostly of such lines (`_prose_page`); a heading
that wraps (consecutive heading lines of one style, the next one not numbered) becomes one
marked line, as an outline's does. The styles are pypdf's lines': a page pdfminer re-reads
(documents/spacing.py) keeps those of its lines whose text pypdf read alike.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from pypdf.generic import DictionaryObject

from .font_dicts import font_descriptor
from .headings import HEADING_MARK, MAX_HEADING_CHARS, join_chapter_labels

#: a line's printed size in points (to a tenth) and whether its face is bold
LineStyle = tuple[float, bool]
#: a heading's size is at least this times the body size: the smallest measured heading step
#: is 1.1 (Chromium's h4, 11.9 pt over 10.8; LaTeX's 12 pt subsections over 10.95 in camlidl);
#: footnotes, captions and code are set smaller. At 1.15 those headings went unmarked, and no
#: manual's precision rose (bench/quality/RESULTS.md, eighth round)
LARGER = 1.1
#: share of a line's characters that must be set in its style: a line mixing sizes (a drop
#: capital, a large symbol in a sentence) or weights (a bold term opening a paragraph) is none
STYLE_SHARE = 0.9
#: consecutive heading lines joined into one heading (a title that wraps), at most
MAX_HEADING_LINES = 3
#: a numbered heading in the body's bold face: "3.2 Installing", "A.1 Options", "4. Usage"
_NUMBERED = re.compile(r"^(?:\d{1,3}|[A-Z])(?:\.\d{1,3})*\.?\s+\S")
#: share of a page's lines above which heading-like lines are not headings (`_prose_page`)
HEADING_SHARE = 0.5
#: pages from which heading-like lines numbered like the pages are running heads
MIN_RUNNING_PAGES = 3
#: a number that starts or ends a line, set off by a space: a page number in a running head
_EDGE_NUMBER = re.compile(r"^(\d{1,4})\s+\D|\D\s+(\d{1,4})$")
#: a line ending like a sentence or a clause is prose, not a title
_SENTENCE_END = re.compile(r"[.,;:][^\w\s]*$")
#: a numbered caption, set like a heading in some layouts: "Figure 2-11: Painting over colors",
#: "Table 3: Options", "Abbildung 4:" (a section's number is no label's, and has no colon)
_CAPTION = re.compile(r"^[^\W\d_]+\s+[\dA-Z][\d.\-]*\s?:")
#: a title has a word of two letters or more; a letter alone is an index letter or an axis label
_WORD = re.compile(r"[^\W\d_]{2}")
#: a bold face's name: "Helvetica-Bold", "ABCDEF+LiberationSans-Bold", TeX's "CMBX12" / "SFBX1000"
_BOLD_NAME = re.compile(r"bold|black|heavy|demi|\bbd\b|(?:cm|sf)bx", re.I)
#: /FontWeight from which a face is bold; /Flags bit 19, ForceBold
_BOLD_WEIGHT = 600
_FORCE_BOLD = 1 << 18
_UNCOUNTED = re.compile(r"\s+")


class StyleJudge:
    """Each run's `LineStyle`, each font's weight judged once per document."""

    def __init__(self) -> None:
        # keyed by id(), holding the dictionary so that its id is not reused by another object
        self._bold: dict[int, tuple[DictionaryObject, bool]] = {}

    def __call__(self, font: DictionaryObject | None, cm: list[float], tm: list[float], size: float) -> LineStyle:
        """The run's printed size (the font size times the matrices' vertical scale) and weight."""
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        return round(size * scale, 1), font is not None and self._is_bold(font)

    def _is_bold(self, font: DictionaryObject) -> bool:
        cached = self._bold.get(id(font))
        if cached is None:
            cached = self._bold[id(font)] = (font, _bold(font))
        return cached[1]


def _bold(font: DictionaryObject) -> bool:
    """Is the face bold: by its name (`_BOLD_NAME`), else its descriptor's weight or ForceBold
    flag? False for a font too broken to tell (this runs inside pypdf's text extraction)."""
    try:
        name = font.get("/BaseFont")
        if isinstance(name, str) and _BOLD_NAME.search(name):
            return True
        descriptor = font_descriptor(font)
        if descriptor is None:
            return False
        weight, flags = descriptor.get("/FontWeight"), descriptor.get("/Flags")
        return (isinstance(weight, (int, float)) and weight >= _BOLD_WEIGHT) or \
            (isinstance(flags, int) and bool(flags & _FORCE_BOLD))
    except Exception:  # noqa: BLE001 - a broken descriptor only loses the hint
        return False


def line_style(pieces: Iterable[tuple[str, LineStyle]], sizes: Counter[float]) -> LineStyle | None:
    """The style of a line (its pieces of text, each with its run's style): the one at least
    STYLE_SHARE of its characters are set in, else None. Counts the characters per size into
    `sizes`, for `body_size`."""
    count: Counter[LineStyle] = Counter()
    for piece, style in pieces:
        count[style] += len(_UNCOUNTED.sub("", piece))
    for (size, _), n in count.items():
        sizes[size] += n
    if not count.total():
        return None
    style, n = count.most_common(1)[0]
    return style if n >= STYLE_SHARE * count.total() else None


def body_size(sizes: Mapping[float, int]) -> float | None:
    """The size most characters are set in (None for a document without text)."""
    return max(sizes, key=sizes.__getitem__) if sizes else None


def mark_font_headings(pages: list[list[str]], styles: list[Callable[[str], LineStyle | None]],
                       code: list[Callable[[str], bool | None]], body: list[bool],
                       size: float | None) -> list[list[str]]:
    """`pages` (lines per page) with the lines their fonts set as headings (`_heading`) prefixed
    by `HEADING_MARK`, on the pages flagged in `body` (a table of contents is set in headings'
    fonts too), but for running heads (`_running_offset`). `styles` and `code` give each page's
    line style and monospace verdict by text; `size` is the body size."""
    if size is None:
        return pages
    found = [[style(line) if is_body and _shaped(line) and not mono(line) else None for line in lines]
             for lines, style, mono, is_body in zip(pages, styles, code, body)]
    offset = _running_offset(pages, found, size)
    out = []
    for number, (lines, page_found) in enumerate(zip(pages, found), start=1):
        if offset is not None:
            page_found = [None if _page_number(line) == number - offset else style
                          for line, style in zip(lines, page_found)]
        out.append(_marked(lines, page_found, size) if _prose_page(lines, page_found, size) else lines)
    return out


def _prose_page(lines: list[str], found: list[LineStyle | None], size: float) -> bool:
    """Are at most HEADING_SHARE of a page's lines with words heading lines?

    Why: a page whose lines are mostly set like headings is no section's text: a title page
    ("Why3 Documentation", "Release 1.5.1", "Oct 19, 2022"), a table of contents the page
    kinds took for body text (reportlab's user guide: its dot leaders are lines of their own), a
    specimen of type sizes.
    """
    headings = sum(style is not None and _heading(line, style, size) for line, style in zip(lines, found))
    return headings <= HEADING_SHARE * sum(_WORD.search(line) is not None for line in lines)


def _running_offset(pages: list[list[str]], found: list[list[LineStyle | None]], size: float) -> int | None:
    """The difference between the page's place in the file and the number printed on it, if
    heading lines that start or end with that number are on MIN_RUNNING_PAGES pages or more.

    Why: LaTeX's book layout (and Sphinx's LaTeX) heads each page with its number and the
    chapter's title ("4 Chapter 1. Foreword") or the section's ("2.2. Getting started with the
    GUI 7"), set like a bold numbered heading; the number changes from page to page, so the
    furniture step, which compares lines across pages, can miss them. A heading's own number is
    no page number: few would match one offset on several pages.
    """
    offsets: Counter[int] = Counter()
    for number, (lines, page_found) in enumerate(zip(pages, found), start=1):
        printed = {_page_number(line) for line, style in zip(lines, page_found)
                   if style is not None and _heading(line, style, size)}
        offsets.update(number - n for n in printed if n is not None)
    offset, pages_with_it = max(offsets.items(), key=lambda item: item[1], default=(0, 0))
    return offset if pages_with_it >= MIN_RUNNING_PAGES else None


def _page_number(line: str) -> int | None:
    """The number a line starts or ends with, set off by a space ("4 Chapter 1. Foreword",
    "2.2. Getting started 7"), if any."""
    match = _EDGE_NUMBER.search(line.strip())
    return int(match.group(1) or match.group(2)) if match else None


def _marked(lines: list[str], found: list[LineStyle | None], size: float) -> list[str]:
    """One page's lines (with the style of each that could be part of a heading), each run of
    consecutive heading lines of one style as one marked line, and a chapter's label set in
    another size joined to its title (`join_chapter_labels`)."""
    out: list[str] = []
    run: list[str] = []
    run_style: LineStyle | None = None
    for line, style in zip(lines, found):
        if run and style == run_style and len(run) < MAX_HEADING_LINES and not _NUMBERED.match(line.strip()) \
                and len(" ".join(run + [line.strip()])) <= MAX_HEADING_CHARS:
            run.append(line.strip())  # the title wraps (a numbered line starts the next heading)
            continue
        heading = style is not None and _heading(line, style, size)
        out.extend(_joined(run))
        run, run_style = ([line.strip()], style) if heading else ([], None)
        if not heading:
            out.append(line)
    out.extend(_joined(run))
    join_chapter_labels(out)
    return out


def _joined(run: list[str]) -> list[str]:
    """A heading's lines as one marked line ([] for none); "auto-" / "dereference" joins whole."""
    if not run:
        return []
    text = run[0]
    for line in run[1:]:
        text = text + line if text.endswith("-") else f"{text} {line}"
    return [HEADING_MARK + " ".join(text.split())]


def _shaped(line: str) -> bool:
    """Is a line shaped like (part of) a heading: short, with a word, not ending like a
    sentence or clause, not a numbered caption, not already marked?"""
    text = line.strip()
    return bool(text) and not text.startswith(HEADING_MARK) and len(text) <= MAX_HEADING_CHARS \
        and _WORD.search(text) is not None and _SENTENCE_END.search(text) is None and not _CAPTION.match(text)


def _heading(line: str, style: LineStyle, body: float) -> bool:
    """Does a heading start at a line of heading shape in `style`, in a document whose body
    size is `body`: set clearly larger (LARGER), or bold at the body size and numbered?"""
    size, bold = style
    return size >= LARGER * body or (bold and size >= body and _NUMBERED.match(line.strip()) is not None)
