"""The gazetteer's stored table answers every name as the table built in memory does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.lexicons.gazetteer import stored
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.lexicons.gazetteer.stored import StoredTable, source_key, stored_table, table_path, write
from eventwire.lexicons.gazetteer.table import Entry, Table


@pytest.mark.slow  # builds the whole table (~5 s of processor time)
def test_every_name_gives_the_hits_of_the_built_table(tmp_path: Path) -> None:
    built = Gazetteer()._build()
    table = StoredTable(write(built, tmp_path / "gazetteer.sqlite"))
    assert len(built.index) > 200_000
    differing = [key for key in built.index if table.hits(key) != built.hits(key)]
    assert differing == []
    assert table.hits("no such place anywhere") == built.hits("no such place anywhere") == []


def _small_table() -> Table:
    table = Table()
    for entry in (
        Entry("Nairobi", "KEN", -1.28, 36.82, 184745, "city", 2_750_000),
        Entry("Kenya", "KEN", 0.5, 38.0, 192950, "country", 50_000_000),
        Entry("Samburu", "KEN", None, None, None, "admin1"),
    ):
        table.append(entry)
    table.add_key("nairobi", 0, True)
    table.add_key("kenya", 1, True)
    table.add_key("samburu", 2, True)
    table.add_key("nairobi", 2, False)
    table.freeze()
    return table


def test_entries_keep_missing_coordinates_and_ids_and_the_order_of_hits(tmp_path: Path) -> None:
    built = _small_table()
    table = StoredTable(write(built, tmp_path / "small.sqlite"))
    for key in ("nairobi", "kenya", "samburu", "mombasa"):
        assert table.hits(key) == built.hits(key)
    assert table.hits("samburu")[0][0].lat is None and table.hits("samburu")[0][0].geonameid is None


def test_the_table_is_built_once_and_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored, "_folders", lambda: [tmp_path / "data", tmp_path / "cache"])
    builds: list[int] = []

    def build() -> Table:
        builds.append(1)
        return _small_table()

    first = stored_table(build)
    second = stored_table(build)
    assert builds == [1] and first.path == second.path == table_path()
    assert first.path.parent == tmp_path / "data" and source_key() in first.path.name
    assert second.hits("kenya") == _small_table().hits("kenya")


def test_a_forked_process_reads_with_its_own_connection(tmp_path: Path) -> None:
    table = StoredTable(write(_small_table(), tmp_path / "small.sqlite"))
    assert table.hits("kenya")
    parent = table.db
    pid = os.fork()
    if pid == 0:  # the child: a fresh connection, the same answers
        os._exit(0 if table.db is not parent and table.hits("nairobi") == _small_table().hits("nairobi") else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


@pytest.mark.slow  # reads the whole city list
def test_the_stored_city_tables_answer_as_the_tables_drawn_in_memory() -> None:
    from eventwire.lexicons.actors.cities import _tables, city_countries, city_populations

    countries, sizes = _tables()
    assert len(countries) > 20_000 and len(sizes) > 20_000
    assert all(city_countries().get(key) == iso3 for key, iso3 in countries.items())
    assert all(city_populations().get(key) == size for key, size in sizes.items())
    assert city_countries().get("no such city") is None and city_populations().get("no such city") == 0
