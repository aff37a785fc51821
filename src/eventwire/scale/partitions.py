"""Partitions: the slices of a collection that one Dask task codes, and how a worker reads its slice.

Three kinds of input are cut into partitions of about ``partition_size`` documents:

- a JSONL file, by byte ranges found in one pass over its lines (the workers read their own range, so the file
  must be where every worker can open it: a shared filesystem);
- a Parquet file of documents (columns ``id``, ``text`` and optionally ``title``, ``published``, ``url``,
  ``source``), by row ranges (the workers read the row groups that hold their rows);
- documents in hand (from the store), shipped with the task, since a SQLite file is not for many readers on a
  network.

A partition is numbered in input order; its number names its output, so coding it again writes the same file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import DocumentTooLarge, EncodingError, ScaleError
from eventwire.ingest.files import MAX_LINE_BYTES, SNIFF_BYTES, Item, bom_encoding, jsonl_item
from eventwire.model import Document

Kind = Literal["jsonl", "parquet", "documents"]
DOCUMENT_COLUMNS = ("id", "text", "title", "published", "url", "source")


@dataclass(frozen=True, slots=True)
class Partition:
    """One slice of the input: where it is (``start``/``stop`` are bytes of a JSONL file or rows of a Parquet
    file) or, for documents in hand, the documents themselves."""

    number: int
    kind: Kind
    path: str | None = None
    start: int = 0
    stop: int = 0
    first_line: int = 1
    documents: tuple[Document, ...] = ()

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}"


def plan(source: Path, size: int) -> Iterator[Partition]:
    """The partitions of a JSONL or Parquet file, in order."""
    if not source.is_file():
        raise ScaleError(f"{source} is not a file; give a JSONL or Parquet file of documents")
    if source.suffix == ".parquet":
        return plan_parquet(source, size)
    with source.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    if bom_encoding(head) in ("utf-16", "utf-32") or b"\x00" in head:
        raise ScaleError(f"{source} is not UTF-8 JSONL (binary, or UTF-16/32); re-encode it as UTF-8 JSONL")
    return plan_jsonl(source, size)


def plan_jsonl(path: Path, size: int) -> Iterator[Partition]:
    """Byte ranges of ``path`` holding ``size`` non-blank lines each (the last may hold fewer)."""
    number = start = offset = count = 0
    first = 1
    with path.open("rb") as stream:
        for lineno, line in enumerate(stream, start=1):
            if count == size:
                yield Partition(number, "jsonl", str(path), start, offset, first)
                number, start, first, count = number + 1, offset, lineno, 0
            offset += len(line)
            count += bool(line.strip())
    if count:
        yield Partition(number, "jsonl", str(path), start, offset, first)


def plan_parquet(path: Path, size: int) -> Iterator[Partition]:
    """Row ranges of ``size`` rows of a Parquet file of documents."""
    import pyarrow.parquet as pq

    try:
        rows = pq.ParquetFile(path).metadata.num_rows
    except (OSError, ValueError) as exc:
        raise ScaleError(f"{path} is not a readable Parquet file: {exc}") from exc
    for number, start in enumerate(range(0, rows, size)):
        yield Partition(number, "parquet", str(path), start, min(rows, start + size))


def plan_documents(documents: Iterable[Document], size: int) -> Iterator[Partition]:
    """Documents in hand, ``size`` to a partition, read lazily so that a large store is never held whole."""
    chunk: list[Document] = []
    number = 0
    for document in documents:
        chunk.append(document)
        if len(chunk) == size:
            yield Partition(number, "documents", documents=tuple(chunk))
            chunk, number = [], number + 1
    if chunk:
        yield Partition(number, "documents", documents=tuple(chunk))


def read_partition(partition: Partition) -> Iterator[Item]:
    """The documents of a partition, in order, or the error that kept each from being read (as ``eventwire code``
    reads a JSONL file: ``ingest.files.jsonl_item`` for each line, named ``path:line``)."""
    if partition.kind == "documents":
        yield from (Item(d.id, document=d) for d in partition.documents)
    elif partition.kind == "jsonl":
        yield from _jsonl_range(partition)
    else:
        yield from _parquet_rows(partition)


def _jsonl_range(partition: Partition) -> Iterator[Item]:
    assert partition.path is not None
    with open(partition.path, "rb") as stream:
        stream.seek(partition.start)
        lineno = partition.first_line
        while stream.tell() < partition.stop:
            raw = stream.readline()
            if raw.strip():
                yield _line(raw, lineno, partition.path)
            lineno += 1


def _line(raw: bytes, lineno: int, path: str) -> Item:
    """One JSONL line, decoded and checked as the ingest reader does (``ingest.files.text_lines``)."""
    where = f"{path}:{lineno}"
    if len(raw) > MAX_LINE_BYTES:
        return Item(where, error=DocumentTooLarge(f"is a line over the {MAX_LINE_BYTES:,}-byte limit", doc_id=where))
    try:
        text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return Item(where, error=EncodingError(f"is not valid UTF-8 (byte {exc.start}); re-encode it", doc_id=where))
    return jsonl_item(text, where)


def _parquet_rows(partition: Partition) -> Iterator[Item]:
    import pyarrow.parquet as pq

    assert partition.path is not None
    parquet = pq.ParquetFile(partition.path)
    columns = [c for c in DOCUMENT_COLUMNS if c in parquet.schema_arrow.names]
    groups, first = _row_groups(parquet, partition.start, partition.stop)
    table = parquet.read_row_groups(groups, columns=columns)
    rows = table.slice(partition.start - first, partition.stop - partition.start).to_pylist()
    for offset, row in enumerate(rows):
        yield _row(row, f"{partition.path}[{partition.start + offset}]")


def _row_groups(parquet: Any, start: int, stop: int) -> tuple[list[int], int]:
    """The row groups holding rows ``start``..``stop`` and the number of the first row of the first of them."""
    groups: list[int] = []
    first = row = 0
    for group in range(parquet.metadata.num_row_groups):
        count = parquet.metadata.row_group(group).num_rows
        if row + count > start and row < stop:
            first = row if not groups else first
            groups.append(group)
        row += count
    return groups, first


def _row(row: dict[str, Any], where: str) -> Item:
    """One Parquet row read as a JSONL line with the same keys would be."""
    published = row.get("published")
    if published is not None and not isinstance(published, str):
        row["published"] = published.isoformat()
    return jsonl_item(json.dumps({k: v for k, v in row.items() if v is not None}), where)
