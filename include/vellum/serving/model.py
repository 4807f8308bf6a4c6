"""The RAG predictor: one committed index version served as a ``kserve.Model``.

``load()`` is the slow, blocking part (read and verify the snapshot, build BM25, warm the
encoders) and sets ``ready`` only at its very end, so KServe answers 503 until the model can
really answer. Everything per request is async: questions waiting together are embedded as one
batch in one worker thread, then scored and searched as one batch in another, so KServe's event
loop never blocks on numpy or ONNX (DESIGN.md: a sync ``predict`` blocks KServe's event loop).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import kserve
import numpy as np
from kserve.errors import InvalidInput
from kserve.protocol.infer_type import InferOutput, InferRequest, InferResponse

from vellum.embedding import MiniLMEncoder
from vellum.embedding.minilm import MODEL_ID
from vellum.index import HybridSearcher, IndexSnapshot, ManifestMissing, SearchHit
from vellum.index.search import SearchConfig
from vellum.serving import logs, metrics
from vellum.serving.answer import ANSWER_CHUNKS, Answer, candidates, extractive_answer, similarity_shortlist
from vellum.serving.batcher import MicroBatcher
from vellum.serving.llm_backend import ChatBackend, LLMSettings
from vellum.serving.prompt import build_messages
from vellum.serving.questions import Limits, Question, parse_v1, parse_v2
from vellum.serving.scoring import dense_scorer

#: ~1.5 KB per sentence vector: 20k sentences cost ~30 MB
SENTENCE_CACHE_SIZE = 20_000
#: questions scored in one matrix product: 64 x 50k chunks of float32 scores is 13 MB
SEARCH_BATCH_SIZE = 64


class EmbeddingModelMismatch(RuntimeError):
    """The index was embedded by another model than the one this predictor embeds questions with."""


@dataclass(frozen=True)
class ServingSettings:
    limits: Limits = field(default_factory=Limits)
    embed_batch_size: int = 32
    embed_batch_wait: float = 0.0  # seconds; see batcher.py for why 0 is the default
    #: ONNX intra-op threads of the query encoder (0: ONNX's default, one per core). Two, which
    #: never spin: a batch is embedded on both cores while HTTP, scoring and search leave one
    #: idle, and parked threads do not take it from them when they need it (bench/serve/RESULTS.md)
    embed_threads: int = 2
    #: ONNX intra-op threads of the dense product over the index, parked when idle: a lone
    #: question's product runs on both cores (vellum.serving.scoring)
    score_threads: int = 2
    #: keep polling a storage URI without a committed manifest for this long (seconds), so a
    #: predictor may start before the ingestion that publishes its index has finished
    load_timeout: float = 0.0
    #: score answer sentences by embedding similarity too when their words do not settle the
    #: answer (better on paraphrased questions; costs an encoder pass over <= 8 sentences)
    sentence_similarity: bool = True
    #: how the rankers are fused (``vellum.index.search``)
    search: SearchConfig = field(default_factory=SearchConfig)
    llm: LLMSettings | None = None


def storage_url(uri: str) -> str:
    """``file://`` and ``s3://`` pass through; a plain path (KServe's ``/mnt/models``) is local."""
    if "://" in uri:
        return uri
    return "file://" + os.path.abspath(uri)


