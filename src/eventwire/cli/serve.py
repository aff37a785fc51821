"""``eventwire serve``: the explorer (HTTP API and web page) over a store."""

from __future__ import annotations

import os
from pathlib import Path

import click

from eventwire.errors import EventwireError
from eventwire.settings import SETTINGS

TOKEN_ENV = "EVENTWIRE_WRITE_TOKEN"


@click.command()
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("eventwire.db"),
    show_default=True,
    help="The SQLite store to explore (made by `eventwire code ... --db`).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--access-log", is_flag=True, help="Log every request.")
@click.option(
    "--cache",
    "cache_entries",
    type=click.IntRange(min=0),
    default=int(SETTINGS["serve_cache_entries"].default),
    show_default=True,
    help="Answers kept until the store changes (0: no cache).",
)
@click.option(
    "--threads",
    type=click.IntRange(min=0),
    default=int(SETTINGS["serve_threads"].default),
    show_default=True,
    help="Requests answered at once; others wait their turn (0: one more than the cores).",
)
def serve(db: Path, host: str, port: int, access_log: bool, cache_entries: int, threads: int) -> None:
    """Serve the explorer for the store DB: a web page at / and an HTTP API under /api (docs at /docs).

    Read-only by default. Set the environment variable EVENTWIRE_WRITE_TOKEN to a secret to turn on
    POST /api/documents, which codes a submitted document and stores it; clients send the secret as
    "Authorization: Bearer <token>". Stop the server with Ctrl-C.
    """
    import uvicorn

    from eventwire.serve import create_app

    token = os.environ.get(TOKEN_ENV, str(SETTINGS["serve_write_token"].default))
    try:
        app = create_app(db, write_token=token, cache_entries=cache_entries, threads=threads)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    mode = "writes on (token set)" if token else "read-only"
    click.echo(f"eventwire explorer: http://{host}:{port}/  (API docs: /docs; {db}; {mode})", err=True)
    uvicorn.run(app, host=host, port=port, access_log=access_log, log_level="warning")
