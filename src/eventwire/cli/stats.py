"""``eventwire stats``: counts by type, dyad or country and month, or an actor's cooperation-conflict series."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any, Literal

import click

from eventwire.cli.events import build_query, db_option, filter_options, open_store

BARS = "▁▂▃▄▅▆▇█"
HALF_WIDTH = 20  # characters on each side of the series chart's zero line


def sparkline(values: list[int]) -> str:
    """One character per value, taller for larger values (zero is a space)."""
    top = max(values, default=0) or 1
    return "".join(" " if v == 0 else BARS[min(len(BARS) - 1, (v * len(BARS) - 1) // top)] for v in values)


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (YYYY-MM), inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    months: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def goldstein_bar(mean: float | None) -> str:
    """A bar left of the zero line for conflict, right of it for cooperation (scale -10..10)."""
    if mean is None:
        return " " * HALF_WIDTH + "|"
    size = round(abs(mean) / 10 * HALF_WIDTH)
    left = " " * (HALF_WIDTH - size) + "█" * size if mean < 0 else " " * HALF_WIDTH
    right = "█" * size if mean > 0 else ""
    return f"{left}|{right}"


def _write_rows(out: IO[str], fmt: str, rows: list[dict[str, Any]]) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    if rows:
        writer.writerow(rows[0].keys())
    for row in rows:
        writer.writerow(["/".join(map(str, v)) if isinstance(v, list | tuple) else v for v in row.values()])


def _counts_table(out: IO[str], rows: list[Any], by: str) -> None:
    if not rows:
        out.write("no events\n")
        return
    months = months_between(min(r.month for r in rows), max(r.month for r in rows))
    per_key: dict[str, dict[str, int]] = {}
    for r in rows:
        per_key.setdefault(r.key, {})[r.month] = r.events
    width = max(len(k) for k in [*per_key, by])
    room = max(10, 80 - width - 11)
    step = -(-len(months) // room)  # months per chart character
    unit = "month" if step == 1 else f"{step} months"
    out.write(f"{by:<{width}}  {'events':>7}  one mark per {unit}, {months[0]} to {months[-1]}" + "\n")
    ranked = sorted(per_key.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    for key, counts in ranked:
        values = [counts.get(m, 0) for m in months]
        binned = [sum(values[i : i + step]) for i in range(0, len(values), step)]
        out.write(f"{key:<{width}}  {sum(values):>7}  {sparkline(binned)}" + "\n")


def _series_table(out: IO[str], points: list[Any], who: str) -> None:
    out.write(f"{who}: mean Goldstein per month, conflict (-10) left, cooperation (+10) right\n")
    out.write(f"{'month':<7}  {'events':>6}  {'mean':>5}  chart\n")
    for p in points:
        mean = "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.1f}"
        out.write(f"{p.month:<7}  {p.events:>6}  {mean:>5}  {goldstein_bar(p.goldstein_mean)}\n")


@click.command()
@db_option
@filter_options
@click.option(
    "--by",
    type=click.Choice(["type", "dyad", "country"]),
    default="type",
    show_default=True,
    help="Count events by type, dyad (source>target countries) or country, per month.",
)
@click.option("--series", "series_of", metavar="ACTOR", help="Instead: the cooperation-conflict series of ACTOR.")
@click.option("--with", "other", metavar="ACTOR", help="With --series: only events between the two actors.")
@click.option("--mentions", is_flag=True, help="Count mentions (reports) instead of events (clusters).")
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: a text chart; csv and json: one row per key and month.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
def stats(
    db: Path,
    by: str,
    series_of: str | None,
    other: str | None,
    mentions: bool,
    format_: str,
    output: Path | None,
    **filters: Any,
) -> None:
    """Aggregate the store's events: counts per month by type, dyad or country, or (--series) how an actor's
    (or a pair's) relations go from cooperation to conflict month by month.

    Events are clusters of reports (one per happening) unless --mentions. The series gives per month the
    number of events, the mean and total Goldstein value of their CAMEO codes (-10 most conflictual, +10
    most cooperative) and their count in each quad class (verbal and material cooperation and conflict).
    The filters of `eventwire events` apply.
    """
    from eventwire.errors import EventwireError
    from eventwire.store import stats as aggregates

    query = build_query(filters, sort="date", limit=None)
    unit: Literal["mention", "cluster"] = "mention" if mentions else "cluster"
    with ExitStack() as stack:
        store = open_store(db, stack)
        out: IO[str] = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        try:
            if series_of:
                points = aggregates.series(store.db, series_of, other, query, unit)
                if format_ == "table":
                    _series_table(out, points, series_of + (f" with {other}" if other else ""))
                else:
                    _write_rows(out, format_, [asdict(p) for p in points])
            else:
                rows = aggregates.counts(store.db, by, query, unit)  # type: ignore[arg-type]  # click.Choice
                if format_ == "table":
                    _counts_table(out, rows, by)
                else:
                    _write_rows(out, format_, [r._asdict() for r in rows])
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
