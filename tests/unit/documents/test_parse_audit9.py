"""Defects left by the seventh audit that Word and LibreOffice exports show: footnotes whose mark
is set like their text, and narrow columns kept line by line; each on a PDF the test builds."""

from __future__ import annotations

from .factory import Placed, cite, column
from .test_parse_audit7 import LEFT, LEFT_X, RIGHT, TOP, _text

NOTES = ("The divider is applied after the phase locked loop, before the clock reaches the bus.",
         "Masked interrupts stay pending.")


def test_footnotes_whose_mark_is_set_like_their_text_are_paragraphs_of_their_own():
    """LibreOffice prints a footnote's mark in the note's size, on its baseline, its text right
    after it; only the mark cited in the text, raised and smaller, tells the notes apart ("1The
    divider ... 2Masked"): a note as long as a line of the text went on into the next."""
    body = column(LEFT + " " + RIGHT, LEFT_X, TOP, 450)
    for row, mark in ((2, "1"), (5, "2")):  # the cite raised after its line's first word
        x, y, line, _, size = body[row]
        word, rest = line.split(" ", 1)
        body[row] = cite(x, y, word, mark, " " + rest, size)
    last = body[-1][1]
    notes: list[Placed] = [(LEFT_X, last - 40 - 10 * n, f"{n + 1}{note}", "Helvetica", 8)  # no gap after the mark
                           for n, note in enumerate(NOTES)]
    text = _text(body + notes)
    assert text.endswith(f"from a snapshot.\n\n1 {NOTES[0]}\n\n2 {NOTES[1]}")


def test_a_narrow_columns_lines_that_fill_it_are_reflowed():
    """Three columns (LibreOffice's sections): a line that fills its column is a full line,
    however short against the document's usual one-column line (the next page's)."""
    wide = column(LEFT, LEFT_X, TOP, 450)
    narrow = 140
    columns = [run for n, text in enumerate((RIGHT, LEFT, RIGHT))
               for run in column(text, LEFT_X + n * (narrow + 15), 560, narrow)]
    text = _text(wide + columns, column(" ".join((LEFT, RIGHT) * 3), LEFT_X, TOP, 450))
    assert "rotate it: the old segment is compacted in the background and removed once every replica" in text


def test_a_two_column_indexs_entries_stay_apart():
    """An index in two columns (Why3's): its entries of five words end near their column's edge
    like lines of text, but in their page numbers; each stays a line of its own."""
    entries = [f"why3-{command} command line option, {page}" for command, page in
               (("extract", 82), ("realize", 83), ("session", 78), ("replays", 80), ("execute", 65), ("compile", 79))]
    index = [(x, 560 - 13 * row, entry, "Helvetica", 10) for x in (LEFT_X, 310) for row, entry in enumerate(entries)]
    text = _text(index, column(" ".join((LEFT, RIGHT) * 3), LEFT_X, TOP, 450))
    assert "\n".join(entries) in text
