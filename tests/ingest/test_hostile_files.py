"""Hostile files: XML and HTML entities cannot read local files or blow up memory; links cannot loop a folder walk."""

from __future__ import annotations

import time
from pathlib import Path

from eventwire.ingest.sources import SourceReader

SECRET = "the-secret-in-a-local-file-7f3a"


def _texts(path: Path, recursive: bool = False) -> list[str]:
    items = list(SourceReader(None, recursive=recursive).read(str(path)))
    return [item.document.text for item in items if item.document is not None]


def test_a_feed_cannot_pull_a_local_file_in_through_an_external_entity(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    feed = tmp_path / "evil.rss"
    body = "Police arrested dozens of protesters in the capital on Tuesday, officials said. " * 4
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>One</title>'
        f"<description>{body} &xxe;</description></item></channel></rss>",
        encoding="utf-8",
    )
    assert all(SECRET not in text for text in _texts(feed))


def test_an_html_page_cannot_pull_a_local_file_in_through_an_external_entity(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = tmp_path / "evil.html"
    page.write_text(
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><article><p>'
        + "Police arrested dozens of protesters in the capital on Tuesday, officials said. " * 4
        + "&xxe;</p></article></body></html>",
        encoding="utf-8",
    )
    assert all(SECRET not in text for text in _texts(page))


def test_a_billion_laughs_feed_is_read_quickly_without_expanding(tmp_path: Path) -> None:
    """Ten levels of entities, each ten of the one below: 10^9 "lol"s if expanded."""
    levels = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    feed = tmp_path / "laughs.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]>'
        "<rss><channel><title>T</title><item><title>x</title><description>&l9;</description></item></channel></rss>",
        encoding="utf-8",
    )
    started = time.monotonic()
    texts = _texts(feed)
    assert time.monotonic() - started < 30
    assert all(len(text) < 1_000_000 for text in texts)


def test_a_link_back_to_a_parent_folder_does_not_loop_a_recursive_walk(tmp_path: Path) -> None:
    (tmp_path / "inbox" / "sub").mkdir(parents=True)
    (tmp_path / "inbox" / "a.txt").write_text("Police arrested dozens of protesters on Tuesday.", encoding="utf-8")
    (tmp_path / "inbox" / "sub" / "back").symlink_to(tmp_path / "inbox")
    items = list(SourceReader(None, recursive=True).read(str(tmp_path / "inbox")))
    assert [i.document.id for i in items if i.document] == ["a"]
    assert any(i.skipped == "a link back to a folder already read" for i in items)
