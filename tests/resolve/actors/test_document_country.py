"""The country a document is about when it names no place: the national bodies and office holders it names."""

from __future__ import annotations

from datetime import date

import spacy

from eventwire.resolve.actors.document import ActorResolver

RESOLVER = ActorResolver()
NLP = spacy.blank("en")


def default_country(text: str, published: date | None = date(2017, 8, 20)) -> str | None:
    return RESOLVER.for_document(NLP(text), published).default_country


def test_a_national_party_named_in_a_placeless_report_gives_its_country() -> None:
    assert default_country("Supporters of the ODM threw stones and the police fired tear gas.") == "KEN"


def test_a_listed_office_holder_gives_the_country_of_the_office_held() -> None:
    assert default_country("Protesters marched after Kenyatta spoke; police dispersed them.") == "KEN"


def test_international_and_countryless_bodies_give_no_country() -> None:
    assert default_country("Gunmen fired at a UN convoy and a Red Cross ambulance.") is None


def test_a_tie_between_two_countries_gives_none() -> None:
    assert default_country("The ODM met Likud officials.") is None


def test_a_named_place_still_outranks_the_bodies_named() -> None:
    doc = NLP("ODM supporters rallied in Kampala.")
    kampala = doc.char_span(26, 33, label="GPE")
    assert kampala is not None
    doc.ents = [kampala]
    assert RESOLVER.for_document(doc, None).default_country == "UGA"
