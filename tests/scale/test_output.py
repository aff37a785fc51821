"""The Parquet folder: a partition written twice is there once, markers say what is done, another run is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ScaleError
from eventwire.model import Event, Evidence
from eventwire.scale.output import Failure, Marker, ParquetFolder

PLAN = {"input": "/data/docs.jsonl", "bytes": 10, "mtime_ns": 1, "partition_size": 5}


def _event(doc_id: str, start: int) -> Event:
    evidence = Evidence(sentence="Troops crossed the border.", start=start, end=start + 26, trigger="crossed")
    return Event(doc_id=doc_id, type="MOBILIZE", evidence=evidence, confidence=0.8)


def test_events_and_markers_round_trip(tmp_path: Path) -> None:
    folder = ParquetFolder(tmp_path / "run")
    assert folder.prepare(PLAN) == set()
    failure = Failure("docs.jsonl:3", "read", "E104", "is not a valid document")
    folder.write(1, [_event("b", 0)], Marker(1, 2, 1, 1, (failure,)))
    folder.write(0, [_event("a", 0), _event("a", 40)], Marker(0, 1, 1, 2))
    assert [m.number for m in folder.markers()] == [0, 1]
    assert list(folder.markers())[1].failures == (failure,)
    assert [(e.doc_id, e.evidence.start) for e in folder.events()] == [("a", 0), ("a", 40), ("b", 0)]
    assert next(e.to_json() for e in folder.events()) == _event("a", 0).to_json()


def test_a_partition_written_again_replaces_its_file(tmp_path: Path) -> None:
    folder = ParquetFolder(tmp_path / "run")
    folder.prepare(PLAN)
    for _ in range(3):
        folder.write(0, [_event("a", 0)], Marker(0, 1, 1, 1))
    assert len(list(folder.events())) == 1
    assert sorted(p.name for p in (tmp_path / "run" / "events").iterdir()) == ["part-00000.parquet"]


def test_a_run_again_knows_its_finished_partitions_and_clears_leftovers(tmp_path: Path) -> None:
    folder = ParquetFolder(tmp_path / "run")
    folder.prepare(PLAN)
    folder.write(2, [], Marker(2, 5, 5, 0))
    leftover = tmp_path / "run" / "events" / ".part-00003.parquet.abc"
    leftover.write_bytes(b"half a file")
    assert ParquetFolder(tmp_path / "run").prepare(PLAN) == {2}
    assert not leftover.exists()


def test_a_folder_holding_another_run_is_refused(tmp_path: Path) -> None:
    ParquetFolder(tmp_path / "run").prepare(PLAN)
    with pytest.raises(ScaleError, match=r"holds a run of /data/docs\.jsonl"):
        ParquetFolder(tmp_path / "run").prepare({**PLAN, "input": "/data/other.jsonl"})


def test_events_of_a_partition_without_marker_are_not_read(tmp_path: Path) -> None:
    folder = ParquetFolder(tmp_path / "run")
    folder.prepare(PLAN)
    folder.write(0, [_event("a", 0)], Marker(0, 1, 1, 1))
    (tmp_path / "run" / "done" / "part-00000.json").unlink()  # as if the worker died between the two writes
    assert list(folder.events()) == []
