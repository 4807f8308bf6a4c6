"""Answer quality vs cost of the extractive answer step, on the sample eval set, in-process.

    .venv/serving/bin/python bench/serve/answers.py [--manuals | --unseen | --unseen2 | ... | --unseen10]

Ingests samples/pdfs with the real stages (bench/quality/corpus.py), publishes the version
under var/bench/serve/samples, loads it into ``RagModel`` and answers samples/eval/questions.jsonl
one at a time: hit@1/hit@5, the answer check rate, and p50 latency per answer mode. Each mode
gets a fresh model, so the sentence cache starts cold, as it does for new questions in production.
``--manuals`` does the same on the retrieval-quality bench's five Debian manuals and its 82
questions (bench/quality: run ``corpus.sh`` once first). Their ``answer_contains`` strings were
written to pin a page, not an answer, so the check rate there is a floor: an answer that says the
same in other words, or quotes the next sentence, fails it. There the check rate is printed per
split (dev / heldout, as in bench/quality) with the mean answer length; ``--index URI`` answers
from an already published version (the line "index ..." of an earlier run), so before/after
comparisons do not re-parse when the parser changes meanwhile; ``--failures`` prints each failed
answer of the default mode with its expected strings and the top four chunks (on the manuals
only the dev split's: held-out questions are scored, not read). ``--unseen`` answers the quality
bench's unseen split (its own two manuals, bench/quality/questions_unseen.jsonl), scored only;
``--unseen2`` to ``--unseen10`` its later unseen splits (questions_unseen2.jsonl and on; one flag
per collection of corpus.COLLECTIONS) the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

from corpus import COLLECTIONS, PDFS, SPLITS, build_snapshot  # noqa: E402

from vellum.evaluation import load_questions  # noqa: E402
from vellum.evaluation.scoring import result_for, score  # noqa: E402
from vellum.index import IndexLayout, publish_version  # noqa: E402
from vellum.serving.answer import ANSWER_CHUNKS  # noqa: E402
from vellum.serving.model import RagModel, ServingSettings  # noqa: E402
from vellum.serving.questions import Question  # noqa: E402
from vellum.storage import open_url  # noqa: E402

#: citation markers, left out of the answer length
_MARKER = re.compile(r"\s*\[\d+\]")

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
        terms=snapshot.terms, term_model=snapshot.manifest.term_model,
    )
    return layout.version_url(root, result.version)


async def run_mode(uri: str, settings: ServingSettings, questions, failures: bool = False) -> tuple[dict, float, list]:
    model = RagModel("bench", uri, settings)
    model.load()
    results, times = [], []
    for q in questions:
        started = time.perf_counter()
        prediction = await model.answer(Question(q.question, 5))
        elapsed = (time.perf_counter() - started) * 1000
        times.append(elapsed)
        results.append(result_for(q, prediction, elapsed))
        if failures and q.answer_contains and not results[-1].answer_ok and _splits().get(q.id, "dev") == "dev":
            _, hits, _ = await model.retrieve(Question(q.question, 5))
            _print_failure(q, prediction, hits)
    await model.embedder.close()
    await model.searcher_batch.close()
    return score(results).metrics(), statistics.median(times), results


def _print_failure(q, prediction: dict, hits) -> None:
    print(f"\n=== {q.id} {q.question}\n  expected {list(q.answer_contains)} on {q.document} p{q.page}")
    print(f"  answer: {prediction['answer']}")
    for n, hit in enumerate(hits[:ANSWER_CHUNKS + 1], start=1):
        c = hit.citation({})
        text = hit.chunk["text"]
        where = [e for e in q.answer_contains if " ".join(e.split()).casefold() in " ".join(text.split()).casefold()]
        print(f"  [{n}] {c['document'][:12]} p{c['page']} {'HAS ' + repr(where) if where else ''}\n    " + text.replace("\n", "\n    "))


def _splits() -> dict[str, str]:
    """Question id -> bench/quality split ("dev", "heldout", "unseen", "unseen2", ...)."""
    splits = {}
    for name in COLLECTIONS:
        path = ROOT / "bench" / "quality" / name
        rows = map(json.loads, filter(None, path.read_text().splitlines())) if path.exists() else ()
        splits.update({r["id"]: r.get("split", "") for r in rows})
    return splits


def _split_rates(questions, results) -> str:
    """Check rate per bench/quality split and the mean answer length."""
    splits = _splits()
    parts = []
    for split in SPLITS:
        ok = [r.answer_ok for q, r in zip(questions, results) if splits.get(q.id) == split and r.answer_ok is not None]
        if ok:
            parts.append(f"{split} {sum(ok)}/{len(ok)}")
    lengths = [len(_MARKER.sub("", r.answer)) for r in results]
    parts.append(f"mean answer {statistics.mean(lengths):.0f} chars")
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser()
    sets = parser.add_mutually_exclusive_group()
    sets.add_argument("--manuals", action="store_true", help="the quality bench's manuals and questions")
    unseen = {  # --unseen, --unseen2, ...: the quality bench's collections besides the tuned one
        name.removeprefix("questions_").removesuffix(".jsonl"): (name, pdfs)
        for name, pdfs in COLLECTIONS.items()
        if name != "questions.jsonl"
    }
    for flag, (name, _) in unseen.items():
        sets.add_argument(f"--{flag}", action="store_true", help=f"the quality bench's split of {name}")
    parser.add_argument("--index", help="answer from this published version URI instead of publishing anew")
    parser.add_argument("--failures", action="store_true", help="print the default mode's failed answers")
    args = parser.parse_args()
    if args.manuals:
        uri = args.index or publish("manuals")
        questions = load_questions(ROOT / "bench" / "quality" / "questions.jsonl")
    elif chosen := next((flag for flag in unseen if getattr(args, flag)), None):
        name, pdfs = unseen[chosen]
        uri = args.index or publish(chosen, pdfs)
        questions = load_questions(ROOT / "bench" / "quality" / name)
    else:
        uri = args.index or publish("samples", ROOT / "samples" / "pdfs")
        questions = load_questions(ROOT / "samples" / "eval" / "questions.jsonl")
    print(f"{len(questions)} questions, index {uri}")
    for name, settings in MODES.items():
        dump = args.failures and settings.sentence_similarity
        metrics, p50, results = asyncio.run(run_mode(uri, settings, questions, dump))
        line = ", ".join(f"{k} {v:.2f}" for k, v in metrics.items())
        print(f"{name}: {line}, {_split_rates(questions, results)}, p50 {p50:.1f} ms")


if __name__ == "__main__":
    main()
