"""``eventwire events``: query the store's events (mentions or clusters) with filters; the shared filter options."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from eventwire.errors import EventwireError
from eventwire.formats import FORMATS
from eventwire.model import parse_published

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = Path("eventwire.db")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _bbox(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not four numbers WEST,SOUTH,EAST,NORTH") from None
    return west, south, east, north


def _words(values: tuple[str, ...], upper: bool = False) -> tuple[str, ...]:
    """Repeated or comma-separated values: ``--type ASSAULT,COERCE`` = ``--type ASSAULT --type COERCE``."""
    words = (w.strip() for v in values for w in v.split(","))
    return tuple(w.upper() if upper else w.lower() for w in words if w)


def db_option(f: F) -> F:
    option = click.option(
        "--db",
        type=click.Path(path_type=Path, dir_okay=False),
        default=DEFAULT_DB,
        show_default=True,
        help="The store to read (made by `eventwire code --db` or `ingest`).",
    )
    return option(f)


FILTERS: tuple[Callable[[F], F], ...] = (
    click.option("--actor", metavar="NAME|CODE", help="Either party: a name as written (any case), RUS or RUSGOV."),
    click.option("--country", metavar="ISO3", help="A party's country or the place's country."),
    click.option("--sector", metavar="CODE", help="Either party's sector (GOV, MIL, REB, ...)."),
    click.option("--type", "types", multiple=True, metavar="TYPE", help="PLOVER type(s), repeated or comma-separated."),
    click.option("--mode", "modes", multiple=True, metavar="MODE", help="PLOVER mode(s) (visit, firearms, ...)."),
    click.option(
        "--status", "statuses", multiple=True, metavar="STATUS", help="asserted, planned, hypothetical, negated."
    ),
    click.option("--since", callback=_date, metavar="DATE", help="Events on or after this day (YYYY-MM-DD)."),
    click.option("--until", callback=_date, metavar="DATE", help="Events on or before this day."),
    click.option("--place", metavar="NAME", help="Events at a place of this name (any case)."),
    click.option("--bbox", callback=_bbox, metavar="W,S,E,N", help="Events placed in this box (degrees)."),
    click.option("--text", metavar="QUERY", help='Documents matching this full-text query ("air strike" OR shelling).'),
    click.option("--min-confidence", type=click.FloatRange(0, 1), help="Events at least this confident."),
    click.option("--doc", "doc_id", metavar="ID", help="Events of one document."),
    click.option("--event", "cluster_id", metavar="ID", help="The mentions of one event (cluster)."),
)


def filter_options(f: F) -> F:
    """Add every filter option of ``EventQuery`` to a command."""
    for option in reversed(FILTERS):
        f = option(f)
    return f


def build_query(filters: dict[str, Any], *, sort: str, limit: int | None) -> Any:
    """An ``EventQuery`` from the filter options; a bad value is a usage error naming it."""
    from eventwire.store.query import EventQuery

    values = dict(filters)
    values["types"] = _words(values.get("types", ()), upper=True)
    values["modes"] = _words(values.get("modes", ()))
    values["statuses"] = _words(values.get("statuses", ()))
    if values.get("sector"):
        values["sector"] = values["sector"].upper()
    if values.get("country"):
        values["country"] = values["country"].upper()
    try:
        return EventQuery(**values, sort=sort, limit=limit)
    except EventwireError as exc:
        raise click.UsageError(exc.message) from exc


def open_store(db: Path, stack: ExitStack) -> Any:
    """The store at ``db``; a missing file is an error (reading never creates a store)."""
    from eventwire.store import Store

    if not db.exists():
        raise click.ClickException(f"no store at {db}: code documents into it first (`eventwire code FILES --db {db}`)")
    try:
        return stack.enter_context(Store(db))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@db_option
@filter_options
@click.option("--clusters", is_flag=True, help="One row per event (a cluster of reports) instead of per report.")
@click.option(
    "--sort",
    type=click.Choice(["date", "-date", "confidence", "-confidence", "doc", "reports", "-reports"]),
    default="date",
    show_default=True,
    help="Order (-x: descending; doc: by document, mentions only; reports: by mentions, clusters only).",
)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most N rows (0: all).")
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(list(FORMATS)),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
def events(db: Path, clusters: bool, sort: str, limit: int, format_: str, output: Path | None, **filters: Any) -> None:
    """List the events in the store that match every filter given.

    By default one row per report (a mention: one event coded from one document); with --clusters one
    row per event, i.e. per cluster of reports of the same happening, with how many reports, documents
    and sources it has. A filter keeps a cluster when any of its reports matches. Prints how many rows
    matched in all on stderr.
    """
    from eventwire.cli.output import event_writer
    from eventwire.errors import EventwireError as Error

    query = build_query(filters, sort=sort, limit=limit or None)
    with ExitStack() as stack:
        store = open_store(db, stack)
        try:
            total = store.count_clusters(query) if clusters else store.count_mentions(query)
            records = store.clusters(query) if clusters else store.mentions(query)
            writer = event_writer(format_, output, stack, unit="cluster" if clusters else "mention")
            shown = 0
            for record in records:
                writer.write(record)
                shown += 1
        except Error as exc:
            raise click.ClickException(str(exc)) from exc
    noun = "events (clusters)" if clusters else "events (mentions)"
    click.echo(f"eventwire: {shown} of {total} matching {noun} in {db}", err=True)
