"""Check bench/quality/questions*.jsonl against the PDFs themselves (not our parser).

    .venv/serving/bin/python bench/quality/check_questions.py
    .venv/serving/bin/python bench/quality/check_questions.py QUESTIONS.jsonl PDF_DIR   # one file only

For each question: every ``answer_contains`` string must occur on the gold page as pypdf
extracts it, and on no other page of that document (so "the right page" is well defined).
Compared after NFKC (ligatures), joining line-end hyphenation, dropping whitespace and case
folding, because pypdf drops inter-word spaces on some justified PDFs (auto-multiple-choice.pdf)
and breaks lines anywhere.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path

import re
import unicodedata

import pypdf

from corpus import COLLECTIONS, SPLITS  # the question files and their manuals' folders only

HERE = Path(__file__).resolve().parent


def squash(text: str) -> str:
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", unicodedata.normalize("NFKC", text))
    return "".join(text.split()).casefold()


def page_texts(path: Path) -> list[str]:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return [squash(page.extract_text() or "") for page in pypdf.PdfReader(path).pages]


def main(argv: list[str]) -> int:
    collections = {Path(argv[0]).resolve(): Path(argv[1])} if argv else COLLECTIONS
    questions = [
        {**json.loads(line), "pdfs": pdfs}
        for name, pdfs in collections.items()
        for line in (HERE / name).read_text().splitlines()
        if line
    ]
    texts: dict[Path, list[str]] = {}  # each PDF read once (setdefault would re-read it per question)
    problems = []
    for q in questions:
        path = q["pdfs"] / q["document"]
        if path not in texts:
            texts[path] = page_texts(path)
        pages = texts[path]
        for needle in map(squash, q["answer_contains"]):
            found = [n for n, text in enumerate(pages, start=1) if needle in text]
            if q["page"] not in found:
                problems.append(f"{q['id']}: {needle!r} not on page {q['page']} (found on {found})")
            elif len(found) > 1:
                problems.append(f"{q['id']}: {needle!r} also on pages {[n for n in found if n != q['page']]}")
    uses = Counter(q["id"] for q in questions)  # reports and answers.py's per-split counts are keyed by id
    problems += [f"{question_id}: the id is used {n} times" for question_id, n in uses.items() if n > 1]
    names = dict.fromkeys([*SPLITS, *(q["split"] for q in questions)])  # a new file's split too
    splits = {s: sum(q["split"] == s for q in questions) for s in names}
    print(f"{len(questions)} questions {splits}, {len(problems)} problems")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
