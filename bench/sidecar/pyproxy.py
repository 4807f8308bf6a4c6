"""The Python contender of the sidecar benchmark: a PII-scrubbing reverse proxy on aiohttp + uvloop.

It does the work piiproxy does on the benchmark's request, the way a careful Python engineer would
write it: KServe v1 JSON bodies (`POST /v1/models/<m>:predict` or `:explain`) are parsed with orjson,
the same fields as piiproxy's are scanned (`instances[]`/`inputs[]` strings, their objects'
question/query/prompt/text/input, the same keys at top level) for the PII kinds the issue lists
(`pyscrub.py`: secrets, e-mail, IBAN, card, SSN, IP, phone; piiproxy's name and address rules are
left out, which favours Python), matches become placeholders that are consistent within a request
(`<EMAIL_1>`), the body is re-encoded and forwarded through one pooled keep-alive client session,
and the response is streamed back. A body that cannot be parsed gets a 400 and is never
forwarded; other paths and content types pass through unread.

Several worker processes share the port with SO_REUSEPORT (`--workers`, default: one per core),
because one Python process uses one core and piiproxy and nginx use them all.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket

import aiohttp
import orjson
import uvloop
from aiohttp import web
from pyscrub import Placeholders, mask_text

log = logging.getLogger("pyproxy")
PROMPT_KEYS = ("question", "query", "prompt", "text", "input")
# Hop-by-hop headers (RFC 9110 7.6.1) are not forwarded in either direction; Content-Length is
# recomputed for the re-encoded body and the streamed response.
HOP_BY_HOP = frozenset(
    h.lower()
    for h in (
        "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding",
        "Upgrade", "Proxy-Authenticate", "Proxy-Authorization", "Host", "Content-Length",
    )
)


def mask_deep(value, tags: Placeholders):
    """Masks every string inside value (a string, list or object), like piiproxy's maskDeep."""
    if isinstance(value, str):
        return mask_text(value, tags)
    if isinstance(value, list):
        return [mask_deep(v, tags) for v in value]
    if isinstance(value, dict):
        return {k: mask_deep(v, tags) for k, v in value.items()}
    return value


def scrub_kserve_v1(doc, tags: Placeholders):
    if not isinstance(doc, dict):
        return doc
    for key, value in doc.items():
        if key in PROMPT_KEYS:
            doc[key] = mask_deep(value, tags)
        elif key in ("instances", "inputs") and isinstance(value, list):
            for i, inst in enumerate(value):
                if isinstance(inst, dict):
                    for k in PROMPT_KEYS:
                        if k in inst:
                            inst[k] = mask_deep(inst[k], tags)
                else:
                    value[i] = mask_deep(inst, tags)
    return doc


def is_kserve_v1(path: str) -> bool:
    path = path.rstrip("/")
    return path.startswith("/v1/models/") and (path.endswith(":predict") or path.endswith(":explain"))


def is_json(content_type: str) -> bool:
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


def json_error(status: int, message: str) -> web.Response:
    return web.Response(status=status, body=orjson.dumps({"error": message}), content_type="application/json")


def make_app(upstream: str, max_body: int, max_conns: int) -> web.Application:
    app = web.Application(client_max_size=max_body)

    async def open_session(app: web.Application):
        # One pooled session for the process: keep-alive connections to the upstream are reused
        # across requests, capped like piiproxy's -max-conns-per-upstream.
        connector = aiohttp.TCPConnector(limit=max_conns, keepalive_timeout=90, ttl_dns_cache=None)
        app["session"] = aiohttp.ClientSession(
            base_url=upstream, connector=connector, auto_decompress=False,
            # Like piiproxy's -dial-timeout and -response-header-timeout: 5 s to connect, but no
            # limit on waiting for a pooled connection (aiohttp's "connect" would include it).
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=5, sock_read=60),
        )
        yield
        await app["session"].close()

    app.cleanup_ctx.append(open_session)

    async def proxy(request: web.Request) -> web.StreamResponse:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        body = request.content
        if request.can_read_body and is_kserve_v1(request.path) and is_json(request.content_type):
            try:
                doc = orjson.loads(await request.read())
            except orjson.JSONDecodeError:
                return json_error(400, "kserve_v1 request: request body is not valid JSON")
            tags = Placeholders()
            body = orjson.dumps(scrub_kserve_v1(doc, tags))
            headers["X-PII-Masked"] = str(tags.count)
        elif not request.can_read_body:
            body = None
        resp = None
        try:
            async with request.app["session"].request(
                request.method, request.rel_url, headers=headers, data=body, allow_redirects=False
            ) as up:
                resp = web.StreamResponse(status=up.status, reason=up.reason)
                for k, v in up.headers.items():
                    if k.lower() not in HOP_BY_HOP:
                        resp.headers.add(k, v)
                await resp.prepare(request)
                async for chunk in up.content.iter_any():
                    await resp.write(chunk)
                await resp.write_eof()
                return resp
        except (asyncio.TimeoutError, aiohttp.ClientError) as exc:
            if resp is not None and resp.prepared:
                if isinstance(exc, ConnectionResetError):
                    return resp  # the client hung up mid-answer: nobody is left to answer
                raise  # the upstream broke mid-answer: aiohttp cuts the connection, the client sees it
            if isinstance(exc, asyncio.TimeoutError):
                log.warning("upstream timeout: %s %s", request.method, request.path)
                return json_error(504, "upstream timeout")
            log.warning("upstream unavailable: %r", exc)
            return json_error(502, f"upstream unavailable: {exc.__class__.__name__}")

    app.router.add_route("*", "/{tail:.*}", proxy)
    return app


async def serve(args: argparse.Namespace) -> None:
    runner = web.AppRunner(
        make_app(args.upstream, args.max_body_bytes, args.max_conns), access_log=None, handle_signals=False
    )
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port, backlog=args.backlog, reuse_port=True)
    await site.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:8090", help="host:port to serve on")
    parser.add_argument("--upstream", default="http://127.0.0.1:8081")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--max-conns", type=int, default=1024, help="upstream connection cap per worker")
    parser.add_argument("--max-body-bytes", type=int, default=1 << 20)
    parser.add_argument("--backlog", type=int, default=socket.SOMAXCONN)
    args = parser.parse_args()
    # Warnings (ours and aiohttp's: handler errors, bad requests) go to stderr; access logs stay off.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(process)d %(name)s %(message)s")
    args.host, _, port = args.listen.rpartition(":")
    args.port = int(port)

    # Fork the extra workers before any event loop exists; each binds the port itself
    # (SO_REUSEPORT) and the kernel spreads connections across them. The parent is worker 0.
    children = []
    for _ in range(args.workers - 1):
        pid = os.fork()
        if pid == 0:
            children = []
            break
        children.append(pid)
    try:
        uvloop.run(serve(args))
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except ProcessLookupError:
                pass


if __name__ == "__main__":
    main()
