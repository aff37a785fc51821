"""Main text and metadata of an HTML page (trafilatura), and plain text of small HTML fragments (lxml)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from eventwire.errors import EmptyDocument, MalformedDocument

log = logging.getLogger(__name__)

BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre"})
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """What was extracted from one page: body text and the metadata kept on the document."""

    text: str
    title: str | None
    published: str | None
    author: str | None
    canonical_url: str | None
    sitename: str | None


def extract_page(html: bytes | str, url: str | None = None, where: str | None = None) -> Page:
    """The main text of an article page with its title, date, author and canonical URL.

    Errors name ``where`` (the file or URL the page came from), else ``url``.
    """
    where = where or url or "an HTML page"
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError) as exc:
        raise MalformedDocument(f"is not parseable HTML: {str(exc)[:200]}", doc_id=where) from exc
    meta = _as_dict(result)
    text = meta.get("text") or ""
    if not text.strip():
        raise EmptyDocument(
            "has no main text that could be extracted (no article found, or the page is too deeply nested to read)",
            doc_id=where,
        )
    return Page(
        text="\n\n".join(line for line in text.split("\n") if line.strip()),
        title=meta.get("title") or None,
        published=meta.get("date") or None,
        author=meta.get("author") or None,
        canonical_url=meta.get("url") or None,
        sitename=meta.get("sitename") or None,
    )


def _as_dict(result: Any) -> dict[str, Any]:
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    converted: dict[str, Any] = result.as_dict()
    return converted


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    if "<" not in html:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, etree.LxmlError):
        return html
    for node in root.iter("script", "style"):
        node.text = ""
        node.tail = node.tail or ""
        for child in list(node):
            node.remove(child)
    for node in root.iter(*BLOCK_TAGS):
        node.tail = "\n\n" + (node.tail or "")
    return str(root.text_content())
