"""Article pages: the main text with its metadata, and the text of feed fragments."""

from __future__ import annotations

import pytest

from eventwire.errors import EmptyDocument
from eventwire.ingest.html import extract_page, fragment_text

PAGE = """<html><head><title>Port strike ends | Coast News</title>
<link rel="canonical" href="https://news.example.org/port-strike">
<meta name="author" content="Ana Otieno"><meta property="article:published_time" content="2023-03-06">
</head><body><nav>Home | World | Sport</nav><article><h1>Port strike ends</h1>
<p>Dock workers in Mombasa returned to work on Monday after a week-long strike over unpaid wages.</p>
<p>The union said the port authority had agreed to pay the arrears by the end of the month.</p>
</article><footer>Copyright Coast News</footer></body></html>"""


def test_the_main_text_is_kept_without_navigation() -> None:
    page = extract_page(PAGE, "https://news.example.org/port-strike")
    assert "Dock workers in Mombasa returned to work" in page.text
    assert "Home | World" not in page.text


def test_the_page_metadata_is_kept() -> None:
    page = extract_page(PAGE, "https://news.example.org/port-strike")
    assert page.canonical_url == "https://news.example.org/port-strike"
    assert page.author == "Ana Otieno"
    assert page.published == "2023-03-06"


def test_a_page_with_no_main_text_is_refused() -> None:
    with pytest.raises(EmptyDocument):
        extract_page("<html><body></body></html>", "https://news.example.org/empty")


def test_a_fragment_keeps_one_paragraph_per_block_and_drops_scripts() -> None:
    text = fragment_text("<p>Talks began.</p><script>track()</script><p>Talks ended.</p>")
    assert [line for line in text.split("\n\n") if line] == ["Talks began.", "Talks ended."]


def test_plain_text_is_no_fragment() -> None:
    assert fragment_text("Talks began.") == "Talks began."
