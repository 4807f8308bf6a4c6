"""Second opinion for documents whose word spacing pypdf gets wrong.

Some PDF producers set the gap between words without a space glyph: words placed with their own
text matrix (dblatex through xdvipdfmx, e.g. Debian's auto-multiple-choice guide and Debian
Reference) or justified lines stretched by character spacing (groff through Ghostscript:
"Of the tw" + "of" + "orms"). pypdf infers a space only when a gap exceeds a share of the
font's space width, so such words come out glued ("Themaximumnumberof...", "twoforms") or split
("e xpansion"), which leaves keyword search nothing to match and the embedder reading noise.
The same happens line by line in justified TeX output (Sphinx's LaTeX builder, TeX Gyre fonts):
a line whose interword glue TeX shrank sets its gaps a little under the font's space width, and
pypdf reads the whole line as one word ("LetususeWhy3tosolvealittlepuzzle...": 2.6% of the words
on 133 of the 184 pages of the Why3 manual, too few per page for the checks below).
pdfminer's layout analysis measures gaps against character widths and gets these pages right,
but is ~8x slower than pypdf, so it runs only where it is needed:
  * a page that is glued all through (almost no spaces between plenty of letters) is re-read;
  * a page holding a run of GLUED_RUN letters (a shrunk line's run is 40-100 letters; words and
    identifiers stay shorter: "internationalization" 20, "AddressSanitizerUseAfterScope" 29) is
    read by pdfminer too, and its lines take pdfminer's spaces on top of their own: the page
    keeps pypdf's line order and indentation, which pdfminer does not keep (it can move a boxed
    code listing above the running header). Such a page is set by a producer that shrinks gaps,
    so its other lines gain too: the same TeX output glues words where the font changes
    ("goal_id1that", "amodus ponensrule"; 119 more lines of the Why3 manual);
  * a few sample pages are always read by both; when the two readers disagree on the words of
    most of them, the fault is the producer's, so pdfminer reads the whole document. Measured
    on ten real manuals: a median of 0.0% of pypdf's words missing from pdfminer's reading on
    seven (pdfTeX: LaTeX, texinfo, dblatex; reportlab), 4-25% on groff and xdvipdfmx ones.
Cost on a document pypdf reads well: pdfminer on SAMPLE_PAGES pages, ~0.15 s on the generated
300-page manual of test_performance, ~0.7 s on R's 236-page "Writing R Extensions" (~15% of
pypdf's time); a misspaced document costs pdfminer's full read (~8x pypdf).
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import time
from typing import TYPE_CHECKING

from .glyphs import UNMAPPED_CID, tabs_as_spaces

if TYPE_CHECKING:
    from .monospace import DocumentFonts

log = logging.getLogger(__name__)

#: Ordinary prose has about one space per 5-7 characters; glued text has almost none.
MIN_LETTERS = 200
MAX_SPACE_RATIO = 0.06
#: Letters in a row that only glued words reach. Scripts written without spaces (CJK) are not
#: counted: only Latin letters and their ligatures (pypdf's text is not NFKC-folded yet).
GLUED_RUN = 30
_GLUED_RUN = re.compile(r"(?<![A-Za-z\u00c0-\u024f\ufb00-\ufb06])[A-Za-z\u00c0-\u024f\ufb00-\ufb06]{%d,}" % GLUED_RUN)
#: a shorter line is left as pypdf read it (its characters may occur elsewhere on the page)
MIN_RESPACED_CHARS = 20
#: pages both readers see, spread over the document's pages with text
SAMPLE_PAGES = 5
#: median share of pypdf's words pdfminer does not have on the same page, past which pypdf's
#: spacing is not trusted (0.000 on well-read manuals; figure labels alone stay far below)
MAX_DISAGREEMENT = 0.01
#: pdfminer splits a printed line wherever a gap is wider than `char_margin` characters (2 by
#: default), so a table of contents' page numbers or a listing's line numbers would come out
#: as lines of their own; this wide a margin keeps every printed line one line, as pypdf does
LINE_CHAR_MARGIN = 100.0
_WORD = re.compile(r"[^\W\d_]{2,}")
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def respaced(data: bytes, texts: tuple[str, ...], deadline: float | None = None,
             fonts: DocumentFonts | None = None) -> tuple[str, ...]:
    """`texts` (pypdf's, per page) with the pages pypdf misspaced replaced by pdfminer's reading,
    and pdfminer's spaces added to the lines of pages that hold a glued run (GLUED_RUN).

    Only called after pypdf has read the whole file within our limits, so the document's
    streams are known to inflate to a bounded size; pdfminer stops at `deadline` (monotonic
    clock) and the pages it did not reach keep pypdf's text. The monospace verdicts of the
    lines pdfminer reads go to `fonts`, as its lines can differ from pypdf's.
    """
    letters = [_letters(text) for text in texts]  # counted once: both checks below need them
    glued = {number for number, (text, count) in enumerate(zip(texts, letters), start=1)
             if _glued(text, count)}
    glued_lines = {number for number, text in enumerate(texts, start=1)
                   if number not in glued and _GLUED_RUN.search(text)}
    sample = sample_pages(letters)
    second = respace(data, sorted(glued | glued_lines | set(sample)), deadline, fonts)
    if misspaced(texts, second, sample):
        log.info("pypdf and pdfminer disagree on the words of sample pages %s: pdfminer reads the document",
                 sample)
        rest = [number for number in range(1, len(texts) + 1) if number not in second]
        second.update(respace(data, rest, deadline, fonts))
        chosen, glued_lines = set(second), set()
    else:
        chosen = glued
    return tuple(_choose(text, second.get(number, ""), number in chosen, number in glued_lines)
                 for number, text in enumerate(texts, start=1))


def _choose(ours: str, theirs: str, whole_page: bool, respace_lines: bool) -> str:
    """pypdf's page text, pdfminer's instead, or pypdf's with pdfminer's spaces added."""
    if not theirs.strip():
        return ours
    if whole_page:
        return theirs
    return with_spaces_of(ours, theirs) if respace_lines else ours


def with_spaces_of(ours: str, theirs: str) -> str:
    """`ours` with a space added wherever `theirs` (another reading of the same page) has
    whitespace between the same characters, line by line. A line whose characters `theirs` does
    not hold in the same order (a reader mapped a glyph differently) stays as it is, and so does
    a line of fewer than MIN_RESPACED_CHARS, which could match the wrong place of the page."""
    squeezed, gaps = _squeezed(theirs)
    return "\n".join(_respaced_line(line, squeezed, gaps) for line in ours.split("\n"))


def _squeezed(text: str) -> tuple[str, set[int]]:
    """`text` without whitespace, and the positions in it that a space or tab preceded (not a
    line break: where the other reader ends a line inside ours, as at a hyphen, is no word gap)."""
    chars: list[str] = []
    gaps: set[int] = set()
    for ch in text:
        if ch in " \t":
            gaps.add(len(chars))
        elif not ch.isspace():
            chars.append(ch)
    return "".join(chars), gaps


def _respaced_line(line: str, squeezed: str, gaps: set[int]) -> str:
    """`line`, its own whitespace untouched, with a space added where the other reading
    (`squeezed`, `gaps`) has one between the same two characters."""
    mine = "".join(line.split())
    start = squeezed.find(mine) if len(mine) >= MIN_RESPACED_CHARS else -1
    if start < 0:
        return line
    out: list[str] = []
    position = start
    for ch in line:
        if not ch.isspace():
            if position in gaps and out and not out[-1].isspace():
                out.append(" ")
            position += 1
        out.append(ch)
    return "".join(out)


def looks_glued(text: str) -> bool:
    """True when a page has plenty of letters but almost no spaces between them."""
    return _glued(text, _letters(text))


def _glued(text: str, letters: int) -> bool:
    """`looks_glued` for a page whose letters are already counted."""
    return letters >= MIN_LETTERS and text.count(" ") / letters < MAX_SPACE_RATIO


def sample_pages(letters: list[int]) -> list[int]:
    """Up to SAMPLE_PAGES 1-based page numbers, evenly spread over the pages with MIN_LETTERS
    (`letters`: each page's letter count)."""
    eligible = [number for number, count in enumerate(letters, start=1) if count >= MIN_LETTERS]
    count = min(SAMPLE_PAGES, len(eligible))
    return [eligible[(2 * i + 1) * len(eligible) // (2 * count)] for i in range(count)]


def misspaced(texts: tuple[str, ...], second: dict[int, str], sample: list[int]) -> bool:
    """Do pypdf's words disagree with pdfminer's on most of the sample pages?"""
    shares = [disagreement(texts[number - 1], second[number]) for number in sample if number in second]
    return bool(shares) and statistics.median(shares) >= MAX_DISAGREEMENT


def disagreement(ours: str, theirs: str) -> float:
    """Share of the words (letter runs) in `ours` that `theirs` does not contain. A word holding
    a ligature ("ﬁeld") is not counted: where pypdf has its character from the font program's
    own encoding (documents/builtin_encoding.py), pdfminer has "(cid:12)" ("eld"), and 5% of a
    TeX manual's words hold one, which would send a well-read document to pdfminer."""
    words = [word for word in _WORD.findall(ours) if not _LIGATURE.search(word)]
    if not words:
        return 0.0
    known = set(_WORD.findall(theirs))
    return sum(word not in known for word in words) / len(words)


def respace(data: bytes, page_numbers: list[int], deadline: float | None = None,
            fonts: DocumentFonts | None = None) -> dict[int, str]:
    """Text of the given 1-based pages by pdfminer, in one pass, without the "(cid:N)" it prints
    for a glyph that has no character and with tabs as spaces (`glyphs.tabs_as_spaces`); pages
    it cannot read (or does not reach before `deadline`) are left out. `fonts` gets each page's
    lines."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    wanted = {n - 1 for n in page_numbers}
    out: dict[int, str] = {}
    if not wanted:
        return out
    try:
        for number, layout in zip(sorted(wanted), extract_pages(
                io.BytesIO(data), page_numbers=wanted, laparams=LAParams(char_margin=LINE_CHAR_MARGIN))):
            out[number + 1] = tabs_as_spaces(UNMAPPED_CID.sub("", "".join(
                el.get_text() for el in layout if isinstance(el, LTTextContainer))))
            if fonts is not None:
                fonts.add_pdfminer_page(number + 1, layout)
            if deadline is not None and time.monotonic() > deadline:
                log.warning("pdfminer stopped at page %d: parse time budget spent; keeping pypdf's text "
                            "for the rest", number + 1)
                break
    except Exception as exc:  # a second opinion that fails must not sink a readable document
        log.warning("pdfminer could not re-read pages %s (%s); keeping pypdf's text", page_numbers, exc)
    return out


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
