"""Defects found by the seventh parser audit (pages beyond one text column: two columns, tables,
footnotes at a column's foot, notes in the margin; LaTeX/pdfTeX and LuaTeX papers, LibreOffice,
reportlab frames, Octave's reference card), each on a PDF the test builds itself."""

from __future__ import annotations

from vellum.documents import parse_pdf

from .factory import LEADING, Placed, column, footnote, placed_pdf

LEFT = ("The broker keeps every pending message in its journal until a consumer acknowledges it, "
        "and it flushes the journal to disk after each batch so that a restart loses nothing "
        "that a producer was told is stored. A standby node replays the same journal when it "
        "takes over, which is why the journal is the first thing to check after a crash, and "
        "why its size is the number to watch when the disk fills up. When the journal grows past "
        "its limit the broker must")
RIGHT = ("rotate it: the old segment is compacted in the background and removed once every "
         "replica has confirmed the copy. Operators can force a rotation with the admin tool, "
         "which waits for the compaction to finish before it returns to the prompt. The admin "
         "tool also reports how far each replica lags behind the leader, in entries and in "
         "seconds, and warns when a replica has not confirmed a segment for longer than the "
         "retention policy allows, since such a replica would have to be rebuilt from a snapshot.")
COLUMN_WIDTH = 215
LEFT_X, RIGHT_X, TOP = 72, 310, 760


def _text(*pages: list[Placed]) -> str:
    return parse_pdf(placed_pdf(*pages), "paper.pdf").pages[0].text


# --- a table whose cells are printed one by one (reportlab's Table) -------------------------------

ROWS = [("Setting", "Default", "Meaning"), ("raft.heartbeat_ms", "186", "leader ping"),
        ("raft.election_ms", "639", "vote timeout"), ("raft.snapshot_every", "202", "entries per snapshot")]


def _cells(top: float) -> list[Placed]:
    return [(x, top - 14 * row, cell, "Helvetica", 9) for row, cells in enumerate(ROWS)
            for x, cell in zip((LEFT_X, 200, 260), cells)]


def test_a_tables_cells_printed_one_by_one_are_read_row_by_row():
    text = _text(column(LEFT, LEFT_X, TOP, 450) + _cells(640) + column(RIGHT, LEFT_X, 560, 450))
    assert "Setting Default Meaning\nraft.heartbeat_ms 186 leader ping\nraft.election_ms 639 vote timeout\n" in text


# --- table rows as long as a line of prose (LibreOffice, Octave's reference card) -----------------

REGISTERS = [("CTRL0", "0x0040", "Brown out threshold of the supply"),
             ("CTRL1", "0x0044", "Interrupt mask of the timer unit"),
             ("CTRL2", "0x0048", "Output pin mode and the drive level"),
             ("CTRL3", "0x004C", "Watchdog reload value in ticks")]


def test_table_rows_as_long_as_a_columns_lines_stay_rows():
    """Under two columns of text, a table across the page: its rows are as long as a column's
    lines, and none ends a sentence."""
    table = [(x, 300 - 16 * row, cell, "Helvetica", 10) for row, cells in enumerate(REGISTERS)
             for x, cell in zip((LEFT_X, 140, 220), cells)]
    text = _text(column(LEFT, LEFT_X, TOP, COLUMN_WIDTH) + column(RIGHT, RIGHT_X, TOP, COLUMN_WIDTH) + table)
    assert "\nCTRL0 0x0040 Brown out threshold of the supply\nCTRL1 0x0044 Interrupt mask" in text


