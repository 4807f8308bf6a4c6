"""Every bad input ends as exactly one DocumentRejected subclass with its reason code."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter
from pypdf.constants import UserAccessPermissions

from vellum.documents import (
    CorruptPdf,
    DocumentRejected,
    EmptyPdf,
    EncryptedPdf,
    NoExtractableText,
    NotAPdf,
    ParseLimits,
    TooLarge,
    parse_pdf,
)

from .factory import encrypt, image_only_pdf, text_pdf, zero_page_pdf


def _rejected(data: bytes, limits: ParseLimits = ParseLimits()) -> DocumentRejected:
    with pytest.raises(DocumentRejected) as info:
        parse_pdf(data, "drop/file.pdf", limits)
    assert info.value.to_dict() == {"reason": info.value.reason, "detail": info.value.detail,
                                    "source": "drop/file.pdf"}
    return info.value


def test_encrypted_with_user_password():
    error = _rejected(encrypt(text_pdf(), user_password="s3cret"))
    assert type(error) is EncryptedPdf and error.reason == "encrypted"


def test_owner_password_only_pdf_is_accepted():
    """Opens in any viewer without a password and allows extraction: we read it too."""
    doc = parse_pdf(encrypt(text_pdf("Owner protected manual text for indexing."), user_password=""), "x")
    assert "Owner protected manual text" in doc.pages[0].text


def test_empty_password_but_extraction_forbidden_is_rejected():
    forbid = UserAccessPermissions.PRINT | UserAccessPermissions.R7 | UserAccessPermissions.R8
    error = _rejected(encrypt(text_pdf(), user_password="", permissions=forbid))
    assert type(error) is EncryptedPdf and "forbid" in error.detail


def test_truncated_file_is_corrupt():
    data = text_pdf(n_pages=3)
    error = _rejected(data[: len(data) // 2])
    assert type(error) is CorruptPdf and error.reason == "corrupt"
    assert error.detail  # pypdf's message is carried along


def test_garbage_after_a_valid_header_is_corrupt():
    error = _rejected(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert type(error) is CorruptPdf and error.reason == "corrupt"


@pytest.mark.parametrize("payload", [
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
    b"Quarterly report\nnot really a pdf\n",
    b"",
    b"PK\x03\x04" + b"\x00" * 2000 + b"%PDF-1.4",  # a header past the first 1024 bytes
], ids=["png", "text", "empty-file", "late-header"])
def test_not_a_pdf(payload):
    error = _rejected(payload)
    assert type(error) is NotAPdf and error.reason == "not_a_pdf"


def test_zero_page_pdf_is_empty():
    error = _rejected(zero_page_pdf())
    assert type(error) is EmptyPdf and error.reason == "empty"


def test_image_only_pdf_has_no_text():
    error = _rejected(image_only_pdf())
    assert type(error) is NoExtractableText and error.reason == "no_text"


def test_blank_pages_pdf_has_no_text():
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buf = io.BytesIO()
    writer.write(buf)
    assert type(_rejected(buf.getvalue())) is NoExtractableText


def test_too_many_bytes():
    data = text_pdf()
    error = _rejected(data, ParseLimits(max_bytes=len(data) - 1))
    assert type(error) is TooLarge and error.reason == "too_large" and "max_bytes" in error.detail


def test_too_many_pages():
    error = _rejected(text_pdf(n_pages=4), ParseLimits(max_pages=3))
    assert type(error) is TooLarge and "max_pages" in error.detail


def test_time_budget():
    error = _rejected(text_pdf(n_pages=3), ParseLimits(max_seconds=0.0))
    assert type(error) is TooLarge and "time budget" in error.detail


def test_long_page_text_is_truncated_not_rejected():
    doc = parse_pdf(text_pdf("word " * 400), "x", ParseLimits(max_chars_per_page=100))
    assert len(doc.pages[0].text) <= 100


def test_reason_codes_are_distinct_and_stable():
    from vellum.documents.errors import REJECTIONS

    assert [cls.reason for cls in REJECTIONS] == [
        "not_a_pdf", "encrypted", "corrupt", "empty", "no_text", "decompression_bomb", "too_large"]
