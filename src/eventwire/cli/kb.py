"""``eventwire kb``: build the actor knowledge base from public sources, and measure what it knows."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from eventwire.errors import EventwireError
from eventwire.eval.paths import find_shared


def _shared(shared: Path | None) -> Path:
    found = shared or find_shared()
    if found is None or not (found / "actors").is_dir():
        raise click.UsageError("no shared folder with actors/ found beside the checkout: pass --shared PATH")
    return found


def _default_out() -> Path:
    from eventwire.knowledge.base import bundled_tables

    return bundled_tables()


@click.group()
def kb() -> None:
    """The offline actor knowledge base: people and organisations with country, sector and dated roles."""


@kb.command()
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    help="The shared folder with actors/ (default: ../shared).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the tables (default: the package's data/knowledge/).",
)
def build(shared: Path | None, out: Path | None) -> None:
    """Rebuild the tables from the sources in SHARED/actors/ and the project's own entries (deterministic)."""
    from eventwire.knowledge.build import build as build_tables

    started = time.perf_counter()
    try:
        report = build_tables(_shared(shared), out or _default_out())
    except EventwireError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(
        f"{report.people} people, {report.roles} roles, {report.organisations} organisations "
        f"in {time.perf_counter() - started:.1f} s"
    )
    for name, size in report.files.items():
        click.echo(f"  {name}: {size / 1e6:.2f} MB")


@kb.command()
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    help="The shared folder with dev/ (default: ../shared).",
)
@click.option("--misses", is_flag=True, help="List the named actors not found and those found with a wrong code.")
def coverage(shared: Path | None, misses: bool) -> None:
    """How many named gold actors of dev/articles.gold.jsonl resolve to the right country and sector."""
    from eventwire.knowledge import KnowledgeBase
    from eventwire.knowledge.coverage import measure, tables_only

    folder = shared or find_shared()
    gold = folder / "dev" / "articles.gold.jsonl" if folder else None
    if gold is None or not gold.is_file():
        raise click.UsageError("no dev/articles.gold.jsonl in the shared folder: pass --shared PATH")
    for label, base in (("knowledge base", KnowledgeBase.default()), ("today's tables", tables_only())):
        result = measure(base, gold)
        click.echo(
            f"{label}: {result.phrases} named actor phrases, found {result.found}, "
            f"right country and sector {result.right} ({result.right / max(result.phrases, 1):.0%})"
        )
        if misses and label == "knowledge base":
            for text in sorted(set(result.misses)):
                click.echo(f"  miss: {text}")
            for text in sorted(set(result.wrong)):
                click.echo(f"  wrong: {text}")


@kb.command()
def bench() -> None:
    """Load the bundled tables in this process and print the time and memory it takes."""
    import resource

    from eventwire.knowledge import KnowledgeBase

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    base = KnowledgeBase.load()
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    base.people_named("Erdoğan")
    base.organisations_named("Isis")
    index_wall, index_cpu = time.perf_counter() - wall, time.process_time() - cpu
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    click.echo(f"{len(base.people)} people, {len(base.organisations)} organisations")
    click.echo(f"load and check: {load_wall:.2f} s wall, {load_cpu:.2f} s CPU")
    click.echo(f"name indexes (first lookup): {index_wall:.2f} s wall, {index_cpu:.2f} s CPU")
    click.echo(f"memory: +{grown:.0f} MB resident")


@kb.command()
@click.argument("name")
@click.option("--date", "when", help="The day to look the name up on (YYYY-MM-DD).")
def lookup(name: str, when: str | None) -> None:
    """Print what the knowledge base says about NAME (people, then organisations)."""
    from datetime import date

    from eventwire.knowledge import KnowledgeBase

    base = KnowledgeBase.default()
    day = date.fromisoformat(when) if when else None
    for person in base.people_named(name, day):
        role = person.role_at(day) if day else person.latest_role()
        held = f"{role.title} ({role.country}/{role.sector})" if role else "no role held then"
        click.echo(f"person {person.id}: {person.name}, {person.country}; {held}")
    for org in base.organisations_named(name):
        click.echo(f"organisation {org.id}: {org.name}, {org.country or '-'}/{org.sector} ({org.kind})")
