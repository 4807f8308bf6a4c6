"""Remove page furniture: running headers, running footers and page numbers.

Headers and footers are found by repetition, not position: pypdf's default extraction follows
the content-stream order, and many producers (reportlab's onPage, LaTeX, InDesign) draw the
footer before the body, so a footer often comes out as the *first* line. We therefore look at
the first and last `EDGE_LINES` non-blank lines of every page (the "edge zone") and pool both
edges.

A zone line is furniture when its normalised key (lower-cased, whitespace collapsed, digit runs
and roman numerals -> "#", so "Page 12 of 40" == "Page 13 of 40") is in the edge zone of
  * at least half of all pages (document-wide header/footer), or
  * at least 3 pages within a window of +-`WINDOW` pages (a per-chapter header such as
    "Admin Guide - Chapter 3: Queues", or alternating even/odd page headers),
and the line has at least 3 letters (so a repeated "}" or "1" at a page top is not treated
as a header; bare page numbers are handled by pattern instead), and the key is on more pages'
edge zones than lines inside pages (a listing's "end", a "Types:" label or "Definition at line
97 of file vicinity.h." is common everywhere, so it often lands at an edge too: this keeps 166
such lines of five FOP, Prawn, Doxygen and Sphinx manuals, 91 of them "Types:" in Erlang's
stdlib reference, and 37 of four earlier audited ones, and no running header).
Documents of fewer than 3 pages have no repetition to learn from: only page numbers go.
A bare page number ("12", "- 12 -", "Page 3 of 9", "iv") is removed when it is one of the
outermost two lines at either end of the page, and Sphinx's "(continues on next page)" /
"(continued from previous page)" around a listing or table split by a page break, in any of
Sphinx's languages, wherever it stands (documents/sphinx_labels.py).
Among those outermost lines, a header in LaTeX's standard form, a page number beside a section
number and title in capitals ("10.2. AN EXAMPLE USING EXCEPTIONS 271"), goes however rarely it
repeats, when the title is a bookmark's or the document has that numbered heading
(`_titled_header`); so does dblatex's header, the chapter's number and title and the section's,
with no page number ("CHAPTER 5. BASICS 5.14. CUSTOMIZATION OF THE DEBIAN ..."), and LyX's, the
same two the other way round ("1.6. SYSTEM REQUIREMENTS CHAPTER 1. INTRODUCTION").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .headings import SECTION_NUMBER
from .lines import is_page_number, is_roman, letters
from .sphinx_labels import is_continuation_label

EDGE_LINES = 3
WINDOW = 4
MIN_REPEATS = 3
_DIGITS = re.compile(r"\d+")
_ROMAN_WORD = re.compile(r"(?<!\S)[ivxlc]+(?!\S)")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: an optional page number, a title, an optional page number (one of the two is checked present)
_HEADER_SHAPE = re.compile(r"(?:(\d{1,4})\s+)?(\S.{2,118}?)(?:\s+(\d{1,4}))?")
_DIGIT_RUN = re.compile(r"\d+")
#: a title, then a page number: "2.2. Getting Started with the GUI 7"
_TITLE_AND_PAGE = re.compile(r"(\S.{2,118}?)\s+(\d{1,4})")
#: where a section's number starts a second title in a header ("... 5.14. CUSTOMIZATION")
_SECOND_NUMBER = re.compile(r"(?<=\s)[0-9A-Z]{1,3}(?:\.[0-9]{1,3})+\.?\s+")
#: where a chapter's number starts a second title in a header ("... CHAPTER 1. INTRODUCTION")
_CHAPTER_NUMBER = re.compile(r"(?<=\s)(?:CHAPTER|APPENDIX|PART)\s+[0-9A-Z]{1,3}\.?\s+")
#: shorter bookmark titles ("Notes", "Index") are not matched in headers of one title
MIN_TITLE_KEY = 6
#: a header or footer of an unnumbered title and the page number must be on 1/4 of the pages
UNNUMBERED_SHARE = 4
MAX_UNNUMBERED_TITLE = 60


def remove_furniture(pages: list[list[str]], outline: tuple[tuple[int, str], ...] = ()) -> list[list[str]]:
    """Return the pages' lines without running headers/footers and page numbers (`outline`:
    the PDF's bookmarks, whose titles running headers repeat, `_titled_header`)."""
    headings_here = _bookmarked_here(outline)
    titles = set().union(*headings_here.values()) | _numbered_headings(pages)
    zones = [_edge_zone(lines) for lines in pages]
    keys = [{i: furniture_key(lines[i]) for i in zone} for lines, zone in zip(pages, zones)]
    pages_by_key: dict[str, list[int]] = defaultdict(list)
    for page_index, page_keys in enumerate(keys):
        for key in set(page_keys.values()):
            pages_by_key[key].append(page_index)
    repeated = _mostly_at_edges(_repeated_keys(pages_by_key, len(pages)), pages_by_key, pages, zones)
    section_and_page = _section_and_page_lines(pages, zones, titles)

    cleaned = []
    for page_index, (lines, zone, page_keys) in enumerate(zip(pages, zones, keys)):
        outermost = set(zone[:2] + zone[-2:])
        drop = {
            i for i in zone
            if (i in outermost and (is_page_number(lines[i]) or _titled_header(lines[i], titles)))
            or (page_index, i) in section_and_page
            or (_is_repeated(page_keys[i], page_index, repeated)
                and title_key(lines[i]) not in headings_here.get(page_index + 1, ()))
        }
        cleaned.append([line for i, line in enumerate(lines)
                        if i not in drop and not is_continuation_label(line)])
    return cleaned


