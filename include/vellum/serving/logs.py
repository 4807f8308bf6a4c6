"""Structured (one JSON object per line) logs that carry the request id.

The Go sidecar in front of the predictor sets ``X-Request-Id``; the middleware puts it in a
context variable so every line logged while serving that request names it, and the sidecar's
log, the predictor's log and the response header can be joined on it.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import time

from kserve.errors import ModelNotReady

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("vellum_request_id", default="-")

log = logging.getLogger("vellum.serving")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "request_id": request_id.get(),
            "event": record.getMessage(),
        }
        data.update(getattr(record, "fields", {}))
        if record.exc_info:
            data["error"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str)


def configure() -> None:
    """Send ``vellum.*`` logs to stderr as JSON (KServe keeps its own format for its own lines)."""
    root = logging.getLogger("vellum")
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False


def silence_per_request_lines(*, uvicorn_access: bool, kserve_timing: bool) -> None:
    """Drop the per-request lines of uvicorn's access log and of KServe's timing middleware
    (``kserve.trace``: wall and CPU time), as asked. Vellum's own ``request`` line
    (``middleware``) has the same fields plus the request id, and one line per request is
    what a log pipeline wants to ship. Call after ``ModelServer()``, which configures them."""
    for name, drop in (("uvicorn.access", uvicorn_access), ("kserve.trace", kserve_timing)):
        if drop:
            logging.getLogger(name).setLevel(logging.WARNING)


class _DropNotReadyTracebacks(logging.Filter):
    """KServe logs every 503 it answers while a model loads as an ERROR with a full traceback.
    Readiness probes hit that every few seconds for as long as a large index loads, so the log
    fills with errors that are not errors; Vellum's request line already records each 503."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ModelNotReady))


def quiet_not_ready_probes() -> None:
    """Stop KServe's traceback per 503 before the model is ready (``_DropNotReadyTracebacks``)."""
    logger = logging.getLogger("kserve")
    if not any(isinstance(f, _DropNotReadyTracebacks) for f in logger.filters):
        logger.addFilter(_DropNotReadyTracebacks())


def event(name: str, level: int = logging.INFO, **fields) -> None:
    log.log(level, name, extra={"fields": fields})
