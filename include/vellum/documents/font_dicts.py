"""Where a PDF font dictionary keeps what the parser reads about its fonts.

Why a module of its own: the monospace verdicts (monospace.py), the font completion
(font_completion.py) and the heading styles (font_headings.py) all look through a Type0 font to
its CID font, and monospace.py itself imports font_headings.py for its runs' styles.
"""

from __future__ import annotations

from pypdf.generic import ArrayObject, DictionaryObject


def cid_font(font: DictionaryObject) -> DictionaryObject | None:
    """A Type0 font's CID font, where its widths and descriptor live."""
    descendants = font.get("/DescendantFonts")
    descendants = descendants.get_object() if descendants is not None else None
    if isinstance(descendants, ArrayObject) and descendants:
        first = descendants[0].get_object()
        return first if isinstance(first, DictionaryObject) else None
    return None


def font_descriptor(font: DictionaryObject) -> DictionaryObject | None:
    """The font's descriptor (its CID font's, for a Type0 font), if it has a readable one."""
    owner = cid_font(font) or font
    descriptor = owner.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else None
    return descriptor if isinstance(descriptor, DictionaryObject) else None
