"""The command registry: what `eventwire --help` lists is what each command says of itself."""

from __future__ import annotations

import importlib

import click
import pytest

from eventwire.cli import COMMANDS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listed_summary_is_the_commands_own_first_line(name: str) -> None:
    module, attr, summary = COMMANDS[name]
    command = getattr(importlib.import_module(module), attr)
    assert isinstance(command, click.Command)
    assert summary == command.get_short_help_str(limit=500)
