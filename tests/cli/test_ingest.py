"""``eventwire ingest`` options: the polling interval of --every."""

from __future__ import annotations

import pytest

from eventwire.cli.ingest import parse_duration


@pytest.mark.parametrize(
    ("value", "seconds"), [("90", 90.0), ("30s", 30.0), ("15m", 900.0), ("2h", 7200.0), ("1d", 86400.0)]
)
def test_a_duration_is_read_in_its_unit(value: str, seconds: float) -> None:
    assert parse_duration(value) == seconds


def test_a_duration_without_a_known_unit_says_how_to_write_one() -> None:
    with pytest.raises(ValueError, match="like 30s, 15m or 2h"):
        parse_duration("3 weeks")
