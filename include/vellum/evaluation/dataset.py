"""The eval set: JSON lines ``{"id", "question", "document", "page", "answer_contains": [...]}``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    document: str  # file name of the PDF that holds the answer
    page: int | None  # 1-based; None = any page of the document counts
    answer_contains: tuple[str, ...] = ()


def load_questions(path: str | Path) -> list[EvalQuestion]:
    """Read an eval set from a local file."""
    return parse_questions(Path(path).read_text(encoding="utf-8"), source=str(path))


def parse_questions(text: str, *, source: str) -> list[EvalQuestion]:
    """Parse JSONL eval questions, naming the line of the first bad entry instead of failing later."""
    out: list[EvalQuestion] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            question = EvalQuestion(
                id=str(data["id"]),
                question=_text(data["question"], "question"),
                document=_text(data["document"], "document"),
                page=None if data.get("page") is None else int(data["page"]),
                answer_contains=tuple(_text(s, "answer_contains item") for s in data.get("answer_contains") or ()),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{source}:{number}: not an eval question ({exc!r})") from exc
        if question.id in seen:
            raise ValueError(f"{source}:{number}: duplicate id {question.id!r}")
        seen.add(question.id)
        out.append(question)
    if not out:
        raise ValueError(f"{source}: no questions")
    return out


def _text(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string")
    return value
