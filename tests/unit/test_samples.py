"""The bundled sample corpus is reproducible and its eval set has one right page per answer.

`make demo` and the end-to-end tests score retrieval against samples/eval/questions.jsonl,
so a gold page that is wrong or ambiguous would silently corrupt every hit-rate number.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
PDF_DIR = ROOT / "samples" / "pdfs"
QUESTIONS = ROOT / "samples" / "eval" / "questions.jsonl"
PDFS = sorted(PDF_DIR.glob("*.pdf"))
MIN_BODY_CHARS = 1500


def normalise(text: str) -> str:
    """Rejoin words hyphenated at a line end ("configura-\\ntion"), then collapse whitespace."""
    text = re.sub(r"(?<=[a-z])-\n\s*(?=[a-z])", "", text)
    return " ".join(text.split())


@cache
def pages(pdf: Path) -> tuple[str, ...]:
    return tuple(normalise(page.extract_text()) for page in PdfReader(pdf).pages)


def load_questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_is_present():
    assert 3 <= len(PDFS) <= 4


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_samples.py"), "--out", str(tmp_path)], check=True)
    generated = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert generated == [p.name for p in PDFS]
    for pdf in PDFS:
        assert (tmp_path / pdf.name).read_bytes() == pdf.read_bytes(), f"{pdf.name} differs; rerun make_samples.py"


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_every_manual_has_enough_text(pdf):
    texts = pages(pdf)
    assert len(texts) >= 6
    body = texts[2:-1]  # everything but title page, contents and glossary
    short = [n for n, text in enumerate(body, start=3) if len(text) < MIN_BODY_CHARS]
    assert not short, f"{pdf.name}: body pages {short} have under {MIN_BODY_CHARS} characters"


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_every_manual_hyphenates_at_line_ends(pdf):
    """The parser's dehyphenation must have something to do in every document."""
    raw = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert re.search(r"[a-z]-\n\s*[a-z]", raw)


def test_question_ids_are_unique():
    ids = [q["id"] for q in load_questions()]
    assert len(ids) == len(set(ids))


def test_question_set_shape():
    questions = load_questions()
    assert len(questions) >= 24
    for pdf in PDFS:
        assert sum(q["document"] == pdf.name for q in questions) >= 6, pdf.name
    demos = [q for q in questions if q.get("demo")]
    assert len(demos) == 3
    for q in questions:
        assert 1 <= len(q["answer_contains"]) <= 2, q["id"]


@pytest.mark.parametrize("question", load_questions(), ids=lambda q: q["id"])
def test_answer_is_on_gold_page_only(question):
    gold_pdf = PDF_DIR / question["document"]
    gold_index = question["page"] - 1
    assert 0 <= gold_index < len(pages(gold_pdf))
    for phrase in question["answer_contains"]:
        needle = normalise(phrase)
        assert needle in pages(gold_pdf)[gold_index], f"{phrase!r} not on {gold_pdf.name} page {question['page']}"
        elsewhere = [
            f"{pdf.name} p{n}"
            for pdf in PDFS
            for n, text in enumerate(pages(pdf), start=1)
            if needle in text and (pdf, n - 1) != (gold_pdf, gold_index)
        ]
        assert not elsewhere, f"{phrase!r} also appears on {elsewhere}"
