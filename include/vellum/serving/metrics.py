"""Prometheus series Vellum adds next to KServe's own on ``/metrics`` (same default registry).

Names are prefixed ``vellum_`` so dashboards can tell them from KServe's ``request_*_seconds``.
``endpoint`` is the route template (``/v1/models/{model_name}:predict``), never the raw path, so
label cardinality stays bounded whatever clients send.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter(
    "vellum_requests_total", "HTTP requests by endpoint and status code", ["endpoint", "method", "status"]
)
REQUEST_SECONDS = Histogram(
    "vellum_request_seconds",
    "HTTP request latency by endpoint (until the last body byte, streams included)",
    ["endpoint", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
RETRIEVAL_SECONDS = Histogram(
    "vellum_retrieval_seconds",
    "Retrieval latency by stage: embed (one encoder batch), score (one dense scoring batch), terms (one "
    "SPLADE batch) and search (BM25, SPLADE scores, fusion, top-k of one query)",
    ["stage"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1),
)
BATCH_SIZE = Histogram(
    "vellum_batch_size",
    "Items processed together by a micro-batcher, by stage: embed (texts encoded) and score (queries scored)",
    ["stage"],
    buckets=(1, 2, 4, 8, 16, 32, 64),
)
ANSWER_SIMILARITY = Counter(
    "vellum_answer_similarity_total",
    "Extractive answers by whether their sentences needed an encoder pass (used) or words settled them",
    ["used"],
)
LLM_SECONDS = Histogram(
    "vellum_llm_seconds",
    "Generative backend call latency (to the last token)",
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
LLM_ERRORS = Counter("vellum_llm_errors_total", "Generative backend failures", ["kind"])
INDEX_VERSION = Gauge(
    "vellum_index_version_info", "The index version this predictor serves (value is always 1)", ["version", "collection"]
)


def set_index_version(version: str, collection: str) -> None:
    INDEX_VERSION.clear()
    INDEX_VERSION.labels(version=version, collection=collection).set(1)