class RagModel(kserve.Model):
    def __init__(
        self,
        name: str,
        storage_uri: str,
        settings: ServingSettings | None = None,
        *,
        encoder: MiniLMEncoder | None = None,
    ) -> None:
        super().__init__(name)
        self.storage_uri = storage_url(storage_uri)
        self.settings = settings or ServingSettings()
        self._encoder = encoder
        self.snapshot: IndexSnapshot | None = None
        self.searcher: HybridSearcher | None = None
        self.encoder: MiniLMEncoder | None = None
        self.embedder: MicroBatcher | None = None
        self.searcher_batch: MicroBatcher | None = None
        self.llm: ChatBackend | None = None
        self._sentence_cache: OrderedDict[str, np.ndarray] = OrderedDict()

    # ----------------------------------------------------------------------------- loading
    def load(self) -> bool:
        started = time.monotonic()
        snapshot = self._load_snapshot()
        searcher = HybridSearcher(
            snapshot, self.settings.search, scorer=dense_scorer(snapshot.embeddings, threads=self.settings.score_threads)
        )
        encoder = self._encoder or MiniLMEncoder(threads=self.settings.embed_threads, spin=False)
        encoder.encode(["warm up the encoder before the first real query"])
        searcher.read_questions(["warm up the term encoder too"])  # loads SPLADE if the index has term weights
        self.snapshot, self.searcher, self.encoder = snapshot, searcher, encoder
        # Two stages, each batching whatever waits for it, each in its own worker thread: the
        # encoder embeds batch n+1 while the score stage scores and searches batch n.
        self.embedder = MicroBatcher(
            self._embed_batch,
            max_batch=self.settings.embed_batch_size,
            max_wait=self.settings.embed_batch_wait,
        )
        self.searcher_batch = MicroBatcher(self._search_batch, max_batch=SEARCH_BATCH_SIZE, stage="score")
        if self.settings.llm is not None:
            self.llm = ChatBackend(self.settings.llm)
        metrics.set_index_version(snapshot.version, snapshot.manifest.collection)
        logs.event(
            "model_loaded",
            model=self.name,
            uri=self.storage_uri,
            index_version=snapshot.version,
            collection=snapshot.manifest.collection,
            chunks=len(snapshot.chunks),
            documents=len(snapshot.manifest.documents),
            mode=self.mode,
            seconds=round(time.monotonic() - started, 3),
        )
        self.ready = True
        return self.ready

    def _load_snapshot(self) -> IndexSnapshot:
        deadline = time.monotonic() + self.settings.load_timeout
        while True:
            try:
                snapshot = IndexSnapshot.load(self.storage_uri)
                if snapshot.manifest.embedding_model != MODEL_ID:
                    # its vectors and this predictor's question vectors would not be comparable:
                    # every answer would be wrong while looking right, so the model never gets ready
                    raise EmbeddingModelMismatch(
                        f"index version {snapshot.version} was embedded with {snapshot.manifest.embedding_model}, "
                        f"this predictor embeds questions with {MODEL_ID}: re-ingest the collection "
                        "(the ingest re-embeds it) or serve it with the predictor image that built it"
                    )
                return snapshot
            except ManifestMissing:
                if time.monotonic() >= deadline:
                    raise
                logs.event("index_not_committed_yet", uri=self.storage_uri)
                time.sleep(1.0)

    @property
    def mode(self) -> str:
        return "generative" if self.settings.llm is not None else "extractive"

    # ------------------------------------------------------------------------ retrieval
    async def retrieve(self, question: Question) -> tuple[np.ndarray, list[SearchHit], list[SearchHit]]:
        """The question's vector, the hits to cite and the chunks its extractive answer reads
        (``HybridSearcher.search_with_reading``)."""
        served = self.snapshot.manifest.collection
        if question.collection is not None and question.collection != served:
            # Answering from another collection's index would be silently wrong: refuse (400).
            raise InvalidInput(f'this predictor serves collection "{served}", not "{question.collection}"')
        vector = await self.embedder.submit(question.text)
        hits, reading = await self.searcher_batch.submit((question, vector))
        return vector, hits, reading

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        """One encoder pass over every text waiting: questions, and answer sentences that need a vector."""
        with metrics.RETRIEVAL_SECONDS.labels(stage="embed").time():
            return self.encoder.encode(texts)

    def _search_batch(self, items: list[tuple[Question, np.ndarray]]) -> list:
        """One matrix product scoring every waiting question against the index, one SPLADE pass
        weighing their terms, then each one's search (its hits and the chunks its answer reads);
        an exception for a question whose search failed. Runs in its own worker thread, so it overlaps the encoder's next batch
        (bench/serve/RESULTS.md)."""
        with metrics.RETRIEVAL_SECONDS.labels(stage="score").time():
            dense = self.searcher.dense_scores(np.stack([vector for _, vector in items]))
        with metrics.RETRIEVAL_SECONDS.labels(stage="terms").time():
            splade = self.searcher.read_questions([question.text for question, _ in items])
        results: list = []
        for i, ((question, vector), scores) in enumerate(zip(items, dense)):
            try:
                with metrics.RETRIEVAL_SECONDS.labels(stage="search").time():
                    results.append(
                        self.searcher.search_with_reading(
                            question.text,
                            vector,
                            top_k=question.top_k,
                            reading=ANSWER_CHUNKS,
                            documents=list(question.documents) if question.documents else None,
                            dense=scores,
                            splade=None if splade is None else splade[i],
                        )
                    )
            except Exception as exc:  # only this question fails
                results.append(exc)
        return results

    async def extract(
        self, question: Question, vector: np.ndarray, hits: list[SearchHit], reading: list[SearchHit]
    ) -> Answer:
        """The extractive answer from the ``reading`` chunks, each cited by its page's hit; with
        an LLM configured only its ``found`` verdict is used, so the sentence embeddings are skipped."""
        reading, cite = cited_reading(hits, reading)
        pool = candidates(reading)
        similarity = None
        if pool and self.settings.sentence_similarity and self.llm is None:
            shortlist = similarity_shortlist(question.text, pool, self.idf, self.indexed)
            metrics.ANSWER_SIMILARITY.labels(used=str(bool(shortlist)).lower()).inc()
            if shortlist:
                pool = shortlist
                sentence_vectors = await asyncio.gather(*(self._sentence_vector(c.text) for c in pool))
                similarity = [float(v @ vector) for v in sentence_vectors]
        return extractive_answer(question.text, reading, pool, self.idf, similarity, cite=cite)

    async def _sentence_vector(self, sentence: str) -> np.ndarray:
        """Sentence vectors are cached (LRU): popular pages are embedded once, not per question."""
        vector = self._sentence_cache.get(sentence)
        if vector is None:
            vector = await self.embedder.submit(sentence)
            self._sentence_cache[sentence] = vector
            if len(self._sentence_cache) > SENTENCE_CACHE_SIZE:
                self._sentence_cache.popitem(last=False)
        else:
            self._sentence_cache.move_to_end(sentence)
        return vector

    def idf(self, term: str) -> float:
        """BM25 idf of ``term`` in this index (unseen terms weigh most)."""
        return self.searcher.bm25.idf(term)

    def indexed(self, term: str) -> bool:
        """Whether any chunk of this index contains ``term``."""
        return self.searcher.bm25.df(term) > 0

    def citations(self, hits: list[SearchHit]) -> list[dict]:
        return [{"n": n, **h.citation(self.searcher.source_of)} for n, h in enumerate(hits, start=1)]

    def _envelope(self, question: Question, hits: list[SearchHit], answer: str, found: bool) -> dict:
        manifest = self.snapshot.manifest
        return {
            "answer": answer,
            "found": found,
            "mode": self.mode,
            "citations": self.citations(hits),
            "index_version": manifest.version,
            "collection": manifest.collection,
        }

    # -------------------------------------------------------------------------- answers
    async def answer(self, question: Question) -> dict:
        """Retrieve and answer one question: the prediction object of every protocol."""
        vector, hits, reading = await self.retrieve(question)
        extract = await self.extract(question, vector, hits, reading)
        text = extract.text
        if self.llm is not None:
            text = await self.llm.complete(build_messages(question.text, hits, self.searcher.source_of))
        self._log_answer(question, hits, extract.found)
        return self._envelope(question, hits, text, extract.found)

    async def answer_stream(self, question: Question) -> tuple[dict, AsyncIterator[str]]:
        """The prediction object without its answer, and the answer's text as it is produced.

        Extractive answers are streamed word by word (they exist at once, but clients written for
        LLM streams should not need a second code path).
        """
        vector, hits, reading = await self.retrieve(question)
        extract = await self.extract(question, vector, hits, reading)
        self._log_answer(question, hits, extract.found)
        envelope = self._envelope(question, hits, "", extract.found)
        if self.llm is not None:
            return envelope, self.llm.stream(build_messages(question.text, hits, self.searcher.source_of))
        return envelope, _words(extract.text)

    def _log_answer(self, question: Question, hits: list[SearchHit], found: bool) -> None:
        logs.event(
            "answered",
            model=self.name,
            index_version=self.snapshot.version,
            found=found,
            top_k=question.top_k,
            filtered=bool(question.documents),
            chunk_ids=[h.chunk["chunk_id"] for h in hits],
        )

    # ------------------------------------------------------------------- KServe handlers
    async def predict(self, payload, headers: dict[str, str] | None = None, response_headers=None):
        """v1 (JSON dict) and v2 (``InferRequest``) inference."""
        limits = self.settings.limits
        if isinstance(payload, InferRequest):
            questions = parse_v2(payload, limits)
            predictions = await asyncio.gather(*(self.answer(q) for q in questions))
            return InferResponse(
                response_id=payload.id or str(uuid.uuid4()),
                model_name=self.name,
                model_version=self.snapshot.version,
                infer_outputs=[
                    InferOutput(
                        name="answer",
                        shape=[len(predictions)],
                        datatype="BYTES",
                        data=[json.dumps(p) for p in predictions],
                    )
                ],
            )
        if isinstance(payload, (bytes, str)):
            raise InvalidInput("the request body must be JSON (Content-Type: application/json)")
        questions = parse_v1(payload, limits)
        predictions = await asyncio.gather(*(self.answer(q) for q in questions))
        return {"predictions": list(predictions)}

    def stop(self) -> None:
        self.ready = False


def cited_reading(hits: list[SearchHit], reading: list[SearchHit]) -> tuple[list[SearchHit], list[int]]:
    """The reading chunks whose page is cited, with the citation number of that page's hit.

    With one hit per page an answer may quote a chunk that is not itself a hit; its citation is
    the hit of its page. A chunk whose page no hit cites (a ranker's first took that place) is
    left out, so every sentence of an answer points at a citation the client has.
    """
    number: dict[tuple[str, int], int] = {}
    for n, hit in enumerate(hits, start=1):
        number.setdefault(_page(hit), n)
    kept = [(chunk, number[_page(chunk)]) for chunk in reading if _page(chunk) in number]
    return [chunk for chunk, _ in kept], [n for _, n in kept]


def _page(hit: SearchHit) -> tuple[str, int]:
    return hit.chunk["doc_id"], hit.chunk["page"]


async def _words(text: str) -> AsyncIterator[str]:
    words = text.split(" ")
    for i, word in enumerate(words):
        yield word if i == len(words) - 1 else word + " "

