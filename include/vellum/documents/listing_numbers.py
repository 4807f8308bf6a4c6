"""Line numbers of code listings, dropped from the page text.

LaTeX's ``listings`` with ``numbers=left``, minted's ``linenos`` and Sphinx's ``:linenos:`` print
a number before each line of a listing; pypdf reads it as the line's first word ("41 Unset global
Verilog/SystemVerilog defines.", and "42" alone for an empty line). Those numbers are noise to
every reader downstream: BM25 indexes them, the embedder spends word pieces on them, and an
extractive answer quotes them (Yosys's manual prints its whole command reference this way).

A run of lines is a numbered listing when each of its non-blank lines starts with a bare integer
one more than the line before's (blank lines between them are the reflow's, not the listing's),
at least ``MIN_RUN`` of them, and the run starts at 1 or at the page's first line (a listing
continued from the page before). A numbered list ("1. Install", "2) Run") has a mark after its
number and is left alone; so is a table whose rows count from 0 or from 1 without a row that
is the number alone, unless it is long, and a page that opens with years: see ``_is_listing``.
"""

from __future__ import annotations

import re

#: fewer consecutive numbered lines than this are not taken for a listing
MIN_RUN = 4
#: a run this long is a listing even without an empty (number-only) line
LONG_RUN = 8
_NUMBERED = re.compile(r"(\s*)(\d{1,5})(?:\s+|$)")


def drop_listing_numbers(text: str) -> str:
    """``text`` (a page's, after reflow) with the line numbers of its numbered listings removed;
    a line that held only its number becomes empty, and empty lines do not repeat."""
    lines = text.split("\n")
    numbered = [_NUMBERED.match(line) for line in lines]
    drop: set[int] = set()
    for run in _runs(lines, numbered):
        if _is_listing(run, lines, numbered):
            drop.update(run)
    if not drop:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            found = numbered[i]
            line = found.group(1) + line[found.end():] if line[found.end():].strip() else ""
        if line or not out or out[-1]:
            out.append(line)
    return "\n".join(out)


def _runs(lines: list[str], numbered: list[re.Match | None]) -> list[list[int]]:
    """Indexes of the non-blank lines that count up by one from line to line, run by run."""
    runs: list[list[int]] = []
    current: list[int] = []
    previous = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        found = numbered[i]
        number = int(found.group(2)) if found else None
        if number is not None and previous is not None and number == previous + 1 and current:
            current.append(i)
        else:
            if len(current) >= MIN_RUN:
                runs.append(current)
            current = [i] if number is not None else []
        previous = number
    if len(current) >= MIN_RUN:
        runs.append(current)
    return runs


def _is_listing(run: list[int], lines: list[str], numbered: list[re.Match | None]) -> bool:
    """A run from 1, or one that goes on from the page before (from its first line), with an
    empty (number-only) line or ``LONG_RUN`` long; a long one from the page before only below
    line 1000, so that years at the top of a page ("2019 ...", "2020 ...") stay."""
    empty_line = any(not lines[i][numbered[i].end():].strip() for i in run)
    start = int(numbered[run[0]].group(2))
    if start != 1 and run[0] != next(i for i, line in enumerate(lines) if line.strip()):
        return False
    return empty_line or (len(run) >= LONG_RUN and start < 1000)
