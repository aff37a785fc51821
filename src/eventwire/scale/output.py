"""Where a Dask run's events go: a folder of Parquet files written by the workers, one per partition.

Each partition writes ``events/part-NNNNN.parquet`` (one row per event: ``id``, ``doc_id`` and the event's spec
JSON) and then its marker ``done/part-NNNNN.json`` (documents read, coded and failed, with each failure's code and
message). Both are written to a temporary name and renamed, so a worker killed half-way leaves no partial file, and
a partition coded twice (retried after a worker died, or run again) replaces its own file: an event is never written
twice. A partition with a marker is complete; a run started again on the same input and folder skips it.

``plan.json`` records what the folder holds a run of (the input, its size and time, the partition size), so that
a run of another input is refused rather than mixed in.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import ScaleError
from eventwire.model import Event

EVENTS = "events"
DONE = "done"
PLAN = "plan.json"


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that was not coded: where it was (its id, or file and line), the stage, the error."""

    name: str
    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Marker:
    """What a finished partition wrote."""

    number: int
    documents: int
    coded: int
    events: int
    failures: tuple[Failure, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Marker:
        failures = tuple(Failure(**f) for f in obj.get("failures", ()))
        return cls(obj["number"], obj["documents"], obj["coded"], obj["events"], failures)


class ParquetFolder:
    """A run's output folder (it must be reachable by every worker at the same path)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def prepare(self, plan: dict[str, Any]) -> set[int]:
        """Make the folder for a run of ``plan``; returns the partitions already done by an earlier run of it."""
        for sub in (EVENTS, DONE):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        path = self.folder / PLAN
        if path.exists():
            known = json.loads(path.read_text(encoding="utf-8"))
            if known != plan:
                raise ScaleError(
                    f"{self.folder} holds a run of {known.get('input')} (partitions of {known.get('partition_size')});"
                    " give an empty folder, or the same input and partition size to go on with it"
                )
        else:
            _write_atomically(path, json.dumps(plan, indent=2).encode("utf-8"))
        self._clear_temporary()
        return {marker.number for marker in self.markers()}

    def write(self, number: int, events: Iterable[Event], marker: Marker) -> None:
        """Write one partition's events, then its marker (called on the worker)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [(e.id, e.doc_id, json.dumps(e.to_json(), ensure_ascii=False)) for e in events]
        table = pa.table(
            {name: pa.array([row[i] for row in rows], pa.string()) for i, name in enumerate(("id", "doc_id", "json"))}
        )
        target = self.folder / EVENTS / f"part-{number:05d}.parquet"
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
        pq.write_table(table, temporary)
        os.replace(temporary, target)
        _write_atomically(self.folder / DONE / f"part-{number:05d}.json", json.dumps(marker.to_json()).encode())

    def markers(self) -> Iterator[Marker]:
        """The markers of the finished partitions, in partition order."""
        for path in sorted((self.folder / DONE).glob("part-*.json")):
            yield Marker.from_json(json.loads(path.read_text(encoding="utf-8")))

    def events(self) -> Iterator[Event]:
        """Every event written, partition by partition (only of finished partitions)."""
        import pyarrow.parquet as pq

        for marker in self.markers():
            table = pq.read_table(self.folder / EVENTS / f"part-{marker.number:05d}.parquet", columns=["json"])
            for text in table.column("json").to_pylist():
                yield Event.from_json(json.loads(text))

    def _clear_temporary(self) -> None:
        for sub in (EVENTS, DONE):
            for path in (self.folder / sub).glob(".part-*"):
                path.unlink(missing_ok=True)


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    temporary.write_bytes(data)
    os.replace(temporary, path)
