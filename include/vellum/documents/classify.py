"""Page kinds: "toc", "index", "blank" or "body".

Downstream may skip toc/index pages to save embedding work, so a wrong "toc"/"index" loses
real content while a missed one only costs a few embeddings: both rules ask for clear evidence.
  toc:   >= 4 entries and either a "Contents" heading with >= 50% of lines ending in a page
         number, or >= 50% of lines with dot leaders; a page right after a toc page with
         >= 70% number-ended lines continues it. A page that also holds a paragraph of prose
         (>= PROSE_CHARS in lines of >= 6 words, one ending a sentence) is body: reference
         manuals open each section with an introduction and a list of its entries and pages
         (Silo's FrameMaker guide), and skipping the page would lose the introduction.
  index: >= 6 entries, short lines (mean < 60 chars) and either an "Index" heading with >= 50%
         of lines being entries ("term, 12, 40-42", a letter divider "B", "see also ..."),
         or, right after an index page, >= 60% entries in mostly alphabetical order.
  blank: < BLANK_CHARS characters of cleaned text (decided on the final text).
"""

from __future__ import annotations

import re

from .lines import letters

BLANK_CHARS = 20
MAX_ENTRY_CHARS = 300
PROSE_CHARS = 300
_TOC_HEADING = re.compile(r"^(?:table of )?contents$|^inhalt(?:sverzeichnis)?$|^sommaire$|^contenido$", re.I)
_INDEX_HEADING = re.compile(r"^(?:general |subject |alphabetical )?index$|^stichwortverzeichnis$", re.I)
_PAGE_REF = r"(?:\d{1,4}|[ivxlc]{1,6})"
_TOC_ENTRY = re.compile(rf"^\D.*?\S\s*(?:\.\s*)*\s{_PAGE_REF}$|^\d+(?:\.\d+)*\.?\s+\S.*\s{_PAGE_REF}$", re.I)
_LEADER = re.compile(r"(?:\.\s*){4,}\S*$|\.\.\.\s+\S+$")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]$|[a-z]{2}[.!?]\s+[A-Z]")
_NUMBERS = r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*"
_INDEX_ENTRY = re.compile(rf"^[^\d\s].{{0,80}}?(?:,|\s)\s*{_NUMBERS}$|^[A-Z]$|\bsee(?: also)?\b", re.I)


def classify_pages(pages: list[list[str]]) -> list[str]:
    """Kind of each page from its furniture-free lines ("blank" is decided later, on text)."""
    kinds: list[str] = []
    for lines in pages:
        previous = kinds[-1] if kinds else "body"
        entries = [line.strip() for line in lines if line.strip()]
        if _is_toc(entries, continues=previous == "toc"):
            kinds.append("toc")
        elif _is_index(entries, continues=previous == "index"):
            kinds.append("index")
        else:
            kinds.append("body")
    return kinds


def _is_toc(entries: list[str], continues: bool) -> bool:
    # cheap gate first: most lines of a contents page end in a page number
    if len(entries) < 4 or sum(map(_ends_in_page_ref, entries)) < 0.5 * len(entries) - 1:
        return False
    heading = any(_TOC_HEADING.match(line) for line in entries[:3])
    body = [line for line in entries if not _TOC_HEADING.match(line)]
    numbered = _share(body, _TOC_ENTRY)
    leaders = _share(body, _LEADER)
    toc = (heading and numbered >= 0.5) or leaders >= 0.5 or (continues and numbered >= 0.7)
    return toc and not _has_prose(body)


def _has_prose(lines: list[str]) -> bool:
    """A paragraph's worth of sentence lines among the entries: lines of six words or more
    that end in no page number, PROSE_CHARS of them, one ending a sentence (a wrapped
    contents entry ends in neither)."""
    prose = [line for line in lines if len(line.split()) >= 6 and not _ends_in_page_ref(line) and not _LEADER.search(line)]
    return sum(map(len, prose)) >= PROSE_CHARS and any(_SENTENCE_END.search(line) for line in prose)


def _is_index(entries: list[str], continues: bool) -> bool:
    if len(entries) < 6 or sum(map(len, entries)) / len(entries) >= 60:
        return False
    heading = any(_INDEX_HEADING.match(line) for line in entries[:3])
    body = [line for line in entries if not _INDEX_HEADING.match(line)]
    share = _share(body, _INDEX_ENTRY)
    if heading:
        return share >= 0.5
    return continues and share >= 0.6 and _alphabetical(body) >= 0.8


def _ends_in_page_ref(line: str) -> bool:
    return line[-1].isdigit() or line[-1] in "ivxlcIVXLC"


def _share(lines: list[str], pattern: re.Pattern[str]) -> float:
    """Share of lines matching; entries are short, so long (maybe hostile) lines never count
    and the backtracking patterns only ever see bounded input."""
    hits = sum(1 for line in lines if len(line) <= MAX_ENTRY_CHARS and pattern.search(line))
    return hits / len(lines) if lines else 0.0


def _alphabetical(lines: list[str]) -> float:
    """Share of consecutive entries whose first letters do not go backwards."""
    initials = [line.lstrip()[0].lower() for line in lines if letters(line[:1])]
    if len(initials) < 2:
        return 0.0
    ordered = sum(1 for a, b in zip(initials, initials[1:]) if a <= b)
    return ordered / (len(initials) - 1)
