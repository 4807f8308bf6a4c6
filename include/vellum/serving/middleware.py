"""Per-request context: request id, one structured log line, request count and latency.

A plain ASGI middleware (not Starlette's ``BaseHTTPMiddleware``) so streamed (SSE) responses
pass through untouched and are timed until their last byte.
"""

from __future__ import annotations

import logging
import time
import uuid

from vellum.serving import logs, metrics

#: Probes and scrapes arrive every few seconds; they are counted but not logged.
_QUIET_PATHS = ("/metrics", "/v2/health/", "/healthz")


class RequestContextMiddleware:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        incoming = dict(scope.get("headers") or [])
        rid = incoming.get(b"x-request-id", b"").decode("latin-1").strip()[:128] or uuid.uuid4().hex
        token = logs.request_id.set(rid)
        started = time.perf_counter()
        status = 500  # if the app dies before starting a response

        async def send_with_id(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or "unmatched"
            method = scope.get("method", "-")
            metrics.REQUESTS.labels(endpoint=endpoint, method=method, status=str(status)).inc()
            metrics.REQUEST_SECONDS.labels(endpoint=endpoint, method=method).observe(seconds)
            path = scope.get("path", "")
            if path != "/" and not path.startswith(_QUIET_PATHS):
                logs.event(
                    "request",
                    logging.WARNING if status >= 500 else logging.INFO,
                    method=method,
                    path=path,
                    endpoint=endpoint,
                    status=status,
                    ms=round(seconds * 1000, 2),
                )
            logs.request_id.reset(token)
