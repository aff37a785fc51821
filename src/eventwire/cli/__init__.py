"""The ``eventwire`` command. Only the CLI prints and configures logging; the library logs."""

from __future__ import annotations

import importlib
import importlib.util
import logging

import click

from eventwire import __version__

# name -> (module, attribute): subcommands load lazily so `eventwire --help` stays fast.
# Each module is owned by its stage; add a line here to add a command.
COMMANDS: dict[str, tuple[str, str]] = {
    "bench": ("eventwire.cli.bench", "bench"),
    "code": ("eventwire.cli.code", "code"),
    "eval": ("eventwire.cli.eval", "eval_"),
    "gate": ("eventwire.cli.gate", "gate"),
    "ingest": ("eventwire.cli.ingest", "ingest"),
    "serve": ("eventwire.cli.serve", "serve"),
    "watch": ("eventwire.cli.ingest", "watch"),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name, (module, _) in COMMANDS.items() if importlib.util.find_spec(module))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        if importlib.util.find_spec(COMMANDS[cmd_name][0]) is None:
            return None
        module, attr = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
@click.option("-v", "--verbose", count=True, help="Log more: -v info, -vv debug.")
def main(verbose: int) -> None:
    """Turn news text into political event data: who did what to whom, when, where, according to whom."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
