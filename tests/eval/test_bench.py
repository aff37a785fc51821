"""``eventwire bench``: both passes timed on the same documents, in one process or a pool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import EvalError
from eventwire.eval.bench import read_corpus, run_bench

from .builders import write_jsonl

TEXTS = [
    "Kenyan police arrested ten protesters in Nairobi on Monday.",
    "The foreign minister met his Ethiopian counterpart in Addis Ababa.",
    "Rebels attacked an army base near Mogadishu, killing three soldiers.",
    "Quarterly net profit rose 12 pct to 4.5 mln dlrs.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    rows = [{"id": f"b{i}", "text": TEXTS[i % len(TEXTS)]} for i in range(12)]
    rows.insert(3, {"id": "empty", "text": "   "})
    return write_jsonl(tmp_path / "corpus.jsonl", rows)


def test_read_corpus_skips_empty_texts_and_stops_at_the_limit(corpus: Path) -> None:
    assert len(read_corpus(corpus)) == 12
    assert [d.id for d in read_corpus(corpus, limit=4)] == ["b0", "b1", "b2", "b3"]


def test_read_corpus_names_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "fine"}\n{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad\.jsonl:2"):
        read_corpus(bad)


@pytest.mark.slow
def test_bench_times_both_passes_in_one_process(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["bench", str(corpus), "--limit", "8", "--json"])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["docs"] == 8
    assert obj["processes"] == 1
    assert obj["words"] == sum(len(TEXTS[i % 4].split()) for i in range(8))
    for phase in ("spacy", "eventwire"):
        assert obj[phase]["seconds"] > 0
        assert obj[phase]["docs_per_s"] > 0
        assert obj[phase]["words_per_s"] > 0
    assert obj["ratio_full_to_bare"] > 0
    assert obj["peak_rss_mb"]["main"] > 100, "the model is loaded in this process"


@pytest.mark.slow
def test_bench_with_worker_processes() -> None:
    from eventwire.model import Document

    documents = [Document(id=f"p{i}", text=TEXTS[i % len(TEXTS)]) for i in range(40)]
    result = run_bench(documents, processes=2, batch_size=4)
    assert (result.processes, result.docs) == (2, 40)
    assert result.bare.docs_per_s > 0
    assert result.full.docs_per_s > 0
    assert result.full.events is not None
    assert result.full.events >= 0
    assert result.peak_child_rss_mb > 100, "each worker loaded the model"


def test_bench_table_output_shows_both_throughputs_and_the_ratio(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.eval import bench as bench_module

    def fake_in_process(documents: object, batch_size: int) -> tuple[float, float, tuple[float, int]]:
        return 1.0, 2.0, (3.0, 5)

    monkeypatch.setattr(bench_module, "_in_process", fake_in_process)
    result = CliRunner().invoke(main, ["bench", str(corpus)])
    assert result.exit_code == 0, result.output
    for words in ("spaCy only", "eventwire", "6.0", "full/bare time ratio: 1.50", "events found: 5", "peak RSS"):
        assert words in result.output
