"""Join words a typesetter split across a line end ("configura-" / "tion ...").

A line ending in letter + hyphen, followed by a line starting with a lowercase letter, is a
candidate. Whether the hyphen is typographic or part of a real compound is decided from the
document's own vocabulary (built once, linear in its size):
  1. the joined word ("configuration") occurs elsewhere in the document -> join, drop hyphen;
  2. else the hyphenated form ("command-line") occurs inside a line elsewhere -> keep hyphen;
  3. else join without the hyphen: in justified manuals typographic breaks far outnumber
     compounds that happen to break at a line end and never occur unbroken.
So "command-\\nline" becomes "command-line" in a document that writes "command-line"
elsewhere, and "commandline" only in a document that never does (rule 3's known cost).
Code lines are never joined: "--log-" / "level" in a listing is not hyphenation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lines import is_code_line

_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_PUNCTUATION = ".,;:!?()[]{}\"'"
_HYPHENS = ("-", "\u2010", "\u2011")
_BROKEN = re.compile(r"([^\W\d_]+)[-\u2010\u2011]$")
_CONTINUATION = re.compile(r"^\s*([^\W\d_]+)")


class Vocabulary:
    """Lower-cased words and in-line hyphenated compounds seen in a document."""

    def __init__(self, pages: Iterable[list[str]]) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        for lines in pages:
            text = "\n".join(lines).lower()
            self.words.update(_WORD.findall(text))
            self.compounds.update(
                token.strip(_PUNCTUATION) for token in text.split()
                if "-" in token and _COMPOUND.fullmatch(token.strip(_PUNCTUATION))
            )

    def keeps_hyphen(self, left: str, right: str) -> bool:
        left, right = left.lower(), right.lower()
        if left + right in self.words:
            return False
        return f"{left}-{right}" in self.compounds


def join_hyphenated(lines: list[str], vocabulary: Vocabulary) -> list[str]:
    """Merge each hyphen-broken line with the line that completes its last word."""
    out: list[str] = []
    for line in lines:
        if out and (joined := _join(out[-1], line, vocabulary)) is not None:
            out[-1] = joined
        else:
            out.append(line)
    return out


def _join(previous: str, line: str, vocabulary: Vocabulary) -> str | None:
    if not previous.endswith(_HYPHENS):
        return None
    broken = _BROKEN.search(previous[-64:])
    if broken is None:
        return None
    continuation = _CONTINUATION.match(line)
    if continuation is None or not continuation.group(1)[0].islower():
        return None
    if is_code_line(previous) or is_code_line(line):
        return None
    hyphen = "-" if vocabulary.keeps_hyphen(broken.group(1), continuation.group(1)) else ""
    return previous[:-1] + hyphen + line.lstrip()
