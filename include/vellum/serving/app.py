"""What Vellum adds to KServe's FastAPI app: the OpenAI route, request context, error mapping.

KServe builds its routes on the module-level ``kserve.model_server.app`` when the server starts;
everything here is added to that same app before, so one process serves v1, v2, OpenAI and
``/metrics`` on one port.
"""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from kserve.model_repository import ModelRepository

from vellum.serving.llm_backend import BackendError
from vellum.serving.middleware import RequestContextMiddleware
from vellum.serving.openai_routes import register_openai_routes


async def _backend_error(_: Request, exc: BackendError) -> JSONResponse:
    return JSONResponse(status_code=exc.status, content={"error": str(exc)})


async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    """KServe's v2 body model rejects malformed JSON with FastAPI's 422; clients of all three
    protocols get the same 400 + ``{"error": ...}`` for a bad request instead."""
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
    )
    return JSONResponse(status_code=HTTPStatus.BAD_REQUEST, content={"error": f"invalid request: {problems}"})


def configure_app(app: FastAPI, repository: ModelRepository) -> None:
    register_openai_routes(app, repository)
    app.add_middleware(RequestContextMiddleware)
    app.add_exception_handler(BackendError, _backend_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
