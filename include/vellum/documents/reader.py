"""The pypdf boundary: bytes in, raw per-page text out, every failure a DocumentRejected.

Nothing pypdf (or zlib, or Python while walking a hostile object graph) raises gets past
`read_pdf`: resource-limit errors become `decompression_bomb`, everything else `corrupt`.

Memory is bounded three ways: pypdf's own per-stream output caps (set through
`pypdf.apply_configuration`, a context variable, so concurrent parses with different limits
do not interfere and no module globals are patched), our document-wide sum of inflated page
content, and dropping pypdf's cache of decoded content streams after each page (pypdf keeps
`decoded_self` on every stream it has inflated, which would otherwise keep the whole
document's decoded content resident until the reader is gone).

Fonts: while pypdf reads a page it reports each text run's font and place (`visitor_text`), from
which documents/monospace.py tells which lines are set in monospace, the mark of code, and
which of pypdf's line breaks split one printed line (`PageRuns.text`), and documents/layout.py
which lines are table rows, footnotes or a margin note's (their glyphs' widths are summed
only where a run shares its baseline with the next one: ~3% of a parse). Measured on
whole parses (best of 3, 2 shared cores): +10% on Erlang's 612-page stdlib reference, +7% on
Prawn's manual, +3% on gnuplot's, +6% on Debian Reference (which pdfminer reads throughout).

Encrypted files: a PDF that opens with the empty user password (owner-password-only
"protection", common on vendor manuals: any viewer opens them without asking) is accepted if
its permission bits allow text extraction (bit 5 "copy" or bit 10 "extract for
accessibility"). Anything that needs a real password, forbids extraction, or uses a cipher
pypdf cannot handle is rejected as `encrypted`.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdf
from pypdf.constants import UserAccessPermissions
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from .errors import (
    CorruptPdf,
    DecompressionBomb,
    DocumentRejected,
    EmptyPdf,
    EncryptedPdf,
    NotAPdf,
    TooLarge,
)
from .font_completion import FontCompletion
from .font_headings import LineStyle, body_size
from .glyphs import GlyphNames, page_fonts, tabs_as_spaces
from .layout import PageLayout
from .limits import ParseLimits
from .monospace import DocumentFonts, Start
from .normalize import normalize_text
from .spacing import respaced
from .word_spacing import Moves, rejoin_split_words, word_spaced_moves

MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024
_EXTRACTION_ALLOWED = UserAccessPermissions.EXTRACT | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
# pypdf raises LimitReachedError both for inflate/decode caps and for structural caps (loops,
# tree depth); only the former are bombs, the latter are just broken files.
_DECODE_LIMIT = re.compile(r"decompress|decod|stream length|buffer size|row length|columns", re.I)


@dataclass(frozen=True)
class RawDocument:
    page_count: int
    texts: tuple[str, ...]
    """Raw extract_text() output per page ("" for unreadable pages)."""
    unreadable_pages: tuple[int, ...]
    """1-based numbers of pages pypdf raised on."""
    errors: tuple[str, ...]
    """pypdf's messages for the unreadable pages, for the `corrupt` detail."""
    metadata_title: str | None
    outline: tuple[tuple[int, str], ...] = ()
    """(1-based page, title) of each bookmark in the PDF outline, in outline order."""
    monospace: tuple[dict[str, bool | None], ...] = ()
    """Per page, whether each line is set mostly in monospace, keyed by `monospace.line_key`;
    () when the document's fonts do not tell code from prose (`monospace.informative`)."""
    starts: tuple[dict[str, tuple[Start, ...]], ...] = ()
    """Per page, where its monospace lines start, keyed like `monospace` (`LineFonts.starts`)."""
    lefts: tuple[dict[str, tuple[float, ...]], ...] = ()
    """Per page, where each of its lines starts, keyed like `monospace` (`LineFonts.lefts`)."""
    styles: tuple[dict[str, LineStyle | None], ...] = ()
    """Per page, each line's size and weight, keyed like `monospace` (`LineFonts.styles`)."""
    body_size: float | None = None
    """The size most of the document's characters are set in (`font_headings.body_size`)."""
    layouts: tuple[PageLayout, ...] = ()
    """Per page, its table rows, footnotes and frame starts (documents/layout.py)."""


