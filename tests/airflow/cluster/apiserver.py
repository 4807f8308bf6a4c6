"""A tiny JSON-over-HTTP server in a thread: the base of the fake KFP and Kubernetes API servers.

The hooks under test talk real HTTP to it through their ordinary clients (httpx, the kubernetes
client, kubernetes_asyncio); nothing is patched. A subclass implements :meth:`handle` and keeps
its state behind ``self.lock`` (requests arrive on the server's threads).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: object | None
    content_type: str = ""


@dataclass
class Response:
    status: int
    body: object | None = None
    headers: dict[str, str] = field(default_factory=dict)


class JsonApiServer:
    """Start with ``with Server() as server:``; ``server.url`` is ``http://127.0.0.1:<port>``."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.requests: list[Request] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query={k: v[-1] for k, v in parse_qs(parts.query).items()},
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=json.loads(raw) if raw else None,
                    content_type=(self.headers.get("Content-Type") or "").split(";")[0].strip(),
                )
                with outer.lock:
                    outer.requests.append(request)
                    response = outer.handle(request)
                if isinstance(response.body, str):  # e.g. Prometheus text
                    data, content_type = response.body.encode(), "text/plain; version=0.0.4"
                else:
                    data = b"" if response.body is None else json.dumps(response.body).encode()
                    content_type = "application/json"
                self.send_response(response.status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for key, value in response.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

            def log_message(self, *args) -> None:  # keep pytest output clean
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name=type(self).__name__, daemon=True)

    def handle(self, request: Request) -> Response:
        raise NotImplementedError

    def __enter__(self) -> "JsonApiServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
