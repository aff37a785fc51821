from __future__ import annotations

import json
from pathlib import Path

from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.sources import SourceReader, hashed_id, read_csv, read_json

from .site import SUMMIT_BODY, article, rss

TEXT = "The port of Velsa reopened on Monday after a week-long strike by dock workers ended."


def test_json_accepts_an_object_a_list_or_a_documents_key() -> None:
    for payload in ({"id": "a", "text": TEXT}, [{"id": "a", "text": TEXT}], {"documents": [{"id": "a", "text": TEXT}]}):
        [item] = read_json(json.dumps(payload).encode(), "x.json")
        assert item.document is not None
        assert item.document.id == "a"


def test_records_without_id_use_the_url_then_a_hash_of_the_text() -> None:
    data = f"Body,URL\n{TEXT},https://news.example/velsa\n{TEXT},\n".encode()
    first, second = read_csv(data, "x.csv")
    assert first.document is not None
    assert first.document.id == "https://news.example/velsa"
    assert second.document is not None
    assert second.document.id == hashed_id(TEXT)


def test_csv_without_a_text_column_says_how_to_name_one(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("ref,story\n1,hello\n")
    [item] = SourceReader(Fetcher()).read(str(path))
    assert item.error is not None
    assert "--text-column" in item.error.message


def test_html_file_takes_its_canonical_url_as_id(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(article("Fishing deal signed", SUMMIT_BODY, "https://news.example/deal", "2024-03-05"))
    [item] = SourceReader(Fetcher()).read(str(path))
    assert item.document is not None
    assert (item.document.id, item.document.title) == ("https://news.example/deal", "Fishing deal signed")


def test_feed_file_with_full_content_needs_no_fetching(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(rss("http://unreachable.invalid"))
    reader = SourceReader(Fetcher(), seen=lambda url: url.endswith("floods.html"))
    teachers, floods = reader.read(str(path))
    assert teachers.document is not None
    assert teachers.document.source == "Courier World"
    assert str(teachers.document.published) == "2024-03-08"
    assert floods.known
    assert floods.document is None


def test_missing_path_is_an_error_item() -> None:
    [item] = SourceReader(Fetcher()).read("/no/such/file.txt")
    assert item.error is not None
    assert "does not exist" in item.error.message