def read_pdf(data: bytes, limits: ParseLimits) -> RawDocument:
    """Open `data` with pypdf and extract raw text page by page under `limits`."""
    check_bytes(data, limits)
    deadline = None if limits.max_seconds is None else time.monotonic() + limits.max_seconds
    with _pypdf_limits(limits), _mapped_errors():
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _unlock(reader)
        page_count = len(reader.pages)
        if page_count == 0:
            raise EmptyPdf("the document has no pages")
        if page_count > limits.max_pages:
            raise TooLarge(f"{page_count} pages > max_pages={limits.max_pages}")
        fonts = DocumentFonts()
        texts, word_spaced, unreadable, errors = _extract_pages(reader, page_count, limits, deadline, fonts,
                                                                GlyphNames())
        texts = rejoin_split_words(respaced(data, texts, deadline, fonts), word_spaced)
        return RawDocument(page_count, texts, unreadable, errors,
                           _metadata_title(reader), _outline(reader, limits.max_outline_entries),
                           fonts.verdicts(), fonts.starts(), fonts.lefts(), fonts.styles(),
                           body_size(fonts.sizes), fonts.layouts())


def check_bytes(data: bytes, limits: ParseLimits) -> None:
    """Cheap checks before pypdf sees the file: size, then the `%PDF-` magic."""
    if len(data) > limits.max_bytes:
        raise TooLarge(f"{len(data)} bytes > max_bytes={limits.max_bytes}")
    if MAGIC not in data[:MAGIC_WINDOW]:
        raise NotAPdf(f"no {MAGIC.decode()} header in the first {MAGIC_WINDOW} bytes "
                      f"(starts with {data[:8]!r})")


def _extract_pages(reader: pypdf.PdfReader, page_count: int, limits: ParseLimits, deadline: float | None,
                   fonts: DocumentFonts, glyphs: GlyphNames
                   ) -> tuple[tuple[str, ...], dict[int, Moves], tuple[int, ...], tuple[str, ...]]:
    """Each page's text without the glyph names pypdf printed (`glyphs`), tabs as spaces
    (`glyphs.tabs_as_spaces`), its fonts completed where pypdf would misread them
    (documents/font_completion.py), and its runs' fonts into `fonts` (one visit of the content
    stream); also, per 1-based page whose content sets a word spacing, where it moves between
    two strings of letters: where pypdf may have split a word (documents/word_spacing.py)."""
    inflated_total = 0
    completion = FontCompletion()
    texts: list[str] = []
    unreadable: list[int] = []
    errors: list[str] = []
    word_spaced: dict[int, Moves] = {}  # pages whose content sets a word spacing (documents/word_spacing.py)
    for index in range(page_count):
        if deadline is not None and time.monotonic() > deadline:
            raise TooLarge(f"parse time budget of {limits.max_seconds:.0f}s exceeded at page "
                           f"{index + 1}/{page_count}")
        runs = fonts.page_runs()
        try:
            page = reader.pages[index]
            fonts_used = page_fonts(page)
            completion.complete(fonts_used)
            text = glyphs.without_names(fonts_used, runs.text(page.extract_text(visitor_text=runs) or ""))
            text = tabs_as_spaces(text)
            inflated, moves = _release_decoded(page)
            inflated_total += inflated
            if moves:
                word_spaced[index + 1] = moves
        except Exception as exc:  # a broken page must not sink the other 999 ...
            if isinstance(exc, MemoryError) or (
                    isinstance(exc, LimitReachedError) and _DECODE_LIMIT.search(str(exc))):
                raise  # ... but a bomb sinks the whole document
            unreadable.append(index + 1)
            errors.append(f"page {index + 1}: {_describe(exc)}")
            text, runs = "", fonts.page_runs()
        if inflated_total > limits.max_decompressed_bytes_total:
            raise DecompressionBomb(f"page content inflates to more than "
                                    f"max_decompressed_bytes_total={limits.max_decompressed_bytes_total}"
                                    f" (at page {index + 1})")
        texts.append(text[: limits.max_chars_per_page])
        fonts.add_page(runs)
    return tuple(texts), word_spaced, tuple(unreadable), tuple(errors)


def _release_decoded(page: DictionaryObject) -> tuple[int, Moves | None]:
    """Drop pypdf's decoded-stream cache for a page's content and forms; return its size and,
    if it sets a non-zero word spacing, where it moves between strings of letters
    (`word_spacing.word_spaced_moves`)."""
    size = 0
    moves: Moves | None = None
    for stream in _content_streams(page):
        decoded = getattr(stream, "decoded_self", None)
        if decoded is not None:
            data = decoded.get_data()
            size += len(data)
            moves = _more_moves(moves, data)
            stream.decoded_self = None
        elif "/Filter" not in stream:  # stored as it is read
            moves = _more_moves(moves, stream.get_data())
    return size, moves


def _more_moves(moves: Moves | None, content: bytes) -> Moves | None:
    found = word_spaced_moves(content)
    if found is None or moves is None:
        return found if moves is None else moves
    for tail, heads in found.items():
        moves.setdefault(tail, set()).update(heads)
    return moves


