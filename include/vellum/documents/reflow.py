"""Turn a page's physical lines into blocks: reflowed paragraphs and verbatim listings.

pypdf's default extraction gives one line per printed line and no blank line between
paragraphs, so paragraph ends are inferred:
  * a line shorter than `SHORT_LINE` x the document's typical line width ends a paragraph
    (the last line of a paragraph rarely reaches the margin; headings are short too);
  * so does a line ending in ":", or in ".!?" that is somewhat short and followed by a line
    starting with a capital;
  * a list item ("•", "1.", "a)") starts a new paragraph.
Code / config / shell lines (`lines.is_code`: set in monospace where the document's fonts tell,
else by shape) are never reflowed: consecutive ones form a listing block kept line by line
(dedented), so the chunker can keep a listing intact.
A section heading marked from the outline (`headings.HEADING_MARK`) is always a block of its own.
A run of short one-line blocks (tables, lists, headings with a one-line body) is kept as lines
within one block rather than split into a blank-line-separated paragraph per line.

Output: blocks joined by a blank line; lines within a listing or a short-line run by "\\n".
"""

from __future__ import annotations

import re
import textwrap

from .headings import HEADING_MARK
from .lines import is_code, is_comment_line, is_list_item
from .monospace import NO_FONTS, LineFonts

SHORT_LINE = 0.7
SENTENCE_END_LINE = 0.85
MIN_WIDTH_SAMPLES = 20
_LEADERS = re.compile(r"(?: ?\.){4,} ?")  # runs on whitespace-collapsed text: no backtracking blow-up
_SPACES = re.compile(r"\s+")


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
    blocks: list[tuple[str, list[str]]] = []  # ("prose" | "code" | "heading", lines)
    for line, code_line in zip(lines, code):
        if not line.strip():
            blocks.append(("gap", []))
            continue
        if line.startswith(HEADING_MARK):
            blocks.append(("heading", [line]))
            continue
        kind = "code" if code_line else "prose"
        previous = blocks[-1] if blocks else ("gap", [])
        if previous[0] == kind and not (kind == "prose" and _breaks(previous[1][-1], line, width)):
            previous[1].append(line)
        else:
            blocks.append((kind, [line]))
    return "\n\n".join(_render(blocks, width))


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


def _breaks(previous: str, line: str, width: int) -> bool:
    """Does `previous` end a paragraph, given the `line` that follows it?"""
    prev = previous.strip()
    if is_list_item(line) or prev.endswith(":") or len(prev) < SHORT_LINE * width:
        return True
    return prev[-1] in ".!?" and len(prev) < SENTENCE_END_LINE * width and line.strip()[:1].isupper()


def _render(blocks: list[tuple[str, list[str]]], width: int) -> list[str]:
    rendered: list[str] = []
    short_run: list[str] = []
    for kind, block_lines in blocks:
        if kind == "gap":
            continue
        if kind == "heading":
            text = block_lines[0]
        elif kind == "code":
            text = textwrap.dedent("\n".join(block_lines)).strip("\n")
        else:
            text = _prose_line(" ".join(line.strip() for line in block_lines))
        if kind == "prose" and len(block_lines) == 1 and len(text) < SHORT_LINE * width:
            short_run.append(text)
            continue
        if short_run:
            rendered.append("\n".join(short_run))
            short_run = []
        rendered.append(text)
    if short_run:
        rendered.append("\n".join(short_run))
    return rendered


def _prose_line(text: str) -> str:
    return _SPACES.sub(" ", _LEADERS.sub(" ... ", _SPACES.sub(" ", text))).strip()
