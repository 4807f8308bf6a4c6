"""Fast in-process tests: answer extraction, request parsing, the micro-batcher."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest
from kserve.errors import InvalidInput
from kserve.protocol.infer_type import InferInput, InferRequest

from vellum.index import SearchHit
from vellum.serving.answer import (
    NO_ANSWER,
    SIMILARITY_CANDIDATES,
    candidates,
    extractive_answer,
    similarity_shortlist,
    split_sentences,
)
from vellum.serving.batcher import MicroBatcher
from vellum.serving.model import cited_reading
from vellum.serving.questions import Limits, parse_v1, parse_v2


def hit(text: str, similarity: float = 0.6, page: int = 1) -> SearchHit:
    return SearchHit({"chunk_id": f"c{page}", "doc_id": "d", "page": page, "ordinal": 0, "text": text}, 0.03, similarity)


def test_sentences_keep_numbers_and_drop_headings():
    text = "3.1 The VX-4 drive controller\nThe skid weighs 412 kg. Replace it every\n4,000 operating hours at 0.2 mm per metre."
    assert split_sentences(text) == [
        "3.1 The VX-4 drive controller",
        "The skid weighs 412 kg.",
        "Replace it every",
        "4,000 operating hours at 0.2 mm per metre.",
    ]
    wrapped = "Replace the impeller every 4,000\noperating hours. Check the seal."
    assert split_sentences(wrapped)[0] == "Replace the impeller every 4,000 operating hours."
    assert "3.1 The VX-4 drive controller" not in [c.text for c in candidates([hit(text)])]


def test_extractive_answer_prefers_the_covering_sentence_and_cites_it():
    hits = [
        hit("The pump is blue. Replace the impeller every 4,000 operating hours. The manual has nine pages.", page=6),
        hit("Impellers are made of bronze.", 0.4, page=2),
    ]
    answer = extractive_answer("How often is the impeller replaced?", hits, candidates(hits), lambda t: 1.0)
    assert answer.found and answer.text.startswith("Replace the impeller every 4,000 operating hours. [1]")
    assert answer.cited[0] == 0


def test_extractive_answer_cites_the_hit_of_the_page_it_read():
    """An answer read from chunks that are not themselves hits (one hit per page) cites each
    sentence by the citation number of its page's hit."""
    reading = [
        hit("The pump is blue. Replace the impeller every 4,000 operating hours.", page=6),
        hit("Impellers are made of bronze.", 0.4, page=2),
    ]
    answer = extractive_answer("How often is the impeller replaced?", reading, candidates(reading), lambda t: 1.0, cite=[2, 4])
    assert answer.text.startswith("Replace the impeller every 4,000 operating hours. [2]")
    assert answer.cited[0] == 1


def test_reading_chunks_are_cited_by_their_pages_hit():
    """The answer quotes a chunk that is not a hit by its page's citation number, and leaves
    out a chunk whose page no hit cites."""
    hits = [hit("first", page=6), hit("second", page=2), hit("third", page=9)]
    reading = [hits[0], hit("next chunk of page 6", page=6), hit("a page nobody cites", page=4), hits[1]]
    kept, numbers = cited_reading(hits, reading)
    assert [r.chunk["text"] for r in kept] == ["first", "next chunk of page 6", "second"]
    assert numbers == [1, 1, 2]


def test_extractive_answer_says_when_nothing_is_relevant():
    hits = [hit("Sourdough starters need feeding twice a day.", 0.05)]
    answer = extractive_answer("Who won the 1954 world cup?", hits, candidates(hits), lambda t: 1.0)
    assert (answer.text, answer.found) == (NO_ANSWER, False)
    assert extractive_answer("anything?", [], [], lambda t: 1.0).found is False


def test_similarity_breaks_paraphrase_ties():
    hits = [hit("The standard motor is rated 22 kW at four hundred volts. The complete skid weighs 412 kg.")]
    pool = candidates(hits)
    answer = extractive_answer("How heavy is the unit with motor?", hits, pool, lambda t: 1.0, [0.2, 0.7], max_sentences=1)
    assert answer.text == "The complete skid weighs 412 kg. [1]"


def test_sentences_keep_initials_and_abbreviations():
    text = "The mode was written by Peter S. Galbraith. See Fig. 3 on p. 12, e.g. Table 4. Done."
    assert split_sentences(text) == [
        "The mode was written by Peter S. Galbraith.",
        "See Fig. 3 on p. 12, e.g. Table 4.",
        "Done.",
    ]


def test_the_best_sentences_neighbour_joins_on_a_lower_score():
    """Half the best score is enough for the sentence next to it, not for one further away."""
    hits = [hit("Use --single-output for all copies in a single PDF file. The default is one file per student. "
                "Other files go to the default folder.")]
    pool = candidates(hits)
    similarity = [0.9, 0.5, 0.5]  # the same score for the neighbour and the far sentence
    answer = extractive_answer("How do I get a single PDF file?", hits, pool, lambda t: 0.0, similarity)
    assert "The default is one file per student." in answer.text
    assert "Other files" not in answer.text


def test_similarity_is_spent_only_where_words_do_not_settle_the_answer():
    hits = [hit("Replace the impeller every 4,000 operating hours. The skid is painted blue.")]
    pool = candidates(hits)
    # "impeller" and "replace" are covered: no encoder pass
    assert similarity_shortlist("When is the impeller replaced?", pool, lambda t: 1.0, lambda t: True) == []
    # a paraphrase with no shared word: the sentences go to the encoder, document order kept
    assert similarity_shortlist("How heavy is it?", pool, lambda t: 1.0, lambda t: True) == pool
    # "often" is in no chunk at all: it cannot be covered, so it does not make words look weak
    question = "How often is the impeller replaced by the crew on night duty?"
    assert similarity_shortlist(question, pool, lambda t: 1.0, lambda t: True) == pool
    assert similarity_shortlist(question, pool, lambda t: 1.0, lambda t: t in {"impel", "replac"}) == []