def _bookmarked_here(outline: tuple[tuple[int, str], ...]) -> dict[int, set[str]]:
    """Per 1-based page, the `title_key`s of the bookmarks that point at it (none empty).

    Why: a line that repeats a bookmark on the bookmark's own page is that section's heading,
    however its shape repeats at page tops around it. The Altus Metrum manual (Asciidoctor PDF)
    starts 49 short appendix sections of release notes at the tops of pages, "H.26. Release
    Notes for Version 1.7", "H.27. Release Notes for Version 1.6.8", ...: with digits folded
    they are one line repeated at the edges of pages in a row, a per-chapter running header,
    and 41 of those headings went. A running header that prints the section's
    title is kept only on the page that section starts on, where it doubles the heading.
    """
    here: dict[int, set[str]] = defaultdict(set)
    for page, title in outline:
        if key := title_key(title):
            here[page].add(key)
    return here


def furniture_key(line: str) -> str:
    """Lower case, whitespace collapsed, digit runs and roman-numeral words -> "#". One regex
    pass each, as `_mostly_at_edges` keys every line inside the pages too."""
    text = _DIGITS.sub("#", " ".join(line.lower().split()))
    return _ROMAN_WORD.sub(_roman_to_hash, text)


def _roman_to_hash(match: re.Match[str]) -> str:
    return "#" if is_roman(match.group()) else match.group()


def _edge_zone(lines: list[str]) -> list[int]:
    """Indices of the first and last EDGE_LINES non-blank lines, in page order, no duplicates."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def title_key(text: str) -> str:
    """A title's letters and digits, case-folded: "C++'s history" and "C++’S HISTORY" agree."""
    return _NOT_ALNUM.sub("", text.casefold())


def _titled_header(line: str, titles: set[str]) -> bool:
    """Is `line` a running header that prints a bookmark's title beside the page number:
    "10.2. AN EXAMPLE USING EXCEPTIONS 271", "272 CHAPTER 10. EXCEPTIONS"?

    Why: LaTeX's book class heads each page with the current chapter (even pages) or section
    (odd pages), so a section of one or two odd pages repeats its header too rarely to be
    learned by repetition: 145 such headers were left in the 1,151 pages of the C++
    Annotations. So a line at a page's edge that is a page number and a section number, then
    a bookmark's title (letters and digits compared), all in capitals as LaTeX's standard
    classes print them, is a header; in a document without bookmarks, the number and title of
    a numbered heading line in mixed case (`_numbered_headings`). No heading line is like that ("1 Introduction" at a
    page's top is a heading, kept), nor is a contents line (leader dots, mixed case), an index
    entry or "Example 8".
    """
    if not titles:
        return False
    match = _HEADER_SHAPE.fullmatch(line.strip())
    if match is None:
        return False
    leading, title, trailing = match.groups()
    if title != title.upper():
        return False
    if _chapter_and_section(title, titles):
        return True
    numbered = SECTION_NUMBER.match(title)
    if not (leading or trailing) or numbered is None or "..." in title.replace(" ", ""):
        return False
    key = title_key(title[numbered.end():])
    return (len(key) >= MIN_TITLE_KEY and key in titles) or _numbered_key(numbered.group(), key) in titles


