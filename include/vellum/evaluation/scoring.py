"""Metrics: hit@1, hit@5, MRR over citations (document file name + page), answer check rate.

A citation matches when its file name equals the expected one (case-insensitive, path ignored)
and, if the question names a page, its page too. The rank is the position of the first matching
citation (1-based); no match in the list counts as rank "none" (reciprocal rank 0).
An answer passes its check when any ``answer_contains`` string occurs in it after both are
case-folded, whitespace-collapsed and stripped of ``[n]`` citation markers.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import asdict, dataclass, field

from vellum.evaluation.dataset import EvalQuestion

_MARKER = re.compile(r"\s*\[\d+\]")
_SPACE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", _MARKER.sub("", text)).strip().casefold()


def _file_name(document: str) -> str:
    return document.replace("\\", "/").rsplit("/", 1)[-1].casefold()


def citation_rank(citations: list[dict], document: str, page: int | None) -> int | None:
    want = _file_name(document)
    for rank, citation in enumerate(citations, start=1):
        if _file_name(str(citation.get("document", ""))) != want:
            continue
        if page is None or citation.get("page") == page:
            return rank
    return None


def answer_contains(answer: str, expected: tuple[str, ...]) -> bool:
    text = _normalise(answer)
    return any(_normalise(e) in text for e in expected)


@dataclass
class QuestionResult:
    id: str
    rank: int | None
    answer_ok: bool | None  # None: the question has no answer check
    answer: str = ""
    latency_ms: float | None = None
    error: str | None = None


@dataclass
class Report:
    count: int
    hit_at_1: float
    hit_at_5: float
    mrr: float
    answer_check_rate: float | None
    answer_checked: int
    errors: int
    latency_ms_p50: float | None
    latency_ms_p95: float | None
    results: list[QuestionResult] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """The gateable numbers, by the names ``--require`` uses."""
        out = {"hit@1": self.hit_at_1, "hit@5": self.hit_at_5, "mrr": self.mrr}
        if self.answer_check_rate is not None:
            out["answer_check_rate"] = self.answer_check_rate
        return out

    def to_dict(self) -> dict:
        return asdict(self)


def result_for(question: EvalQuestion, prediction: dict, latency_ms: float | None = None) -> QuestionResult:
    answer = str(prediction.get("answer", ""))
    return QuestionResult(
        id=question.id,
        rank=citation_rank(list(prediction.get("citations") or []), question.document, question.page),
        answer_ok=answer_contains(answer, question.answer_contains) if question.answer_contains else None,
        answer=answer,
        latency_ms=latency_ms,
    )


def score(results: list[QuestionResult]) -> Report:
    """Aggregate per-question results; a failed request counts as a miss everywhere."""
    n = len(results)
    ranks = [r.rank for r in results]
    checked = [r.answer_ok for r in results if r.answer_ok is not None]
    latencies = sorted(r.latency_ms for r in results if r.latency_ms is not None)
    return Report(
        count=n,
        hit_at_1=_rate(sum(1 for k in ranks if k == 1), n),
        hit_at_5=_rate(sum(1 for k in ranks if k is not None and k <= 5), n),
        mrr=round(sum(1.0 / k for k in ranks if k) / n, 4) if n else 0.0,
        answer_check_rate=_rate(sum(checked), len(checked)) if checked else None,
        answer_checked=len(checked),
        errors=sum(1 for r in results if r.error),
        latency_ms_p50=round(statistics.median(latencies), 2) if latencies else None,
        latency_ms_p95=round(latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))], 2) if latencies else None,
        results=results,
    )


def _rate(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def gate(report: Report, required: dict[str, float]) -> list[str]:
    """Unmet requirements as readable lines (empty = the gate passes)."""
    metrics = report.metrics()
    failures = []
    for name, minimum in required.items():
        if name not in metrics:
            failures.append(f"{name}: not measured (known: {', '.join(sorted(metrics))})")
        elif metrics[name] < minimum:
            failures.append(f"{name} = {metrics[name]} < required {minimum}")
    if report.errors:
        failures.append(f"{report.errors} request(s) failed")
    return failures