def _content_streams(page: DictionaryObject) -> Iterator[StreamObject]:
    """The page's /Contents streams and its (first-level) form XObjects."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    items = contents if isinstance(contents, ArrayObject) else [contents]
    for item in items:
        item = item.get_object() if item is not None else None
        if isinstance(item, StreamObject):
            yield item
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    xobjects = xobjects.get_object() if xobjects is not None else None
    if isinstance(xobjects, DictionaryObject):
        for ref in xobjects.values():
            xobject = ref.get_object()
            if isinstance(xobject, StreamObject) and xobject.get("/Subtype") == "/Form":
                yield xobject


def _unlock(reader: pypdf.PdfReader) -> None:
    try:
        unlocked = reader.decrypt("")
    except pypdf.errors.DependencyError as exc:  # e.g. AES without the cryptography package
        raise EncryptedPdf(f"unsupported encryption: {exc}") from exc
    if unlocked == pypdf.PasswordType.NOT_DECRYPTED:
        raise EncryptedPdf("a user password is required to open the document")
    permissions = reader.user_access_permissions
    if permissions is not None and not permissions & _EXTRACTION_ALLOWED:
        raise EncryptedPdf("opens without a password but its permissions forbid text extraction")


def _metadata_title(reader: pypdf.PdfReader) -> str | None:
    try:
        metadata = reader.metadata
        title = metadata.title if metadata is not None else None
    except Exception:  # a broken /Info dictionary only costs us the title
        return None
    return title if isinstance(title, str) else None


def _outline(reader: pypdf.PdfReader, max_entries: int) -> tuple[tuple[int, str], ...]:
    """The bookmarks' (page, title), at most `max_entries`; () if the outline is missing or broken.

    Why: the outline is the author's own list of section headings and where they start, which
    the text layer cannot tell reliably (a heading is just a short line). It is only a hint
    for chunking, so a broken outline costs the hint, never the document. Titles are normalised
    as the page text is (documents/normalize.py), or a heading would not match its own bookmark:
    "Connecting to TeleBT over Bluetooth™" is "... BluetoothTM" on the page after NFKC.
    """
    entries: list[tuple[int, str]] = []
    try:
        pending = [iter(reader.outline)]
        while pending and len(entries) < max_entries:  # iterative: hostile outlines nest deeply
            item = next(pending[-1], None)
            if item is None:
                pending.pop()
            elif isinstance(item, list):
                pending.append(iter(item))
            else:
                title = item.get("/Title")
                page = _destination_page(reader, item)
                if isinstance(title, str) and (title := " ".join(normalize_text(title)).strip()) and page is not None:
                    entries.append((page + 1, title))
    except Exception:  # noqa: BLE001 - any damage in the outline only loses the hint
        return ()
    return tuple(entries)


def _destination_page(reader: pypdf.PdfReader, destination) -> int | None:
    """The 0-based page a bookmark points at, or None.

    The PDF standard wants a reference to the page object there; Qt's PDF writer (wkhtmltopdf,
    the usual way HTML documentation becomes a PDF) writes the page's index instead, which
    viewers follow and pypdf does not resolve: SWIG's manual kept 6 of its 1,262 bookmarks.
    """
    page = reader.get_destination_page_number(destination)
    if page is None or page < 0:
        target = destination.get("/Page")
        page = int(target) if isinstance(target, int) and not isinstance(target, bool) else None
    return page if page is not None and 0 <= page < len(reader.pages) else None


@contextmanager
def _pypdf_limits(limits: ParseLimits) -> Iterator[None]:
    cap = limits.max_decompressed_bytes_per_stream
    with pypdf.apply_configuration(
        zlib_maximum_output_length=cap,
        lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap,
        brotli_maximum_output_length=cap,
        jbig2_maximum_output_length=cap,
        array_based_stream_maximum_output_length=cap,
        image_maximum_buffer_size=cap,
        maximum_declared_stream_length=max(cap, limits.max_bytes),
    ):
        yield


@contextmanager
def _mapped_errors() -> Iterator[None]:
    """Translate whatever escapes pypdf into the one matching DocumentRejected subclass."""
    try:
        yield
    except DocumentRejected:
        raise
    except LimitReachedError as exc:
        if _DECODE_LIMIT.search(str(exc)):
            raise DecompressionBomb(_describe(exc)) from exc
        raise CorruptPdf(_describe(exc)) from exc
    except MemoryError as exc:
        raise DecompressionBomb("ran out of memory while parsing") from exc
    except Exception as exc:  # pypdf, zlib, struct, recursion on hostile object graphs ...
        raise CorruptPdf(_describe(exc)) from exc


def _describe(exc: BaseException) -> str:
    message = str(exc).strip() or "no message"
    return f"{type(exc).__name__}: {message}"[:500]
