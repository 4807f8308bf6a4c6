"""Font dictionaries completed before pypdf reads a page, where pypdf would misread them as they are.

Each document font is completed once, by every step below; a step that fails on a broken font
changes nothing (a font program that inflates past the limits still raises: it is a bomb).
  * `builtin_encoding.complete_encoding`: the characters a partial /ToUnicode leaves out, from
    the encoding built into a CFF font program (dvipdfm's TeX fonts);
  * `complete_widths`: code 32's width in a CID font that lists no widths (Qt's monospace
    fonts), which pypdf would otherwise take for a space half as wide.
"""

from __future__ import annotations

from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

from .builtin_encoding import complete_encoding
from .font_dicts import cid_font

#: a CID font's glyph width, in 1/1000 of the font size, where neither /W nor /DW gives one
#: (PDF 32000-1:2008, 9.7.4.3)
DEFAULT_CID_WIDTH = 1000


class FontCompletion:
    """Completes each font of a document once (`complete`)."""

    def __init__(self) -> None:
        self._seen: dict[int, DictionaryObject] = {}  # id -> font, held so that the id stays its own

    def complete(self, fonts: list[DictionaryObject]) -> None:
        for font in fonts:
            if id(font) not in self._seen:
                self._seen[id(font)] = font
                for step in (complete_encoding, complete_widths):
                    try:
                        step(font)
                    except (MemoryError, LimitReachedError):
                        raise  # a font program that inflates past the limits is a bomb: the reader rejects it
                    except Exception:  # noqa: BLE001 - a broken font only loses the help
                        pass


def complete_widths(font: DictionaryObject) -> None:
    """Give a Type0 font whose CID font has no /W a /W that lists code 32 at the /DW width.

    Why: a CID font's glyphs that /W does not list are /DW wide, and a font whose glyphs are
    all equally wide needs no /W: Qt (wkhtmltopdf) writes its monospace fonts so. pypdf then
    counts the glyph with code 32, a space in one-byte fonts, half as wide, while Qt numbers
    its glyphs in order of use: in R's "An Introduction to R" code 32 is a "v", so pypdf read
    a word gap after every "v" of its listings ("solv e(A)", "v alues": ~200 words split). Listed
    at its real width, it is read like any other glyph.
    """
    descendant = cid_font(font)
    if descendant is None or "/W" in descendant:
        return
    width = descendant.get("/DW", DEFAULT_CID_WIDTH)
    width = width.get_object() if width is not None else DEFAULT_CID_WIDTH
    if isinstance(width, (int, float)):
        descendant[NameObject("/W")] = ArrayObject([NumberObject(32), ArrayObject([NumberObject(width)])])
