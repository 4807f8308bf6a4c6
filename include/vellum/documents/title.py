"""Pick a document title: sensible PDF metadata that page 1 agrees with, else the cover's display
line, else the metadata title, else the first heading-like line of page 1.

Metadata titles are often junk left by the authoring tool ("Microsoft Word - draft3.docx",
"untitled", a file name); those are ignored rather than shown as a citation label.

The display line (the largest print on page 1, well above the body size) comes before the
first-lines scan because a manual often repeats its title as the running header of every page:
furniture removal then takes it off page 1 too, and the first line left may be a date or a
copyright notice (RTKLIB's Word-made manual was titled "April 29, 2013"). It is read from page
1's lines as extracted, before that removal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .font_headings import LineStyle
from .lines import is_code_line, is_page_number, letters

MAX_TITLE_CHARS = 200
_JUNK_TITLE = re.compile(
    r"^(?:untitled.*|document\d*|title|none|null|unknown|slide \d+|microsoft (?:word|powerpoint) - .*"
    r"|.*\.(?:pdf|docx?|pptx?|xlsx?|indd|tex|dvi|ps|eps|rtf|odt|qxd|fm|txt|html?))$",
    re.I,
)
_SPACES = re.compile(r"\s+")
HEADING_SCAN_LINES = 5
MAX_HEADING_CHARS = 120
#: a display line is printed at least this times the body size: cover titles measured in the
#: bench's manuals are 1.6-2.7x their body (gri's 14.3 pt author line beside a 14.3 pt body is not)
DISPLAY_SIZE_RATIO = 1.5
_WORD = re.compile(r"[^\W_]{3,}")
#: a page 1 with fewer distinct words is a cover image with a line or two: no evidence against metadata
MIN_COVER_WORDS = 4


def choose_title(metadata_title: str | None, first_page_lines: list[str],
                 cover_lines: Sequence[str] = (), style: Callable[[str], LineStyle | None] = lambda line: None,
                 body_size: float | None = None) -> str | None:
    """`first_page_lines` are page 1's cleaned lines; `cover_lines` its lines before furniture
    removal, with `style` giving each one's printed size (None when unknown or mixed)."""
    title = _SPACES.sub(" ", metadata_title or "").strip()
    usable = 3 <= len(title) <= MAX_TITLE_CHARS and letters(title) >= 2 and not _JUNK_TITLE.match(title)
    if usable and _on_cover(title, cover_lines):
        return title
    display = _display_line(cover_lines, style, body_size)
    if display or usable:
        return display or title
    candidates = [line.strip() for line in first_page_lines if line.strip()][:HEADING_SCAN_LINES]
    for line in candidates:
        if _heading_like(line):
            return _SPACES.sub(" ", line)
    return None


def _on_cover(title: str, cover_lines: Sequence[str]) -> bool:
    """Does page 1 print at least half of the metadata title's words (or next to nothing)?

    Why: a producer may leave the title of something it included: PMW's specification (SDoP and
    Ghostscript) is titled "PostScript code for PMW-Alpha font", the font file it embeds. Only
    then does the cover's display line win; a cover without text keeps the metadata title.
    """
    cover = {word.casefold() for word in _WORD.findall(" ".join(cover_lines))}
    if len(cover) < MIN_COVER_WORDS:
        return True
    words = {word.casefold() for word in _WORD.findall(title)}
    return 2 * len(words & cover) >= len(words)


def _display_line(lines: Sequence[str], style: Callable[[str], LineStyle | None], body_size: float | None) -> str | None:
    """The first heading-like line of the largest size on the page, if that size is display
    size; None without font sizes."""
    if not body_size:
        return None
    sized = [(line_style[0], line.strip()) for line in lines
             if line.strip() and (line_style := style(line)) is not None]
    largest = max((size for size, _ in sized), default=0.0)
    if largest < DISPLAY_SIZE_RATIO * body_size:
        return None
    return next((_SPACES.sub(" ", line) for size, line in sized if size == largest and _heading_like(line)), None)


def _heading_like(line: str) -> bool:
    return (
        3 <= len(line) <= MAX_HEADING_CHARS
        and letters(line) >= 3
        and line[-1] not in ".,;-"
        and not is_page_number(line)
        and not is_code_line(line)
    )
