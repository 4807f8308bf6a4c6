"""``python -m vellum.evaluation --url URL --questions FILE [--out report.json] [--require hit@5=0.8]``

Prints the summary, writes the full report (per question) as JSON, and exits 1 when a
``--require`` threshold is not met or a request failed, so a rollout step can gate on it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from vellum.evaluation.dataset import load_questions
from vellum.evaluation.runner import evaluate, http_predictor
from vellum.evaluation.scoring import gate


def _requirement(text: str) -> tuple[str, float]:
    name, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected METRIC=MIN, got {text!r}")
    return name.strip(), float(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vellum.evaluation", description=__doc__.split("\n\n")[1])
    parser.add_argument("--url", required=True, help="KServe v1 predict URL, e.g. http://127.0.0.1:8080/v1/models/vellum-rag:predict")
    parser.add_argument("--questions", required=True, type=Path, help="JSONL eval set")
    parser.add_argument("--out", type=Path, help="write the full report here (JSON)")
    parser.add_argument("--top-k", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--require", type=_requirement, action="append", default=[], metavar="METRIC=MIN",
                        help="gate: hit@1, hit@5, mrr or answer_check_rate must be >= MIN (repeatable)")
    args = parser.parse_args(argv)

    questions = load_questions(args.questions)

    async def run():
        predictor, client = http_predictor(args.url, top_k=args.top_k, timeout=args.timeout)
        async with client:
            return await evaluate(questions, predictor, concurrency=args.concurrency)

    report = asyncio.run(run())
    failures = gate(report, dict(args.require))
    summary = {**report.metrics(), "count": report.count, "errors": report.errors,
               "latency_ms_p50": report.latency_ms_p50, "latency_ms_p95": report.latency_ms_p95,
               "gate": {"passed": not failures, "failures": failures}}
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({**report.to_dict(), "gate": summary["gate"]}, indent=2, ensure_ascii=False))
    print(json.dumps(summary, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
