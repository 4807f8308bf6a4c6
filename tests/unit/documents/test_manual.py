"""End-to-end cleanup quality on a generated admin guide (cover, contents, chapters, index)."""

from __future__ import annotations

import re

import pytest

from vellum.documents import ParsedDocument, parse_pdf
from vellum.documents.headings import HEADING_MARK

from .factory import CODE_LINES, TITLE, harbor_manual


def _parse(**kwargs) -> tuple[ParsedDocument, dict]:
    pdf, facts = harbor_manual(**kwargs)
    return parse_pdf(pdf, "s3://drops/harbor.pdf"), facts


@pytest.fixture(scope="module", params=[True, False], ids=["furniture-drawn-first", "furniture-drawn-last"])
def manual(request) -> tuple[ParsedDocument, dict]:
    return _parse(furniture_first=request.param)


def test_pages_are_numbered_from_one_in_pdf_order(manual):
    doc, facts = manual
    assert doc.page_count == facts["index"] == len(doc.pages)
    assert [page.number for page in doc.pages] == list(range(1, doc.page_count + 1))
    assert len(doc.content_sha256) == 64 and doc.source == "s3://drops/harbor.pdf"


def test_running_headers_footers_and_page_numbers_are_gone(manual):
    doc, facts = manual
    for number in facts["body_pages"]:
        text = doc.pages[number - 1].text
        assert "Harbor MQ Admin Guide" not in text
        lines = text.splitlines()
        assert not any(re.fullmatch(r"\d+|[ivx]+", line.strip()) for line in lines), lines
    assert not re.search(r"(?m)^(i|ii)$", doc.pages[0].text + doc.pages[1].text)


@pytest.mark.parametrize("label", ["Page {n} of {total}", "- {n} -", "{n} | Harbor Systems"])
def test_footer_styles_are_removed(label):
    doc, facts = _parse(page_label=label, body_pages=8)
    for number in facts["body_pages"]:
        text = doc.pages[number - 1].text
        assert "Page " not in text and "Harbor Systems" not in text
        assert not re.search(r"(?m)^- \d+ -$", text)


def test_chapter_headers_that_change_per_chapter_are_removed(manual):
    doc, _ = manual
    for chapter in ("Introduction", "Installing the broker", "Configuring queues", "Operating clusters"):
        assert not any(f"Chapter {i}: {chapter}" in p.text for p in doc.pages for i in range(1, 5))
    # ... while the chapter headings in the body stay
    assert any(p.text.startswith(HEADING_MARK + "2 Installing the broker") for p in doc.pages)  # by its font


def test_line_end_hyphenation_is_joined(manual):
    doc, facts = manual
    for number, word in facts["hyphen_pages"].items():
        text = doc.pages[number - 1].text
        assert word in text, text
    everything = "\n".join(p.text for p in doc.pages)
    assert "configu-" not in everything and "admin-" not in everything
    assert "commandline" not in everything  # a compound seen elsewhere keeps its hyphen


def test_paragraph_lines_are_reflowed(manual):
    doc, facts = manual
    text = doc.pages[2].text  # page 3: chapter 1 starts
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == HEADING_MARK + "1 Introduction"
    assert all("\n" not in p for p in paragraphs[1:])
    assert all(len(p) > 200 for p in paragraphs[1:])


def test_code_block_is_kept_line_by_line(manual):
    doc, facts = manual
    text = doc.pages[facts["code_page"] - 1].text
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index(CODE_LINES[0])
    assert lines[start: start + len(CODE_LINES)] == [line.strip() for line in CODE_LINES]
    assert "Set the configuration in the broker file and reload it:" in lines


def test_page_kinds(manual):
    doc, facts = manual
    kinds = {page.number: page.kind for page in doc.pages}
    assert kinds[facts["toc"]] == "toc"
    assert kinds[facts["index"]] == "index"
    assert all(kinds[n] == "body" for n in facts["body_pages"])
    assert kinds[1] == "body"  # the cover is short but not blank


def test_toc_and_index_pages_keep_their_lines(manual):
    doc, facts = manual
    toc = doc.pages[facts["toc"] - 1].text.splitlines()
    assert toc[0] == "Contents" and "2 Installing the broker ... 5" in toc
    index = doc.pages[facts["index"] - 1].text.splitlines()
    assert any(line.startswith("broker, ") for line in index)


def test_title_comes_from_metadata(manual):
    doc, _ = manual
    assert doc.title == TITLE
