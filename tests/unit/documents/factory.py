"""Builders for the test PDFs: every test makes its own files, nothing is downloaded.

`build_manual` lays out text line by line on a reportlab canvas (not platypus) so a test
controls exactly which words break at a line end, where the running header and footer sit
and in which order they are drawn, like a real technical manual would have them.
A `|` inside a word forces a hyphenated line break there; it never reaches the PDF.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
MARGIN = 72
BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 10, 13
CODE_FONT = "Courier"


@dataclass
class Block:
    """One thing on a page: a heading, a paragraph, a code listing, or raw lines."""

    kind: str  # "heading" | "para" | "code" | "tex_code" | "lines" | "rich"
    text: str = ""
    lines: list[str] = field(default_factory=list)
    font: str = BODY_FONT


def heading(text: str) -> Block:
    return Block("heading", text=text)


def para(text: str) -> Block:
    return Block("para", text=text)


def code(*lines: str) -> Block:
    return Block("code", lines=list(lines))


def tex_code(*lines: str) -> Block:
    """A listing as TeX sets it: a line's leading spaces are no glyphs but a move to where the
    line starts."""
    return Block("tex_code", lines=list(lines))


def lines(*items: str, font: str = BODY_FONT) -> Block:
    """Printed lines as they are, in `font` (see `cid_font` for CJK text)."""
    return Block("lines", lines=list(items), font=font)


def cid_font(name: str) -> str:
    """Register one of reportlab's built-in CJK fonts ("HeiseiMin-W3": Japanese, "STSong-Light":
    simplified Chinese), not embedded, so the test PDF stays small; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


def rich(*items: str) -> Block:
    """Printed lines in the body font, with each `backticked` span set in the code font (the
    backticks are not printed): prose naming code inline."""
    return Block("rich", lines=list(items))


def wrap(text: str, width: float, font: str = BODY_FONT, size: float = BODY_SIZE) -> list[str]:
    """Greedy word wrap; a word written "configu|ration" is always broken there with a hyphen
    ("configu-" ends the line), and "command-|line" is broken after its own hyphen."""
    out: list[str] = []
    current = ""
    for word in text.split():
        if "|" in word:
            head, tail = word.split("|", 1)
            out.append(f"{current} {head}{'' if head.endswith('-') else '-'}".strip())
            current = tail
            continue
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    return out


def _draw_page(c: canvas.Canvas, blocks: list[Block], header: str | None, footer: str | None,
               furniture_first: bool, outline: bool = False) -> None:
    def furniture() -> None:
        c.setFont(BODY_FONT, 8)
        if header:
            c.drawString(MARGIN, PAGE_H - 40, header)
        if footer:
            c.drawCentredString(PAGE_W / 2, 30, footer)

    if furniture_first:
        furniture()
    y = PAGE_H - MARGIN
    width = PAGE_W - 2 * MARGIN
    for block in blocks:
        if block.kind == "heading":  # a "\n" in its text wraps it
            c.setFont("Helvetica-Bold", 14)
            if outline:  # a bookmark to this heading, titled without its section number
                key = f"h{id(block)}-{y}"
                c.bookmarkPage(key)
                c.addOutlineEntry(block.text.replace("\n", " ").split(" ", 1)[-1], key, level=0)
            for part in block.text.split("\n"):
                c.drawString(MARGIN, y, part)
                y -= 18
            y -= 4
        elif block.kind == "para":
            c.setFont(BODY_FONT, BODY_SIZE)
            for line in wrap(block.text, width):
                c.drawString(MARGIN, y, line)
                y -= LEADING
            y -= 6
        elif block.kind in ("code", "tex_code"):
            c.setFont(CODE_FONT, 9)
            for line in block.lines:
                text = line.lstrip() if block.kind == "tex_code" else line
                c.drawString(MARGIN + 12 + stringWidth(line[:len(line) - len(text)], CODE_FONT, 9), y, text)
                y -= 11
            y -= 6
        elif block.kind == "rich":
            for line in block.lines:
                text = c.beginText(MARGIN, y)
                for i, span in enumerate(line.split("`")):
                    text.setFont(CODE_FONT if i % 2 else BODY_FONT, BODY_SIZE)
                    text.textOut(span)
                c.drawText(text)
                y -= LEADING
        else:
            c.setFont(block.font, BODY_SIZE)
            for line in block.lines:
                c.drawString(MARGIN, y, line)
                y -= LEADING
    if not furniture_first:
        furniture()


