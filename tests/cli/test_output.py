"""What the CLI prints around the events: the progress of a batch, and the width of a table."""

from __future__ import annotations

import io

from eventwire.cli.output import progress, table_width


def test_progress_yields_every_item_when_no_terminal_watches() -> None:
    assert list(progress(iter([1, 2, 3]), 3, "coding")) == [1, 2, 3]


def test_a_table_written_to_a_file_is_eighty_columns_wide() -> None:
    assert table_width(io.StringIO()) == 80
