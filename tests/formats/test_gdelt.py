"""The GDELT 2.0 event table: 61 tab-separated columns, in GDELT's order, with what can be filled."""

from __future__ import annotations

import io
from dataclasses import replace

from eventwire.formats import EventRecord, open_writer
from eventwire.formats.gdelt import COLUMNS, row

from .records import all_records, full


def _rows() -> list[list[str]]:
    out = io.StringIO()
    writer = open_writer("gdelt", out)
    for record in all_records():
        writer.write(record)
    writer.close()
    return [line.split("\t") for line in out.getvalue().splitlines()]


def _cells(row: list[str]) -> dict[str, str]:
    return dict(zip(COLUMNS, row, strict=True))


def test_every_row_has_exactly_61_columns() -> None:
    assert [len(row) for row in _rows()] == [61, 61]


def test_the_columns_are_gdelts_in_order() -> None:
    assert (COLUMNS[0], COLUMNS[5], COLUMNS[15], COLUMNS[26], COLUMNS[30], COLUMNS[51], COLUMNS[60]) == (
        "GLOBALEVENTID",
        "Actor1Code",
        "Actor2Code",
        "EventCode",
        "GoldsteinScale",
        "ActionGeo_Type",
        "SOURCEURL",
    )


def test_codes_and_scales_come_from_the_cameo_code() -> None:
    cells = _cells(_rows()[0])
    assert (cells["EventCode"], cells["EventBaseCode"], cells["EventRootCode"]) == ("042", "042", "04")
    assert (cells["QuadClass"], cells["GoldsteinScale"]) == ("1", "1.9")


def test_counts_come_from_the_cluster() -> None:
    cells = _cells(_rows()[0])
    assert (cells["NumMentions"], cells["NumSources"], cells["NumArticles"]) == ("5", "3", "4")


def test_actors_are_coded_country_then_sector() -> None:
    cells = _cells(_rows()[0])
    assert (cells["Actor1Code"], cells["Actor1Name"], cells["Actor1Type1Code"]) == ("CHNGOV", "XI JINPING", "GOV")


def test_the_place_fills_the_action_geography_with_fips_codes() -> None:
    cells = _cells(_rows()[0])
    assert (cells["ActionGeo_Type"], cells["ActionGeo_CountryCode"], cells["ActionGeo_FullName"]) == (
        "4",
        "RS",
        "Moscow, Russia",
    )
    assert cells["ActionGeo_FeatureID"] == "524901"


def test_an_actor_of_the_places_country_is_placed_there_others_not() -> None:
    cells = _cells(_rows()[0])
    assert (cells["Actor1Geo_Type"], cells["Actor2Geo_Type"]) == ("", "4")


def test_dates_are_gdelts_numbers() -> None:
    cells = _cells(_rows()[0])
    assert (cells["SQLDATE"], cells["MonthYear"], cells["Year"], cells["DATEADDED"]) == (
        "20230320",
        "202303",
        "2023",
        "20230317000000",
    )


def test_an_event_without_a_cameo_code_takes_its_types_root() -> None:
    cells = _cells(_rows()[1])
    assert (cells["EventCode"], cells["QuadClass"], cells["GoldsteinScale"]) == ("18", "4", "-9.0")


def test_rows_of_mentions_keep_their_own_ids() -> None:
    record = full()
    assert record.cluster is not None
    other = EventRecord(record.event, record.document, replace(record.cluster, id="abcdef0123456789"))
    assert row(other, per_cluster=False)[0] == row(record, per_cluster=False)[0]
    assert row(other, per_cluster=True)[0] != row(record, per_cluster=True)[0]


def test_tabs_inside_values_do_not_add_columns() -> None:
    record = full()
    assert "\t" in record.event.evidence.sentence
    assert all(len(row) == 61 for row in _rows())
