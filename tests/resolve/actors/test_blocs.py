"""Phrases naming a group of countries ("Western leaders", "the West") resolve to no country and borrow none."""

from __future__ import annotations

import pytest
import spacy

from eventwire.lexicons.actors import _rows, split_list
from eventwire.resolve.actors.document import ActorResolver

RESOLVER = ActorResolver()
NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("Western leaders", "GOV"),
        ("the Western leaders", "GOV"),
        ("Western", None),
        ("the West", None),
        ("European diplomats", "GOV"),
        ("the international community", "CVL"),
    ],
)
def test_a_group_of_countries_has_no_country(phrase: str, sector: str | None) -> None:
    reading = RESOLVER.reader.read(phrase, None)
    assert reading.bloc
    assert reading.country is None
    assert not reading.domestic
    assert reading.anaphor is None
    assert reading.sector == sector


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("West Pokot residents", "KEN"),
        ("Western Kenya police", "KEN"),
        ("the European Union", "IGO"),
        ("Ugandan farmers in the Western region", "UGA"),
    ],
)
def test_a_bloc_word_inside_a_name_is_no_bloc(phrase: str, country: str) -> None:
    reading = RESOLVER.reader.read(phrase, None)
    assert not reading.bloc
    assert reading.country == country


def test_a_bloc_word_before_a_land_noun_is_a_direction() -> None:
    reading = RESOLVER.reader.read("traders in the Western region", None)
    assert not reading.bloc
    assert reading.domestic
    assert reading.sector == "BUS"


def test_a_country_in_the_phrase_wins_over_the_bloc_word() -> None:
    reading = RESOLVER.reader.read("Western-trained Ukrainian soldiers", None)
    assert reading.country == "UKR"
    assert not reading.bloc


def test_western_leaders_do_not_take_the_document_country() -> None:
    text = "Officials in Beijing said Chinese envoys met Western leaders in Munich."
    doc = NLP(text)
    beijing = doc.char_span(text.index("Beijing"), text.index("Beijing") + 7, label="GPE")
    assert beijing is not None
    doc.ents = [beijing]
    actors = RESOLVER.for_document(doc, None)
    assert actors.default_country == "CHN"
    start = text.index("Western leaders")
    span = doc.char_span(start, start + len("Western leaders"))
    assert span is not None
    actor = actors.resolve(span)
    assert actor.country is None
    assert actor.sector == "GOV"
    assert actors.facts_of(actor).countryless


def test_bloc_aliases_are_unique_and_name_no_country() -> None:
    countries = RESOLVER.lexicon.countries
    seen: set[str] = set()
    for row in _rows("blocs.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            assert alias.lower() not in seen, alias
            assert alias not in countries, alias
            seen.add(alias.lower())


@pytest.mark.parametrize("phrase", ["their countries", "the two governments", "both nations"])
def test_the_countries_of_both_sides_together_have_no_one_country(phrase: str) -> None:
    reading = RESOLVER.reader.read(phrase, None)
    assert reading.bloc
    assert reading.country is None