def test_a_list_marker_printed_apart_starts_its_item_and_makes_no_table():
    """A list marker drawn in a text object of its own (reportlab's canvas) was read at the end
    of the item before ("... on the same broker. 2."): it starts its item. The items' text
    starts at one x, well right of the markers (as in reportlab's user guide), which makes no
    table: an item's lines stay one paragraph."""
    items = ["Each queue keeps its own journal segment.",
             "Each queue rotates its journal segment when the segment reaches the configured size, "
             "so a slow consumer never blocks the others on the same broker."]
    runs: list[Placed] = []
    y = 600
    for n, item in enumerate(items * 2):
        lines = column(item, 102, y, 400)
        runs += [(LEFT_X, y, f"{n + 1}.", "Helvetica", 10)] + lines
        y -= LEADING * len(lines) + 4
    text = _text(column(LEFT + " " + RIGHT, LEFT_X, TOP, 450) + runs)
    assert "\n3. Each queue keeps its own journal segment.\n\n4. Each queue rotates its journal segment when the " \
           "segment reaches the configured size, so a slow consumer never blocks" in text


# --- a footnote at the foot of a column, the sentence going on in the next one (TUGboat) --------

NOTE = "Counted from the last checkpoint, not from the start of the broker process."


def _two_columns(text: str, rows: int) -> tuple[list[Placed], list[Placed]]:
    """`text` set in two columns, `rows` lines in the first: it ends on a full line, as a
    justified column does, and the second goes on at the same baselines."""
    lines = column(text, LEFT_X, TOP, COLUMN_WIDTH)
    return lines[:rows], [(RIGHT_X, y, line, font, size)
                          for (_, y, _, _, _), (_, _, line, font, size) in zip(lines, lines[rows:])]


def test_a_footnote_at_a_columns_foot_goes_after_the_text():
    left, right = _two_columns(LEFT + " " + RIGHT, 11)
    text = _text(left + [footnote(LEFT_X, left[-1][1] - 30, "1", NOTE)] + right)
    assert "grows past its limit the broker must rotate it: the old segment" in text
    assert text.endswith("snapshot.\n\n1 " + NOTE)


def test_footnotes_at_a_pages_foot_are_paragraphs_of_their_own():
    """R's admin manual (texinfo): a paragraph that goes on over the page, its footnotes under
    it, then the running footer; each footnote was glued to the paragraph and to the next."""
    body = column(LEFT + " " + RIGHT, LEFT_X, TOP, 450)
    last = body[-1][1]
    notes = [footnote(LEFT_X, last - 40, "1", NOTE),
             footnote(LEFT_X, last - 50, "2", "Compaction runs at the lowest priority the kernel offers.")]
    text = _text(body + notes + [(LEFT_X, 40, "Harbor MQ Administration Guide", "Helvetica", 10)])
    assert "from a snapshot.\n\n1 " + NOTE + "\n\n2 Compaction runs" in text


def test_a_listings_numbered_lines_are_no_footnotes():
    """A listing numbers its lines in a smaller size, and the page goes on above it (a margin
    note, the next column): the listing stays where it is."""
    listing = [run for n, line in enumerate(("broker {", "  journal = /var/lib/harbor;", "}"))
               for run in ((LEFT_X, 300 - 11 * n, str(17 + n), "Helvetica", 7),
                           (LEFT_X + 18, 300 - 11 * n, line, "Courier", 9))]
    text = _text(column(LEFT, LEFT_X, TOP, COLUMN_WIDTH) + listing + column(RIGHT, RIGHT_X, TOP, COLUMN_WIDTH))
    assert text.index("journal = /var/lib/harbor;") < text.index("rotate it")


# --- a note in the margin, printed after the column beside it (reportlab frames, sidebars) --------

def test_a_margin_note_printed_after_the_column_is_a_block_of_its_own():
    """The column's last line is a full one that ends a sentence; the note beside the column,
    in a smaller size, is printed after it."""
    body = column(LEFT + " " + RIGHT, LEFT_X, TOP, 330)[:9]
    x, y, last, font, size = body[-1]
    body[-1] = (x, y, last.rstrip(",:") + ".", font, size)
    note = column("Note: the journal is never compacted while a standby node is replaying it.", 420, TOP, 100,
                  size=7.5, leading=9, font="Helvetica-Oblique")
    text = _text(body + note)
    assert f"{body[-1][2]}\n\nNote: the journal is never" in text
