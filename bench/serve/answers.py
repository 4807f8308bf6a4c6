"""Answer quality vs cost of the extractive answer step, on the sample eval set, in-process.

    .venv/serving/bin/python bench/serve/answers.py [--manuals]

Ingests samples/pdfs with the real stages (bench/quality/corpus.py), publishes the version
under var/bench/serve/samples, loads it into ``RagModel`` and answers samples/eval/questions.jsonl
one at a time: hit@1/hit@5, the answer check rate, and p50 latency per answer mode. Each mode
gets a fresh model, so the sentence cache starts cold, as it does for new questions in production.
``--manuals`` does the same on the retrieval-quality bench's five Debian manuals and its 82
questions (bench/quality: run ``corpus.sh`` once first). Their ``answer_contains`` strings were
written to pin a page, not an answer, so the check rate there is a floor: an answer that says the
same in other words, or quotes the next sentence, fails it.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

from corpus import PDFS, build_snapshot  # noqa: E402

from vellum.evaluation import load_questions  # noqa: E402
from vellum.evaluation.scoring import result_for, score  # noqa: E402
from vellum.index import IndexLayout, publish_version  # noqa: E402
from vellum.serving.model import RagModel, ServingSettings  # noqa: E402
from vellum.serving.questions import Question  # noqa: E402
from vellum.storage import open_url  # noqa: E402

MODES = {
    "lexical only": ServingSettings(sentence_similarity=False),
    "default (adaptive sentence similarity)": ServingSettings(),
}


def publish(name: str, pdfs: Path = PDFS) -> str:
    """The PDFs of ``pdfs`` (default: the quality bench's manuals) published as collection ``name``."""
    snapshot = build_snapshot(pdfs=pdfs)
    root = f"file://{ROOT / 'var' / 'bench' / 'serve' / name}"
    layout = IndexLayout(name)
    result = publish_version(
        open_url(root), layout, documents=list(snapshot.manifest.documents), chunks=snapshot.chunks,
        embeddings=snapshot.embeddings, embedding_model=snapshot.manifest.embedding_model,
        chunking=snapshot.manifest.chunking, parent_version=None,
    )
    return layout.version_url(root, result.version)


async def run_mode(uri: str, settings: ServingSettings, questions) -> tuple[dict, float]:
    model = RagModel("bench", uri, settings)
    model.load()
    results, times = [], []
    for q in questions:
        started = time.perf_counter()
        prediction = await model.answer(Question(q.question, 5))
        elapsed = (time.perf_counter() - started) * 1000
        times.append(elapsed)
        results.append(result_for(q, prediction, elapsed))
    await model.embedder.close()
    await model.searcher_batch.close()
    return score(results).metrics(), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--manuals", action="store_true", help="the quality bench's manuals and questions")
    args = parser.parse_args()
    if args.manuals:
        uri = publish("manuals")
        questions = load_questions(ROOT / "bench" / "quality" / "questions.jsonl")
    else:
        uri = publish("samples", ROOT / "samples" / "pdfs")
        questions = load_questions(ROOT / "samples" / "eval" / "questions.jsonl")
    print(f"{len(questions)} questions, index {uri}")
    for name, settings in MODES.items():
        metrics, p50 = asyncio.run(run_mode(uri, settings, questions))
        print(f"{name}: " + ", ".join(f"{k} {v:.2f}" for k, v in metrics.items()) + f", p50 {p50:.1f} ms")


if __name__ == "__main__":
    main()
