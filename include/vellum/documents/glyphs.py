"""Glyph names that pypdf prints as text, taken out of the page text.

A simple font's /Encoding /Differences names the glyph of each code it changes, and a name from
the Adobe Glyph List ("A", "fi", "uni2192") says which character the glyph is. A font that
names its glyphs its own way and has no /ToUnicode entry for them (LilyPond's music font
Emmentaler: "noteheads.s2", "clefs.G", "flags.u3") gives them no character, and pypdf then
prints the name itself in the page text: "/noteheads.s2/flags.u3" beside every note of every
music example. That is no text to index, and as pdfminer prints nothing of the kind, the
sample pages' words disagree and the whole document is re-read by pdfminer (documents/
spacing.py: LilyPond's Learning Manual, 221 pages, 15 s instead of 6 s).

Such names are dropped where pypdf printed them: a name of one of the page's fonts that pypdf
cannot map (its own `_glyph_name_to_unicode`, so the names are exactly those it prints), the
longest first, wherever it stands: pypdf glues it to the text drawn next to it
("/noteheads.s234": a time signature's "34"; "/clefs.GSoprano"). The cost, a page whose text
spells "/" and a glyph name of one of its own fonts that names no character, is rarer than
that. pdfminer prints such a glyph as "(cid:26)" (`UNMAPPED_CID`), dropped from its readings
likewise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

try:  # private to pypdf (pinned <8 in pyproject.toml); tests/unit/documents/test_glyphs.py fails if they go
    from pypdf._cmap import _glyph_name_to_unicode, get_encoding
except ImportError:  # a pypdf that moved them: no name is dropped, rather than no PDF parsed

    def _glyph_name_to_unicode(name: str) -> str:
        return name

    def get_encoding(font: DictionaryObject) -> tuple[object, dict[str, str]]:
        return None, {}

#: pdfminer's text for a glyph that has no character
UNMAPPED_CID = re.compile(r"\(cid:\d+\)")


class GlyphNames:
    """The unmapped glyph names of a document's fonts, each font judged once."""

    def __init__(self) -> None:
        # keyed by id(), holding the dictionary so that its id is not reused by another object
        self._names: dict[int, tuple[DictionaryObject, frozenset[str]]] = {}
        self._patterns: dict[frozenset[str], re.Pattern[str]] = {}

    def without_names(self, fonts: list[DictionaryObject], text: str) -> str:
        """`text` (pypdf's of a page) without the glyph names of the page's `fonts` (`page_fonts`)."""
        if "/" not in text:
            return text
        names = frozenset().union(*(self._unmapped(font) for font in fonts))
        if not names:
            return text
        pattern = self._patterns.get(names)
        if pattern is None:  # longest first: "/a10" before "/a1"
            alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            pattern = self._patterns[names] = re.compile(alternatives)
        return pattern.sub("", text)

    def _unmapped(self, font: DictionaryObject) -> frozenset[str]:
        cached = self._names.get(id(font))
        if cached is None:
            cached = self._names[id(font)] = (font, unmapped_names(font))
        return cached[1]


def unmapped_names(font: DictionaryObject) -> frozenset[str]:
    """The /Differences glyph names of `font` ("/noteheads.s2") that name no character, as
    pypdf prints them.

    Why "as printed": pypdf passes the name it prints, character by character, through the
    font's /ToUnicode map, as if the name were the text. Ghostscript writes a /ToUnicode for the
    few glyphs of a music font it can name (PMW-Music: "sharp" -> U+266F, but also its codes of
    "t" and "s" -> U+0121 and "6"), so "/trebleclef" came out as "/ġrebleclef" and was not found.
    """
    encoding = _dictionary(font.get("/Encoding"))
    differences = encoding.get("/Differences") if encoding is not None else None
    differences = differences.get_object() if differences is not None else None
    if not isinstance(differences, ArrayObject):
        return frozenset()
    names = [name for name in differences if isinstance(name, NameObject) and _glyph_name_to_unicode(name) is None]
    if not names or "/ToUnicode" not in font:
        return frozenset(names)
    character_map = _character_map(font)
    return frozenset(name if not character_map else "".join(character_map.get(c, c) for c in name) for name in names)


def _character_map(font: DictionaryObject) -> dict[str, str]:
    """pypdf's reading of the font's /ToUnicode ({} if it cannot read it: names stay as written)."""
    try:
        character_map = get_encoding(font)[1]
    except Exception:  # noqa: BLE001 - a broken /ToUnicode is pypdf's to report while it extracts text
        return {}
    return {code: text for code, text in character_map.items() if isinstance(code, str) and isinstance(text, str)}


def page_fonts(page: DictionaryObject) -> list[DictionaryObject]:
    """The fonts of the page's resources and of its (first-level) form XObjects' resources."""
    resources = _dictionary(page.get("/Resources"))
    if resources is None:
        return []
    fonts = list(_values(resources.get("/Font"), DictionaryObject))
    for form in _values(resources.get("/XObject"), StreamObject):
        form_resources = _dictionary(form.get("/Resources")) if form.get("/Subtype") == "/Form" else None
        if form_resources is not None:
            fonts.extend(_values(form_resources.get("/Font"), DictionaryObject))
    return fonts


def _dictionary(entry: object) -> DictionaryObject | None:
    entry = entry.get_object() if entry is not None else None
    return entry if isinstance(entry, DictionaryObject) else None


def _values(entry: object, kind: type) -> Iterator:
    """The objects of type `kind` among the values of a resource dictionary."""
    entries = _dictionary(entry)
    for ref in entries.values() if entries is not None else ():
        value = ref.get_object()
        if isinstance(value, kind):
            yield value


def tabs_as_spaces(text: str) -> str:
    """A reader's page text with each tab a space.

    Why: a tab in a PDF's text layer is a code its font maps to U+0009, printed as one gap:
    Qt's PDF engine (Qt 5.15 under wkhtmltopdf) maps its space glyph so in the /ToUnicode, and
    PDF::API2 (pod2pdf) prints a source's tab as it comes, a narrow gap (pdftotext reads both as
    one space). Left as tabs, every word gap of R's "An Introduction to R" printed by
    wkhtmltopdf became four spaces in its listings and headings ("X    <-    cbind(",
    normalize's reading of a tab), and each of its pages, with no space among its letters,
    looked glued (documents/spacing.py), so pdfminer re-read all of them: twice pypdf's time.
    """
    return text.replace("\t", " ")
