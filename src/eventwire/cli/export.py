"""``eventwire export``: write the store's events in a format other tools read."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from eventwire.cli.events import build_query, db_option, filter_options, open_store
from eventwire.formats import FORMATS


@click.command()
@db_option
@filter_options
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(list(FORMATS)),
    default="jsonl",
    show_default=True,
    help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + ".",
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
@click.option(
    "--clusters/--mentions",
    default=None,
    help="One row per event (cluster) or per report; default: clusters for gdelt, mentions otherwise.",
)
def export(db: Path, format_: str, output: Path | None, clusters: bool | None, **filters: Any) -> None:
    """Export the store's events (all, or those matching the filters) in one of the formats.

    Mentions are written by document and position in the text, clusters by date, so the same store
    always gives the same file. jsonl, csv, parquet and plover files can be read back with `eventwire
    import`. The gdelt format has GDELT 2.0's 61 columns (approximations: docs/store.md).
    """
    from eventwire.cli.output import event_writer
    from eventwire.errors import EventwireError

    unit = FORMATS[format_].unit if clusters is None else ("cluster" if clusters else "mention")
    query = build_query(filters, sort="date" if unit == "cluster" else "doc", limit=None)
    count = 0
    with ExitStack() as stack:
        store = open_store(db, stack)
        writer = event_writer(format_, output, stack, unit=unit)
        try:
            for record in store.clusters(query) if unit == "cluster" else store.mentions(query):
                writer.write(record)
                count += 1
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"eventwire: exported {count} {'events (clusters)' if unit == 'cluster' else 'events'}", err=True)
