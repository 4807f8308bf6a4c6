"""Sphinx's "continues on next page" / "continued from previous page" labels around a listing
or table split by a page break are dropped in any language Sphinx ships (documents/sphinx_labels.py)."""

from __future__ import annotations

import pytest

from vellum.documents import parse_pdf
from vellum.documents.sphinx_labels import TRANSLATIONS, is_continuation_label

from .factory import BODY_FONT, build_manual, cid_font, code, lines, para

LISTING = ("let rec length = function", "| [] -> 0", "| _ :: rest -> 1 + length rest")
INTRO = "The function below counts the elements of a list by walking it from its head to its end."
OUTRO = "Each call adds one for the head of the list and recurses on the rest of the list."


@pytest.mark.parametrize("locale, font", [("fr", BODY_FONT), ("de", BODY_FONT),
                                          ("ja", "HeiseiMin-W3"), ("zh_CN", "STSong-Light")])
def test_a_split_listing_loses_its_translated_labels(locale, font):
    continues, continued = TRANSLATIONS[locale]
    font = cid_font(font) if font != BODY_FONT else font
    pdf = build_manual([
        [para(INTRO), code(*LISTING[:2]), lines(f"({continues})", font=font)],
        [lines(f"({continued})", font=font), code(LISTING[2]), para(OUTRO)],
    ])
    first, second = ([line.strip() for line in page.text.split("\n")]
                     for page in parse_pdf(pdf, f"sphinx-{locale}.pdf").pages)
    assert first == [INTRO, "", *LISTING[:2]]
    assert second == [LISTING[2], "", OUTRO]


@pytest.mark.parametrize("line, label", [
    ("Tableau 3 – suite de la page précédente", True),  # a split table's head
    ("Fortsetzung auf der nächsten Seite", True),       # its foot
    ("( 次 の ペ ー ジ に 続 く )", True),                  # spaced out by a reader
    ("(continued from previous page)", True),
    ("The table continues on next page, after the figure.", False),
    ("See the long preamble – continued from previous page", False),  # more than a table's name
])
def test_labels_are_whole_lines(line, label):
    assert is_continuation_label(line) is label
