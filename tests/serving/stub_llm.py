"""A stub LLM server speaking OpenAI chat completions (JSON and SSE) and Ollama ``/api/chat``.

It answers with fixed tokens; a question containing ``SLOWLY`` makes it sleep past any sane
timeout, and it records every request body so tests can check the prompt.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

TOKENS = ["The ", "loaf ", "bakes ", "at ", "230 °C ", "[1]."]
REPLY = "".join(TOKENS)


def make_app(received: list[dict]) -> FastAPI:
    app = FastAPI()

    async def _maybe_stall(body: dict) -> None:
        if "SLOWLY" in body["messages"][-1]["content"]:
            await asyncio.sleep(10)

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        body = await request.json()
        received.append(body)
        await _maybe_stall(body)
        if not body.get("stream"):
            return JSONResponse(
                {
                    "id": "stub",
                    "object": "chat.completion",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": REPLY}, "finish_reason": "stop"}],
                }
            )

        async def events():
            for token in TOKENS:
                yield f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': token}}]})}\n\n"
                await asyncio.sleep(0.01)
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    @app.post("/api/chat")
    async def ollama_chat(request: Request):
        body = await request.json()
        received.append(body)
        await _maybe_stall(body)
        if not body.get("stream", True):
            return JSONResponse({"message": {"role": "assistant", "content": REPLY}, "done": True})

        async def lines():
            for token in TOKENS:
                yield json.dumps({"message": {"role": "assistant", "content": token}, "done": False}) + "\n"
            yield json.dumps({"message": {"role": "assistant", "content": ""}, "done": True}) + "\n"

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    return app


class StubLLM:
    def __init__(self, port: int) -> None:
        self.received: list[dict] = []
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(make_app(self.received), host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=1
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "StubLLM":
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise TimeoutError("stub LLM did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
