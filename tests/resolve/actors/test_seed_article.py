"""The seed article's actors, resolved in the parsed text (loads the spaCy model)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.resolve.actors.document import ActorResolver
from tests.paths import SharedFile

PUBLISHED = date(2023, 3, 17)
EXPECTED = [
    ("Xi Jinping", "CHN", "GOV"),
    ("the Kremlin", "RUS", "GOV"),
    ("US Secretary of State Anthony Blinken", "USA", "GOV"),
    ("Wang Yi", "CHN", "GOV"),
    ("Kyiv", "UKR", "GOV"),
    ("Politico", "USA", "MED"),
    ("Chinese companies", "CHN", "BUS"),
    ("the heads of the Foreign Ministry of Ukraine", "UKR", "GOV"),
    ("the Chinese leader", "CHN", "GOV"),
    ("Russian troops", "RUS", "MIL"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), EXPECTED)
def test_seed_article_actors(nlp: Language, shared_file: SharedFile, phrase: str, country: str, sector: str) -> None:
    text = shared_file("examples", "xi-visit-russia.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    actor = ActorResolver().for_document(doc, PUBLISHED).resolve(span, PUBLISHED)
    assert (actor.country, actor.sector) == (country, sector)
    assert (actor.start, actor.end) == (span.start_char, span.end_char)
