"""Reading RSS and Atom feeds: recognising one, and its entries with their links and full text."""

from __future__ import annotations

import pytest

from eventwire.errors import MalformedDocument
from eventwire.ingest.feeds import looks_like_feed, parse_feed

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coast news</title>
<item><title>Port strike ends</title><link>http://example.org/a</link><guid>a-1</guid>
<pubDate>Mon, 06 Mar 2023 10:00:00 GMT</pubDate><author>desk@example.org (Desk)</author></item>
<item><title>Ferry resumes</title><link>http://example.org/b</link></item>
</channel></rss>"""


def test_a_feed_is_known_by_its_first_element() -> None:
    assert looks_like_feed(RSS)
    assert not looks_like_feed(b"<html><body>news</body></html>")


def test_a_feed_is_known_by_its_content_type_or_file_suffix() -> None:
    assert looks_like_feed(b"<channel/>", content_type="application/rss+xml")
    assert looks_like_feed(b"<channel/>", name="news.rss")
    assert not looks_like_feed(b"plain words", name="news.rss")


def test_entries_keep_their_link_id_title_and_date() -> None:
    feed = parse_feed(RSS, "coast.rss")
    entries = feed.entries
    assert feed.title == "Coast news"
    assert [e.link for e in entries] == ["http://example.org/a", "http://example.org/b"]
    assert entries[0].guid == "a-1"
    assert entries[0].title == "Port strike ends"
    assert entries[0].published is not None
    assert entries[0].published.startswith("2023-03-06")


def test_a_feed_without_full_text_leaves_the_article_to_be_fetched() -> None:
    assert parse_feed(RSS, "coast.rss").entries[1].content is None


def test_a_whole_feed_has_no_problem() -> None:
    assert parse_feed(RSS, "coast.rss").problem is None


def test_something_that_is_no_feed_is_refused_naming_it() -> None:
    with pytest.raises(MalformedDocument, match="not a readable RSS/Atom feed"):
        parse_feed(b"this is not a feed <<<", "broken.rss")
