"""Retrieval quality before/after Vellum's model-work cut (TOC, index and blank pages are not
embedded): questions with gold pages, hit@1 / hit@5 with ``HybridSearcher``.

Questions are generated, deterministically, from sentences on body pages and paraphrased by
rules (stop words dropped, every third remaining word dropped, order kept), so they are not
verbatim look-ups; the gold answer is the page the sentence came from. The "before" index is
the same version plus the chunks of the pages the cut skips, embedded (and their terms weighed)
with the same models: if those pages carried answers, "before" would win.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

STOP = set("a an the of to in on for and or is are be by with as at from that this it its can "
           "which when if not into will may than then there these those was were has have".split())
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _paraphrase(sentence: str) -> str:
    words = [w.strip(",;:()") for w in sentence.split()]
    content = [w for w in words if w and w.lower() not in STOP]
    return " ".join(w for i, w in enumerate(content) if i % 3 != 2).lower()


def _usable(sentence: str) -> bool:
    words = sentence.split()
    letters = sum(c.isalpha() for c in sentence)
    return 12 <= len(words) <= 35 and letters > 0.75 * len(sentence.replace(" ", ""))


def make_questions(parsed: dict, count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    candidates = []
    for doc in parsed["parsed"]:
        for page in doc["pages"]:
            if page["kind"] != "body":
                continue
            for sentence in SENTENCE.split(page["text"].replace("\n", " ")):
                if _usable(sentence):
                    candidates.append({"doc_id": doc["doc_id"], "page": page["number"], "sentence": sentence})
    picked = rng.sample(candidates, min(count, len(candidates)))
    return [{**c, "question": _paraphrase(c["sentence"])} for c in picked]


def _skipped_chunks(parsed: dict, chunking: dict) -> list[dict]:
    from vellum.chunking import ChunkingConfig, chunk_pages
    from vellum.pipelines.stages import SKIPPED_PAGE_KINDS

    config = ChunkingConfig(**chunking)
    chunks = []
    for doc in parsed["parsed"]:
        pages = [(p["number"], p["text"]) for p in doc["pages"] if p["kind"] in SKIPPED_PAGE_KINDS]
        chunks.extend(c.to_dict() for c in chunk_pages(doc["doc_id"], pages, config))
    return chunks


def _hits(snapshot, questions: list[dict], vectors: np.ndarray) -> dict:
    from vellum.index import HybridSearcher

    searcher = HybridSearcher(snapshot)
    hit1 = hit5 = 0
    for question, vector in zip(questions, vectors):
        hits = searcher.search(question["question"], vector, top_k=5)
        pages = [(h.chunk["doc_id"], h.chunk["page"]) for h in hits]
        gold = (question["doc_id"], question["page"])
        hit1 += bool(pages) and pages[0] == gold
        hit5 += gold in pages
    n = len(questions)
    return {"hit@1": round(hit1 / n, 3), "hit@5": round(hit5 / n, 3), "chunks": len(snapshot.chunks)}


def evaluate(args: dict) -> dict:
    from vellum.embedding import default_encoder
    from vellum.index import IndexSnapshot

    parsed = json.loads(Path(args["parsed"]).read_text())
    after = IndexSnapshot.load(f"file://{args['version_dir']}")
    extra = _skipped_chunks(parsed, after.manifest.chunking)
    encoder = default_encoder()
    started = time.perf_counter()
    extra_vectors = encoder.encode([c["text"] for c in extra])
    extra_seconds = time.perf_counter() - started
    terms = None
    if after.terms is not None:  # the skipped pages' chunks weighed too, as ingesting them would
        from vellum.embedding.splade import default_splade
        from vellum.index.terms import TermWeights

        extra_terms = default_splade().encode_documents([c["text"] for c in extra])
        terms = TermWeights.from_rows(after.terms.rows(range(len(after.terms))) + extra_terms)
    before = replace(
        after, chunks=after.chunks + extra, embeddings=np.concatenate([after.embeddings, extra_vectors]), terms=terms
    )
    questions = make_questions(parsed, args.get("questions", 200))
    vectors = encoder.encode([q["question"] for q in questions])
    Path(args["questions_out"]).write_text("".join(json.dumps(q) + "\n" for q in questions))
    return {
        "questions": len(questions),
        "before_all_pages": _hits(before, questions, vectors),
        "after_cut": _hits(after, questions, vectors),
        "skipped_chunks": len(extra),
        "skipped_embed_seconds": round(extra_seconds, 2),
    }
