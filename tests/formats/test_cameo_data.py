"""The CAMEO data file: Goldstein values and quad classes, validated row by row."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.formats import cameo


def test_every_root_code_has_a_quad_class() -> None:
    table = cameo.cameo_table()
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert [table[r].quad_class for r in roots] == [1] * 5 + [2] * 3 + [3] * 5 + [4] * 7


def test_a_code_takes_its_roots_quad_class() -> None:
    assert cameo.cameo_table()["1823"].quad_class == 4


def test_an_unlisted_code_takes_its_nearest_parents_values() -> None:
    entry = cameo.lookup("1724")
    assert entry is not None
    assert (entry.code, entry.goldstein) == ("1724", -5.0)
    parent = cameo.lookup("106")
    assert parent is not None
    assert (parent.code, parent.goldstein) == ("10", -5.0)


def test_every_type_has_a_root_code_and_every_sector_a_name() -> None:
    assert len(cameo.type_roots()) == 16
    assert cameo.sector_names()["GOV"] == "Government"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["042", "x", "-", "Make a visit"], "not a number"),
        (["042", "12", "-", "Make a visit"], "outside -10..10"),
        (["42a", "1", "-", "Make a visit"], "not a new 2-4 digit"),
        (["04", "1", "-", "Consult"], "quad_class"),
        (["042", "1.9", "-", ""], "no name"),
    ],
)
def test_a_bad_row_is_named_by_file_and_line(row: list[str], message: str) -> None:
    rows = iter([(1, ["04", "1.0", "1", "Consult"]), (7, row)]) if row[0] != "04" else iter([(7, row)])
    with pytest.raises(DataFileError, match=rf"cameo\.tsv:7: .*{message}"):
        cameo.parse_cameo_table(rows)


def test_a_code_without_its_root_is_refused() -> None:
    with pytest.raises(DataFileError, match="no root code 05"):
        cameo.parse_cameo_table(iter([(1, ["04", "1.0", "1", "Consult"]), (2, ["051", "3.4", "-", "Praise"])]))
