"""The Dask engine on a real LocalCluster: the same events with the same ids as the local engine, from JSONL, Parquet
or the store, into Parquet or the store; a worker killed mid-run loses and duplicates nothing; a run again resumes."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from eventwire.eval.paths import default_corpus
from eventwire.model import Document
from eventwire.pipeline import Coder
from eventwire.scale.engine import DaskOptions
from eventwire.scale.output import ParquetFolder
from eventwire.scale.run import code_file, code_stored
from eventwire.scale.worker import PartitionReport
from eventwire.store import Store

pytestmark = pytest.mark.slow  # starts a Dask cluster whose workers load the spaCy model

SAMPLE = 80  # Reuters articles: enough for 16 partitions of 5, few enough for CI
PARTITION = 5


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = default_corpus()
    if corpus is None:
        pytest.skip("../shared/corpus/reuters21578 is not beside the repository")
    path = tmp_path_factory.mktemp("scale") / "reuters.jsonl"
    with corpus.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for _, line in zip(range(SAMPLE), lines, strict=False):
            out.write(line)
    return path


@pytest.fixture(scope="module")
def documents(sample: Path) -> list[Document]:
    return [Document.from_json(json.loads(line)) for line in sample.open(encoding="utf-8")]


@pytest.fixture(scope="module")
def local_events(documents: list[Document]) -> list[dict[str, Any]]:
    """What the local engine (one process, ``Coder.code_many``) finds."""
    return [event.to_json() for result in Coder(min_confidence=0.0).code_many(documents) for event in result.events]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture
def options(cluster: LocalCluster) -> DaskOptions:
    return DaskOptions(scheduler=cluster.scheduler_address, min_confidence=0.0)  # every event, as code_many gives


def _pids(cluster: LocalCluster) -> dict[str, int]:
    with Client(cluster.scheduler_address) as client:
        pids: dict[str, int] = client.run(os.getpid)
    return pids


def test_jsonl_to_parquet_gives_the_local_engines_events(
    sample: Path, local_events: list[dict[str, Any]], cluster: LocalCluster, options: DaskOptions, tmp_path: Path
) -> None:
    folder = ParquetFolder(tmp_path / "run")
    summary = code_file(sample, folder, options, partition_size=PARTITION)
    assert (summary.partitions, summary.documents, summary.failed_partitions) == (SAMPLE // PARTITION, SAMPLE, [])
    assert local_events, "the sample should hold events"
    assert [e.to_json() for e in folder.events()] == local_events
    assert summary.events == len(local_events)
    assert set(summary.workers) == set(_pids(cluster))
    assert all(facts["ready_seconds"] > 0 for facts in summary.workers.values())


def test_a_run_again_on_the_same_folder_skips_finished_partitions(
    sample: Path, local_events: list[dict[str, Any]], options: DaskOptions, tmp_path: Path
) -> None:
    folder = ParquetFolder(tmp_path / "run")
    code_file(sample, folder, options, partition_size=PARTITION)
    (tmp_path / "run" / "done" / "part-00003.json").unlink()  # as if this partition had not finished
    again = code_file(sample, folder, options, partition_size=PARTITION)
    assert (again.skipped, again.partitions, again.documents) == (SAMPLE // PARTITION - 1, 1, PARTITION)
    assert [e.to_json() for e in folder.events()] == local_events


def test_parquet_to_store_gives_the_local_engines_events(
    documents: list[Document], local_events: list[dict[str, Any]], options: DaskOptions, tmp_path: Path
) -> None:
    rows = [d.to_json() for d in documents]
    source = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist(rows), source, row_group_size=17)
    with Store(tmp_path / "events.db") as store:
        summary = code_file(source, store, options, partition_size=PARTITION)
        stored = sorted((e.to_json() for e in store.events()), key=lambda e: e["id"])
        assert store.count("documents") == SAMPLE
    assert summary.coded == SAMPLE
    assert stored == sorted(local_events, key=lambda e: e["id"])


def test_stored_documents_are_coded_into_the_store(
    documents: list[Document], local_events: list[dict[str, Any]], options: DaskOptions, tmp_path: Path
) -> None:
    with Store(tmp_path / "events.db") as store:
        for document in documents:
            store.add_document(document)
        summary = code_stored(store, options=options, partition_size=PARTITION)
        assert summary.coded == SAMPLE and list(store.uncoded()) == []
        assert sorted(e.id for e in store.events()) == sorted(e["id"] for e in local_events)
        assert code_stored(store, options=options, partition_size=PARTITION).documents == 0  # nothing left to code


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    sample: Path, local_events: list[dict[str, Any]], cluster: LocalCluster, options: DaskOptions, tmp_path: Path
) -> None:
    before = _pids(cluster)
    killed: list[int] = []

    def kill_the_other_worker(report: PartitionReport) -> None:
        if not killed:  # both workers hold queued partitions now: kill the one that did not just report
            pid = next(p for address, p in before.items() if address != report.worker)
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    folder = ParquetFolder(tmp_path / "run")
    summary = code_file(sample, folder, options, partition_size=PARTITION, progress=kill_the_other_worker)
    assert killed and killed[0] not in _pids(cluster).values(), "the killed worker should have been replaced"
    assert summary.failed_partitions == [] and summary.documents == SAMPLE
    ids = [e.id for e in folder.events()]
    assert len(ids) == len(set(ids))
    assert [e.to_json() for e in folder.events()] == local_events
    assert sorted(m.number for m in folder.markers()) == list(range(SAMPLE // PARTITION))


def test_the_code_command_runs_on_dask_into_a_parquet_folder(
    sample: Path, local_events: list[dict[str, Any]], cluster: LocalCluster, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    args = ["code", str(sample), "--engine", "dask", "--scheduler", cluster.scheduler_address, "-o", str(tmp_path)]
    result = CliRunner().invoke(main, [*args, "--min-confidence", "0"])
    assert result.exit_code == 0, result.output
    assert f"coded {SAMPLE} of {SAMPLE} documents" in result.output
    assert [e.to_json() for e in ParquetFolder(tmp_path).events()] == local_events


def test_the_code_command_asks_where_dask_events_go(sample: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["code", str(sample), "--engine", "dask"])
    assert result.exit_code == 2 and "--db" in result.output
