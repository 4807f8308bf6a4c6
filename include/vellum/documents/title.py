"""Pick a document title: sensible PDF metadata, else the first heading-like line of page 1.

Metadata titles are often junk left by the authoring tool ("Microsoft Word - draft3.docx",
"untitled", a file name); those are ignored rather than shown as a citation label.
"""

from __future__ import annotations

import re

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


def choose_title(metadata_title: str | None, first_page_lines: list[str]) -> str | None:
    title = _SPACES.sub(" ", metadata_title or "").strip()
    if 3 <= len(title) <= MAX_TITLE_CHARS and letters(title) >= 2 and not _JUNK_TITLE.match(title):
        return title
    candidates = [line.strip() for line in first_page_lines if line.strip()][:HEADING_SCAN_LINES]
    for line in candidates:
        if _heading_like(line):
            return _SPACES.sub(" ", line)
    return None


def _heading_like(line: str) -> bool:
    return (
        3 <= len(line) <= MAX_HEADING_CHARS
        and letters(line) >= 3
        and line[-1] not in ".,;"
        and not is_page_number(line)
        and not is_code_line(line)
    )