def build_manual(pages: list[list[Block]], *, headers: list[str | None] | None = None,
                 footers: list[str | None] | None = None, title: str | None = None,
                 furniture_first: bool = True, outline: bool = False) -> bytes:
    """A PDF with one page per entry of `pages`, with optional per-page header/footer text;
    `outline` adds a bookmark per heading (the section number left out of its title)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if title is not None:
        c.setTitle(title)
    for i, blocks in enumerate(pages):
        header = headers[i] if headers else None
        footer = footers[i] if footers else None
        _draw_page(c, blocks, header, footer, furniture_first, outline)
        c.showPage()
    c.save()
    return buf.getvalue()


def text_pdf(text: str = "Hello world, this is a small valid PDF document.", n_pages: int = 1) -> bytes:
    return build_manual([[para(f"{text} (page {i + 1})")] for i in range(n_pages)])


def image_only_pdf(n_pages: int = 2) -> bytes:
    """A 'scanned' PDF: each page is one generated bitmap, no text operators at all."""
    import numpy as np
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    rng = np.random.default_rng(7)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(n_pages):
        pixels = (rng.random((120, 90, 3)) * 255).astype("uint8")
        c.drawImage(ImageReader(Image.fromarray(pixels, "RGB")), MARGIN, MARGIN, width=400, height=600)
        c.showPage()
    c.save()
    return buf.getvalue()


def zero_page_pdf() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


def encrypt(data: bytes, user_password: str, owner_password: str | None = None,
            permissions: int | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    kwargs = {} if permissions is None else {"permissions_flag": permissions}
    writer.encrypt(user_password, owner_password or "owner-secret", algorithm="AES-128", **kwargs)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def deflate_bomb_pdf(decompressed_bytes: int = 1 << 30, pages: int = 1, chunk: int = 1 << 22) -> bytes:
    """`pages` pages, each with a content stream inflating to `decompressed_bytes` of spaces.

    The stream is deflated chunk by chunk with zlib.compressobj, so building a 1 GiB bomb
    costs a few MB of memory (level 9 turns 1 GiB of spaces into ~1 MB), and it is a valid
    (if absurd) content stream.
    """
    comp = zlib.compressobj(9)
    parts = [comp.compress(b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n")]
    block = b" " * chunk
    for _ in range(decompressed_bytes // chunk):
        parts.append(comp.compress(block))
    parts.append(comp.flush())
    stream = b"".join(parts)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                       + b"\nendstream")
    return assemble_pdf(objects)


def stream_pdf(*contents: bytes, f3: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
               f3_to_unicode: bytes | None = None) -> bytes:
    """One page per content stream, all with Helvetica as /F1, Courier as /F2 and the font
    dictionary `f3` as /F3: for layouts reportlab's canvas does not make (words placed one by
    one, baselines a little off, a font of its own); `f3_to_unicode`, a CMap, becomes its
    /ToUnicode stream."""
    count = len(contents)
    fonts = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count)), count),
    ]
    for i, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R "
                       b"/F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>" % (fonts, fonts + 1, fonts + 2, 4 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
    if f3_to_unicode is None:
        objects.append(f3)
    else:
        objects.append(f3[:f3.rindex(b">>")] + b" /ToUnicode %d 0 R >>" % (fonts + 3))
        objects.append(b"<< /Length %d >>\nstream\n" % len(f3_to_unicode) + f3_to_unicode + b"\nendstream")
    return assemble_pdf(objects)


def assemble_pdf(objects: list[bytes]) -> bytes:
    """Objects numbered from 1 (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


SUBJECTS = ["The broker", "Each queue", "The journal", "A consumer", "The cluster manager",
            "Every producer", "The replication service", "An operator", "The admission controller",
            "The retention policy", "A standby node", "The metrics exporter"]
VERBS = ["stores", "flushes", "replicates", "acknowledges", "rotates", "compacts", "inspects",
         "rejects", "throttles", "persists", "forwards", "verifies"]
OBJECTS = ["pending messages", "the segment index", "expired leases", "dead letters",
           "delivery receipts", "snapshot files", "partition offsets", "client sessions",
           "routing tables", "audit records", "transaction markers", "heartbeat frames"]
TAILS = ["after {n} seconds", "when the disk is {n} percent full", "for every partition",
         "before a rolling restart", "on node {n} of the cluster", "once every {n} minutes",
         "unless the limit is set to {n}", "while the leader election is running"]

CHAPTERS = ["Introduction", "Installing the broker", "Configuring queues", "Operating clusters"]
CODE_LINES = (
    "# /etc/harbor/broker.conf",
    "broker {",
    "  listen = 0.0.0.0:5672;",
    "  journal_dir = /var/lib/harbor;",
    "  max_queue_depth = 100000;",
    "}",
    "$ harborctl reload --config /etc/harbor/broker.conf",
)
HEADER = "Harbor MQ Admin Guide — Chapter {c}: {name}"
TITLE = "Harbor MQ Administration Guide"


def sentences(rng, count: int) -> str:
    out = []
    for _ in range(count):
        tail = rng.choice(TAILS).format(n=rng.randint(2, 999))
        out.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {tail}.")
    return " ".join(out)


def harbor_manual(body_pages: int = 16, seed: int = 1, furniture_first: bool = True,
                  page_label: str = "{n}", density: int = 1) -> tuple[bytes, dict]:
    """A small admin guide: cover, contents, chapters with running headers/footers, index.

    `density` paragraphs close each body page (4 fills an A4 page, ~3k characters).
    Returns the PDF and facts a test can check (which page has what).
    """
    import random

    rng = random.Random(seed)
    per_chapter = max(1, body_pages // len(CHAPTERS))
    pages: list[list[Block]] = [
        [heading(TITLE), lines("Release 4.2", "Harbor Systems Inc.")],
        [heading("Contents")] + [lines(*(
            f"{c + 1} {name} {'.' * 40} {c * per_chapter + 1}" for c, name in enumerate(CHAPTERS)
        ), *(f"{c + 1}.{s} Section {s} of {name} {'.' * 30} {c * per_chapter + s}"
             for c, name in enumerate(CHAPTERS) for s in (1, 2)), f"Index {'.' * 50} {body_pages + 1}")],
    ]
    headers: list[str | None] = [None, None]
    footers: list[str | None] = ["i", "ii"]
    facts = {"toc": 2, "code_page": 5, "hyphen_pages": {}, "body_pages": []}
    for b in range(body_pages):
        chapter = min(b // per_chapter, len(CHAPTERS) - 1)
        number = len(pages) + 1
        blocks: list[Block] = []
        if b % per_chapter == 0:
            blocks.append(heading(f"{chapter + 1} {CHAPTERS[chapter]}"))
        blocks.append(para(sentences(rng, 5)))
        if number == 4:
            blocks.append(para(sentences(rng, 2) + " Review the configu|ration of every queue "
                               "before the broker accepts traffic. " + sentences(rng, 2)))
            facts["hyphen_pages"][number] = "configuration"
        if number == 5:
            blocks.append(para("Set the configuration in the broker file and reload it:"))
            blocks.append(code(*CODE_LINES))
        if number == 6:
            blocks.append(para(sentences(rng, 2) + " Use the command-|line tool to drain "
                               "a node. " + sentences(rng, 2)))
            facts["hyphen_pages"][number] = "command-line"
        if number == 7:
            blocks.append(para("The command-line interface is installed with the server package. "
                               + sentences(rng, 3)))
        if number == 8:
            blocks.append(para(sentences(rng, 2) + " Only an admin|istrator may rotate the "
                               "journal keys. " + sentences(rng, 2)))
            facts["hyphen_pages"][number] = "administrator"
        blocks.extend(para(sentences(rng, 4)) for _ in range(density))
        pages.append(blocks)
        facts["body_pages"].append(number)
        headers.append(HEADER.format(c=chapter + 1, name=CHAPTERS[chapter]))
        footers.append(page_label.format(n=b + 1, total=body_pages + 1))
    index_entries = sorted({f"{w}, {rng.randint(1, body_pages)}, {rng.randint(1, body_pages)}"
                            for w in ("acknowledgement", "admission controller", "broker",
                                      "cluster manager", "consumer", "dead letters", "heartbeat",
                                      "journal", "leader election", "metrics exporter",
                                      "partition", "producer", "queue depth", "replication",
                                      "retention policy", "snapshot", "standby node")})
    pages.append([heading("Index"), lines(*index_entries)])
    headers.append("Harbor MQ Admin Guide — Index")
    footers.append(page_label.format(n=body_pages + 1, total=body_pages + 1))
    facts["index"] = len(pages)
    pdf = build_manual(pages, headers=headers, footers=footers, title=TITLE,
                       furniture_first=furniture_first)
    return pdf, facts


#: one printed run: x, y (its baseline), text, font name, size; a text (mark, note) is a
#: footnote (`footnote`)
Placed = tuple[float, float, "str | tuple[str, str] | tuple[str, str, str]", str, float]


def placed_pdf(*pages: list[Placed]) -> bytes:
    """One page per list of runs, each drawn where it says in a text object of its own (as
    reportlab's `drawString` does): layouts beyond one text column, such as two columns, a
    table's cells, a footnote at a column's foot or a note in the margin."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for runs in pages:
        for x, y, text, font, size in runs:
            if isinstance(text, tuple):
                (_draw_footnote if len(text) == 2 else _draw_cite)(c, x, y, *text, font, size)
                continue
            c.setFont(font, size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def footnote(x: float, y: float, mark: str, note: str, size: float = 8) -> Placed:
    """A footnote as TeX prints it: its mark raised and smaller, then its text, in one text object."""
    return (x, y, (mark, note), BODY_FONT, size)


def cite(x: float, y: float, before: str, mark: str, after: str, size: float = BODY_SIZE) -> Placed:
    """A line citing a footnote as Word and LibreOffice print it: the mark raised and smaller
    (text rise) between `before` and `after`, in one text object."""
    return (x, y, (before, mark, after), BODY_FONT, size)


def _draw_cite(c: canvas.Canvas, x: float, y: float, before: str, mark: str, after: str, font: str,
               size: float) -> None:
    text = c.beginText(x, y)
    text.setFont(font, size)
    text.textOut(before)
    text.setFont(font, size * 0.6)
    text.setRise(size * 0.4)
    text.textOut(mark)
    text.setRise(0)
    text.setFont(font, size)
    text.textOut(after)
    c.drawText(text)


def _draw_footnote(c: canvas.Canvas, x: float, y: float, mark: str, note: str, font: str, size: float) -> None:
    rise = size * 0.35
    text = c.beginText(x, y + rise)
    text.setFont(font, size * 0.75)
    text.textOut(mark)
    text.moveCursor(stringWidth(mark, font, size * 0.75) + 1, -rise)
    text.setFont(font, size)
    text.textOut(note)
    c.drawText(text)


def column(text: str, x: float, top: float, width: float, size: float = BODY_SIZE,
           leading: float = LEADING, font: str = BODY_FONT) -> list[Placed]:
    """`text` wrapped into a column `width` points wide whose first baseline is at `top`."""
    return [(x, top - leading * row, line, font, size) for row, line in enumerate(wrap(text, width, font, size))]
