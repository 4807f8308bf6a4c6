"""Mark section headings in the page text, using the PDF outline (bookmarks).

Why: a chunk cut from the middle of a section loses the words that say what the section is
about ("9.3.50 system", "10.7 Loops"), and reflow can glue a short heading line onto the
paragraph before it. The outline names every heading and its page, so the heading line is
found by text on that page and marked with `HEADING_MARK`; reflow keeps a marked line as its
own block and the chunker carries it into every chunk of the section (vellum.chunking).
Documents without an outline get their headings from the fonts instead (font_headings.py): the
text layer alone cannot tell a heading from any other short line reliably, its sizes and
weights can; the outline, where there is one, is the author's own list and wins.

A line matches a bookmark title when both agree ignoring case and whitespace (pypdf and
pdfminer drop or add inter-word spaces on justified text), optionally after a section number
the outline leaves out ("4.3.1 Question options" for the bookmark "Question options"); a
title that wraps matches two lines, which become one marked line.
"""

from __future__ import annotations

import re
from collections import defaultdict

#: Starts a line that is a section heading (readable in the page text: "§ 10.7 Loops").
HEADING_MARK = "§ "
#: a heading's number as it is printed before its title: "4.3.1 ", "CHAPTER 10. ", "A.3 "
SECTION_NUMBER = re.compile(r"^(?:(?:chapter|appendix|section|part)\s+)?[0-9A-Z]{1,3}(?:\.[0-9]{1,3})*\.?\s+", re.I)
_SPACE = re.compile(r"\s+")
#: a chapter's label printed on a line of its own above the title ("Chapter 8" / "More Examples")
CHAPTER_LABEL = re.compile(r"(?:chapter|appendix|part)\s+([0-9]{1,3}|[A-Z]|[IVXL]{1,6})\.?", re.I)
#: a heading is a short line; longer matches are prose that happens to start with the title
MAX_HEADING_CHARS = 120
#: a chapter's list of its own sections printed in its body (``drop_local_contents``): at least
#: this many lines in a row. Four matched a real list once (Yosys's three gate levels and RTL,
#: which are also its section titles); SWIG's shortest lists have five
MIN_LOCAL_CONTENTS_LINES = 5


def mark_headings(pages: list[list[str]], outline: tuple[tuple[int, str], ...],
                  body: list[bool]) -> list[list[str]]:
    """`pages` (lines per page) with the outline's heading lines prefixed by `HEADING_MARK`.

    Only pages flagged in `body` are touched (a table of contents lists every title too).
    Each bookmark marks at most one line: the first unmarked match on its page.
    """
    titles: dict[int, list[str]] = defaultdict(list)
    for page, title in outline:
        key = _key(title)
        if key:
            titles[page].append(key)
    out = []
    for number, (lines, is_body) in enumerate(zip(pages, body), start=1):
        wanted = titles.get(number)
        out.append(_marked(lines, wanted) if is_body and wanted else lines)
    return out


def drop_local_contents(pages: list[list[str]], outline: tuple[tuple[int, str], ...],
                        body: list[bool]) -> list[list[str]]:
    """`pages` with each chapter's list of its sections, printed in its body, blanked.

    HTML documentation opens every chapter with links to its sections, and a PDF printed from
    it (wkhtmltopdf: SWIG's manual, 89 such lists, 1,110 lines) keeps them as plain lines, the
    section titles without their numbers. A chunk of such a list names every topic of the
    chapter, so it comes up for any question about the chapter and takes the place of the page
    that answers. A run of at least `MIN_LOCAL_CONTENTS_LINES` lines, each an unnumbered line
    that is a bookmark's title without its number, is such a list. Blanked, not removed: a
    blank line is what the list stood for between the paragraphs around it.
    """
    titles = {key for _, title in outline if (key := _key(SECTION_NUMBER.sub("", title, count=1)))}
    if not titles:
        return pages
    out = []
    for lines, is_body in zip(pages, body):
        listed = [is_body and _unnumbered_title(line, titles) for line in lines]
        lines = list(lines)
        start = 0
        while start < len(lines):
            end = start
            while end < len(lines) and listed[end]:
                end += 1
            if end - start >= MIN_LOCAL_CONTENTS_LINES:
                lines[start:end] = [""] * (end - start)
            start = end + 1
        out.append(lines)
    return out


