"""Words before an event noun that say where, not who: a town or region named as a modifier ("the Sochi
conference", "the Salisbury attack") is the event's place; a country so named ("the Turkish offensive", "US
strikes") still stands for its government."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.tree import PLACE_ENTS
from eventwire.lexicons.country_names import country_names

__all__ = ["country_names", "entity_text", "names_country", "place_modifier"]


def entity_text(token: Token) -> str:
    """The text of the named entity the token belongs to (the token itself outside any)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def names_country(token: Token) -> bool:
    """Does the entity of this token name a country ("Turkey", "the United States", "US", "U.K.")?"""
    text = entity_text(token).lower().removeprefix("the ").replace(".", "").strip()
    short = text.isalpha() and len(text) <= 3 and text.upper() == entity_text(token).replace(".", "")
    return text in country_names() or short


def place_modifier(token: Token) -> bool:
    """A town, region or site named as a modifier: where the event is, not a party to it."""
    return token.ent_type_ in PLACE_ENTS and not names_country(token)
