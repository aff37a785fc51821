"""``eventwire import``: read exported events back into a store."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import click

from eventwire.formats import FORMATS

IMPORTABLE = [f.name for f in FORMATS.values() if f.importable]
BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-f", "--format", "format_", type=click.Choice(IMPORTABLE), help="The file's format (default: from its suffix)."
)
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("eventwire.db"),
    show_default=True,
    help="The store to import into (created if missing).",
)
def import_(file: Path, format_: str | None, db: Path) -> None:
    """Import the events of FILE (exported as jsonl, csv, parquet or plover) into the store.

    The events of each document in FILE replace that document's events in the store, and are
    clustered; a document not in the store is added without its text. Importing the same file twice
    changes nothing. A malformed line stops the import with its line number, and nothing is stored.
    """
    from eventwire.errors import EventwireError
    from eventwire.formats import read
    from eventwire.store import Store

    name = format_ or BY_SUFFIX.get(file.suffix.lower())
    if name is None:
        raise click.UsageError(f"cannot tell the format of {file} from its suffix: give --format")
    binary = FORMATS[name].binary
    with ExitStack() as stack:
        stream = stack.enter_context(file.open("rb" if binary else "r", encoding=None if binary else "utf-8"))
        try:
            records = list(read(name, stream, str(file)))
            store = stack.enter_context(Store(db))
            events, documents = store.import_records(records, origin=file.name)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"eventwire: imported {events} events of {documents} documents from {file} into {db}")