def _unnumbered_title(line: str, titles: set[str]) -> bool:
    stripped = line.strip()
    return bool(stripped) and SECTION_NUMBER.match(stripped) is None and _key(stripped) in titles


def _marked(lines: list[str], wanted: list[str]) -> list[str]:
    lines = list(lines)
    for key in wanted:
        if not _mark_line(lines, key):
            _mark_wrapped(lines, key)
    join_chapter_labels(lines)
    return lines


def join_chapter_labels(lines: list[str]) -> None:
    """Join a chapter label on its own line to the marked title under it: "§ Chapter 8 More Examples".

    Why: LaTeX's book and report classes, LyX and dblatex print "Chapter 8" above the chapter's
    title, and the outline names only the title (SDCC's, Yosys's and the Debian maintainers'
    guides: 33 chapters). Left alone, the label became the last words of the section before, a
    chunk of its own about nothing ("7.21 Debug / Chapter 8"), and the chapter's heading lost
    its number. A title that prints the number again ("8 More Examples") keeps it once. The
    label's line is blanked, as the paragraph break it was. Headings found by their fonts join
    the same way: there the label, set large too, is marked as a heading of its own.
    """
    for i, line in enumerate(lines):
        if not line.startswith(HEADING_MARK):
            continue
        above = i - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        label = CHAPTER_LABEL.fullmatch(lines[above].strip().removeprefix(HEADING_MARK)) if above >= 0 else None
        if label is None:
            continue
        title = line[len(HEADING_MARK):]
        number, _, rest = title.partition(" ")
        if number.rstrip(".").casefold() == label.group(1).casefold():
            title = rest
        lines[i] = f"{HEADING_MARK}{_SPACE.sub(' ', label.group(0))} {title}"
        lines[above] = ""


def _mark_line(lines: list[str], key: str) -> bool:
    """Mark the first unmarked line that is the heading `key`; was one found?"""
    for i, line in enumerate(lines):
        if _candidate(line) and _matches(line.strip(), key):
            lines[i] = HEADING_MARK + _SPACE.sub(" ", line.strip())
            return True
    return False


def _mark_wrapped(lines: list[str], key: str) -> None:
    """Mark the first two unmarked lines that together are the heading `key`, as one line.

    Why: a title too long for the line wraps ("12 Hierarchical Structures:" / "Package,
    Environments, Scopes, and Styles" in the pgf manual; 20 of the Valgrind manual's 23
    unmarked bookmarks, "3.2. Debugging your program using Valgrind gdbserver and" / "GDB").
    """
    for i in range(len(lines) - 1):
        first, second = lines[i].strip(), lines[i + 1].strip()
        joined = first + second if first.endswith("-") else f"{first} {second}"  # "auto-" / "dereference"
        if _candidate(lines[i]) and _candidate(lines[i + 1]) and len(joined) <= MAX_HEADING_CHARS \
                and _matches(joined, key):
            lines[i:i + 2] = [HEADING_MARK + _SPACE.sub(" ", joined)]
            return


def _candidate(line: str) -> bool:
    """Could `line` be (part of) a heading: not blank, not marked, short."""
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith(HEADING_MARK) and len(stripped) <= MAX_HEADING_CHARS


def _matches(text: str, key: str) -> bool:
    return _key(text) == key or _key(SECTION_NUMBER.sub("", text, count=1)) == key


def _key(text: str) -> str:
    return _SPACE.sub("", text).casefold()
