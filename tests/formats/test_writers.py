"""The export formats one by one: JSONL as the schema writes it, PLOVER and ICEWS fields, flat columns, and the
country codes and names the exports need."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.formats import FormatError, WriteOptions, countries, flat, icews, jsonl, plover

from .records import all_records, full, sparse


def test_jsonl_reads_back_what_it_wrote() -> None:
    out = io.StringIO()
    writer = jsonl.open_writer(out, WriteOptions(), "jsonl")
    for record in all_records():
        writer.write(record)
    writer.close()
    back = list(jsonl.read(io.StringIO(out.getvalue()), "events.jsonl", "jsonl"))
    assert [r.event.to_json() for r in back] == [r.event.to_json() for r in all_records()]


def test_a_jsonl_line_that_is_no_event_names_its_line() -> None:
    text = json.dumps(full().event.to_json()) + "\n[1]\n"
    with pytest.raises(FormatError, match=r"events\.jsonl:2: not an event"):
        list(jsonl.read(io.StringIO(text), "events.jsonl", "jsonl"))


def test_plover_names_the_actor_recipient_and_event() -> None:
    obj = plover.to_plover(full())
    assert obj["event"] == ["CONSULT"]
    assert obj["actor"][0]["entity_text"] == "Xi Jinping"
    assert obj["actor"][0]["code"] == "CHN"
    assert obj["recipient"][0]["code"] == "RUS"
    assert obj["date"] == "2023-03-20"


def test_an_icews_row_has_a_cell_for_every_column() -> None:
    for record in all_records():
        assert len(icews.row(record)) == len(icews.COLUMNS)


def test_flat_columns_are_named_once_each() -> None:
    assert len(set(flat.NAMES)) == len(flat.NAMES)
    assert {"source_country", "date_start", "evidence_sentence"} <= set(flat.NAMES)


def test_an_event_without_parties_fills_no_party_columns() -> None:
    by_name = {c.name: c.get(sparse()) for c in flat.COLUMNS}
    assert by_name["target_country"] is None
    assert by_name["source_country"] == "UKR"


def test_countries_have_their_fips_code_and_name() -> None:
    assert countries.fips("KEN") == "KE"
    assert countries.name("KEN") == "Kenya"
    assert countries.fips(None) == ""
