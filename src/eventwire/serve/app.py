"""The explorer: a FastAPI app serving the API under ``/api``, its docs at ``/docs`` and the page at ``/``."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.errors import PageNotBuilt, StoreError
from eventwire.serve import errors, routes
from eventwire.serve.cache import CACHE_ENTRIES
from eventwire.serve.reader import COUNT_CAP, Reader
from eventwire.serve.writer import Writer
from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
THREADS = int(SETTINGS["serve_threads"].default)


def create_app(
    db: Path,
    *,
    write_token: str = "",
    count_cap: int = COUNT_CAP,
    cache_entries: int = CACHE_ENTRIES,
    threads: int = THREADS,
    static: Path = STATIC,
) -> FastAPI:
    """The explorer app over the store file ``db`` (which must exist). Read-only unless ``write_token`` is set.
    Answers are cached (``cache_entries`` of them) until the store changes; ``threads`` requests are answered at
    once (0: one more than the machine's cores)."""
    if not db.is_file():
        raise StoreError(f"no store at {db}: code documents into it first (eventwire code FILES --db {db})")
    _migrate(db)
    writer = Writer(db, write_token)
    reader = Reader(db, count_cap, cache_entries)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.threads = _bound_threads(threads)
        yield
        writer.close()
        reader.close()

    app = FastAPI(
        title="eventwire explorer",
        version=__version__,
        description="Events coded by eventwire: filter them, count them, read the sentence behind each.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.reader = reader
    app.state.writer = writer
    app.state.page_built = (static / "index.html").is_file()
    app.state.threads = 0  # until the server starts
    errors.install(app)
    app.include_router(routes.router)
    _page(app, static)
    return app


def _bound_threads(threads: int) -> int:
    """Answer at most ``threads`` requests at once (0: one more than the cores), on the server's event loop.

    The reads run in a thread pool (40 threads by default) and hold Python's lock for most of their time, so
    beyond a few threads more requests in flight only stretch each one: a dear query sharing the lock with 39
    others takes 40 times as long, which is the slowest percentile under load. The rest wait in line instead."""
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = threads or (os.cpu_count() or 1) + 1
    return int(limiter.total_tokens)


def _migrate(db: Path) -> None:
    """Bring the store's schema up to date once, with the store's own migrations, before reading it."""
    from eventwire.store import Store

    Store(db).close()


def _page(app: FastAPI, static: Path) -> None:
    """The page at / and the API docs at /docs, both from the built assets (no CDN: they work offline)."""
    if not app.state.page_built:
        log.warning("the explorer page is not built (%s missing): run `make web` to build it", static / "index.html")

        @app.get("/", include_in_schema=False)
        @app.get("/docs", include_in_schema=False)
        def missing() -> None:
            raise PageNotBuilt("the explorer page is not built: run `make web` (or `make run`) in the repository")

        return
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="eventwire explorer API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png",
        )
