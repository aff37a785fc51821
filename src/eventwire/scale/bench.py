"""The scale and speed figures, measured side by side in one run (``eventwire bench --scale``).

1. ``eventwire code`` with its default settings, timed as a whole process on the first N Reuters documents, against a
   bare 2-process spaCy parse of the same texts (``spacy.load`` and ``nlp.pipe(n_process=2)``), also a whole
   process: both count interpreter start, model and table loading.
2. Peak memory (RSS, and PSS, which counts pages shared between processes once) of each process of that run.
3. Peak RSS coding the whole corpus against coding its first 1,000 documents.
4. Start-up of one worker: a fresh process until the coder (model and every table) is ready.
5. The Dask engine with 2 workers against 1 on the same N documents (coding time once the workers are ready), and
   whether its events are those of ``eventwire code``.

Processes are sampled every 50 ms (psutil); processor time comes from the operating system's accounting of the
finished processes, so it is the same however loaded the machine is, while wall time is not: the load average is
printed beside the figures.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from eventwire.model import Event

SAMPLE_SECONDS = 0.05
PSS_EVERY = 10  # samples between reads of PSS (it costs a walk over the process's memory map)
HELPERS = ("resource_tracker", "semaphore_tracker", "forkserver")

BARE_PARSE = """
import json, sys
import spacy
from eventwire.nlp import model_path
nlp = spacy.load(model_path())
with open(sys.argv[1], encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
for _ in nlp.pipe(texts, n_process=2, batch_size=32):
    pass
"""

READY = """
import time
from eventwire.scale.local import LocalEngine
LocalEngine(processes=1).load()
"""


@dataclass
class ProcessRun:
    """One command run as a whole process: wall and processor seconds, and the peak memory of each process."""

    command: str
    seconds: float
    cpu_seconds: float
    exit_code: int
    main_rss_mb: float = 0.0
    worker_rss_mb: list[float] = field(default_factory=list)
    peak_pss_total_mb: float = 0.0

    @property
    def peak_rss_mb(self) -> float:
        return max([self.main_rss_mb, *self.worker_rss_mb])

    def to_json(self) -> dict[str, Any]:
        return {
            "command": self.command,
            "seconds": round(self.seconds, 2),
            "cpu_seconds": round(self.cpu_seconds, 2),
            "exit_code": self.exit_code,
            "main_rss_mb": round(self.main_rss_mb, 1),
            "worker_rss_mb": [round(r, 1) for r in self.worker_rss_mb],
            "peak_pss_total_mb": round(self.peak_pss_total_mb, 1),
        }


def run_measured(command: list[str], label: str) -> ProcessRun:
    """Run ``command`` to its end, sampling the memory of it and every process it starts."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, float] = {}
    pss_peak = 0.0
    samples = 0
    while process.poll() is None:
        tree = _tree(process.pid)
        for pid, proc in tree.items():
            peaks[pid] = max(peaks.get(pid, 0.0), _rss_mb(proc))
        if samples % PSS_EVERY == 0:
            pss_peak = max(pss_peak, sum(_pss_mb(proc) for proc in tree.values()))
        samples += 1
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{label} failed ({process.returncode}): {stderr[-2000:]}")
    main = peaks.pop(process.pid, 0.0)
    workers = sorted((rss for rss in peaks.values()), reverse=True)
    return ProcessRun(label, seconds, cpu, process.returncode, main, workers, pss_peak)


def _tree(pid: int) -> dict[int, psutil.Process]:
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return {}
    return {p.pid: p for p in procs if not _helper(p)}


def _helper(proc: psutil.Process) -> bool:
    try:
        return any(name in " ".join(proc.cmdline()) for name in HELPERS)
    except psutil.Error:
        return True


def _rss_mb(proc: psutil.Process) -> float:
    try:
        return float(proc.memory_info().rss) / 2**20
    except psutil.Error:
        return 0.0


def _pss_mb(proc: psutil.Process) -> float:
    try:
        return float(proc.memory_full_info().pss) / 2**20
    except (psutil.Error, AttributeError):
        return 0.0


def corpus_slice(corpus: Path, count: int | None, folder: Path) -> Path:
    """The first ``count`` documents of ``corpus`` (all when None) as a JSONL file in ``folder``."""
    if count is None:
        return corpus
    path = folder / f"first-{count}.jsonl"
    with corpus.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        written = 0
        for line in lines:
            if written == count:
                break
            if line.strip():
                out.write(line)
                written += 1
    return path


def eventwire_command(*args: str) -> list[str]:
    """The ``eventwire`` command as a user runs it (the script beside this interpreter)."""
    script = Path(sys.executable).with_name("eventwire")
    if script.is_file():
        return [str(script), *args]
    return [sys.executable, "-c", "from eventwire.cli import main; main()", *args]


def bare_parse(corpus: Path) -> ProcessRun:
    return run_measured([sys.executable, "-c", BARE_PARSE, str(corpus)], "spaCy: load + nlp.pipe(n_process=2)")


def code_run(corpus: Path, output: Path, label: str) -> ProcessRun:
    return run_measured(eventwire_command("code", str(corpus), "-o", str(output)), label)


def start_up() -> ProcessRun:
    return run_measured([sys.executable, "-c", READY], "one worker: start until the coder is ready")


def read_events(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@dataclass
class DaskRun:
    """A Dask run on N documents with a given number of workers."""

    workers: int
    seconds: float
    ready_seconds: float
    events: list[dict[str, Any]]
    worker_rss_mb: list[float]


def dask_run(corpus: Path, workers: int, folder: Path, partition_size: int) -> DaskRun:
    """Code ``corpus`` on a LocalCluster of ``workers``; the coding is timed once the workers are ready."""
    from eventwire.scale.engine import DaskEngine, DaskOptions
    from eventwire.scale.output import ParquetFolder
    from eventwire.scale.partitions import plan

    out = ParquetFolder(folder / f"dask-{workers}")
    out.prepare({"input": str(corpus), "partition_size": partition_size, "workers": workers})
    started = time.perf_counter()
    with DaskEngine(DaskOptions(workers=workers)) as engine:
        ready = time.perf_counter() - started
        started = time.perf_counter()
        for report in engine.run(plan(corpus, partition_size), out):
            if report.error is not None:
                raise RuntimeError(report.error)
        seconds = time.perf_counter() - started
        facts = engine.workers()
    events = [e.to_json() for e in out.events()]
    return DaskRun(workers, seconds, ready, events, sorted(float(f["peak_rss_mb"]) for f in facts.values()))


def kept(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events at or above the default confidence floor, as ``eventwire code`` outputs them."""
    from eventwire.settings import SETTINGS

    floor = float(SETTINGS["min_confidence"].default)
    return [e for e in events if Event.from_json(e).confidence >= floor]


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


@dataclass(frozen=True, slots=True)
class Figure:
    """One acceptance figure: what was measured, its value, the target and whether it holds."""

    name: str
    value: float
    target: str
    holds: bool
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 3),
            "target": self.target,
            "holds": self.holds,
            "detail": self.detail,
        }


@dataclass
class ScaleBench:
    """Every run of the bench and the figures drawn from them."""

    documents: int
    load_before: str
    runs: dict[str, ProcessRun] = field(default_factory=dict)
    dask: dict[int, DaskRun] = field(default_factory=dict)
    same_events: bool | None = None
    load_after: str = ""

    def figures(self) -> list[Figure]:
        out: list[Figure] = []
        bare, code = self.runs.get("bare"), self.runs.get("code")
        if bare and code:
            ratio = bare.seconds / code.seconds
            cpu = bare.cpu_seconds / code.cpu_seconds
            detail = f"{code.seconds:.1f} s vs {bare.seconds:.1f} s wall; processor time ratio {cpu:.2f}"
            out.append(
                Figure("eventwire code / bare 2-process spaCy parse, throughput", ratio, ">= 0.9", ratio >= 0.9, detail)
            )
            workers = code.worker_rss_mb or [code.main_rss_mb]
            out.append(
                Figure(
                    "peak RSS per worker (MB)",
                    max(workers),
                    "<= 450",
                    max(workers) <= 450,
                    f"main process {code.main_rss_mb:.0f} MB; all processes together (PSS) "
                    f"{code.peak_pss_total_mb:.0f} MB",
                )
            )
        small, whole = self.runs.get("code-1000"), self.runs.get("code-all")
        if small and whole:
            growth = whole.peak_rss_mb / small.peak_rss_mb
            out.append(
                Figure(
                    "peak RSS all documents / first 1,000",
                    growth,
                    "<= 1.1",
                    growth <= 1.1,
                    f"{whole.peak_rss_mb:.0f} MB vs {small.peak_rss_mb:.0f} MB (largest process)",
                )
            )
        ready = self.runs.get("ready")
        if ready:
            out.append(
                Figure(
                    "start-up of one worker (s)",
                    ready.seconds,
                    "<= 3",
                    ready.seconds <= 3,
                    f"processor time {ready.cpu_seconds:.1f} s; peak RSS {ready.main_rss_mb:.0f} MB",
                )
            )
        one, two = self.dask.get(1), self.dask.get(2)
        if one and two:
            speedup = one.seconds / two.seconds
            out.append(
                Figure(
                    "Dask: 2 workers / 1 worker, throughput",
                    speedup,
                    ">= 1.7",
                    speedup >= 1.7,
                    f"{two.seconds:.1f} s vs {one.seconds:.1f} s once the workers were ready",
                )
            )
        if self.same_events is not None:
            out.append(
                Figure(
                    "Dask events = eventwire code events (same ids)", float(self.same_events), "yes", self.same_events
                )
            )
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "load_average": {"before": self.load_before, "after": self.load_after},
            "runs": {name: run.to_json() for name, run in self.runs.items()},
            "dask": {
                str(n): {
                    "seconds": round(r.seconds, 2),
                    "ready_seconds": round(r.ready_seconds, 2),
                    "events": len(r.events),
                    "worker_rss_mb": r.worker_rss_mb,
                }
                for n, r in self.dask.items()
            },
            "figures": [f.to_json() for f in self.figures()],
        }


def run_scale_bench(
    corpus: Path, count: int = 2000, whole_corpus: bool = True, partition_size: int = 100, dask: bool = True
) -> ScaleBench:
    """Every measurement, one after the other (never two at once, so that they do not share the cores)."""
    bench = ScaleBench(documents=count, load_before=load_average())
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as name:
        folder = Path(name)
        sample = corpus_slice(corpus, count, folder)
        bench.runs["bare"] = bare_parse(sample)
        bench.runs["code"] = code_run(sample, folder / "code.jsonl", f"eventwire code ({count} documents)")
        bench.runs["ready"] = start_up()
        if whole_corpus:
            first = corpus_slice(corpus, 1000, folder)
            bench.runs["code-1000"] = code_run(first, folder / "code-1000.jsonl", "eventwire code (1,000 documents)")
            bench.runs["code-all"] = code_run(corpus, folder / "code-all.jsonl", "eventwire code (every document)")
        if dask:
            for workers in (1, 2):
                bench.dask[workers] = dask_run(sample, workers, folder, partition_size)
            local = read_events(folder / "code.jsonl")
            bench.same_events = kept(bench.dask[2].events) == local and kept(bench.dask[1].events) == local
    bench.load_after = load_average()
    return bench
