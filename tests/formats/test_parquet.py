"""Parquet reads back with typed columns."""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.formats import open_writer

from .records import all_records


def _table() -> pa.Table:
    out = io.BytesIO()
    writer = open_writer("parquet", out)
    for record in all_records():
        writer.write(record)
    writer.close()
    return pq.read_table(io.BytesIO(out.getvalue()))


def test_columns_have_their_types() -> None:
    schema = _table().schema
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("evidence_start").type == pa.int64()
    assert schema.field("goldstein").type == pa.float64()
    assert schema.field("date_inherited").type == pa.bool_()
    assert schema.field("type").type == pa.string()


def test_values_read_back_typed() -> None:
    rows = _table().to_pylist()
    assert rows[0]["date_start"].isoformat() == "2023-03-20"
    assert rows[0]["cluster_mentions"] == 5
    assert rows[1]["location_lat"] == 50.4501
