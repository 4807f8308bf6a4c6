"""Hybrid search on hand-written chunks with the real encoder: each ranker, the fusion, filters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from .conftest import CHUNKS, snapshot_of
from vellum.index.search import HybridSearcher, SearchConfig


def names(searcher, hits) -> list[tuple[str, int]]:
    return [(searcher.source_of[h.chunk["doc_id"]], h.chunk["page"]) for h in hits]


@pytest.fixture(scope="module")
def searcher(snapshot):
    return HybridSearcher(snapshot)


def test_literal_only_question_is_found_by_bm25(searcher, encode):
    """A config key says little to a sentence embedding; the keyword ranker carries it."""
    query = "max_inflight_msgs"
    assert names(searcher, searcher.search(query, encode(query), top_k=1)) == [("queue.pdf", 4)]


def test_paraphrase_without_shared_words_is_found_by_dense(searcher, encode):
    query = "How heavy is it when drained?"
    assert names(searcher, searcher.search(query, encode(query), top_k=1)) == [("pump.pdf", 3)]


def test_agreement_of_both_rankers_wins(searcher, encode):
    query = "how long until a failing message goes to the dead-letter queue"
    hits = searcher.search(query, encode(query), top_k=3)
    assert names(searcher, hits)[0] == ("queue.pdf", 2)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_ranker_weights_decide_between_disagreeing_rankers(snapshot, encode):
    """BM25's first pick (pump p7, "grease") against dense's (the router page): the weights decide."""
    searcher = HybridSearcher(snapshot, SearchConfig(page_weight=0))
    vector = encode("How do I bring the router back to how it left the factory?")
    searcher.config = replace(searcher.config, sparse_weight=3.0)
    assert names(searcher, searcher.search("grease", vector, top_k=1)) == [("pump.pdf", 7)]
    searcher.config = replace(searcher.config, sparse_weight=0.0)
    assert names(searcher, searcher.search("grease", vector, top_k=1)) == [("router.pdf", 1)]


def test_each_rankers_first_hit_is_kept(encode):
    """The dense ranker's first pick, which BM25 does not find at all, keeps a place against
    chunks both rankers rank middling; without the rule the fusion drops it."""
    greasy = [("pump.pdf", page, f"Grease point {page}: apply lithium grease to the bearing.") for page in range(10, 16)]
    snapshot = snapshot_of(CHUNKS + greasy)
    vector = encode("How do I bring the router back to how it left the factory?")
    kept = HybridSearcher(snapshot)
    dropped = HybridSearcher(snapshot, SearchConfig(keep_rankers_first=False))
    assert ("router.pdf", 1) not in names(dropped, dropped.search("grease", vector, top_k=3))
    hits = kept.search("grease", vector, top_k=3)
    assert names(kept, hits)[-1] == ("router.pdf", 1)
    assert names(kept, hits)[:2] == names(dropped, dropped.search("grease", vector, top_k=2))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_page_ranker_lifts_a_page_whose_chunks_share_the_question(encode):
    """Neither chunk of pump p6 holds both words; the page as a whole does."""
    rows = CHUNKS + [("other.pdf", 1, "Impeller wear is measured with a gauge."), ("other.pdf", 2, "Motor current is logged.")]
    snapshot = snapshot_of(rows)
    query = "impeller motor current"
    vector = encode("unrelated words about bread")
    off = HybridSearcher(snapshot, SearchConfig(page_weight=0, dense_weight=0))
    on = HybridSearcher(snapshot, SearchConfig(page_weight=2.0, dense_weight=0))
    assert names(on, on.search(query, vector, top_k=1)) == [("pump.pdf", 6)]
    assert on.search(query, vector, top_k=1)[0].score > off.search(query, vector, top_k=1)[0].score


def test_one_hit_per_page(snapshot, encode):
    searcher = HybridSearcher(snapshot, SearchConfig(per_page=1))
    query = "impeller"
    found = names(searcher, searcher.search(query, encode(query), top_k=5))
    assert len(found) == len(set(found))


def test_reading_keeps_the_fused_order_that_one_hit_per_page_cites_from(encode):
    """With one hit per page the citations name different pages, and the answer still reads the
    fused order, the cited page's next chunk included; without the limit it reads the hits."""
    long_page = [("pump.pdf", 20, f"Impeller wear part {n}: replace the impeller after 4,000 hours of duty.") for n in range(3)]
    snapshot = snapshot_of(CHUNKS + long_page)
    query = "When do I replace the impeller?"
    per_page = HybridSearcher(snapshot, SearchConfig(per_page=1))
    hits, reading = per_page.search_with_reading(query, encode(query), top_k=5, reading=3)
    assert names(per_page, hits) == list(dict.fromkeys(names(per_page, hits)))  # one per page
    assert names(per_page, hits).count(("pump.pdf", 20)) == 1
    assert names(per_page, reading).count(("pump.pdf", 20)) >= 2  # the page's next chunk too
    assert reading[0].chunk == hits[0].chunk
    unlimited = HybridSearcher(snapshot, SearchConfig(per_page=0))
    hits, reading = unlimited.search_with_reading(query, encode(query), top_k=5, reading=3)
    assert [h.chunk for h in reading] == [h.chunk for h in hits[:3]]


