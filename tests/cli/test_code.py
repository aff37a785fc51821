"""``eventwire code``: JSONL out, -o, --db, stdin, bad inputs reported one line each, exit codes, --published."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.cli import main
from eventwire.extract.raw import RawEvent
from eventwire.pipeline import Coder
from eventwire.schema import event_errors
from tests.paths import REPO

TWO_SENTENCES = "Kenya and Somalia held talks in Nairobi on Monday. Police arrested dozens of protesters on Tuesday.\n"


def one_event_per_sentence(doc: Doc, disabled: frozenset[str] = frozenset()) -> list[RawEvent]:
    """A stand-in extractor, so these tests check the command and not the extractor's recall."""
    return [
        RawEvent(type="CONSULT", trigger=doc[sent.root.i : sent.root.i + 1], sentence=sent, confidence=0.9)
        for sent in doc.sents
    ]


@pytest.fixture(autouse=True)
def stand_in_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("eventwire.pipeline.extract_events", one_event_per_sentence)


@pytest.fixture(scope="module")
def shared_coder(nlp: Language) -> Coder:
    return Coder(nlp)


@pytest.fixture(autouse=True)
def one_coder_per_module(monkeypatch: pytest.MonkeyPatch, shared_coder: Coder) -> None:
    """Each `code` run builds a Coder, which loads the model again (seconds); reuse the shared one's model instead."""
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda **options: Coder(shared_coder.nlp, **options))


def run(*args: str | Path, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["code", *map(str, args)], input=stdin)


