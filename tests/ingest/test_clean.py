from __future__ import annotations

from eventwire.ingest.clean import clean_text, content_hash, doubled_title, is_boilerplate
from tests.paths import SharedFile


def test_title_repeated_at_the_top_is_removed_when_the_title_is_known() -> None:
    text = "Port strike ends\n\nPort strike ends\n\nDock workers in Hamburg returned to work on Monday."
    assert clean_text(text, title="Port strike ends") == "Dock workers in Hamburg returned to work on Monday."


def test_a_doubled_first_line_keeps_one_copy_without_a_title() -> None:
    text = "Port strike ends\nPort strike ends\nDock workers returned to work."
    assert clean_text(text) == "Port strike ends\nDock workers returned to work."
    assert doubled_title(text) == "Port strike ends"


def test_a_body_that_starts_differently_from_the_title_is_kept() -> None:
    assert clean_text("Talks resumed today.", title="Talks resume") == "Talks resumed today."


def test_share_follow_read_more_and_source_link_lines_are_dropped() -> None:
    text = (
        "Rebels seized the town.\n\nRead more: the war in pictures\nShare this article\nFollow us on X\n\n"
        "Original Source Link"
    )
    assert clean_text(text) == "Rebels seized the town."


def test_cookie_banner_lines_are_dropped_but_sentences_about_cookies_stay() -> None:
    text = (
        "We use cookies to give you the best experience on our site.\nAccept all cookies\n"
        "The bakery said its cookies sold out after the minister's visit to the town market on Sunday morning."
    )
    assert clean_text(text).startswith("The bakery said its cookies sold out")
    assert is_boilerplate("This website uses cookies. By continuing you agree.")


def test_bullet_glyphs_at_line_starts_are_removed() -> None:
    assert clean_text("  • First point.\n▪ Second point.\n● Third, with a • inside.") == (
        "First point.\nSecond point.\nThird, with a • inside."
    )


def test_unicode_is_nfc_and_odd_whitespace_is_normalised() -> None:
    text = "Cafe\u0301\u00a0talks\u200b  ended.\r\n\r\n\r\n\r\nNext\tday."
    assert clean_text(text) == "Café talks ended.\n\nNext day."


def test_paragraph_repeated_back_to_back_is_kept_once() -> None:
    assert clean_text("One.\n\nTwo happened.\n\nTwo happened.\n\nThree.") == "One.\n\nTwo happened.\n\nThree."


def test_content_hash_ignores_case_and_spacing() -> None:
    assert content_hash("Troops  withdrew.\n") == content_hash("troops withdrew.")
    assert content_hash("Troops withdrew.") != content_hash("Troops advanced.")


def test_seed_article_loses_its_repeated_title_and_source_link(shared_file: SharedFile) -> None:
    raw = shared_file("examples", "xi-visit-russia.txt").read_text(encoding="utf-8")
    title = doubled_title(raw)
    assert title is not None
    assert title.startswith("The leader of the People")
    body = clean_text(raw, title)
    assert title not in body
    assert not body.rstrip().endswith("Original Source Link")
    assert "•" not in body
    assert body.count("The day before, as reported") == 1
    assert body.startswith("President of the People’s Republic of China")
