"""The ``eventwire`` command. Only the CLI prints and configures logging; the library logs."""

from __future__ import annotations

import importlib
import importlib.util
import logging

import click

from eventwire.errors import EventwireError
from eventwire.version import VERSION

# name -> (module, attribute, one-line summary): subcommands load lazily so `eventwire --help` stays fast; the
# summary is what `eventwire --help` lists (a test checks it is the first line of the command's own help).
# Each module is owned by its stage; add a line here to add a command.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "bench": (
        "eventwire.cli.bench",
        "bench",
        "Time the spaCy parse alone and the full eventwire coding on CORPUS (document JSONL).",
    ),
    "calibrate": (
        "eventwire.cli.calibrate",
        "calibrate_",
        "Fit the calibrated confidence (the probability that an event is right) on the dev articles.",
    ),
    "code": (
        "eventwire.cli.code",
        "code",
        "Code PATHS (files or folders of text, pages, JSONL, CSV or feeds) into events.",
    ),
    "eval": (
        "eventwire.cli.eval",
        "eval_",
        "Score events against GOLD, a gold JSONL file (docs/schema.md, section 3).",
    ),
    "events": ("eventwire.cli.events", "events", "List the events in the store that match every filter given."),
    "export": (
        "eventwire.cli.export",
        "export",
        "Export the store's events (all, or those matching the filters) in one of the formats.",
    ),
    "gate": ("eventwire.cli.gate", "gate", "Score the dev sets and fail when a figure drops below its pinned floor."),
    "kb": (
        "eventwire.cli.kb",
        "kb",
        "The offline actor knowledge base: people and organisations with country, sector and dated roles.",
    ),
    "import": (
        "eventwire.cli.importing",
        "import_",
        "Import the events of FILE (exported as jsonl, csv, parquet or plover) into the store.",
    ),
    "ingest": (
        "eventwire.cli.ingest",
        "ingest",
        "Store documents from SOURCES (files, folders, file: and http(s) URLs, RSS/Atom feeds) in the --db store.",
    ),
    "serve": (
        "eventwire.cli.serve",
        "serve",
        "Serve the explorer for the store DB: a web page at / and an HTTP API under /api (docs at /docs).",
    ),
    "stats": (
        "eventwire.cli.stats",
        "stats",
        "Aggregate the store's events: counts per month by type, dyad or country, or (--series) how an actor's"
        " (or a pair's) relations go from cooperation to conflict month by month.",
    ),
    "watch": (
        "eventwire.cli.ingest",
        "watch",
        "Poll FEEDS every --every until stopped (Ctrl-C or SIGTERM), ingesting and coding new entries.",
    ),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when used; ``--help`` lists them from ``COMMANDS``."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name, (module, _, _) in COMMANDS.items() if importlib.util.find_spec(module))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[cmd_name]
        if importlib.util.find_spec(module) is None:
            return None
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; an eventwire error that reaches here (a broken data file found when the coder
        starts, a store that cannot be opened) is one line naming what to fix, and exit status 1."""
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, from the summaries, without importing any command."""
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(VERSION, prog_name="eventwire")
@click.option("-v", "--verbose", count=True, help="Log more: -v info, -vv debug.")
def main(verbose: int) -> None:
    """Turn news text into political event data: who did what to whom, when, where, according to whom."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