def _section_and_page_lines(pages: list[list[str]], zones: list[list[int]], titles: set[str]) -> set[tuple[int, int]]:
    """(page index, line index) of each header or footer in mixed case that prints a section's
    number and title, then the page's printed number: "2.2. Getting Started with the GUI 7".

    Why: Sphinx's LaTeX header on odd pages and wkhtmltopdf's footer print the current section
    so; a section of one or two pages repeats its line too rarely to be learned by repetition
    (25 were left in Why3's Sphinx manual, 104 on the body pages of SWIG's). `_titled_header` takes only
    LaTeX's capitals, because in mixed case a heading has the same shape. What tells them
    apart is the number at the end: a page number, printed at the same offset from the page's
    place in the file on at least MIN_REPEATS pages, after a title that is a bookmark's or a
    numbered heading's, while the line as a whole is not ("H.27. Release Notes for Version 2").
    htmldoc's footer prints a section title without a number, and its sections are no bookmarks
    ("Set Units 64", "PRINT and EXPORT Settings 103" in xfig's reference): any short title-like
    text before the page number is taken when the offset holds on at least a 1/UNNUMBERED_SHARE
    of the document's pages, which a body line ending in a number never does by chance.
    """
    candidates = []  # (page index, line index, offset, numbered title)
    for page_index, (lines, zone) in enumerate(zip(pages, zones)):
        for i in set(zone[:2] + zone[-2:]):
            match = _TITLE_AND_PAGE.fullmatch(lines[i].strip())
            if match is None or title_key(lines[i]) in titles:
                continue
            numbered = _numbered_title(match.group(1), titles)
            if numbered or _title_like(match.group(1)):
                candidates.append((page_index, i, page_index + 1 - int(match.group(2)), numbered))
    offsets = Counter(offset for _, _, offset, _ in candidates)
    if not offsets:
        return set()
    offset, votes = offsets.most_common(1)[0]
    every_title = votes * UNNUMBERED_SHARE >= len(pages)
    return {(page, i) for page, i, its, numbered in candidates
            if its == offset and votes >= MIN_REPEATS and (numbered or every_title)}


def _title_like(text: str) -> bool:
    """Could `text` be a section title without a number ("Set Units", "PRINT and EXPORT
    Settings"): short, capitalised, a few words, no sentence's end."""
    return (len(text) <= MAX_UNNUMBERED_TITLE and text[0].isupper() and text[-1] not in ".,;:!?"
            and len(text.split()) <= 8 and letters(text) >= 3)


def _numbered_title(text: str, titles: set[str]) -> bool:
    """Is `text` a section number and a bookmark's (or numbered heading's) title?"""
    numbered = SECTION_NUMBER.match(text)
    if numbered is None or not any(c.isdigit() for c in numbered.group()):
        return False
    key = title_key(text[numbered.end():])
    return (len(key) >= MIN_TITLE_KEY and key in titles) or title_key(text) in titles \
        or _numbered_key(numbered.group(), key) in titles


def _chapter_and_section(title: str, titles: set[str]) -> bool:
    """Is `title` (in capitals) two numbered titles in a row, each a bookmark's, the second
    perhaps cut short with "...": "CHAPTER 5. BASICS 5.14. CUSTOMIZATION OF THE DEBIAN ...",
    or the section first, then the chapter: "1.6. SYSTEM REQUIREMENTS CHAPTER 1. INTRODUCTION"?

    Why: dblatex heads every page with the chapter and the section, and no page number (that
    is in the footer): a section's header repeats only on its own few pages, so 56 of them
    were left at the top of the 143 pages of Debian's Guide for Debian Maintainers. LyX's
    fancyhdr header prints the same two the other way round: 43 of the 134 pages of SDCC's
    manual kept theirs (2 now, whose header is over 120 characters long). No heading or
    contents line names two numbered titles, a page number or not."""
    if not title.startswith(("CHAPTER ", "APPENDIX ", "PART ")) and not title[:1].isdigit():
        return False
    first = SECTION_NUMBER.match(title)
    if first is None:
        return False
    for second in (*_SECOND_NUMBER.finditer(title, first.end()), *_CHAPTER_NUMBER.finditer(title, first.end())):
        head, tail = title[first.end():second.start()], title[second.end():]
        if title_key(head) in titles and _title_or_cut(tail, titles):
            return True
    return False


