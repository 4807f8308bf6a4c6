"""Retrieval quality on real manuals: hit@1 / hit@5 / MRR of the gold page, dev vs held-out vs unseen.

    sh bench/quality/corpus.sh                                   # once: the PDFs
    .venv/serving/bin/python bench/quality/check_questions.py    # gold pages hold the answers
    .venv/serving/bin/python bench/quality/run.py [--peer] [--chunk-sizes 128,254] [--misses]

A question hits at rank r when the r-th citation (top 5, chunk level, as the predictor returns
them) is on the gold page of the gold document: the same rule as ``vellum.evaluation``.
"all" is dev + held-out (one collection of five manuals); "unseen" is a second collection of two
manuals whose questions were written after the seventh round's method was fixed, "unseen 2" to
"unseen 10" nine more whose questions were written blind (from the thirteenth round on) before
Vellum ever read those manuals (corpus.sh says which producer made each). The columns follow
``corpus.UNSEEN_SPLITS``.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from corpus import COLLECTIONS, SPLITS, UNSEEN_SPLITS, Question, build_snapshot, questions, raw_pages
from vellum.chunking import ChunkingConfig
from vellum.embedding import default_encoder
from vellum.evaluation.scoring import citation_rank
from vellum.index.search import HybridSearcher, SearchConfig

#: the fusion as it was before the bench (plain RRF, k=60, equal weights, chunk level)
BASELINE = SearchConfig(rrf_k=60, dense_weight=1.0, sparse_weight=1.0, page_weight=0.0, per_page=0,
                        keep_rankers_first=False, dense_feedback=0, section_repeats_after=0, splade_weight=0.0)
#: the default of the sixth round: weighted RRF, each ranker's first hit kept
SIXTH = SearchConfig(dense_feedback=0, section_repeats_after=0, per_page=0, splade_weight=0.0)
#: the default of the tenth round, before the SPLADE ranker
TENTH = replace(SearchConfig(), splade_weight=0.0)
VARIANTS: dict[str, SearchConfig] = {
    "dense only": replace(BASELINE, sparse_weight=0.0),
    "BM25 only": replace(BASELINE, dense_weight=0.0),
    "hybrid RRF k=60, equal weights": BASELINE,
    "+ weighted RRF (k=20, BM25 x1.5)": replace(SIXTH, keep_rankers_first=False),
    "+ each ranker's first hit kept (sixth round's default)": SIXTH,
    "+ dense pseudo-relevance feedback (top 3, x0.25)": replace(SIXTH, dense_feedback=3),
    "+ no repeated section after 3 places": replace(SIXTH, section_repeats_after=3),
    "+ both": replace(TENTH, per_page=0, dense_feedback=3),
    "+ no repeated section after 3 places + one hit per page (the answer reads the fused order): the tenth round's default": TENTH,
    "+ SPLADE ranking the other rankers' candidates (x0.75) = Vellum default": SearchConfig(),
    "Vellum default + dense pseudo-relevance feedback (not default)": replace(SearchConfig(), dense_feedback=3),
    "Vellum default + page-level BM25 ranker (x0.5, not default)": replace(SearchConfig(), page_weight=0.5),
}


@dataclass
class Score:
    hit1: float
    hit5: float
    mrr: float
    n: int


def score(ranks: list[int | None]) -> Score:
    n = len(ranks)
    return Score(
        sum(r == 1 for r in ranks) / n,
        sum(r is not None and r <= 5 for r in ranks) / n,
        sum(1 / r for r in ranks if r) / n,
        n,
    )


def ranks_for(searcher: HybridSearcher, qs: list[Question], vectors: np.ndarray) -> list[int | None]:
    out = []
    for q, v in zip(qs, vectors):
        hits = searcher.search(q.question, v, top_k=5)
        out.append(citation_rank([h.citation(searcher.source_of) for h in hits], q.document, q.page))
    return out


def peer_ranks(qs: list[Question], pdfs: Path) -> list[int | None]:
    """llama-index defaults: one Document per PDF page (its PDF reader's shape), the default
    SentenceSplitter (1024 tokens, 200 overlap), VectorStoreIndex, dense top 5."""
    from llama_index.core import Document, VectorStoreIndex

    from vellum.embedding import VellumEmbedding

    docs = [
        Document(text=text, metadata={"file_name": path.name, "page_label": str(n)})
        for path in sorted(pdfs.glob("*.pdf"))
        for n, text in raw_pages(path)
        if text.strip()
    ]
    retriever = VectorStoreIndex.from_documents(docs, embed_model=VellumEmbedding()).as_retriever(similarity_top_k=5)
    out = []
    for q in qs:
        cites = [{"document": n.node.metadata["file_name"], "page": int(n.node.metadata["page_label"])} for n in retriever.retrieve(q.question)]
        out.append(citation_rank(cites, q.document, q.page))
    return out


@dataclass
class Collection:
    """One index of manuals and the questions asked of it."""

    qs: list[Question]
    pdfs: Path
    vectors: np.ndarray
    searchers: dict[ChunkingConfig, HybridSearcher] = field(default_factory=dict)

    def ranks(self, config: SearchConfig, chunking: ChunkingConfig = ChunkingConfig()) -> list[int | None]:
        """The gold page's rank per question; the index of each chunking is built once."""
        if chunking not in self.searchers:
            self.searchers[chunking] = HybridSearcher(build_snapshot(chunking, self.pdfs))
        searcher = self.searchers[chunking]
        searcher.config = config
        return ranks_for(searcher, self.qs, self.vectors)


#: the table's columns: the tuned collection's splits, both together, then each unseen split
COLUMNS = {"dev": ("dev",), "held-out": ("heldout",), "all (dev + held-out)": ("dev", "heldout")} | {
    split.replace("unseen", "unseen ").strip(): (split,) for split in UNSEEN_SPLITS
}


def row(name: str, qs: list[Question], ranks: list[int | None]) -> str:
    """hit@1 / hit@5 / MRR per column of ``COLUMNS``."""
    cells = []
    for splits in COLUMNS.values():
        picked = [r for q, r in zip(qs, ranks) if q.split in splits]
        s = score(picked)
        cells.append(f"{s.hit1:.2f} / {s.hit5:.2f} / {s.mrr:.2f}")
    return f"| {name} | " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peer", action="store_true", help="also score llama-index defaults")
    parser.add_argument("--chunk-sizes", default="", help="also score Vellum's default search at these chunk sizes")
    parser.add_argument("--no-headings", action="store_true",
                        help="also score Vellum's default search on chunks without section headings")
    parser.add_argument("--misses", action="store_true", help="list the questions the default misses at top 1")
    args = parser.parse_args()
    started = time.time()
    encoder = default_encoder()
    collections = []
    for name, pdfs in COLLECTIONS.items():
        qs = questions(name)
        collections.append(Collection(qs, pdfs, encoder.encode([q.question for q in qs])))
    everyone = [q for c in collections for q in c.qs]
    print(f"{len(everyone)} questions on {sum(len(list(c.pdfs.glob('*.pdf'))) for c in collections)} manuals "
          f"({', '.join(f'{sum(q.split == s for q in everyone)} {s}' for s in SPLITS)}); "
          f"built in {time.time() - started:.0f} s", file=sys.stderr)
    headers = [f"{column} hit@1 / hit@5 / MRR" if i == 0 else column for i, column in enumerate(COLUMNS)]
    print("| retrieval (200-token chunks unless noted) | " + " | ".join(headers) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name, config in VARIANTS.items():
        ranks = [r for c in collections for r in c.ranks(config)]
        print(row(name, everyone, ranks), flush=True)
        if args.misses and config == SearchConfig():
            for q, r in zip(everyone, ranks):
                if r != 1:
                    print(f"    miss {q.id} [{q.split}] rank={r} {q.document} p{q.page}: {q.question}", file=sys.stderr)
    chunkings = {
        f"Vellum default, {size}-token chunks": ChunkingConfig(chunk_tokens=int(size), overlap_tokens=min(24, int(size) // 8))
        for size in filter(None, args.chunk_sizes.split(","))
    }
    if args.no_headings:
        chunkings["Vellum default, chunks without section headings"] = ChunkingConfig(section_headings=False)
    for name, chunking in chunkings.items():
        print(row(name, everyone, [r for c in collections for r in c.ranks(SearchConfig(), chunking)]), flush=True)
    if args.peer:
        ranks = [r for c in collections for r in peer_ranks(c.qs, c.pdfs)]
        print(row("llama-index defaults (1024-token chunks, dense)", everyone, ranks), flush=True)

if __name__ == "__main__":
    main()
