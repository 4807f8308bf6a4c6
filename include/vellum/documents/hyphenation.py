"""Join words a typesetter split across a line end ("configura-" / "tion ...").

A line ending in letter + hyphen, followed by a line starting with a lowercase letter, is a
candidate. Whether the hyphen is typographic or part of a real compound is decided from the
document's own vocabulary (built once, linear in its size):
  1. the joined word ("configuration") occurs elsewhere in the document -> join, drop hyphen;
  2. else the hyphenated form ("command-line") occurs inside a line elsewhere -> keep hyphen;
  3. else, if the broken token already holds another hyphen ("--keep-empty-" / "dirs",
     "operating-" / "system-specific", "case-" / "by-case") or is a URL, and the continuation
     is a word the document uses on its own (not only as the tail of line-end breaks) ->
     keep the hyphen. TeX never hyphenates a word that contains an explicit hyphen (it breaks
     such a word only at its hyphens), URLs are broken without adding a hyphen, and an
     option or package name ("--data-compress", "fonts-sil-") is not hyphenated at all; a
     typesetter that does split inside compounds (groff: "non-print-" / "ing") leaves a tail
     that is no word of its own, which the word check catches;
  4. else join without the hyphen: in justified manuals typographic breaks far outnumber
     compounds that happen to break at a line end and never occur unbroken.
So "command-\\nline" becomes "command-line" in a document that writes "command-line"
elsewhere, and "commandline" only in a document that never does (rule 4's known cost).
A document whose typesetter does not hyphenate at all (browsers: WeasyPrint, Chromium, Qt;
LibreOffice's default) keeps every line-end hyphen instead: each is the author's. It is told by
its breaks: those the joined word settles (rule 1, and not rule 2) are at most MAX_JOINED_SHARE
of those the compound settles (rule 2, not rule 1), of which there are MIN_COMPOUND_BREAKS or
more. Over fifteen manuals the two kinds are far apart: 0 of 44, 0 of 9, 0 of 8 and 1 of 19 in
the Debian Policy (LibreOffice), R's introduction (wkhtmltopdf), the Developer's Reference
(Chromium) and the git manual (WeasyPrint), which had lost 17, 5, 9 and 9 hyphens to rule 4
("BSD-" / "like" -> "BSDlike"); 31 of 10 (Typst), 50 of 21 (dvipdfm), 878 of 218 (DocBook XSL's
FOP reference), more joined than kept on seven more (pdfTeX, texinfo, dblatex, Sphinx's LaTeX,
PDF::API2), and reportlab's user guide too few to tell (0 of 1): it keeps the rules above.
Not done: keeping the hyphen whenever both halves are words of the document ("long-" /
"running"). Measured leave-one-out on the breaks that rules 1-2 do resolve in ten manuals
(halves of 3+ and 2+ letters, seen outside breaks), it turns 172 right joins into wrong
hyphens ("with-out", "upper-case", "white-space", "proper-ties") to fix 110 compounds (38 vs
54 without the one XSL reference whose glued text dominates): the halves of closed words are
words too, only a dictionary could tell them apart, and in a short document most words fall
through to this rule.
Code lines are never joined: "--log-" / "level" in a listing is not hyphenation.
A joined line remembers the last line it was printed as (`JoinedLine`): where a paragraph ends
is judged from that line (`reflow._breaks`), not from the joined text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .lines import is_code
from .monospace import NO_FONTS, LineFonts

_WORD = re.compile(r"[^\W\d_]+")
#: a hyphenated compound inside a line, wherever it stands: "git-bisect(1)", "<start-point>",
#: "`git-daemon`" (before, only a token that was the compound once stripped of punctuation
#: counted, so WeasyPrint's git manual, which never hyphenates, lost the hyphen of 11 command
#: names broken at theirs); a leading or trailing hyphen or a digit ("--keep-empty-dirs",
#: "utf-8") makes no compound, as before
_IN_LINE_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
#: the hyphen; its Unicode look-alikes are "-" already (normalize.py)
_HYPHEN = "-"
_BROKEN = re.compile(r"([^\W\d_]+)-$")
_CONTINUATION = re.compile(r"^\s*([^\W\d_]+)")
#: a document with this many line-end breaks settled as compounds (rule 2) ...
MIN_COMPOUND_BREAKS = 5
#: ... and at most this share of as many settled as joined words (rule 1) is not hyphenated
MAX_JOINED_SHARE = 0.1


class Vocabulary:
    """Lower-cased words and in-line hyphenated compounds seen in a document, and which words
    occur other than as the head or tail of a line-end break ("standalone")."""

    def __init__(self, pages: Iterable[list[str]]) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        counts: Counter[str] = Counter()
        breaks: list[tuple[str, str]] = []
        for lines in pages:
            text = "\n".join(lines).lower()
            counts.update(_WORD.findall(text))
            self.compounds.update(_IN_LINE_COMPOUND.findall(text))
            for previous, line in zip(lines, lines[1:]):
                if (halves := _halves(previous, line)) is not None:
                    counts.subtract(halves)
                    breaks.append(halves)
        self.words = set(counts)
        self.standalone = {word for word, count in counts.items() if count > 0}
        self.hyphenates = self._hyphenates(breaks)

    def _hyphenates(self, breaks: list[tuple[str, str]]) -> bool:
        """Does the typesetter hyphenate words, judged by the line-end `breaks` the vocabulary
        settles either way (module docstring)? Yes unless the compounds clearly outnumber."""
        joined = compounds = 0
        for left, right in breaks:
            whole, compound = left + right in self.words, f"{left}-{right}" in self.compounds
            joined += whole and not compound
            compounds += compound and not whole
        return compounds < MIN_COMPOUND_BREAKS or joined > MAX_JOINED_SHARE * compounds

    def keeps_hyphen(self, left: str, right: str, in_compound: bool = False) -> bool:
        left, right = left.lower(), right.lower()
        if not self.hyphenates:
            return True
        if left + right in self.words:
            return False
        if f"{left}-{right}" in self.compounds:
            return True
        return in_compound and right in self.standalone


class JoinedLine(str):
    """A line joined from printed lines at hyphen breaks; `last` is the last of them as printed.

    Why: reflow ends a paragraph after a short line, and a paragraph's last line that completes
    a word broken at the end of the line before ("the config-" / "uration is read.") is short
    only as printed: joined, it is as long as any line, and the next paragraph was glued on
    (9 of 23 joins in Debian's Developer's Reference, 11 of 55 in its Policy, 17 of 132 in gri).
    Moving the broken word down onto the last line instead kept its shortness but changed both
    lines' text, by which their monospace verdicts are found (`monospace.LineFonts`), and prose
    was taken for code. A joined line keeps its text, and with it every lookup; only the
    paragraph-end rule reads `last` (a str method's result is a plain str: read it first), and
    the rule of hanging items where the line starts, `first` (`reflow._hanging_items`).
    """

    last: str
    first: str

    def __new__(cls, text: str, last: str, first: str | None = None) -> JoinedLine:
        joined = super().__new__(cls, text)
        joined.last = last
        joined.first = text if first is None else first
        return joined


def printed_end(line: str) -> str:
    """The last printed line of `line`: itself, unless it was joined at a hyphen break."""
    return line.last if isinstance(line, JoinedLine) else line


def printed_start(line: str) -> str:
    """The first printed line of `line`: itself, unless it was joined at a hyphen break."""
    return line.first if isinstance(line, JoinedLine) else line


def join_hyphenated(lines: list[str], vocabulary: Vocabulary, fonts: LineFonts = NO_FONTS) -> list[str]:
    """Merge each hyphen-broken line with the line that completes its last word (`fonts`: the
    page's monospace verdicts, which tell code lines apart)."""
    out: list[str] = []
    for line in lines:
        if out and (joined := _join(out[-1], line, vocabulary, fonts)) is not None:
            out[-1] = joined
        else:
            out.append(line)
    return out


def _halves(previous: str, line: str) -> tuple[str, str] | None:
    """("configu", "ration") if `previous` ends in a hyphen-broken word that `line` completes."""
    if not previous.endswith(_HYPHEN):
        return None
    broken = _BROKEN.search(previous[-64:])
    if broken is None:
        return None
    continuation = _CONTINUATION.match(line)
    if continuation is None or not continuation.group(1)[0].islower():
        return None
    return broken.group(1).lower(), continuation.group(1).lower()


def _in_compound(previous: str, line: str) -> bool:
    """Does the broken token hold another hyphen ("--keep-empty-" / "dirs", "case-" / "by-case")
    or is it a URL ("http://host/debian-" / "security/")? (Rule 3 in the module docstring.)"""
    head = previous[-200:-1].rsplit(None, 1)[-1] if previous[-200:-1].strip() else ""
    tail = line[:200].split(None, 1)[0].rstrip(_HYPHEN)
    return _HYPHEN in head or _HYPHEN in tail or "://" in head


def _join(previous: str, line: str, vocabulary: Vocabulary, fonts: LineFonts) -> JoinedLine | None:
    halves = _halves(previous, line)
    if halves is None:
        return None
    if is_code(previous, fonts) or is_code(line, fonts):
        return None
    left, right = halves
    keep = vocabulary.keeps_hyphen(left, right, _in_compound(previous, line))
    return JoinedLine(previous[:-1] + ("-" if keep else "") + line.lstrip(), line, printed_start(previous))