def _title_or_cut(text: str, titles: set[str]) -> bool:
    """Is `text` a bookmark's title, or the start of one of MIN_TITLE_KEY or more characters
    cut short with "..."?"""
    if text.rstrip().endswith("..."):
        key = title_key(text.rstrip()[:-3])
        return len(key) >= MIN_TITLE_KEY and any(title.startswith(key) for title in titles)
    return title_key(text) in titles


def _numbered_headings(pages: list[list[str]]) -> set[str]:
    """`_numbered_key` of each line that reads like a numbered heading in mixed case ("1.2
    Acquiring and Installing MrBayes"): the titles a running header repeats in a document
    without bookmarks. Only lines that start with a digit are matched against the pattern."""
    found = set()
    for lines in pages:
        for line in lines:
            stripped = line.strip()
            if stripped[:1].isdigit() and len(stripped) <= 120 and stripped != stripped.upper() \
                    and (numbered := SECTION_NUMBER.match(stripped)) is not None:
                found.add(_numbered_key(numbered.group(), title_key(stripped[numbered.end():])))
    return found


def _numbered_key(number: str, key: str) -> str:
    """"1.2|acquiringandinstallingmrbayes" from "1.2. " (or "CHAPTER 1.") and a title key."""
    return ".".join(_DIGIT_RUN.findall(number)) + "|" + key


def _repeated_keys(pages_by_key: dict[str, list[int]], page_count: int) -> dict[str, set[int] | None]:
    """key -> None if furniture on every page, or the set of pages where it is furniture."""
    if page_count < MIN_REPEATS:
        return {}
    global_threshold = max(MIN_REPEATS, (page_count + 1) // 2)
    repeated: dict[str, set[int] | None] = {}
    for key, page_indices in pages_by_key.items():
        if len(page_indices) < MIN_REPEATS or letters(key) < 3:
            continue
        if len(page_indices) >= global_threshold:
            repeated[key] = None
            continue
        local = _in_local_runs(page_indices)
        if local:
            repeated[key] = local
    return repeated


def _mostly_at_edges(repeated: dict[str, set[int] | None], pages_by_key: dict[str, list[int]],
                     pages: list[list[str]], zones: list[list[int]]) -> dict[str, set[int] | None]:
    """The repeated keys found on more pages' edges than lines inside the pages.

    Why: repetition at the edges also catches content that is common everywhere in a manual
    and so often lands at a page's top or bottom: a listing's closing "end", a "Types:" or
    "Note" label, or Doxygen's "Definition at line 97 of file vicinity.h." (digits fold to
    "#"). A running header or footer is printed at the edges and, inside a page, at most as
    the heading it repeats.
    """
    if not repeated:
        return repeated
    inside: dict[str, int] = defaultdict(int)
    for lines, zone in zip(pages, zones):
        edge = set(zone)
        for i, line in enumerate(lines):
            if i not in edge and line.strip() and (key := furniture_key(line)) in repeated:
                inside[key] += 1
    return {key: where for key, where in repeated.items() if len(pages_by_key[key]) > inside[key]}


def _in_local_runs(page_indices: list[int]) -> set[int]:
    """Pages having at least MIN_REPEATS - 1 other occurrences within +-WINDOW pages.

    `page_indices` is ascending and unique, so neighbours within WINDOW pages are also within
    WINDOW list positions: the scan is linear.
    """
    hits = set()
    for position, page in enumerate(page_indices):
        near = sum(
            1 for other in page_indices[max(0, position - WINDOW): position + WINDOW + 1]
            if other != page and abs(other - page) <= WINDOW
        )
        if near >= MIN_REPEATS - 1:
            hits.add(page)
    return hits


def _is_repeated(key: str, page_index: int, repeated: dict[str, set[int] | None]) -> bool:
    if key not in repeated:
        return False
    pages = repeated[key]
    return pages is None or page_index in pages
