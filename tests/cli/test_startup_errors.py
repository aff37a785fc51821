"""A broken data file found when the coder starts is one line naming the file and line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.lexicons.files import read_text, substituted

pytestmark = pytest.mark.slow


def test_broken_data_row_stops_code_with_one_line(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Police arrested ten protesters in Nairobi on Monday.", encoding="utf-8")
    broken = read_text("actors/people.tsv") + "Nobody Known\t\tKEN\tGOV\tminister\t2020-13-01\t\n"
    with substituted("actors/people.tsv", broken):
        result = CliRunner().invoke(main, ["code", str(story), "--published", "2024-03-04"])
    assert result.exit_code == 1
    assert "data/actors/people.tsv line" in result.output
    assert "Traceback" not in result.output