def events_of(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(TWO_SENTENCES, encoding="utf-8")
    return path


@pytest.fixture
def bad_files(tmp_path: Path) -> Iterator[list[Path]]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le président a rencontré le ministre à Nairobi.".encode("latin-1"))
    yield [empty, binary, latin1]


def test_writes_one_valid_json_event_per_line(article: Path) -> None:
    result = run(article)
    assert result.exit_code == 0, result.stderr
    events = events_of(result.stdout)
    assert len(events) == 2
    assert {e["doc_id"] for e in events} == {"talks"}
    assert [e["evidence"]["trigger"] for e in events] == ["held", "arrested"]
    for event in events:
        assert event_errors(event) == []
    assert "coded 1 of 1 inputs" in result.stderr


def test_output_option_writes_the_events_to_a_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run(article, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert len(events_of(out.read_text(encoding="utf-8"))) == 2


def test_db_stores_documents_and_events_in_sqlite(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    lines = [
        {"id": "a", "text": TWO_SENTENCES, "published": "2020-12-16", "title": "Talks"},
        {"id": "b", "text": "The minister resigned on Friday.", "published": "2022-07-10"},
    ]
    docs.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = tmp_path / "store.db"
    result = run(docs, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert rows(db, "SELECT id, title, published FROM documents ORDER BY id") == [
        ("a", "Talks", "2020-12-16"),
        ("b", None, "2022-07-10"),
    ]
    assert rows(db, "SELECT doc_id, count(*) FROM events GROUP BY doc_id ORDER BY doc_id") == [("a", 2), ("b", 1)]
    stored = [json.loads(text) for (text,) in rows(db, "SELECT json FROM events")]
    assert sorted(e["id"] for e in stored) == sorted(e["id"] for e in events_of(result.stdout))
    assert rows(db, "SELECT count(*) FROM documents WHERE coded_at IS NULL") == [(0,)]


def test_coding_again_replaces_a_documents_events(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    run(article, "--db", db)
    run(article, "--db", db)
    assert rows(db, "SELECT count(*) FROM documents") == [(1,)]
    assert rows(db, "SELECT count(*) FROM events") == [(2,)]


def test_reads_stdin_when_no_path_is_given() -> None:
    result = run(stdin=TWO_SENTENCES)
    assert result.exit_code == 0, result.stderr
    assert {e["doc_id"] for e in events_of(result.stdout)} == {"stdin"}


def test_reads_jsonl_from_stdin() -> None:
    result = run(stdin=json.dumps({"id": "piped", "text": TWO_SENTENCES}) + "\n")
    assert {e["doc_id"] for e in events_of(result.stdout)} == {"piped"}


def test_each_bad_input_gets_one_line_naming_it_and_the_rest_are_coded(article: Path, bad_files: list[Path]) -> None:
    result = run(*bad_files, article)
    assert result.exit_code == 1, result.stderr  # inputs were refused, though the good one was coded
    assert {e["doc_id"] for e in events_of(result.stdout)} == {"talks"}
    lines = result.stderr.splitlines()
    for bad in bad_files:
        naming = [line for line in lines if bad.name in line]
        assert len(naming) == 1, (bad.name, lines)
        assert naming[0].startswith(f"eventwire: refused {bad} (read): ")
    assert "coded 1 of 4 inputs; 3 refused" in result.stderr


@pytest.mark.parametrize(("index", "code"), [(0, "E101"), (1, "E102"), (2, "E103")])
def test_bad_input_line_carries_its_error_code(bad_files: list[Path], index: int, code: str) -> None:
    result = run(bad_files[index])
    assert f"[{code}]" in result.stderr


def test_exit_code_is_one_when_any_input_is_refused_and_zero_when_none_is(bad_files: list[Path], article: Path) -> None:
    result = run(*bad_files)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "coded 0 of 3 inputs" in result.stderr
    assert run(bad_files[0], article).exit_code == 1
    assert run(article).exit_code == 0


def test_a_bad_jsonl_line_does_not_stop_the_others(tmp_path: Path) -> None:
    docs = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "good", "text": TWO_SENTENCES})
    docs.write_text(f"{{not json\n{good}\n" + json.dumps({"id": "blank", "text": "  "}) + "\n", encoding="utf-8")
    result = run(docs)
    assert result.exit_code == 1
    assert {e["doc_id"] for e in events_of(result.stdout)} == {"good"}
    assert f"refused {docs}:1 (read): is not a valid document" in result.stderr
    assert f"refused {docs}:3 (read): document 'blank' has empty text" in result.stderr


def test_published_dates_plain_text_but_not_jsonl_documents(article: Path, tmp_path: Path) -> None:
    docs = tmp_path / "dated.jsonl"
    docs.write_text(json.dumps({"id": "dated", "text": TWO_SENTENCES, "published": "2022-06-04"}) + "\n")
    db = tmp_path / "store.db"
    result = run(article, docs, "--published", "2020-12-16", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert rows(db, "SELECT id, published FROM documents ORDER BY id") == [
        ("dated", "2022-06-04"),
        ("talks", "2020-12-16"),
    ]


def test_bad_published_date_is_a_usage_error(article: Path) -> None:
    result = run(article, "--published", "16/12/2020")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_min_confidence_drops_events_below_it(article: Path) -> None:
    result = run(article, "--min-confidence", "0.95")
    assert result.exit_code == 0
    assert events_of(result.stdout) == []


def test_codes_the_bundled_examples_folder(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    result = run(REPO / "examples", "--db", db, "--format", "table")
    assert result.exit_code == 0, result.stderr
    ids = [row[0] for row in rows(db, "SELECT id FROM documents")]
    assert len(ids) >= 6
    assert all(i.startswith("ex-") for i in ids)
    assert "events" in result.stdout


def test_code_reads_pages_and_feeds_in_a_folder_and_names_what_it_skips(tmp_path: Path) -> None:
    """The issue: `code` passed over .html and .rss files without a word. It now reads them as ingest does."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    paragraphs = "".join(
        f"<p>{TWO_SENTENCES} The talks went on late into the night, officials said.</p>" for _ in range(3)
    )
    (folder / "deal.html").write_text(
        '<html><head><title>Talks</title><link rel="canonical" href="https://news.example/deal"></head>'
        f"<body><article><h1>Talks</h1>{paragraphs}</article></body></html>"
    )
    full = f"<p>{TWO_SENTENCES * 3}</p>"
    (folder / "world.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>World</title><item><title>March</title>'
        f"<link>https://news.example/march</link><description><![CDATA[{full}]]></description>"
        f"<content:encoded xmlns:content='http://purl.org/rss/1.0/modules/content/'><![CDATA[{full}]]>"
        "</content:encoded></item></channel></rss>"
    )
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n")
    result = run(folder)
    assert result.exit_code == 0, result.stderr
    assert {e["doc_id"] for e in events_of(result.stdout)} == {
        "https://news.example/deal",
        "https://news.example/march",
    }
    assert f"skipped {folder / 'logo.png'} (read): not a file type eventwire reads" in result.stderr
    assert "coded 2 of 2 inputs; 0 refused, 0 not English, 1 skipped" in result.stderr
