"""The command-line ends of the scale engine: ``eventwire code --engine dask`` (which paths it takes, what it
refuses before starting a cluster, how it reports) and ``eventwire bench --scale`` (its table and its JSON).
None of these start Dask: the engine itself is tested in tests/scale."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from eventwire.cli import scale_bench as bench_command
from eventwire.cli.scale_code import _files, _report, _summary, code_on_dask
from eventwire.scale.bench import DaskRun, ProcessRun, ScaleBench
from eventwire.scale.output import Failure
from eventwire.scale.run import RunSummary
from eventwire.scale.worker import PartitionReport


def test_a_folder_gives_its_jsonl_and_parquet_files_in_order(tmp_path: Path) -> None:
    for name in ("b.parquet", "a.jsonl", "notes.txt", "sub/c.ndjson"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    assert [p.relative_to(tmp_path).as_posix() for p in _files((str(tmp_path),))] == [
        "a.jsonl",
        "b.parquet",
        "sub/c.ndjson",
    ]


def test_a_text_file_is_refused_by_name(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("A story.")
    with pytest.raises(click.BadParameter, match=r"story\.txt is not a JSONL or Parquet file"):
        _files((str(text),))


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(click.BadParameter, match=r"gone\.jsonl"):
        _files((str(tmp_path / "gone.jsonl"),))


def test_files_need_exactly_one_place_to_write(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text("")
    with pytest.raises(click.UsageError, match="into the store"):
        code_on_dask((str(docs),), None, None, None, None, None)


def test_files_and_both_places_to_write_are_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text("")
    with pytest.raises(click.UsageError, match="into the store"):
        code_on_dask((str(docs),), tmp_path / "out", tmp_path / "e.db", None, None, None)


def test_without_files_the_store_is_needed() -> None:
    with pytest.raises(click.UsageError, match="the stored documents"):
        code_on_dask((), None, None, None, None, None)


def _partition(failures: tuple[Failure, ...] = (), error: str | None = None) -> PartitionReport:
    return PartitionReport(3, 10, 10 - len(failures), 4, failures, "worker-1", 1.5, error=error)


def test_each_refused_document_is_one_line_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    _report(_partition((Failure("docs.jsonl:7", "read", "E101", "empty text"),)))
    assert capsys.readouterr().err == "eventwire: refused docs.jsonl:7 (read): empty text [E101]\n"


def test_a_failed_partition_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    _report(_partition(error="partition 3: worker lost"))
    assert capsys.readouterr().err == "eventwire: partition 3: worker lost\n"


def test_the_summary_adds_up_the_runs(capsys: pytest.CaptureFixture[str]) -> None:
    _summary([RunSummary(partitions=2, skipped=1, documents=20, coded=20, events=7), RunSummary(1, 0, 5, 5, 2)])
    assert capsys.readouterr().err == (
        "eventwire: coded 25 of 25 documents in 3 partitions on Dask (1 done before);"
        " 9 events, 0 refused, 0 partitions failed\n"
    )


def test_a_refusal_makes_the_exit_status_one() -> None:
    refused = RunSummary(1, 0, 2, 1, 0, failures=[Failure("d", "nlp", "E300", "too long")])
    with pytest.raises(SystemExit) as exited:
        _summary([refused])
    assert exited.value.code == 1


def test_a_failed_partition_makes_the_exit_status_one() -> None:
    with pytest.raises(SystemExit) as exited:
        _summary([RunSummary(1, 0, 2, 0, 0, failed_partitions=["partition 0: worker lost"])])
    assert exited.value.code == 1


def _bench() -> ScaleBench:
    bench = ScaleBench(documents=40, load_before="0.10 0.20 0.30", load_after="0.40 0.50 0.60")
    bench.runs["bare"] = ProcessRun("bare spaCy parse", 12.0, 20.0, 0, 300.0, [410.0, 420.0], 1100.0)
    bench.runs["code"] = ProcessRun("eventwire code -p 2", 14.0, 22.0, 0, 320.0, [430.0, 440.0], 1200.0)
    bench.dask = {1: DaskRun(1, 30.0, 4.0, [], [400.0]), 2: DaskRun(2, 17.0, 5.0, [], [400.0, 410.0])}
    bench.same_events = True
    return bench


def _measured(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, int, bool, bool]]:
    asked: list[tuple[Path, int, bool, bool]] = []

    def fake(corpus: Path, count: int, whole_corpus: bool = True, dask: bool = True) -> ScaleBench:
        asked.append((corpus, count, whole_corpus, dask))
        return _bench()

    monkeypatch.setattr(bench_command, "run_scale_bench", fake)
    return asked


def test_the_bench_table_shows_each_run_and_figure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = _measured(monkeypatch)
    bench_command.scale_bench(Path("corpus.jsonl"), 40, False, True, as_json=False)
    out = capsys.readouterr()
    assert asked == [(Path("corpus.jsonl"), 40, False, True)]
    assert "40 documents from corpus.jsonl" in out.err
    for shown in ("eventwire code -p 2", "430, 440", "Dask, 2 worker(s)", "5.0 + 17.0", "before 0.10 0.20 0.30"):
        assert shown in out.out


def test_the_bench_table_says_whether_each_figure_holds(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _measured(monkeypatch)
    bench_command.scale_bench(Path("corpus.jsonl"), 40, False, True, as_json=False)
    rows = [line for line in capsys.readouterr().out.splitlines() if "Dask: 2 workers / 1 worker" in line]
    assert len(rows) == 1
    assert "1.76" in rows[0]


def test_the_bench_json_carries_the_corpus_and_the_figures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _measured(monkeypatch)
    bench_command.scale_bench(Path("corpus.jsonl"), 40, True, False, as_json=True)
    printed = json.loads(capsys.readouterr().out)
    assert printed["corpus"] == "corpus.jsonl"
    assert printed == {"corpus": "corpus.jsonl", **_bench().to_json()}
