"""``python -m vellum.serving --model-name vellum-rag --storage-uri URI [--http_port 8080] [--llm-url URL]``

KServe's own arguments (``--http_port``, ``--grpc_port``, ``--enable_grpc``, ``--workers``, ...)
are accepted as they are (its parser is the parent of ours). The index loads in a background
thread *after* the HTTP server is up, so probes see the process live at once and the model turn
ready (``GET /v1/models/<name>`` 503 -> 200) only when it can answer. A load that fails
ends the process with exit code 3: a predictor without its index must not linger half-alive.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
from dataclasses import replace

from kserve import ModelServer, model_server

from vellum.serving import logs
from vellum.index.search import SearchConfig
from vellum.serving.app import configure_app
from vellum.serving.blas import limit_blas_threads
from vellum.serving.llm_backend import LLMSettings
from vellum.serving.model import RagModel, ServingSettings
from vellum.serving.questions import Limits

LOAD_FAILED_EXIT_CODE = 3


def build_parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog="python -m vellum.serving",
        parents=[model_server.parser],
        description="Serve one Vellum index version as a KServe RAG predictor.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--model-name", dest="model_name", default=argparse.SUPPRESS, help="alias of --model_name")
    parser.add_argument(
        "--storage-uri",
        "--storage_uri",
        dest="storage_uri",
        default=env("VELLUM_STORAGE_URI", "/mnt/models"),
        help="index version to serve: file://..., s3://... or a local path (KServe's storage initializer "
        "downloads storageUri to /mnt/models)",
    )
    parser.add_argument(
        "--load-timeout",
        type=float,
        default=float(env("VELLUM_LOAD_TIMEOUT", "0")),
        help="seconds to keep polling a storage URI whose manifest is not committed yet",
    )
    parser.add_argument("--llm-url", default=env("VELLUM_LLM_URL"), help="generative backend base URL (off: extractive)")
    parser.add_argument("--llm-api", choices=["openai", "ollama"], default=env("VELLUM_LLM_API", "openai"))
    parser.add_argument("--llm-model", default=env("VELLUM_LLM_MODEL", "default"), help="model name sent to the backend")
    parser.add_argument("--llm-timeout", type=float, default=float(env("VELLUM_LLM_TIMEOUT", "60")))
    parser.add_argument("--max-question-chars", type=int, default=Limits.max_question_chars)
    parser.add_argument("--embed-batch-size", type=int, default=32)
    parser.add_argument("--embed-batch-wait-ms", type=float, default=float(env("VELLUM_EMBED_BATCH_WAIT_MS", "0")))
    parser.add_argument(
        "--embed-threads",
        type=int,
        default=int(env("VELLUM_EMBED_THREADS", str(ServingSettings.embed_threads))),
        help="ONNX intra-op threads of the query encoder (0: one per core)",
    )
    parser.add_argument(
        "--score-threads",
        type=int,
        default=int(env("VELLUM_SCORE_THREADS", str(ServingSettings.score_threads))),
        help="ONNX intra-op threads of the dense product over the index (parked when idle)",
    )
    parser.add_argument(
        "--blas-threads",
        type=int,
        default=int(env("VELLUM_BLAS_THREADS", "1")),
        help="threads of numpy's OpenBLAS (its idle threads spin; see vellum.serving.blas)",
    )
    parser.add_argument(
        "--splade-weight",
        type=float,
        default=float(env("VELLUM_SPLADE_WEIGHT", str(SearchConfig.splade_weight))),
        help="weight of the SPLADE ranker where the index version has term weights (0: off, which saves "
        "its ~1.5 ms of CPU per question; bench/serve/RESULTS.md)",
    )
    parser.add_argument(
        "--no-sentence-similarity",
        dest="sentence_similarity",
        action="store_false",
        help="pick extractive answer sentences by term overlap only (faster on cold pages, weaker on paraphrases)",
    )
    parser.add_argument(
        "--uvicorn-access-log",
        action="store_true",
        default=env("VELLUM_UVICORN_ACCESS_LOG", "") not in ("", "0", "false"),
        help="also log uvicorn's plain access line per request (Vellum's structured request line "
        "already carries method, path, status, duration and the request id)",
    )
    # gRPC's default port (8081) collides with the HTTP port people pick for a second predictor,
    # and nothing in Vellum speaks gRPC: off unless asked for. KServe's latency logging (its
    # per-stage lines and its timing middleware's wall and CPU lines, kserve.trace) repeats what
    # the request line and vellum_request_seconds give: off unless asked for
    # (--enable_latency_logging true). With it and uvicorn's access line on, logging took a
    # quarter of the event loop's CPU per request (bench/serve/RESULTS.md, fourth round).
    parser.set_defaults(model_name="vellum-rag", enable_grpc=False, enable_latency_logging=False)
    return parser


def settings_from(args: argparse.Namespace) -> ServingSettings:
    llm = None
    if args.llm_url:
        llm = LLMSettings(url=args.llm_url, api=args.llm_api, model=args.llm_model, timeout=args.llm_timeout)
    return ServingSettings(
        limits=Limits(max_question_chars=args.max_question_chars),
        embed_batch_size=args.embed_batch_size,
        embed_batch_wait=args.embed_batch_wait_ms / 1000.0,
        embed_threads=args.embed_threads,
        score_threads=args.score_threads,
        load_timeout=args.load_timeout,
        sentence_similarity=args.sentence_similarity,
        search=replace(SearchConfig(), splade_weight=args.splade_weight),
        llm=llm,
    )


def _load_or_exit(model: RagModel) -> None:
    try:
        model.load()
    except Exception:
        logs.log.exception("model_load_failed")
        logging.shutdown()
        os._exit(LOAD_FAILED_EXIT_CODE)


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.workers != 1:
        parser.error("--workers must be 1: scale with replicas (each process would load its own copy of the index)")
    logs.configure()
    if not limit_blas_threads(args.blas_threads):
        logs.event("blas_threads_not_set", reason="numpy bundles no OpenBLAS this knows", wanted=args.blas_threads)
    model = RagModel(args.model_name, args.storage_uri, settings_from(args))
    server = ModelServer(
        http_port=args.http_port,
        grpc_port=args.grpc_port,
        workers=1,
        enable_grpc=args.enable_grpc,
        max_asyncio_workers=args.max_asyncio_workers,
        enable_docs_url=args.enable_docs_url,
        enable_latency_logging=args.enable_latency_logging,
        access_log_format=args.access_log_format,
        event_loop=args.event_loop,
        timeout_keep_alive=args.timeout_keep_alive,
    )
    logs.silence_per_request_lines(uvicorn_access=not args.uvicorn_access_log, kserve_timing=not args.enable_latency_logging)
    logs.quiet_not_ready_probes()
    # Registered before it is ready: KServe then answers 503 for it (not 404) while it loads.
    server.register_model(model)
    configure_app(model_server.app, server.registered_models)
    threading.Thread(target=_load_or_exit, args=(model,), name="vellum-load", daemon=True).start()
    server.start([])


if __name__ == "__main__":
    main()
