"""The bench corpus: R's own manuals as shipped by Debian (``r-doc-pdf``), >= 1,000 real pages.

Why these: they are real typeset manuals (LaTeX/texinfo: running headers, page numbers,
hyphenation, TOC and index pages, code listings), the 236-page R-exts is the manual the issue's
reference numbers were measured on, and Debian ships them as PDFs. The seven manuals give 677
pages; slices of the reference manual (20 pages each, after its contents pages) bring the
corpus past 1,000 pages and 20 files, so "5% of files changed" is a real file count.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

MANUALS = Path("/usr/share/R/doc/manual")
PACKAGE = "r-doc-pdf"
BOOKS = ("R-FAQ", "R-admin", "R-data", "R-exts", "R-intro", "R-ints", "R-lang")
REFMAN = "fullrefman"
SLICE_PAGES = 20
REFMAN_FIRST_PAGE = 60  # past the reference manual's contents pages
MIN_PAGES = 1000


def ensure_manuals() -> Path:
    """Install Debian's R manuals if they are missing (the bench's only system dependency)."""
    if not (MANUALS / f"{REFMAN}.pdf").exists():
        print(f"installing {PACKAGE} (Debian's R manuals as PDF) ...", flush=True)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", PACKAGE], check=True)
    return MANUALS


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _slice(source: Path, first: int, count: int, target: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    reader, writer = PdfReader(source), PdfWriter()
    for number in range(first, first + count):
        writer.add_page(reader.pages[number])
    with open(target, "wb") as handle:
        writer.write(handle)


def build(folder: Path) -> dict[str, int]:
    """Fill ``folder`` (cached: rebuilt only when absent) and return file name -> page count."""
    done = folder / ".complete"
    if not done.exists():
        manuals = ensure_manuals()
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        total = 0
        for book in BOOKS:
            shutil.copyfile(manuals / f"{book}.pdf", folder / f"{book}.pdf")
            total += _page_count(folder / f"{book}.pdf")
        first = REFMAN_FIRST_PAGE
        while total < MIN_PAGES:
            _slice(manuals / f"{REFMAN}.pdf", first, SLICE_PAGES, folder / f"refman-p{first:04d}.pdf")
            first += SLICE_PAGES
            total += SLICE_PAGES
        done.touch()
    return {p.name: _page_count(p) for p in sorted(folder.glob("*.pdf"))}


def drop_middle_page(path: Path) -> None:
    """A real edit: one page removed from the middle, so the text (not just metadata) changes."""
    from pypdf import PdfReader, PdfWriter

    reader, writer = PdfReader(path), PdfWriter()
    middle = len(reader.pages) // 2
    for number, page in enumerate(reader.pages):
        if number != middle:
            writer.add_page(page)
    with open(path, "wb") as handle:
        writer.write(handle)
