"""Run an eval set against a predictor: an in-process async function or a v1 HTTP URL."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx

from vellum.evaluation.dataset import EvalQuestion
from vellum.evaluation.scoring import QuestionResult, Report, result_for, score

#: question text -> prediction object (``{"answer", "citations": [...], ...}``)
Predictor = Callable[[str], Awaitable[dict]]


def http_predictor(
    url: str, *, top_k: int = 5, timeout: float = 60.0, headers: dict[str, str] | None = None
) -> tuple[Predictor, httpx.AsyncClient]:
    """A predictor that POSTs KServe v1 requests to ``url`` (``.../v1/models/<name>:predict``).

    Returns the client too, so the caller closes it.
    """
    client = httpx.AsyncClient(timeout=timeout, headers=headers)

    async def predict(question: str) -> dict:
        response = await client.post(url, json={"instances": [{"question": question, "top_k": top_k}]})
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}: {response.text[:300]}")
        return response.json()["predictions"][0]

    return predict, client


async def evaluate(questions: list[EvalQuestion], predictor: Predictor, *, concurrency: int = 4) -> Report:
    semaphore = asyncio.Semaphore(concurrency)

    async def one(question: EvalQuestion) -> QuestionResult:
        async with semaphore:
            started = time.perf_counter()
            try:
                prediction = await predictor(question.question)
            except Exception as exc:  # a failed request is a scored miss, not a crashed eval
                return QuestionResult(question.id, None, False if question.answer_contains else None, error=repr(exc))
            return result_for(question, prediction, round((time.perf_counter() - started) * 1000, 2))

    return score(list(await asyncio.gather(*(one(q) for q in questions))))


def score_url(questions: list[EvalQuestion], predict_url: str) -> dict[str, float]:
    """Blocking: the gate's metrics for the predictor at ``predict_url`` (plus errors and count)."""

    async def run() -> Report:
        predictor, client = http_predictor(predict_url)
        async with client:
            return await evaluate(questions, predictor)

    report = asyncio.run(run())
    return {**report.metrics(), "errors": report.errors, "count": report.count}