def test_document_filter_by_file_name_or_id(searcher, encode):
    query = "reset to factory settings"
    only = searcher.search(query, encode(query), top_k=5, documents=["pump.pdf"])
    assert only and {name for name, _ in names(searcher, only)} == {"pump.pdf"}
    doc_id = only[0].chunk["doc_id"]
    assert searcher.search(query, encode(query), documents=[doc_id]) == only
    assert searcher.search(query, encode(query), documents=["nope.pdf"]) == []


def test_batched_dense_scores_give_the_same_hits(searcher, encode):
    """Serving scores concurrent queries in one matrix product; results must not change."""
    queries = ["max_inflight_msgs", "How heavy is it when drained?", "reset to factory settings"]
    vectors = [encode(q) for q in queries]
    batch = searcher.dense_scores(vectors)
    for query, vector, row in zip(queries, vectors, batch):
        batched, alone = searcher.search(query, vector, dense=row), searcher.search(query, vector)
        assert [h.chunk["chunk_id"] for h in batched] == [h.chunk["chunk_id"] for h in alone]
        assert [h.dense_score for h in batched] == pytest.approx([h.dense_score for h in alone], abs=1e-5)


@pytest.mark.parametrize("kind", ["distinct", "ties", "sparse", "masked"])
def test_top_is_a_full_sort_by_score_then_row(kind):
    """``_top`` (sampled shortcut or partition) must pick exactly what sorting every row by
    score, ties in row order, picks."""
    import numpy as np

    from vellum.index.search import _top

    def full_pass(scores, k):
        return np.lexsort((np.arange(len(scores)), -scores))[:k]

    rng = np.random.default_rng(5)
    for n in (60, 5000, 50_000):
        for _ in range(20):
            scores = {
                "distinct": lambda: rng.standard_normal(n).astype(np.float32),
                "ties": lambda: rng.integers(0, 40, n).astype(np.float32),
                "sparse": lambda: np.where(rng.random(n) < 0.002, 1 / (20 + rng.integers(1, 60, n)), 0.0),
                "masked": lambda: np.where(rng.random(n) < 0.5, rng.standard_normal(n), -np.inf),
            }[kind]()
            for k in (1, 5, 50):
                assert np.array_equal(_top(scores, k), full_pass(scores, k))


def _hand_made(rows: list[tuple[str, int, str, list[float]]], chunking: dict):
    """A snapshot whose chunk vectors are given (3 dims), so the dense side is exact."""
    import numpy as np

    from vellum.index import DocumentEntry, IndexSnapshot, Manifest

    chunks = [
        {"chunk_id": f"chk-{i:020d}", "doc_id": "doc-0", "page": page, "ordinal": i, "text": text}
        for i, (_, page, text, _) in enumerate(rows)
    ]
    documents = (DocumentEntry("doc-0", "0" * 64, ("drops/pump.pdf",), "pump.pdf", 10, len(rows)),)
    manifest = Manifest("test", "v-test", None, "", "hand-made", 3, chunking, documents, len(chunks))
    embeddings = np.array([vector for *_, vector in rows], dtype=np.float32)
    return IndexSnapshot(manifest=manifest, chunks=chunks, embeddings=embeddings, uri="memory://test")


#: three chunks both rankers find (dense 0.6, "impeller" for BM25), then two only the dense
#: ranker finds: page 8 closer to the question (0.59) but off the topic the first three share,
#: page 9 a little farther (0.55) but on it
FEEDBACK_ROWS = [
    ("pump.pdf", 1, "Impeller removal.", [0.6, 0.8, 0.0]),
    ("pump.pdf", 2, "Impeller inspection.", [0.6, 0.8, 0.0]),
    ("pump.pdf", 3, "Impeller fitting.", [0.6, 0.8, 0.0]),
    ("pump.pdf", 8, "Bread recipes.", [0.59, 0.0, 0.81]),
    ("pump.pdf", 9, "Seal wear on the shaft.", [0.55, 0.835, 0.0]),
]


