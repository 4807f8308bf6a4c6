"""OpenAI-compatible ``POST /v1/chat/completions`` for the RAG model, JSON or SSE.

Why not KServe's own OpenAI module: in kserve 0.21 it imports vLLM (a GPU LLM engine) at
import time and serves ``OpenAIModel`` subclasses, which are not ``kserve.Model`` predictors
with v1/v2 ``predict``; a RAG retriever is neither. So this is a plain FastAPI router mounted on
KServe's app, under both ``/v1/...`` and KServe's ``/openai/v1/...`` prefix.

The question is the last user message (earlier turns are not used for retrieval). Vellum
extensions: request fields ``top_k``, ``documents`` (a filter) and ``collection`` (must be the
one served, else 400); response fields ``citations``, ``index_version``, ``collection`` and
``found`` (in the JSON reply, and in the first chunk of a stream). The text itself ends with a
"Sources:" list naming document and page.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from kserve.errors import InvalidInput, ModelNotFound, ModelNotReady
from kserve.model_repository import ModelRepository

from vellum.serving import logs
from vellum.serving.llm_backend import BackendError
from vellum.serving.model import RagModel
from vellum.serving.questions import parse_chat


def sources_text(citations: list[dict]) -> str:
    lines = [f"[{c['n']}] {c['document']}, page {c['page']}" for c in citations]
    return "\n\nSources:\n" + "\n".join(lines) if lines else ""


def _resolve(repository: ModelRepository, name: str | None) -> RagModel:
    models = {n: m for n, m in repository.get_models().items() if isinstance(m, RagModel)}
    if name is None and models:
        name = next(iter(models))
    model = models.get(name)
    if model is None:
        raise ModelNotFound(name)
    if not model.ready:
        raise ModelNotReady(name)
    return model


def _sse(data: dict | str) -> bytes:
    return f"data: {data if isinstance(data, str) else json.dumps(data)}\n\n".encode()


class ChatCompletions:
    def __init__(self, repository: ModelRepository) -> None:
        self.repository = repository

    async def create(self, request: Request):
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"the request body is not JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise InvalidInput("the request body must be a JSON object")
        name = body.get("model")
        if name is not None and not isinstance(name, str):
            raise InvalidInput('"model" must be a string')
        model = _resolve(self.repository, name)
        question, stream = parse_chat(body, model.settings.limits)
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        if not stream:
            prediction = await model.answer(question)
            return JSONResponse(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": created,
                    "model": model.name,
                    "choices": [
                        {
                            "index": 0,
                            "message": {
                                "role": "assistant",
                                "content": prediction["answer"] + sources_text(prediction["citations"]),
                            },
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                    **{k: prediction[k] for k in ("citations", "index_version", "collection", "found", "mode")},
                }
            )
        envelope, pieces = await model.answer_stream(question)
        # Pull the first piece now: a backend that is down or silent becomes an HTTP 502/504
        # instead of a 200 stream that breaks.
        first = await anext(pieces, None)
        return StreamingResponse(
            self._events(model.name, completion_id, created, envelope, first, pieces),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _events(
        self, model: str, cid: str, created: int, envelope: dict, first: str | None, pieces: AsyncIterator[str]
    ) -> AsyncIterator[bytes]:
        def chunk(delta: dict, finish: str | None = None, **extra) -> bytes:
            return _sse(
                {
                    "id": cid,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                    **extra,
                }
            )

        extras = {k: envelope[k] for k in ("citations", "index_version", "collection", "found", "mode")}
        yield chunk({"role": "assistant", "content": ""}, **extras)
        try:
            if first is not None:
                yield chunk({"content": first})
            async for piece in pieces:
                yield chunk({"content": piece})
        except BackendError as exc:  # the status line is already sent: report in-band
            logs.event("stream_failed", error=str(exc), status=exc.status)
            yield _sse({"error": {"message": str(exc), "type": type(exc).__name__, "code": exc.status}})
            yield _sse("[DONE]")
            return
        tail = sources_text(envelope["citations"])
        if tail:
            yield chunk({"content": tail})
        yield chunk({}, "stop")
        yield _sse("[DONE]")


def register_openai_routes(app: FastAPI, repository: ModelRepository) -> None:
    handler = ChatCompletions(repository)
    router = APIRouter(tags=["OpenAI"])
    for prefix in ("", "/openai"):
        router.add_api_route(f"{prefix}/v1/chat/completions", handler.create, methods=["POST"], response_model=None)
    app.include_router(router)
