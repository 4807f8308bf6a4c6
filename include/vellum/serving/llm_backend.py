"""Generative backends: an OpenAI-compatible server (vLLM, llama.cpp, LiteLLM...) or Ollama.

Both are spoken over httpx with explicit timeouts, so a backend that is down or stuck turns into
a clear error instead of a hung request: unreachable / refusing / answering garbage ->
:class:`BackendUnavailable` (HTTP 502); no answer in time -> :class:`BackendTimeout` (HTTP 504).
``timeout`` bounds the wait for each piece of the response (the first token, then each next one)
and, for non-streaming calls, the whole call.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx

from vellum.serving import metrics


class BackendError(RuntimeError):
    status = 502


class BackendUnavailable(BackendError):
    """The backend is down, refused the call, or answered something that is not a chat reply."""

    status = 502


class BackendTimeout(BackendError):
    status = 504


@dataclass(frozen=True)
class LLMSettings:
    url: str
    api: str = "openai"  # "openai" (/v1/chat/completions) or "ollama" (/api/chat)
    model: str = "default"
    timeout: float = 60.0
    connect_timeout: float = 5.0
    max_tokens: int = 512
    temperature: float = 0.1

    def __post_init__(self) -> None:
        if self.api not in ("openai", "ollama"):
            raise ValueError(f"llm api must be 'openai' or 'ollama', not {self.api!r}")

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        suffix = "/chat/completions" if self.api == "openai" else "/api/chat"
        if base.endswith(suffix):
            return base
        if self.api == "openai" and not base.endswith("/v1"):
            base += "/v1"
        return base + suffix


class ChatBackend:
    """One backend URL; one pooled ``httpx.AsyncClient`` per event loop."""

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None or self._client.is_closed:
            s = self.settings
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(s.timeout, connect=s.connect_timeout),
                limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _body(self, messages: list[dict], stream: bool) -> dict:
        s = self.settings
        if s.api == "ollama":
            return {
                "model": s.model,
                "messages": messages,
                "stream": stream,
                "options": {"temperature": s.temperature, "num_predict": s.max_tokens},
            }
        return {
            "model": s.model,
            "messages": messages,
            "stream": stream,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }

    async def complete(self, messages: list[dict]) -> str:
        """The whole reply of a non-streaming call."""
        with metrics.LLM_SECONDS.time(), _mapped_errors(self.settings):
            async with asyncio.timeout(self.settings.timeout):
                response = await self._http().post(self.settings.endpoint, json=self._body(messages, False))
                _check_status(response, await response.aread())
                try:
                    data = response.json()
                    if self.settings.api == "ollama":
                        return data["message"]["content"]
                    return data["choices"][0]["message"]["content"]
                except (ValueError, KeyError, IndexError, TypeError) as exc:
                    raise BackendUnavailable(f"LLM backend sent an unexpected reply: {exc!r}") from exc

    async def stream(self, messages: list[dict]) -> AsyncIterator[str]:
        """Reply tokens as the backend produces them."""
        with metrics.LLM_SECONDS.time(), _mapped_errors(self.settings):
            async with self._http().stream("POST", self.settings.endpoint, json=self._body(messages, True)) as response:
                if response.status_code >= 400:
                    _check_status(response, await response.aread())
                async for line in response.aiter_lines():
                    piece = self._piece(line)
                    if piece is _END:
                        return
                    if piece:
                        yield piece

    def _piece(self, line: str):
        """The text in one line of the backend's stream (SSE for OpenAI, NDJSON for Ollama)."""
        line = line.strip()
        if not line:
            return None
        if self.settings.api == "openai":
            if not line.startswith("data:"):
                return None  # SSE comments / event names
            line = line[5:].strip()
            if line == "[DONE]":
                return _END
        try:
            data = json.loads(line)
            if self.settings.api == "ollama":
                return _END if data.get("done") else data["message"]["content"]
            choices = data.get("choices") or [{}]
            return (choices[0].get("delta") or {}).get("content")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackendUnavailable(f"LLM backend sent an unexpected stream line: {line[:200]!r}") from exc


_END = object()


def _check_status(response: httpx.Response, body: bytes) -> None:
    if response.status_code >= 400:
        raise BackendUnavailable(
            f"LLM backend answered HTTP {response.status_code}: {body[:200].decode(errors='replace')}"
        )


class _mapped_errors:
    """httpx / asyncio failures -> BackendUnavailable / BackendTimeout, counted by kind."""

    def __init__(self, settings: LLMSettings) -> None:
        self.where = f"{settings.api} backend at {settings.endpoint}"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            return False
        if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
            metrics.LLM_ERRORS.labels(kind="timeout").inc()
            raise BackendTimeout(f"LLM {self.where} did not answer in time") from exc
        if isinstance(exc, httpx.HTTPError):
            metrics.LLM_ERRORS.labels(kind="unavailable").inc()
            raise BackendUnavailable(f"LLM {self.where} is unavailable: {exc.__class__.__name__}: {exc}") from exc
        if isinstance(exc, BackendUnavailable):
            metrics.LLM_ERRORS.labels(kind="bad_reply").inc()
        return False