def test_dense_feedback_moves_the_query_towards_the_top_chunks():
    """Rocchio: with the query moved towards the first fusion's top chunks, the chunk on their
    topic outranks the one that is only a little closer to the bare query."""
    import numpy as np

    snapshot = _hand_made(FEEDBACK_ROWS, {})
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    off = HybridSearcher(snapshot, SearchConfig(dense_feedback=0))
    on = HybridSearcher(snapshot, SearchConfig(dense_feedback=3, dense_feedback_weight=0.25))
    assert [h.chunk["page"] for h in off.search("impeller", query, top_k=4)] == [1, 2, 3, 8]
    assert [h.chunk["page"] for h in on.search("impeller", query, top_k=4)] == [1, 2, 3, 9]
    # the hit keeps the bare query's cosine as its similarity
    assert on.search("impeller", query, top_k=4)[-1].dense_score == pytest.approx(0.55)


def test_dense_feedback_of_weight_zero_changes_nothing(snapshot, encode):
    plain = HybridSearcher(snapshot, SearchConfig(dense_feedback=0))
    zero = HybridSearcher(snapshot, SearchConfig(dense_feedback=3, dense_feedback_weight=0.0))
    for query in ("impeller", "How heavy is it when drained?", "reset to factory settings", "grease"):
        vector = encode(query)
        assert [h.chunk["chunk_id"] for h in zero.search(query, vector, top_k=5)] == [
            h.chunk["chunk_id"] for h in plain.search(query, vector, top_k=5)
        ]


def test_dense_feedback_respects_the_document_filter(snapshot, encode):
    searcher = HybridSearcher(snapshot, SearchConfig(dense_feedback=3))
    query = "impeller wear"
    hits = searcher.search(query, encode(query), top_k=5, documents=["queue.pdf"])
    assert hits and {name for name, _ in names(searcher, hits)} == {"queue.pdf"}


SECTION_ROWS = [
    ("pump.pdf", 4, "4.1 Impeller\nImpeller removal: impeller bolts.", [1.0, 0.0, 0.0]),
    ("pump.pdf", 4, "4.1 Impeller\nImpeller inspection: impeller vanes.", [0.99, 0.14, 0.0]),
    ("pump.pdf", 5, "4.1 Impeller\nImpeller fitting: impeller torque.", [0.98, 0.2, 0.0]),
    ("pump.pdf", 5, "4.1 Impeller\nImpeller storage: impeller crate.", [0.97, 0.24, 0.0]),
    ("pump.pdf", 9, "7.2 Spare parts\nOrder an impeller kit.", [0.9, 0.0, 0.44]),
]


def test_no_section_is_cited_again_after_the_first_places():
    """Past ``section_repeats_after`` places a fourth chunk of one section gives way to the
    best chunk of another section; the first places keep the fused order."""
    import numpy as np

    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    headed = _hand_made(SECTION_ROWS, {"section_headings": True})
    free = HybridSearcher(headed, SearchConfig(dense_feedback=0, section_repeats_after=0, per_page=0))
    limited = HybridSearcher(headed, SearchConfig(dense_feedback=0, section_repeats_after=2, per_page=0))
    assert [h.chunk["ordinal"] for h in free.search("impeller", query, top_k=3)] == [0, 1, 2]
    assert [h.chunk["ordinal"] for h in limited.search("impeller", query, top_k=3)] == [0, 1, 4]
    # chunks without section headings have no sections to tell apart: the rule does nothing
    unheaded = HybridSearcher(_hand_made(SECTION_ROWS, {"section_headings": False}), limited.config)
    assert [h.chunk["ordinal"] for h in unheaded.search("impeller", query, top_k=3)] == [0, 1, 2]


def with_terms(snapshot):
    from vellum.embedding.splade import MODEL_ID, default_splade
    from vellum.index.terms import TermWeights

    terms = TermWeights.from_rows(default_splade().encode_documents([c["text"] for c in snapshot.chunks]))
    return replace(snapshot, terms=terms, manifest=replace(snapshot.manifest, term_model=MODEL_ID))


ATLAS = ("atlas.pdf", 9, "The capital of France is Paris.")