def test_similarity_shortlist_keeps_the_best_covered_sentences():
    text = " ".join(f"Sentence number {i} talks about nothing much at all." for i in range(12))
    text += " The gasket kit is ordered separately from the dealer."
    pool = candidates([hit(text)])
    shortlist = similarity_shortlist("Where can a replacement gasket set be bought?", pool, lambda t: 1.0, lambda t: True)
    assert len(shortlist) == SIMILARITY_CANDIDATES
    assert pool[-1] in shortlist


def test_v1_and_v2_parsing_limits():
    limits = Limits(max_question_chars=10, max_questions=2)
    assert parse_v1({"instances": ["  short  "]}, limits)[0].text == "short"
    with pytest.raises(InvalidInput, match="limit is 10"):
        parse_v1({"question": "x" * 11}, limits)
    with pytest.raises(InvalidInput, match="limit is 2"):
        parse_v1({"instances": ["a", "b", "c"]}, limits)
    request = InferRequest(
        "vellum-rag",
        [
            InferInput("question", [2], "BYTES", [b"one?", "two?"]),
            InferInput("top_k", [2], "INT32", [1, 3]),
            InferInput("documents", [1], "BYTES", ["a.pdf"]),
        ],
    )
    first, second = parse_v2(request, limits)
    assert (first.text, first.top_k, second.top_k, second.documents) == ("one?", 1, 3, ("a.pdf",))
    with pytest.raises(InvalidInput, match="one per question"):
        parse_v2(InferRequest("m", [InferInput("question", [1], "BYTES", ["q"]), InferInput("top_k", [2], "INT32", [1, 2])]), limits)


def test_batcher_batches_concurrent_queries_and_keeps_order():
    calls: list[list[str]] = []
    gate = threading.Event()

    def encode(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        gate.wait(5)  # the first batch blocks until everything else is queued
        return np.array([[float(len(t))] for t in texts], dtype=np.float32)

    async def run():
        batcher = MicroBatcher(encode, max_batch=8)
        first = asyncio.ensure_future(batcher.submit("a"))
        await asyncio.sleep(0.05)
        rest = [asyncio.ensure_future(batcher.submit("x" * n)) for n in range(2, 12)]
        await asyncio.sleep(0.05)
        gate.set()
        results = await asyncio.gather(first, *rest)
        await batcher.close()
        return results

    results = asyncio.run(run())
    assert [float(r[0]) for r in results] == [1.0] + [float(n) for n in range(2, 12)]
    assert [len(c) for c in calls] == [1, 8, 2]  # queued queries went in batches of up to 8


def test_batcher_hands_encoder_errors_to_every_waiter():
    def broken(texts):
        raise RuntimeError("encoder exploded")

    async def run():
        batcher = MicroBatcher(broken)
        results = await asyncio.gather(batcher.submit("a"), batcher.submit("b"), return_exceptions=True)
        await batcher.close()
        return results

    assert all(isinstance(r, RuntimeError) for r in asyncio.run(run()))


def test_batcher_fails_only_the_caller_whose_result_is_an_error():
    def process(items):
        return [ValueError(item) if item == "bad" else item.upper() for item in items]

    async def run():
        batcher = MicroBatcher(process)
        results = await asyncio.gather(batcher.submit("a"), batcher.submit("bad"), batcher.submit("b"), return_exceptions=True)
        await batcher.close()
        return results

    first, bad, last = asyncio.run(run())
    assert (first, last) == ("A", "B")
    assert isinstance(bad, ValueError)


def test_blas_threads_are_capped_in_numpys_own_openblas():
    import ctypes
    from pathlib import Path

    from vellum.serving.blas import limit_blas_threads

    (lib,) = (Path(np.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas64_*.so")
    threads = ctypes.CDLL(str(lib)).scipy_openblas_get_num_threads64_
    before = threads()
    try:
        assert limit_blas_threads(1)
        assert threads() == 1
        matrix = np.arange(12, dtype=np.float32).reshape(3, 4)
        assert (matrix @ matrix.T)[0, 0] == 14.0  # still numpy's working BLAS
    finally:
        limit_blas_threads(before)


def test_packed_scorer_scores_like_the_numpy_product():
    from vellum.serving.scoring import PackedScorer

    rng = np.random.default_rng(3)
    for matrix in (  # as snapshots hold it (column-major, shared), and row-major (copied)
        np.asfortranarray(rng.standard_normal((5000, 384), dtype=np.float32)),
        rng.standard_normal((3000, 384), dtype=np.float32),
    ):
        for threads in (1, 2):
            scorer = PackedScorer(matrix, threads=threads)
            for batch in (1, 5, 16):
                queries = rng.standard_normal((batch, 384), dtype=np.float32)
                got, want = scorer(queries), queries @ matrix.T
                assert got.shape == want.shape == (batch, len(matrix))
                np.testing.assert_allclose(got, want, rtol=0, atol=1e-4)


def test_dense_scorer_is_none_for_an_empty_index():
    from vellum.serving.scoring import dense_scorer

    assert dense_scorer(np.zeros((0, 384), dtype=np.float32)) is None
