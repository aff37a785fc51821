"""Partitions cover every document of a JSONL or Parquet file once, in order, and read as ``eventwire code`` reads."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventwire.errors import ScaleError
from eventwire.model import Document
from eventwire.scale.partitions import Partition, plan, plan_documents, read_partition


def _docs(count: int) -> list[Document]:
    return [Document(id=f"d{i}", text=f"Text number {i}.", title=f"T{i}") for i in range(count)]


def _jsonl(path: Path, docs: list[Document], blank_every: int = 0) -> Path:
    lines = []
    for i, doc in enumerate(docs):
        lines.append(json.dumps(doc.to_json()))
        if blank_every and i % blank_every == 0:
            lines.append("   ")
    path.write_text("\n".join(lines), encoding="utf-8")  # no newline after the last line
    return path


def _read_all(partitions: list[Partition]) -> list[str]:
    return [r.document.id for p in partitions for r in read_partition(p) if r.document is not None]


def test_jsonl_partitions_hold_every_document_once_in_order(tmp_path: Path) -> None:
    docs = _docs(23)
    partitions = list(plan(_jsonl(tmp_path / "docs.jsonl", docs, blank_every=4), 5))
    assert [p.number for p in partitions] == [0, 1, 2, 3, 4]
    assert [sum(1 for _ in read_partition(p)) for p in partitions] == [5, 5, 5, 5, 3]
    assert _read_all(partitions) == [d.id for d in docs]
    assert partitions[0].start == 0 and partitions[-1].stop == (tmp_path / "docs.jsonl").stat().st_size
    assert all(a.stop == b.start for a, b in itertools.pairwise(partitions))


def test_jsonl_partitions_read_documents_as_written(tmp_path: Path) -> None:
    docs = _docs(7)
    (partition,) = plan(_jsonl(tmp_path / "docs.jsonl", docs), 10)
    assert [r.document for r in read_partition(partition)] == docs


def test_a_bad_line_is_reported_by_name_and_the_rest_are_read(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    good = json.dumps({"id": "a", "text": "Troops crossed the border."})
    path.write_bytes(f"{good}\n{{not json\n".encode() + b'{"id": "b", "text": "\xff"}\n' + f"{good}\n".encode())
    results = [r for p in plan(path, 2) for r in read_partition(p)]
    assert [r.document.id if r.document else None for r in results] == ["a", None, None, "a"]
    assert results[1].error is not None and results[1].error.code == "E104" and results[1].name == f"{path}:2"
    assert results[2].error is not None and results[2].error.code == "E103" and results[2].name == f"{path}:3"


def test_parquet_partitions_read_rows_across_row_groups(tmp_path: Path) -> None:
    docs = _docs(30)
    table = pa.table({"id": [d.id for d in docs], "text": [d.text for d in docs], "title": [d.title for d in docs]})
    path = tmp_path / "docs.parquet"
    pq.write_table(table, path, row_group_size=7)
    partitions = list(plan(path, 10))
    assert [(p.start, p.stop) for p in partitions] == [(0, 10), (10, 20), (20, 30)]
    assert [r.document for p in partitions for r in read_partition(p)] == docs


def test_parquet_published_dates_are_read(tmp_path: Path) -> None:
    import datetime

    path = tmp_path / "docs.parquet"
    table = pa.table({"id": ["a"], "text": ["Talks were held."], "published": [datetime.date(2020, 5, 1)]})
    pq.write_table(table, path)
    (result,) = read_partition(next(plan(path, 5)))
    assert result.document is not None and result.document.published == datetime.date(2020, 5, 1)


def test_documents_in_hand_are_taken_lazily() -> None:
    taken: list[int] = []

    def documents() -> Iterator[Document]:
        for doc in _docs(25):
            taken.append(1)
            yield doc

    partitions = plan_documents(documents(), 10)
    first = next(partitions)
    assert len(first.documents) == 10 and len(taken) == 10
    assert [len(p.documents) for p in partitions] == [10, 5]


def test_a_utf16_or_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "Talks."}\n', encoding="utf-16")
    with pytest.raises(ScaleError, match="not UTF-8 JSONL"):
        plan(path, 5)


def test_a_missing_or_unreadable_input_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScaleError, match="not a file"):
        list(plan(tmp_path / "nothing.jsonl", 5))
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet")
    with pytest.raises(ScaleError, match="not a readable Parquet file"):
        list(plan(bad, 5))
