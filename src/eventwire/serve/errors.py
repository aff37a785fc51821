"""One JSON error shape for the whole API: ``{"code": "E804", "message": "...", "doc_id": null, "stage": "serve"}``.

Every failure becomes that shape: eventwire's own errors, FastAPI's request validation, Starlette's
404/405 for unknown routes and methods, and anything unexpected (E800, logged with its traceback).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventwire.errors import BadQuery, EventwireError, InputError, MethodNotAllowed, NotFound, ServeError, StoreError

log = logging.getLogger(__name__)

ERROR_SCHEMA = {
    "type": "object",
    "required": ["code", "message", "doc_id", "stage"],
    "properties": {
        "code": {"type": "string", "description": "eventwire error code, e.g. E804"},
        "message": {"type": "string", "description": "what went wrong and what to do"},
        "doc_id": {"type": ["string", "null"], "description": "the document concerned, if any"},
        "stage": {"type": "string", "description": "the stage that met the error: serve, read, code, store, ..."},
    },
}


def status_of(error: EventwireError) -> int:
    """The HTTP status of an eventwire error."""
    from eventwire.store.query import QueryError

    if isinstance(error, ServeError):
        return error.status
    if isinstance(error, InputError | QueryError):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 500


def error_response(error: EventwireError) -> JSONResponse:
    return JSONResponse(error.to_json(), status_code=status_of(error))


async def _eventwire(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventwireError)
    if status_of(exc) >= 500:
        log.error("%s %s failed: %s", request.method, request.url.path, exc)
    return error_response(exc)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(_problem(e) for e in exc.errors())
    return error_response(BadQuery(problems or "the request is not valid"))


def _problem(error: dict[str, object]) -> str:
    where = [str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path", "header")]  # type: ignore[attr-defined]
    name = ".".join(where) or "request"
    return f"parameter {name!r}: {error.get('msg', 'invalid')}"


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        error: ServeError = NotFound(f"no such route: {request.url.path}; the API is described at /docs")
    elif exc.status_code == 405:
        error = MethodNotAllowed(f"{request.method} is not allowed on {request.url.path}")
    else:
        error = ServeError(str(exc.detail))
        error.status = exc.status_code
    return error_response(error)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed inside eventwire", request.method, request.url.path)
    return error_response(ServeError(f"the server failed on this request ({type(exc).__name__}); see its log"))


def install(app: FastAPI) -> None:
    """Route every kind of failure of ``app`` to the one error shape."""
    app.add_exception_handler(EventwireError, _eventwire)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