def test_the_splade_ranker_reorders_the_candidates_by_the_words_their_texts_imply(encode):
    """No word of the question is in the answer's text ("french" for France, "city" for
    Paris): BM25 finds nothing, the dense ranker puts every chunk forward, and with its weight
    near zero SPLADE's expansion decides the order."""
    snapshot = with_terms(snapshot_of(CHUNKS + [ATLAS]))
    query = "which french city"
    vector = encode(query)
    config = SearchConfig(dense_weight=1e-9, sparse_weight=0.0, splade_weight=1.0, per_page=0, keep_rankers_first=False)
    searcher = HybridSearcher(snapshot, config)
    assert searcher.bm25.scores(query).max() <= 0
    assert names(searcher, searcher.search(query, vector, top_k=1)) == [("atlas.pdf", 9)]
    # a batch's reading (the predictor's score stage) gives the same hits
    read = searcher.read_questions([query, "pump"])
    assert names(searcher, searcher.search(query, vector, top_k=1, splade=read[0])) == [("atlas.pdf", 9)]
    # it ranks only candidates: a chunk no other ranker put forward is not found by it
    searcher.config = replace(searcher.config, dense_weight=0.0)
    assert searcher.search(query, vector, top_k=1) == []
    searcher.config = replace(searcher.config, dense_weight=1e-9, splade_weight=0.0)
    assert searcher.read_questions([query]) is None


def test_the_splade_ranker_respects_the_document_filter(encode):
    snapshot = with_terms(snapshot_of(CHUNKS + [ATLAS]))
    searcher = HybridSearcher(snapshot, SearchConfig(dense_weight=1e-9, sparse_weight=0.0, splade_weight=1.0))
    hits = searcher.search("which french city", encode("which french city"), top_k=3, documents=["pump.pdf"])
    assert hits and {name for name, _ in names(searcher, hits)} <= {"pump.pdf"}


def test_without_the_model_a_version_with_term_weights_is_searched_without_them(encode, monkeypatch, caplog):
    import vellum.embedding.splade as splade

    snapshot = with_terms(snapshot_of(CHUNKS))
    monkeypatch.setenv("VELLUM_SPLADE_MODEL_PATH", "/nonexistent")
    monkeypatch.setattr(splade, "default_splade", lambda: splade.SpladeEncoder())
    searcher = HybridSearcher(snapshot)
    query = "max_inflight_msgs"
    assert names(searcher, searcher.search(query, encode(query), top_k=1)) == [("queue.pdf", 4)]
    assert "searched without its term weights" in caplog.text


def test_term_weights_of_another_model_are_not_mixed_with_this_ones(encode, caplog):
    snapshot = with_terms(snapshot_of(CHUNKS + [ATLAS]))
    snapshot = replace(snapshot, manifest=replace(snapshot.manifest, term_model="splade-other@1"))
    searcher = HybridSearcher(snapshot)
    assert searcher.read_questions(["which french city"]) is None
    assert "has splade-other@1 term weights" in caplog.text


def test_a_passage_printed_twice_is_cited_once():
    """htmldoc printed some of xfig's pages twice, under other chapters: the copy of a passage
    (its text past the section heading) is not cited again, so the next evidence gets its
    place; a short body that repeats by chance ("Example:") keeps its place."""
    import numpy as np

    wheel = "Wheel mouse: rotating the wheel on the canvas zooms, with Shift it pans. " * 4
    rows = [
        ("xfig.pdf", 72, f"Global Settings\n{wheel}", [1.0, 0.0, 0.0]),
        ("xfig.pdf", 95, f"Miscellaneous\n{wheel}", [1.0, 0.0, 0.0]),
        ("xfig.pdf", 136, "New Features\nShift + Wheel Up pans left.", [0.9, 0.44, 0.0]),
        ("xfig.pdf", 10, "Zoom\nExample:", [0.8, 0.6, 0.0]),
        ("xfig.pdf", 11, "Pan\nExample:", [0.7, 0.71, 0.0]),
    ]
    config = SearchConfig(dense_feedback=0, per_page=0, sparse_weight=0.0, keep_rankers_first=False)
    searcher = HybridSearcher(_hand_made(rows, {"section_headings": True}), config)
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    assert [h.chunk["page"] for h in searcher.search("wheel", query, top_k=4)] == [72, 136, 10, 11]
    searcher.config = replace(config, section_repeats_after=0)  # no rule that reads past the top k
    assert [h.chunk["page"] for h in searcher.search("wheel", query, top_k=4)] == [72, 136, 10, 11]
