"""Render the bundled sample manuals (samples/source/*.txt) into PDFs.

The PDFs are what `make demo` and the end-to-end tests drop into Vellum, and
samples/eval/questions.jsonl points at their pages, so the output must be
byte-for-byte reproducible: reportlab's `invariant=1` pins the creation date
and document id, only the 14 standard fonts are used (nothing embedded), and
every chapter is forced onto exactly one page so page numbers never drift.

Source format, one manual per file (kept as text so it is easy to extend):

    @key value              metadata: file, title, subtitle, edition, publisher, code
    # Chapter title         starts a new page
    ## Section heading
    ```                     monospace block until the closing fence
    | a | b |               table; the first row is the header
    - term :: definition    glossary entry (or "- text" for a bullet)
    anything else           paragraph, running to the next blank line;
                            `backticks` mark inline code

Run: .venv/pipelines/bin/python scripts/make_samples.py [--out DIR]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "samples" / "source"
DEFAULT_OUT = ROOT / "samples" / "pdfs"

FRONT_MATTER_PAGES = 2  # title page + table of contents
MARGIN = inch
SOFT_HYPHEN = "\xad"
# Long words get soft hyphens at plausible syllable breaks, so reportlab breaks
# some of them at line ends ("configura-" / "tion"): the parser must rejoin these.
# Only free-standing words: never parts of e-mail addresses, URLs, paths or compounds.
LONG_WORD = re.compile(r"(?<![\w@/.:-])[A-Za-z]{8,}(?![\w@/:-]|\.\w)")
VOWELS = frozenset("aeiouy")
# Consonant pairs that belong to one syllable and so are never split.
UNSPLITTABLE = frozenset("th ch sh ph wh ck gh qu dg bl br cl cr dr fl fr gl gr pl pr tr wr sc sk sp".split())
HYPHEN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "able", "ible", "ity")


@dataclass
class Chapter:
    title: str
    blocks: list[tuple[str, object]] = field(default_factory=list)


@dataclass
class Manual:
    meta: dict[str, str]
    chapters: list[Chapter]

    @property
    def page_count(self) -> int:
        return FRONT_MATTER_PAGES + len(self.chapters)


# --------------------------------------------------------------------------- parsing


def parse_manual(text: str) -> Manual:
    """Turn the small markup described in the module docstring into blocks."""
    meta: dict[str, str] = {}
    chapters: list[Chapter] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value.strip()
        elif line.startswith("# "):
            chapters.append(Chapter(line[2:].strip()))
        elif line.strip():
            kind, payload, i = _read_block(lines, i)
            chapters[-1].blocks.append((kind, payload))
            continue
        i += 1
    return Manual(meta, chapters)


def _read_block(lines: list[str], i: int) -> tuple[str, object, int]:
    """Read one block starting at line i; return (kind, payload, next index)."""
    line = lines[i]
    if line.startswith("## "):
        return "heading", line[3:].strip(), i + 1
    if line.startswith("```"):
        end = lines.index("```", i + 1)
        return "code", "\n".join(lines[i + 1 : end]), end + 1
    if line.startswith("|"):
        rows, i = _take_while(lines, i, lambda s: s.startswith("|"))
        return "table", [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows], i
    if line.startswith("- "):
        items, i = _take_while(lines, i, lambda s: s.startswith("- "))
        return "items", [item[2:].strip() for item in items], i
    para, i = _take_while(lines, i, lambda s: bool(s.strip()) and not s.startswith(("#", "```", "|", "- ")))
    return "para", " ".join(s.strip() for s in para), i


def _take_while(lines: list[str], i: int, keep) -> tuple[list[str], int]:
    taken = []
    while i < len(lines) and keep(lines[i]):
        taken.append(lines[i])
        i += 1
    return taken, i


# --------------------------------------------------------------------------- inline text


def soften(word: str) -> str:
    """Insert soft hyphens at syllable breaks; they stay invisible unless a line breaks there."""
    points = sorted(syllable_breaks(word.lower()))
    kept = [p for n, p in enumerate(points) if n == 0 or p - points[n - 1] >= 2]
    for point in reversed(kept):
        word = word[:point] + SOFT_HYPHEN + word[point:]
    return word


def syllable_breaks(word: str) -> set[int]:
    """Cheap stand-in for a hyphenation dictionary: split vowel-consonant|consonant-vowel
    ("instal|lation") and before common suffixes ("configura|tion"), three letters a side."""
    points = {
        i + 1
        for i in range(1, len(word) - 2)
        if word[i - 1] in VOWELS and word[i + 2] in VOWELS
        and word[i] not in VOWELS and word[i + 1] not in VOWELS
        and word[i : i + 2] not in UNSPLITTABLE
    }
    points.update(len(word) - len(s) for s in HYPHEN_SUFFIXES if word.endswith(s))
    tail = 4 if word.endswith(("ed", "es")) else 3  # no "proces-sed"
    return {p for p in points if 3 <= p <= len(word) - tail}


def inline(text: str, hyphenate: bool = True) -> str:
    """Escape text for Paragraph markup; `code` spans become Courier and are never hyphenated."""
    parts = text.split("`")
    out = []
    for n, part in enumerate(parts):
        part = escape(part)
        if n % 2:
            out.append(f'<font face="Courier">{part}</font>')
        else:
            out.append(LONG_WORD.sub(lambda m: soften(m.group()), part) if hyphenate else part)
    return "".join(out)


# --------------------------------------------------------------------------- styles

STYLES = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4),
    "code": ParagraphStyle(
        "code", fontName="Courier", fontSize=8.5, leading=10.5, leftIndent=8, borderPadding=5,
        backColor=colors.HexColor("#F2F2F2"), spaceBefore=4, spaceAfter=10,
    ),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "cell_head": ParagraphStyle("cell_head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    "item": ParagraphStyle("item", fontName="Times-Roman", fontSize=10, leading=13, leftIndent=14, firstLineIndent=-14, spaceAfter=4),
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER, spaceAfter=16),
    "subtitle": ParagraphStyle("subtitle", fontName="Helvetica", fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=8),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=14),
    "toc_section": ParagraphStyle("toc_section", fontName="Helvetica", fontSize=9.5, leading=12, leftIndent=18),
}


# --------------------------------------------------------------------------- story


def section_marker(flowable, name: str):
    """Tag the first flowable of a page with the name the running header should show."""
    flowable.section_name = name
    return flowable


def title_page(manual: Manual) -> list:
    meta = manual.meta
    return [
        section_marker(Spacer(1, 2 * inch), "Cover"),
        Paragraph(escape(meta["title"]), STYLES["title"]),
        Paragraph(escape(meta["subtitle"]), STYLES["subtitle"]),
        Spacer(1, 0.4 * inch),
        Paragraph(escape(meta["edition"]), STYLES["subtitle"]),
        Paragraph(escape(meta["publisher"]), STYLES["subtitle"]),
        Spacer(1, 2.2 * inch),
        Paragraph(inline(meta["notice"]), STYLES["body"]),
        PageBreak(),
    ]


def contents_page(manual: Manual) -> list:
    """Chapter i always lands on page FRONT_MATTER_PAGES + i, so the TOC needs no second pass."""
    rows = []
    for number, chapter in enumerate(manual.chapters, start=FRONT_MATTER_PAGES + 1):
        rows.append([Paragraph(escape(chapter.title), STYLES["toc"]), str(number)])
        for kind, payload in chapter.blocks:
            if kind == "heading":
                rows.append([Paragraph(escape(payload), STYLES["toc_section"]), str(number)])
    table = Table(rows, colWidths=[5.6 * inch, 0.9 * inch])
    table.setStyle(TableStyle([
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [section_marker(Paragraph("Contents", STYLES["h1"]), "Contents"), table, PageBreak()]


def render_block(kind: str, payload) -> list:
    if kind == "heading":
        return [Paragraph(escape(payload), STYLES["h2"])]
    if kind == "para":
        return [Paragraph(inline(payload), STYLES["body"])]
    if kind == "code":
        return [Preformatted(payload, STYLES["code"])]
    if kind == "table":
        return [render_table(payload)]
    if kind == "items":
        return [Paragraph(render_item(item), STYLES["item"]) for item in payload]
    raise ValueError(f"unknown block kind {kind!r}")


def render_item(item: str) -> str:
    term, sep, definition = item.partition(" :: ")
    if sep:
        return f"<b>{escape(term)}</b> \u2014 {inline(definition)}"
    return f"\u2022 {inline(item)}"


def render_table(rows: list[list[str]]) -> Table:
    cells = [[Paragraph(inline(c, hyphenate=False), STYLES["cell_head"]) for c in rows[0]]]
    cells += [[Paragraph(inline(c, hyphenate=False), STYLES["cell"]) for c in row] for row in rows[1:]]
    table = Table(cells, repeatRows=1, hAlign="LEFT", spaceBefore=4, spaceAfter=10)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def chapter_pages(manual: Manual) -> list:
    story = []
    for chapter in manual.chapters:
        story.append(section_marker(Paragraph(escape(chapter.title), STYLES["h1"]), chapter.title))
        for kind, payload in chapter.blocks:
            story.extend(render_block(kind, payload))
        story.append(PageBreak())
    story.pop()  # no blank page after the last chapter
    return story


# --------------------------------------------------------------------------- document


class ManualDocument(BaseDocTemplate):
    """Draws the running header and footer after each page, once its section is known."""

    def __init__(self, path: Path, manual: Manual):
        super().__init__(
            str(path), pagesize=LETTER, invariant=1,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            title=manual.meta["title"], author=manual.meta["publisher"], subject=manual.meta["subtitle"],
            creator="Vellum scripts/make_samples.py",
        )
        self.manual = manual
        self.section = ""
        self.section_pages: list[tuple[str, int]] = []
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self.draw_furniture)])

    def afterFlowable(self, flowable):
        if hasattr(flowable, "section_name"):
            self.section = flowable.section_name
            self.section_pages.append((self.section, self.page))

    def draw_furniture(self, canvas, doc):
        width, height = self.pagesize
        meta = self.manual.meta
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN, height - 0.6 * inch, meta["title"])
        canvas.drawRightString(width - MARGIN, height - 0.6 * inch, self.section)
        canvas.line(MARGIN, height - 0.65 * inch, width - MARGIN, height - 0.65 * inch)
        canvas.line(MARGIN, 0.7 * inch, width - MARGIN, 0.7 * inch)
        canvas.drawString(MARGIN, 0.55 * inch, meta["code"])
        canvas.drawRightString(width - MARGIN, 0.55 * inch, f"Page {doc.page} of {self.manual.page_count}")
        canvas.restoreState()


def build_pdf(manual: Manual, out_dir: Path) -> Path:
    path = out_dir / manual.meta["file"]
    doc = ManualDocument(path, manual)
    doc.build(title_page(manual) + contents_page(manual) + chapter_pages(manual))
    check_one_page_per_section(path.name, doc)
    return path


def check_one_page_per_section(name: str, doc: ManualDocument) -> None:
    """The TOC and the eval set's gold pages assume section n sits alone on page n."""
    ends = [page for _, page in doc.section_pages[1:]] + [doc.page + 1]
    for (section, page), next_page in zip(doc.section_pages, ends):
        if next_page != page + 1:
            raise SystemExit(f"{name}: section {section!r} spans pages {page}-{next_page - 1}; shorten it")
    if len(doc.section_pages) != doc.manual.page_count:
        raise SystemExit(f"{name}: {doc.page} pages, expected {doc.manual.page_count}")


def load_manuals(source_dir: Path = SOURCE_DIR) -> list[Manual]:
    return [parse_manual(p.read_text(encoding="utf-8")) for p in sorted(source_dir.glob("*.txt"))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: samples/pdfs)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for manual in load_manuals():
        path = build_pdf(manual, args.out)
        print(f"{path} ({manual.page_count} pages)")


if __name__ == "__main__":
    main()
