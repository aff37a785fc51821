"""The scale bench's measuring: whole processes timed, every process's peak memory sampled, figures judged."""

from __future__ import annotations

import sys

import pytest

from eventwire.scale.bench import DaskRun, ProcessRun, ScaleBench, run_measured

HOLD = "import time; block = bytearray({size} * 2**20); block[::4096] = b'x' * len(block[::4096]); time.sleep(0.8)"


def test_a_process_is_timed_and_its_peak_memory_sampled() -> None:
    run = run_measured([sys.executable, "-c", HOLD.format(size=80)], "hold 80 MB")
    assert run.exit_code == 0 and run.seconds >= 0.8
    assert 80 <= run.main_rss_mb < 200 and run.worker_rss_mb == []
    assert run.cpu_seconds < run.seconds


def test_the_processes_a_command_starts_are_sampled_too() -> None:
    child = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {HOLD.format(size=120)!r}])"
    run = run_measured([sys.executable, "-c", child], "a child holding 120 MB")
    assert len(run.worker_rss_mb) == 1 and run.worker_rss_mb[0] >= 120 > run.main_rss_mb
    assert run.peak_rss_mb == run.worker_rss_mb[0]


def test_a_command_that_fails_is_reported_with_its_error() -> None:
    # exit status 1 is eventwire's "some input was refused", which the bench accepts; anything else fails it
    with pytest.raises(RuntimeError, match="model missing"):
        run_measured(
            [sys.executable, "-c", "import sys; sys.stderr.write('model missing'); sys.exit(2)"], "a failing command"
        )


def _run(seconds: float, cpu: float, main: float, workers: list[float]) -> ProcessRun:
    return ProcessRun("run", seconds, cpu, 0, main, workers, sum(workers) + main)


def test_figures_are_judged_against_their_targets() -> None:
    bench = ScaleBench(documents=2000, load_before="")
    bench.runs["bare"] = _run(40.0, 70.0, 300, [400, 400])
    bench.runs["code"] = _run(42.0, 72.0, 320, [430, 460])
    bench.runs["ready"] = _run(2.5, 2.2, 320, [])
    bench.runs["code-1000"] = _run(30.0, 40.0, 320, [430, 430])
    bench.runs["code-all"] = _run(600.0, 800.0, 320, [440, 450])
    bench.dask = {1: DaskRun(1, 100.0, 10.0, [], [400]), 2: DaskRun(2, 55.0, 12.0, [], [400, 400])}
    bench.same_events = True
    figures = {f.name.split(",")[0].split(" (")[0]: f for f in bench.figures()}
    assert figures["eventwire code / bare 2-process spaCy parse"].holds  # 40/42 = 0.95
    assert not figures["peak RSS per worker"].holds  # 460 MB
    assert figures["peak RSS all documents / first 1"].holds  # 450/430 = 1.05
    assert figures["start-up of one worker"].holds
    assert figures["Dask: 2 workers / 1 worker"].value == pytest.approx(100 / 55)
    assert figures["Dask events = eventwire code events"].holds
