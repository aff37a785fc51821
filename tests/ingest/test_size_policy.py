"""One size policy for ingest and code: JSONL of any size streams, a document over the parser's limit is refused
at read time by both (so it is never left pending), and long documents are coded in sections."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.cli.inputs import Tally, code_items
from eventwire.ingest.files import MAX_CHARS, MAX_FILE_BYTES
from eventwire.store import Store

CHINESE = "中国外交部发言人周三表示，北京将对美国的新制裁措施作出坚决回应，并呼吁双方通过对话解决分歧。"
STORY = "Police arrested dozens of protesters in Nairobi on Tuesday after a march against new taxes, officials said. "


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _big_jsonl(path: Path, count: int, text: str) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"d{i}", "text": f"{text} ({i})", "published": "2024-03-05"}) + "\n")
    return path


def test_code_reads_every_document_of_a_jsonl_over_the_file_limit(tmp_path: Path) -> None:
    """The issue's `code big.jsonl`: 6,047 documents in 7 MB were refused whole (E105); now they stream."""
    path = _big_jsonl(tmp_path / "big.jsonl", 6047, STORY * 10)
    assert path.stat().st_size > MAX_FILE_BYTES
    tally = Tally()
    ids = [item.document.id for item in code_items((str(path),), tally) if item.document]
    assert len(ids) == 6047
    assert len(set(ids)) == 6047
    assert (tally.documents, tally.refused) == (6047, 0)


@pytest.mark.slow
def test_code_on_a_big_jsonl_reports_each_document_and_exits_zero(tmp_path: Path) -> None:
    """The whole command on 7 MB: documents in Chinese are read, reported as not English and not coded."""
    path = _big_jsonl(tmp_path / "big.jsonl", 6047, CHINESE * 5)
    assert path.stat().st_size > MAX_FILE_BYTES
    result = _cli("code", str(path), "--db", str(tmp_path / "store.db"))
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "coded 0 of 6047 inputs; 0 refused, 6047 not English" in result.stderr
    with Store(tmp_path / "store.db") as store:
        assert store.count("documents") == 6047
        assert {d.status for d in store.documents()} == {"not_english"}


@pytest.mark.slow
def test_reading_a_jsonl_streams_in_flat_memory(tmp_path: Path) -> None:
    """Peak memory of reading 6 MB and 60 MB of JSONL through the reader differs by far less than 60 MB."""
    small = _big_jsonl(tmp_path / "small.jsonl", 5_000, STORY * 10)
    large = _big_jsonl(tmp_path / "large.jsonl", 50_000, STORY * 10)
    script = (
        "import resource, sys\n"
        "from eventwire.cli.inputs import Tally, code_items\n"
        "n = sum(1 for _ in code_items((sys.argv[1],), Tally()))\n"
        "print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    peaks = {}
    for path in (small, large):
        out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
        count, peak_mb = map(int, out.stdout.split())
        peaks[path.name] = (count, peak_mb)
    assert peaks["large.jsonl"][0] == 50_000
    assert large.stat().st_size > 50_000_000
    assert peaks["large.jsonl"][1] - peaks["small.jsonl"][1] < 20, peaks


def test_a_document_over_the_parsers_limit_is_refused_at_ingest_and_never_left_pending(tmp_path: Path) -> None:
    """The issue: ingest stored a 1,000,001-character document that code could never code; it stayed pending."""
    path = tmp_path / "docs.jsonl"
    lines = [{"id": "huge", "text": "word " * (MAX_CHARS // 5) + "end"}, {"id": "zh", "text": CHINESE}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "store.db")
    ingested = _cli("ingest", str(path), "--db", db)
    assert ingested.exit_code == 1
    assert f"refused {path}:1 (read): has {MAX_CHARS + 3:,} characters, over the {MAX_CHARS:,}-character limit" in (
        ingested.stderr
    )
    with Store(db) as store:
        assert store.document("huge") is None
        assert [d.id for d in store.uncoded()] == []
        failures = len(store.failures())
    for _ in range(2):
        coded = _cli("code", "--db", db)
        assert coded.exit_code == 0, coded.stderr
        assert "coded 0 of 0 stored documents" in coded.stderr
    with Store(db) as store:
        assert len(store.failures()) == failures, "a later run must not add a failure row for the same document"


def test_code_and_ingest_refuse_the_same_document_with_the_same_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * (MAX_CHARS // 5 + 1), encoding="utf-8")
    ingested = _cli("ingest", str(path), "--db", str(tmp_path / "store.db"))
    coded = _cli("code", str(path))
    expected = f"refused {path} (read): has {MAX_CHARS + 5:,} characters, over the {MAX_CHARS:,}-character limit"
    assert expected in ingested.stderr
    assert expected in coded.stderr
    assert ingested.exit_code == coded.exit_code == 1
