"""Which place names before an event noun name a country (a party) and which a town (a place)."""

from __future__ import annotations

from eventwire.extract.parties.modifiers import country_names


def test_country_names_hold_countries_and_their_short_forms() -> None:
    names = country_names()
    assert {"turkey", "syria", "united states", "us", "uk", "britain"} <= names


def test_country_names_hold_no_towns() -> None:
    assert not {"sochi", "geneva", "salisbury", "aleppo"} & country_names()
