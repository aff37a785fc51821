"""RSS and Atom feeds (feedparser): one entry per article, with its full content when the feed carries it."""

from __future__ import annotations

import logging
import xml.sax
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser

from eventwire.errors import MalformedDocument
from eventwire.ingest.html import fragment_text

log = logging.getLogger(__name__)

FEED_SUFFIXES = (".rss", ".atom", ".xml")
FEED_CONTENT_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "/xml")
# Entry content (content:encoded, atom:content) shorter than this is a teaser: the linked page is fetched instead.
FULL_CONTENT_MIN_CHARS = 200


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed entry: its link and id, and its text when the feed carries the full article."""

    link: str | None
    guid: str | None
    title: str | None
    published: str | None
    author: str | None
    content: str | None


def looks_like_feed(content: bytes, content_type: str = "", name: str = "") -> bool:
    """A feed by content type, file suffix or its first element (<rss>, <feed>, <rdf:RDF>)."""
    if any(t in content_type.lower() for t in FEED_CONTENT_TYPES) and b"<html" not in content[:2000].lower():
        return True
    head = content.lstrip()[:1000].lower()
    if name.lower().endswith(FEED_SUFFIXES) and head.startswith(b"<"):
        return True
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title, its entries, and what was wrong with it when it is malformed XML."""

    title: str | None
    entries: list[FeedEntry]
    problem: str | None = None


def parse_feed(content: bytes, name: str) -> Feed:
    """The feed's title and entries; raises MalformedDocument (naming ``name``) when it is not a feed at all.

    A feed that breaks off (malformed XML) keeps the entries read before the break, and says where it broke.
    """
    try:
        parsed = feedparser.parse(content)
    except (ValueError, TypeError, RecursionError) as exc:  # feedparser's own parsers on hostile input
        raise MalformedDocument(f"is not a readable RSS/Atom feed: {str(exc)[:200]}", doc_id=name) from exc
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and not parsed.entries:
        raise MalformedDocument(f"is not a readable RSS/Atom feed: {problem}", doc_id=name)
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title, [_entry(e) for e in parsed.entries], _malformed(problem))


def _malformed(problem: object) -> str | None:
    """Where XML broke off, from feedparser's bozo exception; None for its benign complaints (encodings)."""
    if isinstance(problem, xml.sax.SAXParseException):
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        return f"is malformed XML at {where} ({problem.getMessage()})"
    if isinstance(problem, xml.sax.SAXException):
        return f"is malformed XML ({problem.getMessage()})"
    return None


def _entry(entry: Any) -> FeedEntry:
    return FeedEntry(
        link=entry.get("link") or None,
        guid=entry.get("id") or None,
        title=entry.get("title") or None,
        published=_date(entry),
        author=entry.get("author") or None,
        content=_full_content(entry),
    )


def _full_content(entry: Any) -> str | None:
    """The entry's full article text (content:encoded / atom:content), or None when it has only a teaser."""
    parts = entry.get("content") or []
    texts = [fragment_text(str(p.get("value", ""))) for p in parts if p.get("value")]
    text = max(texts, key=len, default="")
    if len(text.strip()) >= FULL_CONTENT_MIN_CHARS or (text.strip() and not entry.get("link")):
        return text
    summary = fragment_text(str(entry.get("summary") or ""))
    if not entry.get("link") and summary.strip():
        return summary
    return None


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(int(value[0]), int(value[1]), int(value[2])).isoformat()
    return None
